-- date/time field functions: date_trunc, extract/date_part, date_bin,
-- make_*, age and justify_* (src/time/fields.rs), across types, zones,
-- DST days and error cases. Every statement was checked on PostgreSQL 15.

-- case: trunc_timestamp_all_units
-- zone: UTC
SELECT date_trunc('microseconds', timestamp '2024-02-29 20:38:40.123456') AS microseconds, date_trunc('milliseconds', timestamp '2024-02-29 20:38:40.123456') AS milliseconds, date_trunc('second', timestamp '2024-02-29 20:38:40.123456') AS second, date_trunc('minute', timestamp '2024-02-29 20:38:40.123456') AS minute, date_trunc('hour', timestamp '2024-02-29 20:38:40.123456') AS hour, date_trunc('day', timestamp '2024-02-29 20:38:40.123456') AS day, date_trunc('week', timestamp '2024-02-29 20:38:40.123456') AS week, date_trunc('month', timestamp '2024-02-29 20:38:40.123456') AS month, date_trunc('quarter', timestamp '2024-02-29 20:38:40.123456') AS quarter, date_trunc('year', timestamp '2024-02-29 20:38:40.123456') AS year, date_trunc('decade', timestamp '2024-02-29 20:38:40.123456') AS decade, date_trunc('century', timestamp '2024-02-29 20:38:40.123456') AS century, date_trunc('millennium', timestamp '2024-02-29 20:38:40.123456') AS millennium;

-- case: trunc_timestamp_century_edges
-- zone: UTC
SELECT date_trunc('century', timestamp '2000-01-01') AS c2000, date_trunc('century', timestamp '2001-01-01') AS c2001, date_trunc('millennium', timestamp '2000-06-01') AS m2000, date_trunc('millennium', timestamp '2001-06-01') AS m2001, date_trunc('decade', timestamp '2009-12-31 23:59') AS d2009, date_trunc('week', timestamp '0001-01-01') AS w1;

-- case: trunc_timestamp_bc
-- zone: UTC
SELECT date_trunc('century', timestamp '0001-06-01 BC') AS c1bc, date_trunc('century', timestamp '0101-06-01 BC') AS c101bc, date_trunc('millennium', timestamp '0001-06-01 BC') AS m1bc, date_trunc('decade', timestamp '0010-06-01 BC') AS d10bc, date_trunc('decade', timestamp '0001-06-01 BC') AS d1bc;

-- case: trunc_timestamp_aliases
-- zone: UTC
SELECT date_trunc('MilliSecondsXYZ', timestamp '2024-01-01 01:02:03.456789') AS ms, date_trunc('Hrs', timestamp '2024-01-01 01:02:03') AS hrs, date_trunc('w', timestamp '2024-01-03') AS w, date_trunc('qtr', timestamp '2024-05-03') AS qtr, date_trunc('mil', timestamp '2024-05-03') AS mil, date_trunc('y', timestamp '2024-05-03') AS y;

-- case: trunc_timestamp_infinity
-- zone: UTC
SELECT date_trunc('hour', timestamp 'infinity') AS a, date_trunc('year', timestamp '-infinity') AS b, date_trunc('foo', timestamp 'infinity') AS c;

-- case: trunc_timestamp_unknown_unit
-- zone: UTC
SELECT date_trunc('foo', timestamp '2024-01-01');

-- case: trunc_timestamp_dow_not_recognized
-- zone: UTC
SELECT date_trunc('dow', timestamp '2024-01-01');

-- case: trunc_timestamp_timezone_not_supported
-- zone: UTC
SELECT date_trunc('timezone', timestamp '2024-01-01');

-- case: trunc_timestamptz_unknown_unit
-- zone: America/New_York
SELECT date_trunc('epoch', timestamptz '2024-01-01 00:00+00');

-- case: trunc_timestamptz_new_york_0
-- zone: America/New_York
SELECT date_trunc('second', timestamptz '2024-11-03 05:30:00+00') AS second, date_trunc('minute', timestamptz '2024-11-03 05:30:00+00') AS minute, date_trunc('hour', timestamptz '2024-11-03 05:30:00+00') AS hour, date_trunc('day', timestamptz '2024-11-03 05:30:00+00') AS day, date_trunc('week', timestamptz '2024-11-03 05:30:00+00') AS week, date_trunc('month', timestamptz '2024-11-03 05:30:00+00') AS month, date_trunc('year', timestamptz '2024-11-03 05:30:00+00') AS year;

-- case: trunc_timestamptz_new_york_1
-- zone: America/New_York
SELECT date_trunc('second', timestamptz '2024-11-03 06:30:00+00') AS second, date_trunc('minute', timestamptz '2024-11-03 06:30:00+00') AS minute, date_trunc('hour', timestamptz '2024-11-03 06:30:00+00') AS hour, date_trunc('day', timestamptz '2024-11-03 06:30:00+00') AS day, date_trunc('week', timestamptz '2024-11-03 06:30:00+00') AS week, date_trunc('month', timestamptz '2024-11-03 06:30:00+00') AS month, date_trunc('year', timestamptz '2024-11-03 06:30:00+00') AS year;

-- case: trunc_timestamptz_new_york_2
-- zone: America/New_York
SELECT date_trunc('second', timestamptz '2024-03-10 07:30:00+00') AS second, date_trunc('minute', timestamptz '2024-03-10 07:30:00+00') AS minute, date_trunc('hour', timestamptz '2024-03-10 07:30:00+00') AS hour, date_trunc('day', timestamptz '2024-03-10 07:30:00+00') AS day, date_trunc('week', timestamptz '2024-03-10 07:30:00+00') AS week, date_trunc('month', timestamptz '2024-03-10 07:30:00+00') AS month, date_trunc('year', timestamptz '2024-03-10 07:30:00+00') AS year;

-- case: trunc_timestamptz_dublin_0
-- zone: Europe/Dublin
SELECT date_trunc('second', timestamptz '2024-10-27 00:30:00+00') AS second, date_trunc('minute', timestamptz '2024-10-27 00:30:00+00') AS minute, date_trunc('hour', timestamptz '2024-10-27 00:30:00+00') AS hour, date_trunc('day', timestamptz '2024-10-27 00:30:00+00') AS day, date_trunc('week', timestamptz '2024-10-27 00:30:00+00') AS week, date_trunc('month', timestamptz '2024-10-27 00:30:00+00') AS month, date_trunc('year', timestamptz '2024-10-27 00:30:00+00') AS year;

