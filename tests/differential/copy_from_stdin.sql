CREATE TABLE events (id integer PRIMARY KEY, at timestamptz, local_at timestamp, d date, span interval, amount numeric(10,2), ok boolean, note text, tags text DEFAULT 'none');
COPY events (id, at, local_at, d, span, amount, ok, note) FROM stdin;
1	2024-03-10 02:30:00-05	2024-03-10 02:30:00	2024-03-10	1 day 02:00:00	12.5	t	plain
2	2024-11-03 01:30:00-04	2024-11-03 01:30:00	0044-03-15 BC	-1 mons +3 days	-0.005	f	tab\there
3	\N	\N	\N	\N	\N	\N	\N
4	2024-07-01 12:00:00+05:30	2024-07-01 12:00:00.123456	10000-01-01	@ 1 hour ago	1e3	true	line\nbreak \\ backslash \101\x42
5	2024-01-01 00:00:00+00	2024-01-01 00:00:00	2024-01-01	00:00:00	0	no	\\N is not null
\.
COPY events FROM stdin WITH (DELIMITER ',', NULL '');
6,2025-01-01 00:00:00+00,2025-01-01 00:00:00,2025-01-01,1 year,7,t,,custom
\.

-- case: all_rows
-- zone: America/New_York
SELECT id, at, local_at, d, span, amount, ok, note, tags FROM events ORDER BY id;

-- case: nulls_and_escapes
SELECT id, note IS NULL AS null_note, length(note) AS len, position(E'\\t' IN note) AS tab_at FROM events ORDER BY id;

-- case: typed_values_compare
SELECT count(*) FILTER (WHERE at > '2024-06-01') AS later, sum(amount) AS total, count(*) FILTER (WHERE ok) AS oks FROM events;
