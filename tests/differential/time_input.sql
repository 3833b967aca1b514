-- Lenient date/time input (src/time/input.rs): typed literals and casts
-- from text, in several session zones. Every case was run on PostgreSQL 15
-- (DateStyle ISO, MDY; IntervalStyle postgres).
CREATE TABLE raw_times (id integer PRIMARY KEY, t text);
INSERT INTO raw_times VALUES
  (1, '2024-03-10T02:30:00'),
  (2, '2024-11-03 01:30'),
  (3, '2024-03-10 10:00:00+05:30'),
  (4, 'March 10, 2024 10:00 PM'),
  (5, '20240310T103000Z');

-- case: iso_t_and_space
-- zone: UTC
SELECT timestamptz '2024-03-10T10:00:00' AS t, timestamptz '2024-03-10 10:00:00.5' AS s, timestamp '  2024-03-10 10:00  ' AS ws;

-- case: offsets_all_forms
-- zone: UTC
SELECT '2024-03-10 10:00Z'::timestamptz AS z, '2024-03-10 10:00+05'::timestamptz AS h, '2024-03-10 10:00-05:30'::timestamptz AS hm, '2024-03-10 10:00+0530'::timestamptz AS hhmm, '2024-03-10 10:00 +05:30:15'::timestamptz AS hms;

-- case: fraction_rounding
-- zone: UTC
SELECT '2024-03-10 10:00:00.1234565'::timestamp AS half_even, '2024-03-10 10:00:00.1234575'::timestamp AS half_up, '2024-03-10 10:00:00.9999995'::timestamp AS carry, '10:00:00.1234565'::time AS t;

-- case: ny_fold_later_instant
-- zone: America/New_York
SELECT timestamptz '2024-11-03 01:30 America/New_York' AS t, '2024-11-03 01:30'::timestamptz AS session;

-- case: ny_gap_offset_before
-- zone: America/New_York
SELECT '2024-03-10T02:30'::timestamptz AS gap, '2024-03-10 02:30:00.5'::timestamptz AS gap_frac, '2024-03-10 01:59:59'::timestamptz AS before, '2024-03-10 03:00'::timestamptz AS after;

-- case: dublin_negative_dst
-- zone: Europe/Dublin
SELECT '2024-03-31 01:30'::timestamptz AS gap, '2024-10-27 01:30'::timestamptz AS fold, '2024-06-01 12:00 IST'::timestamptz AS ist_abbrev;

-- case: lord_howe_half_hour_dst
-- zone: Australia/Lord_Howe
SELECT '2024-04-07 01:45'::timestamptz AS fold, '2024-10-06 02:15'::timestamptz AS gap, '2024-10-06 02:45'::timestamptz AS after_gap;

-- case: kolkata_offsets
-- zone: Asia/Kolkata
SELECT '2024-03-10 10:00'::timestamptz AS local, '2024-03-10 10:00 Europe/Dublin'::timestamptz AS dublin, '1900-01-01 00:00'::timestamptz AS lmt;

-- case: zone_name_after_time
-- zone: America/New_York
SELECT '2024-03-10 10:00:00 Asia/Kolkata'::timestamptz AS kolkata, '2024-03-10 10:00 europe/dublin'::timestamptz AS lower, '2024-03-10 10:00:00 UTC+5'::timestamptz AS posix;

-- case: fixed_abbreviations
-- zone: UTC
SELECT '2024-03-10 10:00 EST'::timestamptz AS est, '2024-03-10 10:00 PST'::timestamptz AS pst, '2024-03-10 10:00 GMT'::timestamptz AS gmt, '2024-03-10 10:00 z'::timestamptz AS z;

-- case: timestamp_ignores_offset
-- zone: UTC
SELECT timestamp '2024-01-01 10:00+05' AS off, '2024-03-10 10:00 America/New_York'::timestamp AS named, '2024-03-10 10:00 EST'::timestamp AS abbrev;

-- case: date_of_timestamp_text
-- zone: Asia/Kolkata
SELECT '2024-03-10 10:00'::date AS d, '2024-03-10 23:00+05:30'::date AS with_offset, date '2024-03-10T10:00Z' AS iso;

-- case: special_words
-- zone: UTC
SELECT 'epoch'::timestamptz AS e, 'infinity'::timestamp AS i, '-infinity'::date AS ni, 'EPOCH'::date AS upper, 'allballs'::time AS ab, '2024-03-10 allballs'::timestamptz AS ab_ts;

-- case: now_family_consistent
-- zone: America/New_York
SELECT 'today'::date = current_date AS today_date, 'tomorrow'::date - 'yesterday'::date AS two_days, 'today'::timestamptz = date_trunc('day', now()) AS midnight;

-- case: bc_and_ad
-- zone: UTC
SELECT '2024-03-10 10:00:00 BC'::timestamp AS bc, '0044-03-15 BC'::date AS ides, '2024-03-10 AD'::date AS ad;

-- case: mdy_forms
-- zone: UTC
SELECT '03/10/2024'::date AS slash, 'March 10, 2024'::date AS long, '10 Mar 2024'::date AS dmy_text, '2024-Mar-10'::date AS ymd_text, '20240310'::date AS compact, 'Mar-10-2024'::date AS mdy_text;

-- case: two_digit_years
-- zone: UTC
SELECT '03/10/24'::date AS y24, '3/10/70'::date AS y70, '3/10/69'::date AS y69, '10-mar-24'::date AS dd_mon_yy;