-- case: trunc_timestamptz_dublin_1
-- zone: Europe/Dublin
SELECT date_trunc('second', timestamptz '2024-10-27 01:30:00+00') AS second, date_trunc('minute', timestamptz '2024-10-27 01:30:00+00') AS minute, date_trunc('hour', timestamptz '2024-10-27 01:30:00+00') AS hour, date_trunc('day', timestamptz '2024-10-27 01:30:00+00') AS day, date_trunc('week', timestamptz '2024-10-27 01:30:00+00') AS week, date_trunc('month', timestamptz '2024-10-27 01:30:00+00') AS month, date_trunc('year', timestamptz '2024-10-27 01:30:00+00') AS year;

-- case: trunc_timestamptz_lord_howe_0
-- zone: Australia/Lord_Howe
SELECT date_trunc('second', timestamptz '2024-04-06 14:45:00+00') AS second, date_trunc('minute', timestamptz '2024-04-06 14:45:00+00') AS minute, date_trunc('hour', timestamptz '2024-04-06 14:45:00+00') AS hour, date_trunc('day', timestamptz '2024-04-06 14:45:00+00') AS day, date_trunc('week', timestamptz '2024-04-06 14:45:00+00') AS week, date_trunc('month', timestamptz '2024-04-06 14:45:00+00') AS month, date_trunc('year', timestamptz '2024-04-06 14:45:00+00') AS year;

-- case: trunc_timestamptz_lord_howe_1
-- zone: Australia/Lord_Howe
SELECT date_trunc('second', timestamptz '2024-10-05 15:45:00+00') AS second, date_trunc('minute', timestamptz '2024-10-05 15:45:00+00') AS minute, date_trunc('hour', timestamptz '2024-10-05 15:45:00+00') AS hour, date_trunc('day', timestamptz '2024-10-05 15:45:00+00') AS day, date_trunc('week', timestamptz '2024-10-05 15:45:00+00') AS week, date_trunc('month', timestamptz '2024-10-05 15:45:00+00') AS month, date_trunc('year', timestamptz '2024-10-05 15:45:00+00') AS year;

-- case: trunc_timestamptz_chatham_0
-- zone: Pacific/Chatham
SELECT date_trunc('second', timestamptz '2024-04-06 13:50:00+00') AS second, date_trunc('minute', timestamptz '2024-04-06 13:50:00+00') AS minute, date_trunc('hour', timestamptz '2024-04-06 13:50:00+00') AS hour, date_trunc('day', timestamptz '2024-04-06 13:50:00+00') AS day, date_trunc('week', timestamptz '2024-04-06 13:50:00+00') AS week, date_trunc('month', timestamptz '2024-04-06 13:50:00+00') AS month, date_trunc('year', timestamptz '2024-04-06 13:50:00+00') AS year;

-- case: trunc_timestamptz_apia_0
-- zone: Pacific/Apia
SELECT date_trunc('second', timestamptz '2011-12-31 10:30:00+00') AS second, date_trunc('minute', timestamptz '2011-12-31 10:30:00+00') AS minute, date_trunc('hour', timestamptz '2011-12-31 10:30:00+00') AS hour, date_trunc('day', timestamptz '2011-12-31 10:30:00+00') AS day, date_trunc('week', timestamptz '2011-12-31 10:30:00+00') AS week, date_trunc('month', timestamptz '2011-12-31 10:30:00+00') AS month, date_trunc('year', timestamptz '2011-12-31 10:30:00+00') AS year;

-- case: trunc_timestamptz_kolkata_0
-- zone: Asia/Kolkata
SELECT date_trunc('second', timestamptz '2024-02-29 20:38:40.12+00') AS second, date_trunc('minute', timestamptz '2024-02-29 20:38:40.12+00') AS minute, date_trunc('hour', timestamptz '2024-02-29 20:38:40.12+00') AS hour, date_trunc('day', timestamptz '2024-02-29 20:38:40.12+00') AS day, date_trunc('week', timestamptz '2024-02-29 20:38:40.12+00') AS week, date_trunc('month', timestamptz '2024-02-29 20:38:40.12+00') AS month, date_trunc('year', timestamptz '2024-02-29 20:38:40.12+00') AS year;

-- case: trunc_timestamptz_third_argument
-- zone: America/New_York
SELECT date_trunc('day', timestamptz '2024-11-03 12:00+00', 'Europe/Dublin') AS dublin, date_trunc('day', timestamptz '2024-11-03 12:00+00', 'Australia/Lord_Howe') AS lord_howe, date_trunc('hour', timestamptz '2024-11-03 05:30+00', 'America/New_York') AS ny_hour;

-- case: trunc_timestamptz_fold_hour
-- zone: America/New_York
SELECT date_trunc('hour', timestamptz '2024-11-03 01:30-05') AS later, date_trunc('hour', timestamptz '2024-11-03 01:30-04') AS earlier, date_trunc('day', timestamptz '2024-11-03 01:30-05') AS day;

-- case: trunc_interval_units
-- zone: UTC
SELECT date_trunc('microseconds', interval '1234 years 5 mons 6 days 07:08:09.123456') AS microseconds, date_trunc('milliseconds', interval '1234 years 5 mons 6 days 07:08:09.123456') AS milliseconds, date_trunc('second', interval '1234 years 5 mons 6 days 07:08:09.123456') AS second, date_trunc('minute', interval '1234 years 5 mons 6 days 07:08:09.123456') AS minute, date_trunc('hour', interval '1234 years 5 mons 6 days 07:08:09.123456') AS hour, date_trunc('day', interval '1234 years 5 mons 6 days 07:08:09.123456') AS day, date_trunc('month', interval '1234 years 5 mons 6 days 07:08:09.123456') AS month, date_trunc('quarter', interval '1234 years 5 mons 6 days 07:08:09.123456') AS quarter, date_trunc('year', interval '1234 years 5 mons 6 days 07:08:09.123456') AS year, date_trunc('decade', interval '1234 years 5 mons 6 days 07:08:09.123456') AS decade, date_trunc('century', interval '1234 years 5 mons 6 days 07:08:09.123456') AS century, date_trunc('millennium', interval '1234 years 5 mons 6 days 07:08:09.123456') AS millennium;

