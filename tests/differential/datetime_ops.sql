-- Date/time operators, casts, comparisons, aggregates and the session zone.
CREATE TABLE shifts (id int PRIMARY KEY, starts timestamptz, ends timestamptz, day date, len interval, local_start timestamp, t time);
INSERT INTO shifts VALUES
  (1, '2024-03-09 22:00:00+00', '2024-03-10 10:00:00+00', '2024-03-10', '12:00:00', '2024-03-09 17:00:00', '17:00:00'),
  (2, '2024-11-02 23:00:00+00', '2024-11-03 11:30:00+00', '2024-11-03', '1 day', '2024-11-02 19:00:00', '19:00:00'),
  (3, '2024-06-30 12:00:00+00', '2024-07-01 12:00:00+00', '2024-06-30', '24:00:00', '2024-06-30 08:00:00', '08:00:00'),
  (4, 'infinity', NULL, 'infinity', '1 mon', NULL, '24:00:00'),
  (5, '-infinity', '2000-01-01 00:00:00+00', '-infinity', '-1 days +02:00:00', '2000-01-01 00:00:00', '00:00:00.5');
CREATE TABLE precise (id int PRIMARY KEY, a timestamptz(3), b time(0), c interval(2), d timestamp(0), e timestamp(6));
INSERT INTO precise VALUES (1, '2024-01-01 00:00:00.123456', '10:00:00.6', '1.555 seconds', '1999-12-31 23:59:59.5', '2024-01-01 00:00:00.1234567');
INSERT INTO precise (id, a, d) SELECT 2, timestamptz '1969-07-20 20:17:40.0005+00', timestamp '1969-07-20 20:17:40.5';
CREATE TABLE zoned_defaults (id int PRIMARY KEY, d date DEFAULT current_date, ts timestamp DEFAULT localtimestamp, iv interval DEFAULT '1 day 2 hours');

-- case: stored_values_utc
SELECT * FROM shifts ORDER BY id;

-- case: stored_values_new_york
-- zone: America/New_York
SELECT * FROM shifts ORDER BY id;

-- case: elapsed_new_york
-- zone: America/New_York
SELECT id, ends - starts AS elapsed, ends - local_start AS mixed FROM shifts WHERE id <= 3 ORDER BY id;

-- case: date_arithmetic
SELECT day + 1 AS next, day - 1 AS prev, day - date '2024-01-01' AS since_jan, 7 + day AS week_later, day + interval '1 mon' AS plus_month, day + time '10:30' AS at_1030 FROM shifts WHERE id <= 3 ORDER BY id;

-- case: timestamptz_plus_interval_sydney
-- zone: Australia/Sydney
SELECT id, starts + len AS a, starts - len AS b, len + starts AS c, starts + interval '1 day' AS d, starts + interval '24 hours' AS e FROM shifts WHERE id <= 3 ORDER BY id;

-- case: timestamp_plus_interval
SELECT id, local_start + len AS a, local_start - interval '1 mon' AS b, local_start - timestamp '2024-01-01 00:00:00' AS c FROM shifts WHERE id <= 3 ORDER BY id;

-- case: interval_arithmetic
SELECT len + interval '1 hour' AS a, len - interval '1 day' AS b, len * 2 AS c, len / 3 AS d, -len AS e, 1.5 * len AS f, len * 0.5 AS g FROM shifts ORDER BY id;

-- case: time_arithmetic
SELECT t + interval '7 hours' AS a, t - interval '20 hours' AS b, t - time '06:00' AS c, t + '1 hour' AS d FROM shifts ORDER BY id;

-- case: unknown_literal_sides
SELECT timestamptz '2024-01-01 00:00:00+00' + '1 day' AS a, '1 day' + timestamp '2024-01-01' AS b, date '2024-03-01' - '2024-02-01' AS c, interval '1 day' + '1 hour' AS d, interval '1 day' * '2' AS e;

