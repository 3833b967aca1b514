-- Years outside 0001-9999: BC dates and timestamps down to 4714-11-24 BC,
-- and years from 10000 (dates to 5874897, timestamps to 292277 here),
-- stored so that they sort as values, and every operation on them.
CREATE TABLE epochs (id integer PRIMARY KEY, d date, ts timestamp, tz timestamptz);
INSERT INTO epochs VALUES
  (1, '0753-04-21 BC', '0753-04-21 06:00 BC', '0753-04-21 06:00+00 BC'),
  (2, '4714-11-24 BC', '4714-11-24 00:00 BC', '4714-11-24 00:00+00 BC'),
  (3, '0001-12-31 BC', '0001-12-31 23:59:59.5 BC', '0001-01-01 00:00+00'),
  (4, '10000-01-01', '12345-06-07 08:09:10', '20000-01-01 00:00+00'),
  (5, '5874897-12-31', '2024-01-01', '2024-01-01 00:00+00'),
  (6, '2024-03-10', 'infinity', '-infinity'),
  (7, '0300-02-28 BC', '0005-02-29 BC', '0300-03-01 00:00+00 BC');

-- case: output
-- zone: America/Los_Angeles
SELECT id, d, ts, tz FROM epochs ORDER BY id;

-- case: order_by_date
SELECT id, d FROM epochs ORDER BY d;

-- case: order_by_timestamp_desc
SELECT id FROM epochs ORDER BY ts DESC, id;

-- case: order_by_timestamptz
SELECT id FROM epochs ORDER BY tz, id;

-- case: comparisons
-- zone: UTC
SELECT count(*) FILTER (WHERE d < '0001-01-01') AS bc, count(*) FILTER (WHERE d > '9999-12-31') AS big, count(*) FILTER (WHERE ts BETWEEN '1000-01-01 BC' AND '0001-01-01') AS between_bc FROM epochs;

-- case: min_max
SELECT min(d) AS a, max(d) AS b, min(ts) AS c, max(tz) AS e FROM epochs;

-- case: date_arithmetic
SELECT id, d - date '2000-01-01' AS days, d + 30 AS later FROM epochs WHERE id IN (1, 2, 3, 4, 7) ORDER BY id;

-- case: fields
SELECT id, extract(year FROM d) AS y, extract(century FROM d) AS c, extract(millennium FROM d) AS m, extract(decade FROM d) AS dec, extract(isoyear FROM d) AS iy, extract(dow FROM d) AS dow FROM epochs WHERE id <> 6 ORDER BY id;

-- case: timestamp_fields
SELECT id, date_part('year', ts) AS y, date_part('julian', ts) AS j, extract(epoch FROM ts) AS e, extract(doy FROM ts) AS doy FROM epochs ORDER BY id;

-- case: to_char
SELECT id, to_char(ts, 'YYYY-MM-DD HH24:MI:SS BC') AS a, to_char(d, 'FMDay, DD FMMonth YYYY AD') AS b, to_char(ts, 'CC Y,YYY IYYY') AS c FROM epochs WHERE id NOT IN (5, 6) ORDER BY id;

-- case: interval_arithmetic
SELECT id, ts + interval '1 year' AS a, ts - interval '1 mon 1 day' AS b FROM epochs WHERE id IN (1, 3, 4, 7) ORDER BY id;

-- case: date_trunc
SELECT id, date_trunc('century', ts) AS c, date_trunc('millennium', ts) AS m, date_trunc('year', tz) AS y FROM epochs WHERE id IN (1, 3, 4, 7) ORDER BY id;

-- case: casts
SELECT id, ts::date AS d, tz::date AS dz, d::timestamp AS t, tz::timestamp AS tt FROM epochs WHERE id IN (1, 2, 3, 4, 7) ORDER BY id;

-- case: age_across_the_era
SELECT id, age(ts, timestamp '2000-01-01') AS ag FROM epochs WHERE id IN (1, 3, 4) ORDER BY id;

-- case: local_mean_time
-- zone: America/Los_Angeles
SELECT id, tz AT TIME ZONE 'UTC' AS u, extract(timezone FROM tz) AS z FROM epochs WHERE id IN (1, 3, 7) ORDER BY id;

-- case: postgres_datestyle
SET DateStyle = 'Postgres, MDY';