-- case: trunc_interval_negative
-- zone: UTC
SELECT date_trunc('hour', interval '-1 day -25:30:15.5') AS h, date_trunc('year', interval '-13 mons') AS y, date_trunc('quarter', interval '-13 mons') AS q, date_trunc('decade', interval '-15 years') AS d, date_trunc('milliseconds', interval '-1.2345678 sec') AS ms;

-- case: trunc_interval_week_not_supported
-- zone: UTC
SELECT date_trunc('week', interval '10 days');

-- case: trunc_interval_unknown
-- zone: UTC
SELECT date_trunc('dow', interval '10 days');

-- case: extract_timestamp_all_fields
-- zone: UTC
SELECT extract(microseconds from timestamp '2024-02-29 20:38:40.12') AS microseconds, extract(milliseconds from timestamp '2024-02-29 20:38:40.12') AS milliseconds, extract(second from timestamp '2024-02-29 20:38:40.12') AS second, extract(minute from timestamp '2024-02-29 20:38:40.12') AS minute, extract(hour from timestamp '2024-02-29 20:38:40.12') AS hour, extract(day from timestamp '2024-02-29 20:38:40.12') AS day, extract(week from timestamp '2024-02-29 20:38:40.12') AS week, extract(month from timestamp '2024-02-29 20:38:40.12') AS month, extract(quarter from timestamp '2024-02-29 20:38:40.12') AS quarter, extract(year from timestamp '2024-02-29 20:38:40.12') AS year, extract(decade from timestamp '2024-02-29 20:38:40.12') AS decade, extract(century from timestamp '2024-02-29 20:38:40.12') AS century, extract(millennium from timestamp '2024-02-29 20:38:40.12') AS millennium, extract(epoch from timestamp '2024-02-29 20:38:40.12') AS epoch, extract(dow from timestamp '2024-02-29 20:38:40.12') AS dow, extract(isodow from timestamp '2024-02-29 20:38:40.12') AS isodow, extract(doy from timestamp '2024-02-29 20:38:40.12') AS doy, extract(isoyear from timestamp '2024-02-29 20:38:40.12') AS isoyear, extract(julian from timestamp '2024-02-29 20:38:40.12') AS julian;

-- case: date_part_timestamp_all_fields
-- zone: UTC
SELECT date_part('microseconds', timestamp '2024-02-29 20:38:40.12') AS microseconds, date_part('milliseconds', timestamp '2024-02-29 20:38:40.12') AS milliseconds, date_part('second', timestamp '2024-02-29 20:38:40.12') AS second, date_part('minute', timestamp '2024-02-29 20:38:40.12') AS minute, date_part('hour', timestamp '2024-02-29 20:38:40.12') AS hour, date_part('day', timestamp '2024-02-29 20:38:40.12') AS day, date_part('week', timestamp '2024-02-29 20:38:40.12') AS week, date_part('month', timestamp '2024-02-29 20:38:40.12') AS month, date_part('quarter', timestamp '2024-02-29 20:38:40.12') AS quarter, date_part('year', timestamp '2024-02-29 20:38:40.12') AS year, date_part('decade', timestamp '2024-02-29 20:38:40.12') AS decade, date_part('century', timestamp '2024-02-29 20:38:40.12') AS century, date_part('millennium', timestamp '2024-02-29 20:38:40.12') AS millennium, date_part('epoch', timestamp '2024-02-29 20:38:40.12') AS epoch, date_part('dow', timestamp '2024-02-29 20:38:40.12') AS dow, date_part('isodow', timestamp '2024-02-29 20:38:40.12') AS isodow, date_part('doy', timestamp '2024-02-29 20:38:40.12') AS doy, date_part('isoyear', timestamp '2024-02-29 20:38:40.12') AS isoyear, date_part('julian', timestamp '2024-02-29 20:38:40.12') AS julian;

-- case: extract_timestamp_bc_years
-- zone: UTC
SELECT extract(year from d) AS y, extract(decade from d) AS dec, extract(century from d) AS c, extract(millennium from d) AS m, extract(isoyear from d) AS iy, extract(julian from d) AS j FROM (VALUES (timestamp '0001-01-01 BC'), (timestamp '0100-12-31 BC'), (timestamp '0101-01-01 BC')) v(d) ORDER BY d;

-- case: extract_timestamp_julian_scales
-- zone: UTC
SELECT extract(julian from timestamp '2024-01-01') AS midnight, extract(julian from timestamp '2024-01-01 00:00:00.000001') AS one_us, extract(julian from timestamp '2024-01-01 00:00:00.005') AS five_ms, extract(julian from timestamp '2024-01-01 12:00') AS noon;

-- case: extract_timestamp_infinity
-- zone: UTC
SELECT extract(hour from timestamp 'infinity') AS h, extract(year from timestamp 'infinity') AS y, extract(epoch from timestamp '-infinity') AS e, date_part('julian', timestamp '-infinity') AS j, extract(timezone from timestamp 'infinity') AS tz;

-- case: extract_timestamp_timezone_not_supported
-- zone: UTC
SELECT extract(timezone from timestamp '2024-01-01');

-- case: extract_timestamp_reserved_word
-- zone: UTC
SELECT extract(today from timestamp '2024-01-01');

-- case: extract_timestamptz_kolkata_20240229
-- zone: Asia/Kolkata
SELECT extract(microseconds from timestamptz '2024-02-29 20:38:40.12+00') AS microseconds, extract(milliseconds from timestamptz '2024-02-29 20:38:40.12+00') AS milliseconds, extract(second from timestamptz '2024-02-29 20:38:40.12+00') AS second, extract(minute from timestamptz '2024-02-29 20:38:40.12+00') AS minute, extract(hour from timestamptz '2024-02-29 20:38:40.12+00') AS hour, extract(day from timestamptz '2024-02-29 20:38:40.12+00') AS day, extract(week from timestamptz '2024-02-29 20:38:40.12+00') AS week, extract(month from timestamptz '2024-02-29 20:38:40.12+00') AS month, extract(quarter from timestamptz '2024-02-29 20:38:40.12+00') AS quarter, extract(year from timestamptz '2024-02-29 20:38:40.12+00') AS year, extract(decade from timestamptz '2024-02-29 20:38:40.12+00') AS decade, extract(century from timestamptz '2024-02-29 20:38:40.12+00') AS century, extract(millennium from timestamptz '2024-02-29 20:38:40.12+00') AS millennium, extract(epoch from timestamptz '2024-02-29 20:38:40.12+00') AS epoch, extract(dow from timestamptz '2024-02-29 20:38:40.12+00') AS dow, extract(isodow from timestamptz '2024-02-29 20:38:40.12+00') AS isodow, extract(doy from timestamptz '2024-02-29 20:38:40.12+00') AS doy, extract(isoyear from timestamptz '2024-02-29 20:38:40.12+00') AS isoyear, extract(julian from timestamptz '2024-02-29 20:38:40.12+00') AS julian, extract(timezone from timestamptz '2024-02-29 20:38:40.12+00') AS timezone, extract(timezone_hour from timestamptz '2024-02-29 20:38:40.12+00') AS timezone_hour, extract(timezone_minute from timestamptz '2024-02-29 20:38:40.12+00') AS timezone_minute;