-- case: date_plus_unknown_is_ambiguous
SELECT date '2024-01-01' + '1 day';

-- case: timestamptz_minus_unknown_reads_timestamptz
SELECT timestamptz '2024-01-01 00:00:00+00' - '1 day';

-- case: no_operator
SELECT date '2024-01-01' + date '2024-01-02';

-- case: date_plus_bigint
SELECT date '2024-01-01' + 2::int8;

-- case: interval_division_by_zero
SELECT interval '1 day' / 0;

-- case: infinite_dates_subtract
SELECT date 'infinity' - date '2020-01-01';

-- case: infinite_timestamps_subtract
SELECT timestamp 'infinity' - timestamp '2020-01-01';

-- case: infinity_plus_interval
SELECT timestamptz 'infinity' + interval '1 day' AS a, date '-infinity' + 1 AS b, timestamp '-infinity' - interval '1 year' AS c;

-- case: month_end_clamp
SELECT timestamp '2024-01-31 10:00' + interval '1 mon' AS a, date '2024-03-31' - interval '1 mon' AS b, timestamp '2023-01-31' + interval '1 mon' AS c, timestamp '2024-02-29' + interval '1 year' AS d;

-- case: compare_date_timestamptz_new_york
-- zone: America/New_York
SELECT id, day < starts AS lt, day = ends::date AS same_day, local_start < starts AS ts_tz FROM shifts WHERE id <= 3 ORDER BY id;

-- case: compare_with_unknown
-- zone: Europe/London
SELECT id FROM shifts WHERE starts >= '2024-03-10' AND starts < '2024-12-01' ORDER BY id;

-- case: interval_equality
SELECT a.id, b.id AS other FROM shifts a JOIN shifts b ON a.len = b.len AND a.id < b.id ORDER BY 1, 2;

-- case: interval_order
SELECT id, len FROM shifts ORDER BY len DESC, id;

-- case: interval_in_between
SELECT id FROM shifts WHERE len IN ('24:00:00', '30 days') OR len BETWEEN '1 hour' AND '13 hours' ORDER BY id;

-- case: order_by_timestamptz_with_infinities
SELECT id FROM shifts ORDER BY starts, id;

-- case: order_by_date_desc
SELECT id, day FROM shifts ORDER BY day DESC;

-- case: interval_aggregates
SELECT sum(len) AS s, avg(len) AS a, min(len) AS mn, max(len) AS mx, count(len) AS n FROM shifts;

-- case: timestamp_aggregates
-- zone: Asia/Kolkata
SELECT min(starts) AS first_start, max(ends) AS last_end, min(day) AS first_day, max(local_start) AS last_local, max(t) AS latest FROM shifts;

-- case: group_by_interval
SELECT len, count(*) AS n FROM shifts GROUP BY len ORDER BY len;

-- case: casts_new_york
-- zone: America/New_York
SELECT starts::date AS d, starts::time AS t, starts::timestamp AS ts, day::timestamptz AS dtz, local_start::timestamptz AS ltz, local_start::date AS ld, len::time AS lt, t::interval AS ti FROM shifts WHERE id <= 3 ORDER BY id;

-- case: casts_to_text_chatham
-- zone: Pacific/Chatham
SELECT starts::text AS a, day::text AS b, len::text AS c, t::text AS d, local_start::text AS e, 'at ' || starts AS f FROM shifts ORDER BY id;

-- case: text_to_temporal_casts
SELECT '2024-02-29'::date AS a, '13:45:10.25'::time AS b, '2024-02-29 13:45'::timestamp AS c, '2024-02-29 13:45+05:30'::timestamptz AS d, '1 day 2 hours'::interval AS e;

-- case: at_time_zone
-- zone: America/Sao_Paulo
SELECT id, starts AT TIME ZONE 'UTC' AS utc, starts AT TIME ZONE 'Asia/Kolkata' AS kolkata, local_start AT TIME ZONE 'Europe/London' AS london, timezone('America/St_Johns', starts) AS st_johns FROM shifts ORDER BY id;

