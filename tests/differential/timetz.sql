-- time with time zone (timetz) as a full type: literals, columns with a
-- precision, comparisons and ordering by the UTC time, arithmetic, AT TIME
-- ZONE, extract, casts and parameters. Cases whose answer depends on
-- today's date (a timetz without a zone takes the session zone's offset
-- today) run in zones without daylight saving, so recordings stay true.
CREATE TABLE shifts (id integer PRIMARY KEY, starts time(2) with time zone, ends timetz);
INSERT INTO shifts VALUES
  (1, '00:01 PDT', '08:00-07'),
  (2, '07:07 PST', '15:00-08'),
  (3, '08:08 EDT', '16:00-04'),
  (4, '11:59:59.999 PM PDT', '23:59:59.999999-07'),
  (5, '2003-03-07 15:36:39 America/New_York', '17:00:00+05:30'),
  (6, '2003-07-07 15:36:39 America/New_York', '24:00:00-03:30'),
  (7, '12:00+00', '12:00+00'),
  (8, '13:00+01', '11:00-01');

-- case: output_with_offsets
SELECT id, starts, ends FROM shifts ORDER BY id;

-- case: order_by_utc_time_then_offset
SELECT id, starts FROM shifts ORDER BY starts, id;

-- case: order_by_descending
SELECT id, ends FROM shifts ORDER BY ends DESC, id;

-- case: comparisons_with_untyped
SELECT id FROM shifts WHERE starts < '05:06:07-07' ORDER BY id;

-- case: same_instant_other_offset_is_not_equal
SELECT time with time zone '12:00+00' = time with time zone '13:00+01' AS eq, time with time zone '12:00+00' < time with time zone '13:00+01' AS lt, time with time zone '10:00+02' < time with time zone '09:00+01' AS lt2;

-- case: equality_in_where
SELECT id FROM shifts WHERE starts = ends ORDER BY id;

-- case: distinct_and_group_by
SELECT count(DISTINCT starts) AS n, count(*) AS m FROM shifts;

-- case: plus_and_minus_interval
SELECT id, starts + interval '1 hour 30 min' AS a, starts - interval '25 hours' AS b, interval '1 min' + ends AS c FROM shifts ORDER BY id;

-- case: date_plus_timetz
SELECT id, date '2024-03-10' + ends AS a, ends + date '2024-11-03' AS b FROM shifts ORDER BY id;

-- case: timestamptz_of_date_and_timetz
-- zone: America/New_York
SELECT timestamptz(date '2024-01-01', time with time zone '10:00+03') AS a, timestamptz(date '2024-07-01', ends) AS b FROM shifts ORDER BY id;

-- case: to_time_and_text
SELECT id, ends::time AS t, ends::text AS txt, 'ends ' || ends AS msg FROM shifts ORDER BY id;

-- case: at_time_zone_fixed
SELECT id, ends AT TIME ZONE 'UTC' AS u, ends AT TIME ZONE INTERVAL '-10:00' AS i, ends AT TIME ZONE 'EST' AS e, timezone('+03', ends) AS p FROM shifts ORDER BY id;

-- case: at_time_zone_named_without_dst
SELECT id, ends AT TIME ZONE 'Asia/Kolkata' AS k FROM shifts ORDER BY id;

-- case: at_time_zone_interval_with_days
SELECT ends AT TIME ZONE INTERVAL '1 day' FROM shifts;

-- case: extract_fields
SELECT EXTRACT(MICROSECOND FROM TIME WITH TIME ZONE '2020-05-26 13:30:25.575401-04') AS us, EXTRACT(MILLISECOND FROM TIME WITH TIME ZONE '13:30:25.575401-04') AS ms, EXTRACT(SECOND FROM TIME WITH TIME ZONE '13:30:25.575401-04') AS s, EXTRACT(MINUTE FROM TIME WITH TIME ZONE '13:30:25-04') AS mi, EXTRACT(HOUR FROM TIME WITH TIME ZONE '13:30:25-04') AS h;

-- case: extract_zone_fields
SELECT EXTRACT(TIMEZONE FROM ends) AS tz, EXTRACT(TIMEZONE_HOUR FROM ends) AS tzh, EXTRACT(TIMEZONE_MINUTE FROM ends) AS tzm, EXTRACT(EPOCH FROM ends) AS epoch FROM shifts ORDER BY id;

-- case: date_part_fields
SELECT date_part('epoch', ends) AS epoch, date_part('second', ends) AS s, date_part('timezone', ends) AS tz FROM shifts ORDER BY id;

-- case: extract_day_not_supported
SELECT EXTRACT(DAY FROM TIME WITH TIME ZONE '13:30:25-04');

-- case: extract_unknown_unit
SELECT EXTRACT(FORTNIGHT FROM TIME WITH TIME ZONE '13:30:25-04');

-- case: input_rounds_and_limits
SELECT '23:59:59.999999 PDT'::timetz AS a, '23:59:59.9999999 PDT'::timetz AS b, '23:59:60 PDT'::timetz AS c, '24:00:00 PDT'::timetz AS d;

-- case: input_past_24_hours
SELECT '24:00:00.01 PDT'::timetz;

-- case: input_hour_25
SELECT '25:00:00 PDT'::timetz;

-- case: zone_with_dst_needs_a_date
SELECT '15:36:39 America/New_York'::timetz;

-- case: partial_date_without_zone
SELECT '15:36:39 m2'::timetz;

-- case: partial_date_without_zone_time
SELECT '15:36:39 m2'::time;

-- case: no_zone_takes_todays_offset
-- zone: Asia/Kolkata
SELECT '10:00'::timetz AS a, time '10:00'::timetz AS b, timetz '10:00' AS c;

-- case: time_at_time_zone_is_timetz
-- zone: Asia/Kolkata
SELECT time '10:00' AT TIME ZONE 'UTC' AS a;

-- case: timestamptz_to_timetz
-- zone: America/New_York
SELECT timestamptz '2024-07-01 12:00+00'::timetz AS summer, timestamptz '2024-01-01 12:00+00'::timetz AS winter;

-- case: timetz_plus_timetz_does_not_exist
SELECT starts + time with time zone '00:01' FROM shifts;

-- case: timetz_minus_timetz_does_not_exist
SELECT starts - ends FROM shifts;

-- case: precision_cast
SELECT time with time zone '10:00:00.123456+02'::time(2) with time zone AS a, cast(ends AS timetz(0)) AS b FROM shifts ORDER BY id;

-- case: parameter_timetz
-- params: ["08:00-07"]
SELECT id FROM shifts WHERE ends = $1::timetz ORDER BY id;

-- case: parameter_compared
-- params: ["12:00-00"]
SELECT id FROM shifts WHERE ends > $1 ORDER BY id;

-- case: insert_and_read_back
INSERT INTO shifts VALUES (9, '01:02:03.456789+14', '09:00 -15:59');

-- case: after_insert
SELECT id, starts, ends FROM shifts WHERE id = 9;

-- case: update_with_interval
UPDATE shifts SET ends = ends + interval '2 hours' WHERE id = 9;

-- case: after_update
SELECT ends FROM shifts WHERE id = 9;