-- case: extract_timestamptz_new_york_20241103_05
-- zone: America/New_York
SELECT extract(microseconds from timestamptz '2024-11-03 05:59:59.5+00') AS microseconds, extract(milliseconds from timestamptz '2024-11-03 05:59:59.5+00') AS milliseconds, extract(second from timestamptz '2024-11-03 05:59:59.5+00') AS second, extract(minute from timestamptz '2024-11-03 05:59:59.5+00') AS minute, extract(hour from timestamptz '2024-11-03 05:59:59.5+00') AS hour, extract(day from timestamptz '2024-11-03 05:59:59.5+00') AS day, extract(week from timestamptz '2024-11-03 05:59:59.5+00') AS week, extract(month from timestamptz '2024-11-03 05:59:59.5+00') AS month, extract(quarter from timestamptz '2024-11-03 05:59:59.5+00') AS quarter, extract(year from timestamptz '2024-11-03 05:59:59.5+00') AS year, extract(decade from timestamptz '2024-11-03 05:59:59.5+00') AS decade, extract(century from timestamptz '2024-11-03 05:59:59.5+00') AS century, extract(millennium from timestamptz '2024-11-03 05:59:59.5+00') AS millennium, extract(epoch from timestamptz '2024-11-03 05:59:59.5+00') AS epoch, extract(dow from timestamptz '2024-11-03 05:59:59.5+00') AS dow, extract(isodow from timestamptz '2024-11-03 05:59:59.5+00') AS isodow, extract(doy from timestamptz '2024-11-03 05:59:59.5+00') AS doy, extract(isoyear from timestamptz '2024-11-03 05:59:59.5+00') AS isoyear, extract(julian from timestamptz '2024-11-03 05:59:59.5+00') AS julian, extract(timezone from timestamptz '2024-11-03 05:59:59.5+00') AS timezone, extract(timezone_hour from timestamptz '2024-11-03 05:59:59.5+00') AS timezone_hour, extract(timezone_minute from timestamptz '2024-11-03 05:59:59.5+00') AS timezone_minute;

-- case: extract_timestamptz_new_york_20241103_06
-- zone: America/New_York
SELECT extract(microseconds from timestamptz '2024-11-03 06:00:00+00') AS microseconds, extract(milliseconds from timestamptz '2024-11-03 06:00:00+00') AS milliseconds, extract(second from timestamptz '2024-11-03 06:00:00+00') AS second, extract(minute from timestamptz '2024-11-03 06:00:00+00') AS minute, extract(hour from timestamptz '2024-11-03 06:00:00+00') AS hour, extract(day from timestamptz '2024-11-03 06:00:00+00') AS day, extract(week from timestamptz '2024-11-03 06:00:00+00') AS week, extract(month from timestamptz '2024-11-03 06:00:00+00') AS month, extract(quarter from timestamptz '2024-11-03 06:00:00+00') AS quarter, extract(year from timestamptz '2024-11-03 06:00:00+00') AS year, extract(decade from timestamptz '2024-11-03 06:00:00+00') AS decade, extract(century from timestamptz '2024-11-03 06:00:00+00') AS century, extract(millennium from timestamptz '2024-11-03 06:00:00+00') AS millennium, extract(epoch from timestamptz '2024-11-03 06:00:00+00') AS epoch, extract(dow from timestamptz '2024-11-03 06:00:00+00') AS dow, extract(isodow from timestamptz '2024-11-03 06:00:00+00') AS isodow, extract(doy from timestamptz '2024-11-03 06:00:00+00') AS doy, extract(isoyear from timestamptz '2024-11-03 06:00:00+00') AS isoyear, extract(julian from timestamptz '2024-11-03 06:00:00+00') AS julian, extract(timezone from timestamptz '2024-11-03 06:00:00+00') AS timezone, extract(timezone_hour from timestamptz '2024-11-03 06:00:00+00') AS timezone_hour, extract(timezone_minute from timestamptz '2024-11-03 06:00:00+00') AS timezone_minute;

-- case: extract_timestamptz_st_johns_19000101
-- zone: America/St_Johns
SELECT extract(microseconds from timestamptz '1900-01-01 00:00:00+00') AS microseconds, extract(milliseconds from timestamptz '1900-01-01 00:00:00+00') AS milliseconds, extract(second from timestamptz '1900-01-01 00:00:00+00') AS second, extract(minute from timestamptz '1900-01-01 00:00:00+00') AS minute, extract(hour from timestamptz '1900-01-01 00:00:00+00') AS hour, extract(day from timestamptz '1900-01-01 00:00:00+00') AS day, extract(week from timestamptz '1900-01-01 00:00:00+00') AS week, extract(month from timestamptz '1900-01-01 00:00:00+00') AS month, extract(quarter from timestamptz '1900-01-01 00:00:00+00') AS quarter, extract(year from timestamptz '1900-01-01 00:00:00+00') AS year, extract(decade from timestamptz '1900-01-01 00:00:00+00') AS decade, extract(century from timestamptz '1900-01-01 00:00:00+00') AS century, extract(millennium from timestamptz '1900-01-01 00:00:00+00') AS millennium, extract(epoch from timestamptz '1900-01-01 00:00:00+00') AS epoch, extract(dow from timestamptz '1900-01-01 00:00:00+00') AS dow, extract(isodow from timestamptz '1900-01-01 00:00:00+00') AS isodow, extract(doy from timestamptz '1900-01-01 00:00:00+00') AS doy, extract(isoyear from timestamptz '1900-01-01 00:00:00+00') AS isoyear, extract(julian from timestamptz '1900-01-01 00:00:00+00') AS julian, extract(timezone from timestamptz '1900-01-01 00:00:00+00') AS timezone, extract(timezone_hour from timestamptz '1900-01-01 00:00:00+00') AS timezone_hour, extract(timezone_minute from timestamptz '1900-01-01 00:00:00+00') AS timezone_minute;