-- case: at_time_zone_offsets_and_abbreviations
SELECT timestamptz '2024-01-01 00:00:00+00' AT TIME ZONE '+05' AS posix_west, timestamptz '2024-01-01 00:00:00+00' AT TIME ZONE '-03:30' AS posix_east, timestamptz '2024-07-01 00:00:00+00' AT TIME ZONE 'EST' AS est, timestamptz '2024-07-01 00:00:00+00' AT TIME ZONE 'CET' AS cet_fixed, timestamptz '2024-07-01 00:00:00+00' AT TIME ZONE 'UTC+5' AS utc_plus_5, timestamp '2024-07-01 12:00' AT TIME ZONE 'pst' AS from_pst;

-- case: at_time_zone_unknown_zone
SELECT timestamptz '2024-01-01 00:00:00+00' AT TIME ZONE 'Mars/Base';

-- case: at_time_zone_literal_and_date
-- zone: Europe/Dublin
SELECT '2024-06-01 12:00' AT TIME ZONE 'UTC' AS lit, date '2024-06-01' AT TIME ZONE 'UTC' AS d;

-- case: isfinite
SELECT id, isfinite(starts) AS a, isfinite(day) AS b, isfinite(len) AS c, isfinite(local_start) AS d FROM shifts ORDER BY id;

-- case: now_family_is_stable
-- zone: Pacific/Apia
SELECT now() = current_timestamp AS a, now() = transaction_timestamp() AS b, now() <= statement_timestamp() AS c, statement_timestamp() <= clock_timestamp() AS d, current_date = now()::date AS e, localtimestamp = now()::timestamp AS f, localtime = now()::time AS g;

-- case: now_relative_literals
-- zone: Australia/Lord_Howe
SELECT 'now'::timestamptz = now() AS a, 'today'::date = current_date AS b, 'tomorrow'::timestamp = current_date + 1 AS c, 'yesterday'::date = current_date - 1 AS d;

-- case: numeric_offset_session
-- zone: +05
SELECT timestamptz '2024-01-01 00:00:00+00' AS t;

-- case: posix_zone_session
-- zone: UTC+5
SELECT timestamptz '2024-01-01 00:00:00+00' AS t, timestamptz '2024-07-01 00:00:00+00' AS s;

-- case: current_time_is_timetz
-- zone: Asia/Kolkata
SELECT current_time IS NOT NULL AS known, current_time::time = localtime AS same_time, current_time::text LIKE '%:%:%+05:30' AS with_offset;

-- case: current_time_in_dublin
-- zone: Europe/Dublin
SELECT current_time::time = localtime AS same_time, current_time::text LIKE '%+0_' AS with_offset;

-- case: timetz_comparison
SELECT current_time < current_time;

-- case: timetz_order
SELECT x FROM (SELECT current_time AS t, 1 AS x) s ORDER BY t;

-- case: overlaps
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-15', interval '1 day') AS a, (timestamp '2024-01-01', timestamp '2024-01-02') OVERLAPS (timestamp '2024-01-02', timestamp '2024-01-03') AS b, (date '2024-02-01', date '2024-01-01') OVERLAPS (date '2024-01-31', NULL::date) AS c, (date '2024-01-01', NULL::date) OVERLAPS (date '2024-01-01', date '2024-01-05') AS d, (timestamptz '2024-01-01 00:00:00', interval '1 hour') OVERLAPS (timestamptz '2024-01-01 00:59:59', timestamptz '2024-01-01 03:00:00') AS e;

-- case: overlaps_table
-- zone: America/New_York
SELECT a.id, b.id AS other FROM shifts a JOIN shifts b ON a.id < b.id AND (a.starts, a.ends) OVERLAPS (b.starts, b.ends) ORDER BY 1, 2;

-- case: generate_series_timestamptz_fold
-- zone: America/New_York
SELECT g FROM generate_series(timestamptz '2024-11-03 00:00:00', timestamptz '2024-11-03 03:00:00', interval '30 minutes') AS g;

