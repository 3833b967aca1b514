-- POSIX time zone specifications with daylight-saving rules as the
-- session zone and as AT TIME ZONE arguments: Mm.w.d, Jn and n rules,
-- rule times (also negative), southern-hemisphere order, gap and fold.
CREATE TABLE pings (id integer PRIMARY KEY, at timestamptz);
INSERT INTO pings VALUES (1, '2005-01-15 12:00+00'), (2, '2005-07-15 12:00+00'), (3, '2005-04-03 08:59:59+00'), (4, '2005-04-03 09:00:00+00'), (5, '2005-10-30 07:30:00+00'), (6, '2005-10-30 08:30:00+00');

-- case: set_rules
SET TIME ZONE 'CST7CDT,M4.1.0,M10.5.0';

-- case: show_rules
-- zone: CST7CDT,M4.1.0,M10.5.0
SHOW TimeZone;

-- case: output_across_the_year
SELECT id, at FROM pings ORDER BY id;

-- case: wall_clock_day_vs_24_hours
SELECT timestamptz '2005-04-02 12:00-07' + interval '1 day' AS a, timestamptz '2005-04-02 12:00-07' + interval '24 hours' AS b, timestamptz '2005-04-03 12:00-06' - interval '1 day' AS c;

-- case: gap_and_fold
SELECT timestamptz '2005-04-03 02:30' AS gap, timestamptz '2005-10-30 01:30' AS fold;

-- case: zone_fields_and_to_char
SELECT id, extract(timezone FROM at) AS tz, to_char(at, 'HH24:MI TZ OF') AS c, date_trunc('day', at) AS d FROM pings ORDER BY id;

-- case: postgres_style_prints_the_names
SET DateStyle = 'Postgres, MDY';

-- case: names
SELECT id, at FROM pings ORDER BY id;

-- case: iso_again
SET DateStyle = 'ISO';

-- case: southern_output
-- zone: AEST-10AEDT,M10.1.0,M4.1.0/3
SELECT id, at, at::date AS d FROM pings ORDER BY id;

-- case: southern_gap_and_fold
SELECT timestamptz '2020-04-05 02:30' AS fold, timestamptz '2020-10-04 02:30' AS gap;

-- case: negative_rule_output
-- zone: <-03>3<-02>,M3.5.0/-2,M10.5.0/-1
SELECT timestamptz '2020-07-01 12:00+00' AS a, timestamptz '2020-01-01 12:00+00' AS b, timestamptz '2020-03-29 00:30' AS c;

-- case: at_time_zone_output
-- zone: UTC
SELECT timestamp '2024-06-01 12:00' AT TIME ZONE 'EST5EDT,M3.2.0,M11.1.0' AS a, timestamptz '2024-06-01 12:00+00' AT TIME ZONE 'EST5EDT,J60/2,J300' AS b, timestamptz '2024-06-01 12:00+00' AT TIME ZONE 'XXX3YYY,100,200' AS c;

-- case: southern_show
-- zone: AEST-10AEDT,M10.1.0,M4.1.0/3
SHOW TimeZone;

-- case: reset_time_zone_in_two_words
-- zone: CST7CDT,M4.1.0,M10.5.0
RESET TIME ZONE;