-- case: extract_timestamptz_lord_howe_20240406
-- zone: Australia/Lord_Howe
SELECT extract(microseconds from timestamptz '2024-04-06 15:15:00+00') AS microseconds, extract(milliseconds from timestamptz '2024-04-06 15:15:00+00') AS milliseconds, extract(second from timestamptz '2024-04-06 15:15:00+00') AS second, extract(minute from timestamptz '2024-04-06 15:15:00+00') AS minute, extract(hour from timestamptz '2024-04-06 15:15:00+00') AS hour, extract(day from timestamptz '2024-04-06 15:15:00+00') AS day, extract(week from timestamptz '2024-04-06 15:15:00+00') AS week, extract(month from timestamptz '2024-04-06 15:15:00+00') AS month, extract(quarter from timestamptz '2024-04-06 15:15:00+00') AS quarter, extract(year from timestamptz '2024-04-06 15:15:00+00') AS year, extract(decade from timestamptz '2024-04-06 15:15:00+00') AS decade, extract(century from timestamptz '2024-04-06 15:15:00+00') AS century, extract(millennium from timestamptz '2024-04-06 15:15:00+00') AS millennium, extract(epoch from timestamptz '2024-04-06 15:15:00+00') AS epoch, extract(dow from timestamptz '2024-04-06 15:15:00+00') AS dow, extract(isodow from timestamptz '2024-04-06 15:15:00+00') AS isodow, extract(doy from timestamptz '2024-04-06 15:15:00+00') AS doy, extract(isoyear from timestamptz '2024-04-06 15:15:00+00') AS isoyear, extract(julian from timestamptz '2024-04-06 15:15:00+00') AS julian, extract(timezone from timestamptz '2024-04-06 15:15:00+00') AS timezone, extract(timezone_hour from timestamptz '2024-04-06 15:15:00+00') AS timezone_hour, extract(timezone_minute from timestamptz '2024-04-06 15:15:00+00') AS timezone_minute;

-- case: extract_timestamptz_chatham_20240406
-- zone: Pacific/Chatham
SELECT extract(microseconds from timestamptz '2024-04-06 13:50:00+00') AS microseconds, extract(milliseconds from timestamptz '2024-04-06 13:50:00+00') AS milliseconds, extract(second from timestamptz '2024-04-06 13:50:00+00') AS second, extract(minute from timestamptz '2024-04-06 13:50:00+00') AS minute, extract(hour from timestamptz '2024-04-06 13:50:00+00') AS hour, extract(day from timestamptz '2024-04-06 13:50:00+00') AS day, extract(week from timestamptz '2024-04-06 13:50:00+00') AS week, extract(month from timestamptz '2024-04-06 13:50:00+00') AS month, extract(quarter from timestamptz '2024-04-06 13:50:00+00') AS quarter, extract(year from timestamptz '2024-04-06 13:50:00+00') AS year, extract(decade from timestamptz '2024-04-06 13:50:00+00') AS decade, extract(century from timestamptz '2024-04-06 13:50:00+00') AS century, extract(millennium from timestamptz '2024-04-06 13:50:00+00') AS millennium, extract(epoch from timestamptz '2024-04-06 13:50:00+00') AS epoch, extract(dow from timestamptz '2024-04-06 13:50:00+00') AS dow, extract(isodow from timestamptz '2024-04-06 13:50:00+00') AS isodow, extract(doy from timestamptz '2024-04-06 13:50:00+00') AS doy, extract(isoyear from timestamptz '2024-04-06 13:50:00+00') AS isoyear, extract(julian from timestamptz '2024-04-06 13:50:00+00') AS julian, extract(timezone from timestamptz '2024-04-06 13:50:00+00') AS timezone, extract(timezone_hour from timestamptz '2024-04-06 13:50:00+00') AS timezone_hour, extract(timezone_minute from timestamptz '2024-04-06 13:50:00+00') AS timezone_minute;

-- case: extract_timestamptz_dublin_20240115
-- zone: Europe/Dublin
SELECT extract(microseconds from timestamptz '2024-01-15 12:00:00+00') AS microseconds, extract(milliseconds from timestamptz '2024-01-15 12:00:00+00') AS milliseconds, extract(second from timestamptz '2024-01-15 12:00:00+00') AS second, extract(minute from timestamptz '2024-01-15 12:00:00+00') AS minute, extract(hour from timestamptz '2024-01-15 12:00:00+00') AS hour, extract(day from timestamptz '2024-01-15 12:00:00+00') AS day, extract(week from timestamptz '2024-01-15 12:00:00+00') AS week, extract(month from timestamptz '2024-01-15 12:00:00+00') AS month, extract(quarter from timestamptz '2024-01-15 12:00:00+00') AS quarter, extract(year from timestamptz '2024-01-15 12:00:00+00') AS year, extract(decade from timestamptz '2024-01-15 12:00:00+00') AS decade, extract(century from timestamptz '2024-01-15 12:00:00+00') AS century, extract(millennium from timestamptz '2024-01-15 12:00:00+00') AS millennium, extract(epoch from timestamptz '2024-01-15 12:00:00+00') AS epoch, extract(dow from timestamptz '2024-01-15 12:00:00+00') AS dow, extract(isodow from timestamptz '2024-01-15 12:00:00+00') AS isodow, extract(doy from timestamptz '2024-01-15 12:00:00+00') AS doy, extract(isoyear from timestamptz '2024-01-15 12:00:00+00') AS isoyear, extract(julian from timestamptz '2024-01-15 12:00:00+00') AS julian, extract(timezone from timestamptz '2024-01-15 12:00:00+00') AS timezone, extract(timezone_hour from timestamptz '2024-01-15 12:00:00+00') AS timezone_hour, extract(timezone_minute from timestamptz '2024-01-15 12:00:00+00') AS timezone_minute;

