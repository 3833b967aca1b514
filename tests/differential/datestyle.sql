-- DateStyle and IntervalStyle: output of every date/time type in each
-- format and field order, input in each field order, text casts, and
-- parameters read in the session's style. Each SET lasts until the next.
CREATE TABLE events (id integer PRIMARY KEY, d date, ts timestamp, tz timestamptz, iv interval, t time);
INSERT INTO events VALUES
  (1, '2024-03-10', '2024-03-10 02:30:00', '2024-03-10 10:30:00+00', '1 year 2 mons 3 days 04:05:06.5', '04:05:06'),
  (2, '0001-01-01', '1999-12-31 23:59:59.999999', '2024-11-03 06:30:00+00', '-1 days +02:00:00', '23:59:59.5'),
  (3, 'infinity', '-infinity', 'infinity', '-3 mons -14 days -12:30:00', '00:00:00'),
  (4, '2000-01-01', '2000-01-01 00:00:00', '1883-11-18 19:00:00+00', '00:00:00', '12:00:00.000001');

-- case: iso_is_the_default
-- zone: America/New_York
SHOW DateStyle;

-- case: intervalstyle_default
SHOW IntervalStyle;

-- case: set_postgres
SET DateStyle = 'Postgres, MDY';

-- case: show_postgres
SHOW DateStyle;

-- case: postgres_output
SELECT id, d, ts, tz, iv, t FROM events ORDER BY id;

-- case: postgres_text_casts
SELECT id, d::text AS d, ts::text AS ts, tz::text AS tz, 'at ' || tz AS msg FROM events ORDER BY id;

-- case: postgres_input_mdy
SELECT date '01/02/2024' AS a, timestamp '01/02/2024 10:00' AS b, '3/4/05'::date AS c;

-- case: postgres_literal_round_trip
SELECT timestamptz 'Sun Mar 10 03:30:00 2024 EDT' AS a, timestamp 'Wed Dec 17 07:37:16 1997' AS b;

-- case: set_order_only_keeps_format
SET DateStyle = 'DMY';

-- case: show_postgres_dmy
SHOW DateStyle;

-- case: postgres_dmy_output
SELECT id, d, ts, tz FROM events ORDER BY id;

-- case: dmy_input
SELECT date '01/02/2024' AS a, timestamp '01/02/2024 10:00' AS b, '3/4/05'::date AS c, date '2024-02-01' AS iso;

-- case: dmy_input_from_a_column
SELECT ('0' || id || '/02/2024')::date AS d FROM events ORDER BY id;

-- case: dmy_parameter
-- params: ["05/06/2024"]
SELECT $1::date AS d, d > $1::date AS later FROM events ORDER BY id;

-- case: dmy_out_of_range_month
SELECT date '12/13/2024' AS d;

-- case: set_sql_list
SET datestyle TO sql, mdy;

-- case: sql_output
SELECT id, d, ts, tz FROM events ORDER BY id;

-- case: sql_dmy
SET DateStyle = 'SQL, DMY';

-- case: sql_dmy_output
SELECT id, d, ts, tz, d::text AS dt FROM events ORDER BY id;

-- case: set_german
SET DateStyle = 'German';

-- case: show_german
SHOW DateStyle;

-- case: german_output
SELECT id, d, ts, tz FROM events ORDER BY id;

-- case: german_zone_abbreviations
-- zone: Asia/Kolkata
SELECT tz FROM events ORDER BY id;

-- case: german_fixed_zone
-- zone: UTC
SELECT tz FROM events ORDER BY id;

-- case: set_ymd
SET DateStyle = 'ISO, YMD';

-- case: ymd_input
SELECT date '24/02/03' AS a, date '2024-02-03' AS b, date '02-Mar-24' AS c;

-- case: postgres_ymd
SET DateStyle = 'Postgres, YMD';

-- case: postgres_ymd_output
-- zone: Europe/Dublin
SELECT id, d, ts, tz FROM events ORDER BY id;

-- case: conflicting_datestyle
SET DateStyle = 'ISO, SQL';

-- case: unknown_datestyle_word
SET DateStyle = 'Mars';

-- case: reset_datestyle
RESET DateStyle;

-- case: show_after_reset
SHOW DateStyle;

-- case: verbose
SET IntervalStyle = postgres_verbose;

-- case: verbose_output
SELECT id, iv, iv::text AS txt FROM events ORDER BY id;

-- case: verbose_literals
SELECT interval '1 day -2 hours' AS a, interval '-1.5 sec' AS b, interval '-1 sec' AS c, interval '1 min -1 sec' AS d, interval '-1 day 1 hour' AS e, interval '1 sec' AS f;

-- case: sql_standard
SET IntervalStyle = sql_standard;

-- case: sql_standard_output
SELECT id, iv FROM events ORDER BY id;

-- case: sql_standard_literals
SELECT interval '1 year 2 mons' AS a, interval '3 days 04:05:06' AS b, interval '-3 days -04:05:06' AS c, interval '04:05:06.25' AS d, interval '1 year -1 day' AS e;

-- case: sql_standard_leading_minus_applies_to_all
SELECT interval '-1 2:03:04' AS a, interval '-1 +2:03:04' AS b, interval '- 1 day 2 hours' AS c, '-1 2:03:04'::interval = interval '-1 day -2:03:04' AS same;

-- case: iso_8601
SET IntervalStyle TO 'iso_8601';

-- case: iso_8601_output
SELECT id, iv FROM events ORDER BY id;

-- case: iso_8601_literals
SELECT interval '-1.5 sec' AS a, interval '1 mon -1 day 00:00:01' AS b, interval 'P1Y2M' AS c, justify_hours(interval '50 hours') AS d;

-- case: show_intervalstyle
SHOW IntervalStyle;

-- case: bad_intervalstyle
SET IntervalStyle = 'iso';

-- case: reset_all
RESET ALL;

-- case: defaults_again
SELECT d, iv FROM events ORDER BY id;
