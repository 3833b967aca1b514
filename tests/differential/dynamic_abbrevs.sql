-- Time zone abbreviations whose meaning changed over time (MSK, VET, …):
-- PostgreSQL resolves them per instant from the zone that defines them
-- (the offset used under that name then, or most recently before).
CREATE TABLE readings (id integer PRIMARY KEY, at timestamptz, local_at timestamp);
INSERT INTO readings VALUES
  (1, '2011-03-26 12:00:00 MSK', '2011-03-26 12:00:00'),
  (2, '2011-03-27 12:00:00 MSK', '2011-03-27 12:00:00'),
  (3, '2014-10-25 12:00:00 MSK', '2014-10-25 12:00:00'),
  (4, '2014-10-26 12:00:00 MSK', '2014-10-26 12:00:00'),
  (5, '1995-07-01 12:00:00 MSK', '1995-07-01 12:00:00'),
  (6, '2020-01-15 08:30:00 MSK', '2020-01-15 08:30:00');

-- case: input_in_each_period
-- zone: UTC
SELECT id, at FROM readings ORDER BY id;

-- case: input_around_the_2011_change
SELECT '2011-03-27 01:30:00 MSK'::timestamptz AS a, '2011-03-27 02:30:00 MSK'::timestamptz AS b, '2011-03-27 03:30:00 MSK'::timestamptz AS c;

-- case: input_around_the_2014_change
SELECT '2014-10-26 00:30:00 MSK'::timestamptz AS a, '2014-10-26 01:30:00 MSK'::timestamptz AS b, '2014-10-26 02:30:00 MSK'::timestamptz AS c;

-- case: timestamp_at_time_zone_msk
SELECT id, local_at AT TIME ZONE 'MSK' AS r FROM readings ORDER BY id;

-- case: timestamptz_at_time_zone_msk
SELECT id, at AT TIME ZONE 'MSK' AS r, timezone('msk', at) AS f FROM readings ORDER BY id;

-- case: venezuela_half_hour
SELECT '2010-06-01 12:00 VET'::timestamptz AS a, '2017-06-01 12:00 VET'::timestamptz AS b, '2005-06-01 12:00 VET'::timestamptz AS c;

-- case: date_trunc_in_a_changing_abbreviation
SELECT date_trunc('day', timestamptz '2010-06-01 02:00:00+00', 'VET') AS a, date_trunc('day', timestamptz '2017-06-01 02:00:00+00', 'VET') AS b;

-- case: session_zone_output
-- zone: Europe/Moscow
SELECT id, at FROM readings ORDER BY id;

-- case: other_changing_abbreviations
-- zone: UTC
SELECT '2015-01-01 12:00 MSD'::timestamptz AS a, '1990-06-01 12:00 MSD'::timestamptz AS b, '2009-01-01 12:00 VET'::timestamptz AS c;

-- case: abbreviation_outside_the_default_set
SELECT '2012-01-01 12:00 SAMT'::timestamptz;

-- case: with_a_dst_modifier
SELECT '2011-03-27 12:00:00 MSK DST'::timestamptz;

-- case: comparison_with_a_literal
SELECT id FROM readings WHERE at < '2014-10-26 00:00 MSK' ORDER BY id;