-- case: weekday_and_at_ignored
-- zone: UTC
SELECT 'Sunday, March 10, 2024'::date AS dow, '2024-03-10 at 10:00'::timestamp AS at_word, 'Sun, 10 Mar 2024 10:00:00 GMT'::timestamptz AS rfc;

-- case: run_together_iso
-- zone: UTC
SELECT '20240310T103000'::timestamp AS basic, '20240310 103000'::timestamp AS spaced, '2024-03-10T103000'::timestamp AS mixed, '2024 070'::date AS day_of_year;

-- case: am_pm
-- zone: UTC
SELECT '1:30 PM'::time AS pm, '12:30 am'::time AS midnight, '12:30 pm'::time AS noon, '2024-03-10 10:00 pm'::timestamp AS ts_pm;

-- case: time_forms
-- zone: UTC
SELECT '24:00:00'::time AS end_of_day, '23:59:60'::time AS leap, '103000'::time AS compact, 'T10:00'::time AS t_prefix, '10:30.5'::time AS mm_ss, '2024-03-10 10:00:00+05'::time AS date_and_offset;

-- case: leap_second_rolls_over
-- zone: UTC
SELECT '2024-01-01 12:59:60'::timestamp AS rolled, '12:59:59.9999999'::time AS rounded;

-- case: stored_text_casts
-- zone: America/New_York
SELECT id, t::timestamptz AS tz, t::timestamp AS ts FROM raw_times ORDER BY id;

-- case: error_day_of_month
-- zone: UTC
SELECT '2024-02-30'::date;

-- case: error_dmy_order
-- zone: UTC
SELECT '13/01/2024'::timestamp;

-- case: error_unknown_zone_lowercased
-- zone: UTC
SELECT '2024-01-01 10:00 Mars/Base'::timestamptz;

-- case: error_offset_range
-- zone: UTC
SELECT '2024-01-01 10:00+16'::timestamptz;

-- case: error_syntax_timestamptz
-- zone: UTC
SELECT 'garbage'::timestamptz;

-- case: error_time_with_dst_zone
-- zone: UTC
SELECT '10:00 America/New_York'::time;

-- case: error_time_hour_25
-- zone: UTC
SELECT '2024-03-10 25:00'::timestamp;

-- case: interval_postgres_output_form
-- zone: UTC
SELECT interval '1 year 2 mons 3 days 04:05:06.5' AS a, interval '-1 days +02:00:00' AS b, interval '-2 mons -14 days -12:30:00' AS c, interval '@ 1 hour ago' AS d;

-- case: interval_units_and_plurals
-- zone: UTC
SELECT interval '1h 30m' AS hm, interval '2 weeks' AS w, interval '90 seconds' AS s, interval '10 min' AS m, interval '3 ms' AS ms, interval '5 us' AS us, interval '1 yr 2 hrs 3 mins 4 secs' AS abbr;

-- case: interval_big_units
-- zone: UTC
SELECT interval '1 millennium' AS mil, interval '2 decades' AS dec, interval '1 century' AS c, interval '1.25 centuries' AS frac;

-- case: interval_fraction_cascade
-- zone: UTC
SELECT interval '1.5 days' AS d, interval '1.5 months' AS m, interval '1.5 years' AS y, interval '1.5 weeks' AS w, interval '1.7 mons' AS m2, interval '0.1 years' AS y2;

-- case: interval_time_parts
-- zone: UTC
SELECT interval '10:00' AS t, interval '-10:00' AS neg, interval '1 10:00' AS day_time, interval '5 12:00:00' AS five, interval '10:30.5' AS mm_ss, interval '100' AS bare, interval '-1.5' AS neg_secs;

-- case: interval_ago_and_signs
-- zone: UTC
SELECT interval '3 days ago' AS a, interval '1 day 10:00 ago' AS b, interval '1 mon -1 day' AS c, interval '-1 day +1 hour' AS d, interval '1-2' AS sql_ym, interval '-1-2' AS neg_ym;

-- case: interval_time_overwrites_fraction
-- zone: UTC
SELECT interval '10:00 1.5 days' AS overwritten, interval '1.5 days 10:00' AS added;

-- case: interval_iso8601
-- zone: UTC
SELECT interval 'P1Y2M3DT4H5M6S' AS full, interval 'P1W' AS w, interval 'PT0.5S' AS half, interval 'P1.5Y' AS fy, interval 'P-1D' AS neg, interval 'P1DT-1H' AS mixed, interval 'PT10.123456789S' AS rounded;

-- case: interval_iso8601_alternative
-- zone: UTC
SELECT interval 'P0001-02-03T04:05:06' AS ext, interval 'P00010203T040506' AS basic, interval 'P20240310' AS ymd, interval 'PT10:30:15.5' AS hms;

-- case: interval_overflow_edges
-- zone: UTC
SELECT interval '2147483647 days' AS max_days, interval '-2147483648 days' AS min_days, interval '178956970 years' AS max_years, interval '9223372036854775807 us' AS max_us;

-- case: error_interval_field_range
-- zone: UTC
SELECT interval '2147483648 days';

-- case: error_interval_out_of_range
-- zone: UTC
SELECT interval '178956971 years';

-- case: error_interval_duplicate_unit
-- zone: UTC
SELECT interval '1 day 2 days';

-- case: error_interval_syntax
-- zone: UTC
SELECT interval '1 year garbage';