-- case: extract_timestamptz_apia_20111231
-- zone: Pacific/Apia
SELECT extract(microseconds from timestamptz '2011-12-31 10:30:00+00') AS microseconds, extract(milliseconds from timestamptz '2011-12-31 10:30:00+00') AS milliseconds, extract(second from timestamptz '2011-12-31 10:30:00+00') AS second, extract(minute from timestamptz '2011-12-31 10:30:00+00') AS minute, extract(hour from timestamptz '2011-12-31 10:30:00+00') AS hour, extract(day from timestamptz '2011-12-31 10:30:00+00') AS day, extract(week from timestamptz '2011-12-31 10:30:00+00') AS week, extract(month from timestamptz '2011-12-31 10:30:00+00') AS month, extract(quarter from timestamptz '2011-12-31 10:30:00+00') AS quarter, extract(year from timestamptz '2011-12-31 10:30:00+00') AS year, extract(decade from timestamptz '2011-12-31 10:30:00+00') AS decade, extract(century from timestamptz '2011-12-31 10:30:00+00') AS century, extract(millennium from timestamptz '2011-12-31 10:30:00+00') AS millennium, extract(epoch from timestamptz '2011-12-31 10:30:00+00') AS epoch, extract(dow from timestamptz '2011-12-31 10:30:00+00') AS dow, extract(isodow from timestamptz '2011-12-31 10:30:00+00') AS isodow, extract(doy from timestamptz '2011-12-31 10:30:00+00') AS doy, extract(isoyear from timestamptz '2011-12-31 10:30:00+00') AS isoyear, extract(julian from timestamptz '2011-12-31 10:30:00+00') AS julian, extract(timezone from timestamptz '2011-12-31 10:30:00+00') AS timezone, extract(timezone_hour from timestamptz '2011-12-31 10:30:00+00') AS timezone_hour, extract(timezone_minute from timestamptz '2011-12-31 10:30:00+00') AS timezone_minute;

-- case: date_part_timestamptz_kolkata
-- zone: Asia/Kolkata
SELECT date_part('microseconds', timestamptz '2024-02-29 20:38:40.12+00') AS microseconds, date_part('milliseconds', timestamptz '2024-02-29 20:38:40.12+00') AS milliseconds, date_part('second', timestamptz '2024-02-29 20:38:40.12+00') AS second, date_part('minute', timestamptz '2024-02-29 20:38:40.12+00') AS minute, date_part('hour', timestamptz '2024-02-29 20:38:40.12+00') AS hour, date_part('day', timestamptz '2024-02-29 20:38:40.12+00') AS day, date_part('week', timestamptz '2024-02-29 20:38:40.12+00') AS week, date_part('month', timestamptz '2024-02-29 20:38:40.12+00') AS month, date_part('quarter', timestamptz '2024-02-29 20:38:40.12+00') AS quarter, date_part('year', timestamptz '2024-02-29 20:38:40.12+00') AS year, date_part('decade', timestamptz '2024-02-29 20:38:40.12+00') AS decade, date_part('century', timestamptz '2024-02-29 20:38:40.12+00') AS century, date_part('millennium', timestamptz '2024-02-29 20:38:40.12+00') AS millennium, date_part('epoch', timestamptz '2024-02-29 20:38:40.12+00') AS epoch, date_part('dow', timestamptz '2024-02-29 20:38:40.12+00') AS dow, date_part('isodow', timestamptz '2024-02-29 20:38:40.12+00') AS isodow, date_part('doy', timestamptz '2024-02-29 20:38:40.12+00') AS doy, date_part('isoyear', timestamptz '2024-02-29 20:38:40.12+00') AS isoyear, date_part('julian', timestamptz '2024-02-29 20:38:40.12+00') AS julian, date_part('timezone', timestamptz '2024-02-29 20:38:40.12+00') AS timezone, date_part('timezone_hour', timestamptz '2024-02-29 20:38:40.12+00') AS timezone_hour, date_part('timezone_minute', timestamptz '2024-02-29 20:38:40.12+00') AS timezone_minute;

-- case: extract_date_all_fields
-- zone: UTC
SELECT extract(day from date '2024-02-29') AS day, extract(week from date '2024-02-29') AS week, extract(month from date '2024-02-29') AS month, extract(quarter from date '2024-02-29') AS quarter, extract(year from date '2024-02-29') AS year, extract(decade from date '2024-02-29') AS decade, extract(century from date '2024-02-29') AS century, extract(millennium from date '2024-02-29') AS millennium, extract(epoch from date '2024-02-29') AS epoch, extract(dow from date '2024-02-29') AS dow, extract(isodow from date '2024-02-29') AS isodow, extract(doy from date '2024-02-29') AS doy, extract(isoyear from date '2024-02-29') AS isoyear, extract(julian from date '2024-02-29') AS julian;

-- case: date_part_date_time_fields
-- zone: UTC
SELECT date_part('hour', date '2024-02-29') AS h, date_part('microseconds', date '2024-02-29') AS us, date_part('epoch', date '2024-02-29') AS e, date_part('julian', date '2024-02-29') AS j;

-- case: extract_date_bc
-- zone: UTC
SELECT extract(year from d) AS y, extract(decade from d) AS dec, extract(century from d) AS c, extract(isoyear from d) AS iy, extract(week from d) AS w, extract(dow from d) AS dow FROM (VALUES (date '0001-01-01 BC'), (date '0002-01-01 BC'), (date '0001-01-03')) v(d) ORDER BY d;

-- case: extract_date_infinity
-- zone: UTC
SELECT extract(day from date 'infinity') AS d, extract(year from date 'infinity') AS y, extract(epoch from date '-infinity') AS e;

-- case: extract_date_hour_not_supported
-- zone: UTC
SELECT extract(hour from date '2024-01-01');

-- case: extract_time_fields
-- zone: UTC
SELECT extract(microseconds from time '20:38:40.12') AS microseconds, extract(milliseconds from time '20:38:40.12') AS milliseconds, extract(second from time '20:38:40.12') AS second, extract(minute from time '20:38:40.12') AS minute, extract(hour from time '20:38:40.12') AS hour, extract(epoch from time '20:38:40.12') AS epoch;

-- case: date_part_time_fields
-- zone: UTC
SELECT date_part('microseconds', time '24:00:00') AS microseconds, date_part('milliseconds', time '24:00:00') AS milliseconds, date_part('second', time '24:00:00') AS second, date_part('minute', time '24:00:00') AS minute, date_part('hour', time '24:00:00') AS hour, date_part('epoch', time '24:00:00') AS epoch;

