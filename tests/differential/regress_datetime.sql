-- Classes of behaviour found by running PostgreSQL's own date/time
-- regression files (src/test/regress/sql/{date,time,timetz,timestamp,
-- timestamptz,interval,horology}.sql) through pgshim with
-- scripts/pg-regress: operator resolution, type modifiers, input-parser
-- branches. The cases are this project's own.
CREATE TABLE clock_times (id integer PRIMARY KEY, t time, iv interval, d date);
INSERT INTO clock_times VALUES (1, '10:00', '1 hour', '2024-03-10'), (2, '23:59:59.5', '-2 days', '2024-02-29');
CREATE TABLE precise (id integer PRIMARY KEY, a timestamp(0) without time zone, b timestamp(2) with time zone, c time(1) without time zone, d timestamp(6) without time zone NOT NULL);
INSERT INTO precise VALUES (1, '2024-01-01 10:00:00.5', '2024-01-01 10:00:00.125+00', '10:00:00.15', '2024-01-01 10:00:00.1234565'),
  (2, '2024-12-31 23:59:59.7', '2024-12-31 23:59:59.995+00', '23:59:59.96', '2024-12-31 23:59:59.9999995');

-- case: time_plus_time_is_not_unique
SELECT time '10:00' + time '00:01' AS r;

-- case: time_column_plus_time_column_is_not_unique
SELECT t + t AS r FROM clock_times;

-- case: time_plus_untyped_is_time_plus_interval
SELECT time '10:00' + '1 hour' AS a, '00:30' + time '10:00' AS b, t - '00:01' AS c FROM clock_times ORDER BY id;

-- case: date_plus_untyped_is_not_unique
SELECT d + '1 hour' AS r FROM clock_times;

-- case: time_times_number_is_an_interval
SELECT t * 2 AS a, 2.5 * t AS b, t / 4 AS c FROM clock_times ORDER BY id;

-- case: untyped_divided_by_time_does_not_exist
SELECT '1 hour' / t AS r FROM clock_times;

-- case: date_times_untyped_does_not_exist
SELECT d * '2' AS r FROM clock_times;

-- case: numeric_literal_named_as_numeric
SELECT d + 2.5 AS r FROM clock_times;

-- case: timestamp_plus_timestamp_does_not_exist
SELECT timestamp '2024-01-01' + timestamp '2024-01-02' AS r;

-- case: interval_with_precision_literal
SELECT interval(0) '1 day 01:23:45.6789' AS p0, interval(2) '1 day 01:23:45.6789' AS p2, interval (1) '-0.05 sec' AS neg;

-- case: interval_precision_cast
SELECT '1 day 01:23:45.6789'::interval(2) AS a, CAST('01:23:45.6789' AS interval(0)) AS b, iv::interval(0) AS c FROM clock_times ORDER BY id;

-- case: timestamp_precision_columns_round_on_write
SELECT a, b, c, d FROM precise ORDER BY id;

-- case: timestamp_precision_column_update_rounds
-- zone: America/New_York
UPDATE precise SET a = a + interval '0.6 seconds', b = b + interval '0.004 seconds' RETURNING id, a, b;

-- case: timestamp_precision_typed_literals
SELECT timestamp(2) '2024-01-01 10:00:00.125' AS a, timestamp(0) with time zone '2024-01-01 10:00:00.5+00' AS b, time(1) '10:00:00.25' AS c;

-- case: julian_run_together_time_with_exponent
-- zone: UTC
SELECT timestamp with time zone 'J2452271 T X03456.001e6-08' AS e6, timestamp with time zone 'J2452271 T X03456.5e+1-08' AS plus, timestamp with time zone 'J2452271 T X03456.e3-08' AS no_digits, timestamp with time zone 'J2452271 T X03456.25e1junk-08' AS junk;

-- case: julian_run_together_fraction_overflows_fsec
-- zone: UTC
SELECT timestamp with time zone 'J2452271 T X03456.001e7-08' AS r;

-- case: julian_run_together_fraction_out_of_range
-- zone: UTC
SELECT timestamp with time zone 'J2452271 T X03456.001e400-08' AS r;

-- case: run_together_time_after_month_day
-- zone: UTC
SELECT timestamp with time zone 'Dec 27 2001 003456.25e1-08' AS a, timestamp with time zone 'Dec 27 2001 0034.25-08' AS b;