-- case: generate_series_day_steps_across_dst
-- zone: Europe/London
SELECT * FROM generate_series(timestamptz '2024-03-29 12:00', timestamptz '2024-04-02 12:00', interval '1 day');

-- case: generate_series_months_clamp
SELECT s FROM generate_series(timestamp '2024-01-31', timestamp '2024-06-30', interval '1 mon') s;

-- case: generate_series_descending_and_alias
SELECT d.x, d.x + 1 AS y FROM generate_series(5, 1, -2) AS d(x);

-- case: generate_series_dates_are_timestamptz
-- zone: Asia/Kolkata
SELECT * FROM generate_series(date '2024-01-01', date '2024-01-03', interval '1 day');

-- case: generate_series_zero_step
SELECT * FROM generate_series(timestamp '2024-01-01', timestamp '2024-01-02', interval '0 days');

-- case: generate_series_join
-- zone: America/New_York
SELECT g::date AS day, count(s.id) AS n FROM generate_series(timestamptz '2024-03-09', timestamptz '2024-03-11', interval '1 day') g LEFT JOIN shifts s ON s.starts >= g AND s.starts < g + interval '1 day' GROUP BY g ORDER BY g;

-- case: params_temporal
-- zone: America/New_York
-- params: ["2024-03-09 12:00:00", "1 day", "2024-03-10"]
SELECT $1::timestamptz + $2::interval AS a, $3::date - 1 AS b;

-- case: params_from_context
-- zone: America/New_York
-- params: ["2024-03-10 00:00:00-05"]
SELECT id FROM shifts WHERE starts < $1 ORDER BY id;

-- case: defaults_follow_the_session_zone_at_insert
-- zone: Pacific/Chatham
INSERT INTO zoned_defaults (id) VALUES (1) RETURNING id, d = current_date AS today, ts = localtimestamp AS now_local, iv;

-- case: session_zone_setting_0
-- zone: 0
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting_0
SHOW timezone;

-- case: session_zone_setting__05_30
-- zone: +05:30
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting__05_30
SHOW timezone;

-- case: session_zone_setting_5_5
-- zone: 5.5
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting_5_5
SHOW timezone;

-- case: session_zone_setting_UTC_5
-- zone: UTC+5
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting_UTC_5
SHOW timezone;

-- case: session_zone_setting_foo5
-- zone: foo5
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting_foo5
SHOW timezone;

-- case: session_zone_setting_Etc_GMT_5
-- zone: Etc/GMT+5
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting_Etc_GMT_5
SHOW timezone;

-- case: session_zone_setting_Zulu
-- zone: Zulu
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting_Zulu
SHOW timezone;

-- case: session_zone_setting__7
-- zone: -7
SELECT to_char(timestamptz '2024-07-01 00:00Z', '[TZ] [tz] [OF] [TZH:TZM]') AS tz, timestamptz '2024-07-01 00:00Z' AS shown, timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC' AS utc;

-- case: show_zone_setting__7
SHOW timezone;

-- case: zone_rules_after_2099
-- zone: America/New_York
SELECT to_char(timestamptz '2150-07-01 00:00Z', 'TZ OF') AS summer, timestamptz '2150-01-01 00:00Z' AS winter, timestamp '2150-03-14 02:30' AT TIME ZONE 'America/New_York' AS gap;

-- case: precision_modifiers_on_columns
SELECT * FROM precise ORDER BY id;

-- case: precision_modifiers_in_casts
SELECT '2024-01-01 00:00:00.123456'::timestamp(2) AS a, timestamp '1999-12-31 23:59:59.5'::timestamp(0) AS b, '23:59:59.9'::time(0) AS c, interval '1.25 seconds'::interval(1) AS d, timestamptz '2024-01-01 00:00:00.5+00'::timestamptz(0) AS e, '-1.5 seconds'::interval(0) AS f;