-- case: extract_time_day_not_supported
-- zone: UTC
SELECT extract(day from time '20:38');

-- case: extract_time_reserved_not_recognized
-- zone: UTC
SELECT extract(today from time '20:38');

-- case: extract_interval_fields
-- zone: UTC
SELECT extract(microseconds from interval '1234 years 5 mons 6 days 07:08:09.123456') AS microseconds, extract(milliseconds from interval '1234 years 5 mons 6 days 07:08:09.123456') AS milliseconds, extract(second from interval '1234 years 5 mons 6 days 07:08:09.123456') AS second, extract(minute from interval '1234 years 5 mons 6 days 07:08:09.123456') AS minute, extract(hour from interval '1234 years 5 mons 6 days 07:08:09.123456') AS hour, extract(day from interval '1234 years 5 mons 6 days 07:08:09.123456') AS day, extract(month from interval '1234 years 5 mons 6 days 07:08:09.123456') AS month, extract(quarter from interval '1234 years 5 mons 6 days 07:08:09.123456') AS quarter, extract(year from interval '1234 years 5 mons 6 days 07:08:09.123456') AS year, extract(decade from interval '1234 years 5 mons 6 days 07:08:09.123456') AS decade, extract(century from interval '1234 years 5 mons 6 days 07:08:09.123456') AS century, extract(millennium from interval '1234 years 5 mons 6 days 07:08:09.123456') AS millennium, extract(epoch from interval '1234 years 5 mons 6 days 07:08:09.123456') AS epoch;

-- case: extract_interval_negative
-- zone: UTC
SELECT extract(microseconds from interval '-13 mons -5 days -25:30:15.5') AS microseconds, extract(milliseconds from interval '-13 mons -5 days -25:30:15.5') AS milliseconds, extract(second from interval '-13 mons -5 days -25:30:15.5') AS second, extract(minute from interval '-13 mons -5 days -25:30:15.5') AS minute, extract(hour from interval '-13 mons -5 days -25:30:15.5') AS hour, extract(day from interval '-13 mons -5 days -25:30:15.5') AS day, extract(month from interval '-13 mons -5 days -25:30:15.5') AS month, extract(quarter from interval '-13 mons -5 days -25:30:15.5') AS quarter, extract(year from interval '-13 mons -5 days -25:30:15.5') AS year, extract(epoch from interval '-13 mons -5 days -25:30:15.5') AS epoch;

-- case: date_part_interval_epoch
-- zone: UTC
SELECT date_part('epoch', interval '1 year 2 mons 3 days 20:38:40.12') AS e1, date_part('epoch', interval '-5 years -1 mons -3 days -0.000001 sec') AS e2, date_part('second', interval '-0.000001 sec') AS s;

-- case: extract_interval_week_not_supported
-- zone: UTC
SELECT extract(week from interval '10 days');

-- case: date_bin_timestamp
-- zone: UTC
SELECT date_bin(interval '15 minutes', timestamp '2020-01-01 00:07', timestamp '2020-01-01 00:10') AS before_origin, date_bin(interval '15 minutes', timestamp '1999-12-31 23:59:59.999999', timestamp '2000-01-01') AS just_before, date_bin(interval '5 minutes', timestamp '2020-01-01 00:00', timestamp '2020-01-01 00:10') AS on_boundary, date_bin(interval '1 day -1 hour', timestamp '2020-01-03', timestamp '2020-01-01') AS mixed_stride, date_bin(interval '1 day', timestamp 'infinity', timestamp '2000-01-01') AS inf;

-- case: date_bin_timestamptz_dst
-- zone: America/New_York
SELECT date_bin(interval '1 day', timestamptz '2024-03-10 12:00-04', timestamptz '2024-03-01 00:00-05') AS after_spring, date_bin(interval '1 hour', timestamptz '2024-11-03 01:30-05', timestamptz '2001-01-01') AS fold;

-- case: date_bin_months_error
-- zone: UTC
SELECT date_bin(interval '1 month', timestamp '2020-01-01', timestamp '2000-01-01');

-- case: date_bin_zero_stride_error
-- zone: UTC
SELECT date_bin(interval '0 seconds', timestamptz '2020-01-01 00:00+00', timestamptz '2000-01-01 00:00+00');

-- case: date_bin_infinite_origin_error
-- zone: UTC
SELECT date_bin(interval '1 day', timestamp '2000-01-01', timestamp '-infinity');

-- case: make_date_cases
-- zone: UTC
SELECT make_date(2024, 2, 29) AS leap, make_date(2023, 12, 31) AS new_years_eve, make_date(1, 1, 1) AS first_ad;

-- case: make_date_bc
-- zone: UTC
SELECT make_date(-44, 3, 15) AS ides, make_date(-1, 1, 1) AS one_bc;

-- case: make_date_bad_day
-- zone: UTC
SELECT make_date(2024, 2, 30);

-- case: make_date_bc_bad_day
-- zone: UTC
SELECT make_date(-2024, 2, 30);

-- case: make_date_year_zero
-- zone: UTC
SELECT make_date(0, 1, 1);

-- case: make_time_cases
-- zone: UTC
SELECT make_time(24, 0, 0) AS midnight_end, make_time(23, 59, 60) AS leap_sec, make_time(1, 2, 0.0000025) AS tie_even, make_time(1, 2, 3.5) AS half;

-- case: make_time_out_of_range
-- zone: UTC
SELECT make_time(1, 2, 60.5);

-- case: make_timestamp_cases
-- zone: UTC
SELECT make_timestamp(2024, 2, 3, 1, 2, 60) AS sec60, make_timestamp(2024, 3, 15, 12, 0, 1.5) AS frac, make_timestamp(2024, 1, 1, 24, 0, 0) AS hour24;

-- case: make_timestamp_bc
-- zone: UTC
SELECT make_timestamp(-44, 3, 15, 12, 0, 1.5) AS bc;

-- case: make_timestamp_bad_time
-- zone: UTC
SELECT make_timestamp(2024, 2, 3, 24, 0, 0.5);

-- case: make_timestamptz_new_york_3
-- zone: America/New_York
SELECT make_timestamptz(2024, 3, 10, 2, 30, 0) AS t;

