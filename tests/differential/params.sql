-- $n parameters: types from context, sent as text like psql and drivers do.
CREATE TABLE p (id integer PRIMARY KEY, name text, weight double precision, active boolean, big bigint);
INSERT INTO p VALUES (1, 'one', 1.5, true, 10000000000), (2, 'two', 2.25, false, 2), (3, NULL, NULL, NULL, NULL);
CREATE TABLE pt (id integer PRIMARY KEY, at timestamptz, d date, amount numeric(8,2));
INSERT INTO pt VALUES (1, '2024-03-10 06:30:00+00', '2024-03-09', 1.50), (2, '2024-03-10 07:30:00+00', '2024-03-10', 2.00), (3, '2024-03-11 03:59:59+00', '2024-03-11', 10.10);

-- case: int_param
-- params: [2]
SELECT name FROM p WHERE id = $1;

-- case: text_param
-- params: ["one"]
SELECT id FROM p WHERE name = $1;

-- case: two_params_reversed
-- params: [1, 3]
SELECT id FROM p WHERE id > $2 - 3 AND id <= $1 + 1 ORDER BY id;

-- case: float_param
-- params: ["2"]
SELECT id FROM p WHERE weight < $1 ORDER BY id;

-- case: bool_param
-- params: ["false"]
SELECT id FROM p WHERE active = $1;

-- case: bigint_param
-- params: ["10000000000"]
SELECT id FROM p WHERE big = $1;

-- case: null_param
-- params: [null]
SELECT count(*) FROM p WHERE name = $1;

-- case: param_reused
-- params: ["two"]
SELECT id FROM p WHERE name = $1 OR $1 = 'x';

-- case: param_cast
-- params: ["42"]
SELECT $1::int + 1 AS answer;

-- case: param_in_select_list_typed
-- params: ["hello"]
SELECT $1::text AS greeting, id FROM p ORDER BY id LIMIT 1;

-- case: param_limit
-- params: [2]
SELECT id FROM p ORDER BY id LIMIT $1;

-- case: param_in_list
-- params: [1, 3]
SELECT id FROM p WHERE id IN ($1, $2) ORDER BY id;

-- case: param_like
-- params: ["t%"]
SELECT name FROM p WHERE name LIKE $1;

-- case: param_bad_int
-- params: ["abc"]
SELECT name FROM p WHERE id = $1;

-- case: param_int_out_of_range
-- params: ["3000000000"]
SELECT name FROM p WHERE id = $1;

-- case: param_untyped
-- params: ["x"]
SELECT $1;

-- case: insert_params
-- params: [4, "four", "4.5", "t"]
INSERT INTO p (id, name, weight, active) VALUES ($1, $2, $3, $4) RETURNING id, name, weight, active, big;

-- case: update_params
-- params: ["renamed", 4]
UPDATE p SET name = $1 WHERE id = $2 RETURNING *;

-- case: timestamptz_param_used_twice_with_offset
-- zone: America/New_York
-- params: ["2024-03-10 03:30:00-04"]
SELECT id, at FROM pt WHERE at >= date_trunc('day', $1::timestamptz) AND at <= $1 ORDER BY id;

-- case: timestamptz_param_used_twice_in_words
-- params: ["March 10, 2024 2:30 AM EST"]
SELECT $1::timestamptz AS a, id FROM pt WHERE at > $1 AND at < $1::timestamptz + interval '1 day' ORDER BY id;

-- case: date_param_used_twice
-- params: ["03/10/2024"]
SELECT id FROM pt WHERE d = $1::date OR d = $1 + 1 ORDER BY id;

-- case: numeric_param_used_twice
-- params: ["2.0"]
SELECT id, amount FROM pt WHERE amount >= $1::numeric AND amount < $1 * 5 ORDER BY id;

-- case: interval_param_used_twice
-- params: ["25 hours"]
SELECT id FROM pt WHERE at < timestamptz '2024-03-09 12:00:00+00' + $1::interval AND at + $1 > timestamptz '2024-03-11 00:00:00+00' ORDER BY id;

-- case: statement_constant_in_correlated_subquery
-- zone: Europe/Berlin
-- params: ["2024-03-10 08:00:00+01"]
SELECT id, (SELECT count(*) FROM pt p2 WHERE p2.at < $1::timestamptz + p2.id * interval '1 hour') AS n FROM pt ORDER BY id;

-- case: statement_constant_inside_aggregates
-- params: ["2024-03-10"]
SELECT max($1::date + 1) AS a, count(*) FILTER (WHERE at > $1::date) AS b, min(d - $1::date) AS c FROM pt;

-- case: statement_constant_grouped_and_ordered
-- params: ["2024-03-10 12:34:56+00"]
SELECT date_trunc('hour', $1::timestamptz) AS h, count(*) AS n FROM pt GROUP BY date_trunc('hour', $1::timestamptz) ORDER BY date_trunc('hour', $1::timestamptz);

-- case: statement_constant_in_case_and_series
-- params: ["2024-03-09"]
SELECT g::date AS day, CASE WHEN g < $1::date + 1 THEN 'before' ELSE 'after' END AS side FROM generate_series($1::date, $1::date + 2, interval '1 day') AS g ORDER BY g;

-- case: statement_constant_in_update_where
-- params: ["2024-03-10 07:00:00+00"]
UPDATE pt SET amount = amount + 1 WHERE at < $1::timestamptz - interval '1 minute' AND at >= $1::timestamptz - interval '1 day' RETURNING id, amount;