-- case: precision_modifiers_on_update
UPDATE precise SET a = timestamptz '2024-06-01 12:00:00.0005+00', b = time '12:00:00.5' WHERE id = 2 RETURNING a, b;

-- case: at_time_zone_interval
SELECT timestamptz '2024-01-01 00:00Z' AT TIME ZONE interval '+05:30' AS east, timestamp '2024-01-01 00:00' AT TIME ZONE interval '-08:00' AS west, timezone(interval '02:00', timestamptz '2024-01-01 00:00Z') AS f;

-- case: at_time_zone_interval_with_days
SELECT timestamptz '2024-01-01 00:00Z' AT TIME ZONE interval '1 day';

-- case: overlaps_dates_as_timestamps_and_time_lengths
-- zone: America/New_York
SELECT (date '2024-01-01', interval '1 hour') OVERLAPS (timestamp '2024-01-01 00:30', timestamp '2024-01-01 00:40') AS a, (date '2024-03-10', interval '24 hours') OVERLAPS (timestamptz '2024-03-11 00:30-04', interval '1 hour') AS b, (date '2024-01-01', date '2024-01-02') OVERLAPS (date '2024-01-02', date '2024-01-03') AS c, (timestamp '2024-11-03 01:30', time '01:00') OVERLAPS (date '2024-11-03', interval '1 day') AS d;

-- case: case_operand_date_against_timestamptz
-- zone: America/New_York
SELECT id, CASE day WHEN timestamptz '2024-03-10 00:00-05' THEN 'dst day' WHEN timestamptz '2024-11-03 04:00Z' THEN 'fall day' ELSE 'other' END AS k FROM shifts ORDER BY id;

-- case: repeated_calls_memoized
-- zone: America/New_York
-- The same calls several times per row (memoizing twins), over rows whose
-- arguments repeat, change, are NULL or infinite.
SELECT s.id,
       CASE WHEN age(s.ends, s.starts) < interval '12 hours' THEN 'short'
            WHEN age(s.ends, s.starts) < interval '1 day' THEN 'day'
            ELSE coalesce(age(s.ends, s.starts)::text, 'none') END AS bucket,
       s.ends - s.starts AS a, (s.ends - s.starts) * 2 AS b,
       extract(hour FROM s.starts AT TIME ZONE 'Asia/Kolkata') AS h1,
       extract(hour FROM s.starts AT TIME ZONE 'Asia/Kolkata') + 1 AS h2,
       date_trunc('day', s.starts) AS d1, date_trunc('day', s.starts) + interval '1 hour' AS d2
FROM shifts s CROSS JOIN (VALUES (1), (2)) AS twice(n)
ORDER BY s.id, twice.n;

-- case: repeated_calls_in_aggregates
-- zone: Europe/London
-- Interval aggregates over a difference read both instants (fused); row 4's
-- difference is NULL and skipped.
SELECT count(*), avg(ends - starts) AS avg, min(ends - starts) AS min, max(ends - starts) AS max,
       sum(ends - starts) FILTER (WHERE ends - starts > interval '12 hours') AS long_sum,
       sum(DISTINCT ends - starts) AS distinct_sum, avg(starts - ends) AS negated
FROM shifts WHERE id <= 4;

-- case: aggregates_over_a_difference_grouped
-- zone: America/New_York
SELECT day::date IS NULL AS no_day, count(*), avg(ends - starts), max(starts - ends), min(ends - starts) FILTER (WHERE id > 1)
FROM shifts WHERE id <= 4 GROUP BY 1 ORDER BY 1;

-- case: aggregate_over_an_infinite_difference
-- The same error as the plain subtraction.
SELECT avg(ends - starts) FROM shifts WHERE id = 5;