-- case: make_timestamptz_new_york_11
-- zone: America/New_York
SELECT make_timestamptz(2024, 11, 3, 1, 30, 0) AS t;

-- case: make_timestamptz_dublin_10
-- zone: Europe/Dublin
SELECT make_timestamptz(2024, 10, 27, 1, 30, 0) AS t;

-- case: make_timestamptz_lord_howe_10
-- zone: Australia/Lord_Howe
SELECT make_timestamptz(2024, 10, 6, 2, 15, 0) AS t;

-- case: make_timestamptz_apia_12
-- zone: Pacific/Apia
SELECT make_timestamptz(2011, 12, 30, 12, 0, 0) AS t;

-- case: make_timestamptz_zone_argument
-- zone: Asia/Kolkata
SELECT make_timestamptz(2024, 3, 10, 2, 30, 0, 'America/New_York') AS ny, make_timestamptz(2024, 10, 6, 2, 15, 0, 'Australia/Lord_Howe') AS lh;

-- case: make_timestamptz_numeric_zone_is_east
-- zone: UTC
SELECT make_timestamptz(2024, 1, 1, 0, 0, 0, '+05') AS iso_east, make_timestamptz(2024, 1, 1, 0, 0, 0, '+0530') AS run_together, make_timestamptz(2024, 1, 1, 0, 0, 0, 'UTC+5') AS posix_west, timestamp '2024-01-01' AT TIME ZONE '+05' AS at_time_zone_west;

-- case: make_timestamptz_numeric_zone_out_of_range
-- zone: UTC
SELECT make_timestamptz(2024, 1, 1, 0, 0, 0, '+16');

-- case: make_interval_cases
-- zone: UTC
SELECT make_interval(1, 2, 3, 4, 5, 6, 7.5) AS all_fields, make_interval(secs => 1e10) AS big_secs, make_interval(days => 2147483647) AS max_days, make_interval(secs => 0.0000015) AS round_even, make_interval(years => -1, hours => 30) AS mixed;

-- case: make_interval_infinite_secs
-- zone: UTC
SELECT make_interval(secs => 'Infinity');

-- case: age_timestamp
-- zone: UTC
SELECT age(timestamp '2024-03-31', timestamp '2024-02-29') AS a1, age(timestamp '2024-02-29', timestamp '2024-03-31') AS a2, age(timestamp '2001-04-10', timestamp '1957-06-13') AS a3, age(timestamp '1957-06-13', timestamp '2001-04-10 12:00:00.5') AS a4, age(timestamp '2023-03-01', timestamp '2023-01-31') AS a5;

-- case: age_timestamptz_new_york
-- zone: America/New_York
SELECT age(timestamptz '2024-03-10 12:00-04', timestamptz '2024-03-09 12:00-05') AS over_spring, age(timestamptz '2024-03-10 03:00-04', timestamptz '2024-03-10 01:00-05') AS gap, age(timestamptz '2024-11-03 01:30-05', timestamptz '2024-11-03 01:30-04') AS fold;

-- case: age_timestamptz_apia
-- zone: Pacific/Apia
SELECT age(timestamptz '2011-12-31 10:00+00', timestamptz '2011-12-29 10:00+00') AS skipped_day, age(timestamptz '2011-12-29 10:00+00', timestamptz '2011-12-31 10:00+00') AS back;

-- case: age_timestamptz_lord_howe
-- zone: Australia/Lord_Howe
SELECT age(timestamptz '2024-04-07 12:00+00', timestamptz '2024-04-06 12:00+00') AS a;

-- case: age_negative_infinity_error
-- zone: UTC
SELECT age(timestamp '-infinity', timestamp '2000-01-01');

-- case: justify_cases
-- zone: UTC
SELECT justify_interval(interval '1 mon -1 day') AS j1, justify_interval(interval '-1 mon 30 days') AS j2, justify_interval(interval '-25 hours') AS j3, justify_hours(interval '1 day -25 hours') AS h1, justify_days(interval '-1 mon 35 days') AS d1, justify_days(interval '1 mon -35 days') AS d2, justify_interval(interval '5 mons 65 days -50 hours') AS j4;

-- case: justify_days_overflow
-- zone: UTC
SELECT justify_days(interval '2147483647 mons 30 days');

-- case: date_level_results_over_ordered_rows_new_york
-- zone: America/New_York
-- Rows in time order across both 2024 offset changes and local midnights:
-- date-level results are kept per local day and offset (DayCache).
SELECT t, date_trunc('day', t) AS day, date_trunc('week', t) AS week, date_trunc('month', t) AS month,
       date_trunc('hour', t) AS hour, t::date AS d, extract(dow FROM t) AS dow, extract(hour FROM t) AS h,
       extract(doy FROM t) AS doy, to_char(t, 'YYYY-MM-DD Dy') AS day_text, to_char(t, 'HH24:MI TZ') AS time_text
FROM generate_series(timestamptz '2024-03-09 20:00:00-05', timestamptz '2024-03-11 02:00:00-04', interval '50 minutes') AS g(t)
UNION ALL
SELECT t, date_trunc('day', t), date_trunc('week', t), date_trunc('month', t), date_trunc('hour', t), t::date,
       extract(dow FROM t), extract(hour FROM t), extract(doy FROM t), to_char(t, 'YYYY-MM-DD Dy'), to_char(t, 'HH24:MI TZ')
FROM generate_series(timestamptz '2024-11-02 22:00:00-04', timestamptz '2024-11-04 01:00:00-05', interval '50 minutes') AS g(t)
ORDER BY 1;

-- case: date_level_results_over_ordered_rows_lord_howe
-- zone: Australia/Lord_Howe
-- A 30-minute offset change, and a zone argument that changes between rows.
SELECT t, date_trunc('day', t) AS day, t::date AS d, extract(isodow FROM t) AS isodow,
       to_char(t, 'IYYY-"W"IW') AS iso_week, date_trunc('day', t, 'Asia/Kolkata') AS kolkata_day,
       date_trunc('day', t, CASE WHEN extract(minute FROM t) < 30 THEN 'UTC' ELSE 'Asia/Tokyo' END) AS mixed_day
FROM generate_series(timestamptz '2024-04-06 12:00:00+00', timestamptz '2024-04-07 18:00:00+00', interval '20 minutes') AS g(t)
ORDER BY t;