-- case: postgres_output
SELECT id, d, ts, tz FROM epochs ORDER BY id;

-- case: iso_again
SET DateStyle = 'ISO';

-- case: date_lower_limit
SELECT '4714-11-23 BC'::date;

-- case: date_upper_limit
SELECT '5874898-01-01'::date;

-- case: timestamp_below_the_lower_limit
SELECT timestamp '4714-11-24 00:00 BC' - interval '1 sec';

-- case: date_plus_past_the_end
SELECT date '5874897-12-31' + 1;

-- case: year_zero_is_refused
SELECT '0000-01-01'::date;

-- case: parameters
-- params: ["0044-03-15 BC", "12000-01-01"]
SELECT id FROM epochs WHERE d > $1::date AND d < $2::date ORDER BY id;

-- case: generate_series_across_the_era
SELECT g FROM generate_series(timestamp '0002-12-31 BC', timestamp '0002-01-01', interval '1 year') AS g;

-- case: date_past_timestamps_greater
SELECT '2202020-10-05'::date > '2020-10-05'::timestamp AS a, '2020-10-05'::timestamp > '2202020-10-05'::date AS b, '2202020-10-05'::date < 'infinity'::timestamp AS c, '2202020-10-05'::date = '2202020-10-05'::date AS d;

-- case: date_past_timestamps_vs_timestamptz
-- zone: America/Los_Angeles
SELECT '2202020-10-05'::date > '2020-10-05'::timestamptz AS a, '2020-10-05'::timestamptz > '2202020-10-05'::date AS b, '2202020-10-05'::date <= 'infinity'::timestamptz AS c, '2202020-10-05'::date <> '2020-10-05'::timestamptz AS d;

-- case: date_past_timestamps_cast_still_errors
SELECT '2202020-10-05'::date::timestamp;

-- case: date_past_timestamps_in_rows
SELECT id, d > ts AS after_ts, d < ts AS before_ts, d = ts AS same_ts, d >= tz AS after_tz FROM epochs ORDER BY id;

-- case: date_past_timestamps_in_rows_east
-- zone: Europe/Moscow
SELECT id, d > tz AS after_tz, d < tz AS before_tz, d = tz AS same_tz FROM epochs ORDER BY id;

-- case: first_day_east_of_greenwich
-- zone: Europe/Moscow
SELECT '4714-11-24 BC'::date < '2020-10-05'::timestamptz AS a, '2020-10-05'::timestamptz >= '4714-11-24 BC'::date AS b, '4714-11-24 BC'::date > '-infinity'::timestamptz AS c;

-- case: first_day_east_cast_errors
-- zone: Europe/Moscow
SELECT '4714-11-24 BC'::date::timestamptz;

-- case: first_timestamp_east_of_greenwich
-- zone: Europe/Moscow
SELECT '4714-11-24 BC'::timestamp < '2020-10-05'::timestamptz AS a, '2020-10-05'::timestamptz >= '4714-11-24 BC'::timestamp AS b, '4714-11-24 BC'::timestamp > '-infinity'::timestamptz AS c;

-- case: first_day_west_of_greenwich
-- zone: America/Los_Angeles
SELECT '4714-11-24 BC'::date < '2020-10-05'::timestamptz AS a, '4714-11-24 BC'::timestamp < '2020-10-05'::timestamptz AS b;

-- case: date_between_timestamps
SELECT '2202020-10-05'::date BETWEEN '2020-01-01'::timestamp AND 'infinity'::timestamp AS a;

-- case: date_in_timestamps
SELECT '2202020-10-05'::date IN ('2020-01-01'::timestamp, 'infinity'::timestamp) AS a;

-- case: first_instant_written_west_of_greenwich
SELECT '4714-11-23 16:00:00-08 BC'::timestamptz AS a, 'Sun Nov 23 16:00:00 4714 PST BC'::timestamptz AS b;

-- case: first_instant_in_session_zone_west
-- zone: America/Los_Angeles
SELECT '4714-11-23 16:00:00 BC'::timestamptz AS a;

-- case: before_first_instant_west
SELECT '4714-11-23 15:59:59-08 BC'::timestamptz;

-- case: day_before_first_timestamp
SELECT '4714-11-23 23:59:59 BC'::timestamp;

-- case: day_before_first_date_with_time
SELECT '4714-11-23 16:00:00-08 BC'::date;