-- case: percentiles_over_a_difference
-- zone: America/New_York
-- percentile_cont and percentile_disc ordered by a difference read both
-- instants (fused): interpolation across days and hours, descending order,
-- FILTER, and row 4's NULL difference skipped.
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts) AS median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ends - starts) AS p90,
       percentile_cont(0.25) WITHIN GROUP (ORDER BY ends - starts DESC) AS q1_desc,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY starts - ends) AS disc_negated,
       percentile_disc(0) WITHIN GROUP (ORDER BY ends - starts) FILTER (WHERE id > 1) AS disc_filtered,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY (ends - starts) * 2) AS median_doubled
FROM shifts WHERE id <= 4;

-- case: percentiles_over_a_difference_grouped
-- zone: Europe/London
SELECT day::date IS NULL AS no_day, percentile_cont(0.75) WITHIN GROUP (ORDER BY ends - starts),
       percentile_disc(0) WITHIN GROUP (ORDER BY ends - starts)
FROM shifts WHERE id <= 4 GROUP BY 1 ORDER BY 1;

-- case: percentile_over_an_infinite_difference
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts) FROM shifts WHERE id = 5;

-- case: percentile_over_no_difference
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts) AS none FROM shifts WHERE id = 4;

-- case: shared_interval_statistics
-- zone: America/New_York
-- avg, sum, min and max of one difference share one aggregate (and those
-- with another FILTER or another difference keep their own); NULL
-- differences are skipped, ties keep the value read last.
SELECT count(*), avg(ends - starts) AS avg, justify_interval(avg(ends - starts)) AS justified,
       min(ends - starts) AS min, max(ends - starts) AS max, sum(ends - starts) AS sum,
       max(ends - starts) FILTER (WHERE id > 1) AS max_after_1, min(starts - ends) AS min_negated
FROM shifts WHERE id <= 4;

-- case: shared_interval_statistics_grouped_and_empty
SELECT id % 2 AS odd, min(ends - starts), max(ends - starts), avg(ends - starts)
FROM shifts WHERE id <= 4 GROUP BY 1
UNION ALL
SELECT 9, min(ends - starts), max(ends - starts), avg(ends - starts) FROM shifts WHERE id > 100
ORDER BY 1;

-- case: shared_min_max_need_no_sum
-- The sum of 600 differences of 3.6 million days overflows; min and max
-- alone do not read it.
SELECT min(b - a), max(b - a) FROM (
  SELECT timestamptz '0001-01-01 00:00+00' AS a, timestamptz '9999-12-31 00:00+00' - n * interval '1 hour' AS b
  FROM generate_series(1, 600) AS g(n)) s;

-- case: shared_avg_overflows_with_min_max
SELECT min(b - a), max(b - a), avg(b - a) FROM (
  SELECT timestamptz '0001-01-01 00:00+00' AS a, timestamptz '9999-12-31 00:00+00' AS b
  FROM generate_series(1, 600) AS g(n)) s;

-- case: shared_percentile_sort_grouped
-- zone: America/New_York
-- Percentiles of one difference in one order sort once; each answers as
-- its own aggregate would.
SELECT id % 2 AS odd, percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts) AS median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ends - starts) AS p90,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY ends - starts) AS p90_disc,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts) FILTER (WHERE id > 1) AS median_after_1
FROM shifts WHERE id <= 4 GROUP BY 1 ORDER BY 1;

-- case: shared_percentile_fraction_out_of_range
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts), percentile_cont(1.5) WITHIN GROUP (ORDER BY ends - starts)
FROM shifts WHERE id <= 4;

-- case: shared_percentile_fraction_checked_without_rows
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts) AS a, percentile_cont(1.5) WITHIN GROUP (ORDER BY ends - starts) AS b
FROM shifts WHERE id > 100;

-- case: shared_percentile_null_differences_check_the_fraction
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ends - starts) AS a, percentile_disc(-1) WITHIN GROUP (ORDER BY ends - starts) AS b
FROM shifts WHERE id = 4;

-- case: generate_series_too_many_aliases
SELECT * FROM generate_series(1, 3) AS g(a, b);
