-- Interval field qualifiers: INTERVAL '…' <fields> literals, casts to
-- interval <fields>, and columns of such types. A number without a unit
-- is the last field; the fields after the last are zeroed; SECOND takes a
-- precision.
CREATE TABLE spans (id integer PRIMARY KEY, a interval day to second(3), b interval hour, c interval year to month, d interval minute to second);
INSERT INTO spans VALUES (1, '1 2:03:04.56789', '2', '1-6', '1:02'), (2, '3 days 04:05:06.7', '1 day 02:30', '14 months 3 days', '75 sec');

-- case: single_fields_read_a_bare_number
SELECT interval '999' second AS s, interval '999' minute AS mi, interval '999' hour AS h, interval '999' day AS d, interval '999' month AS mo, interval '3' year AS y;

-- case: day_to_hour
SELECT interval '1 2' day to hour AS a, interval '1 2:03' day to hour AS b, interval '123 11' day to hour AS c;

-- case: day_to_minute_and_second
SELECT interval '1 2:03:04' day to minute AS a, interval '1 2:03:04.5678' day to second(2) AS b, interval '-1 2:03:04' day to second AS c;

-- case: minute_to_second_reads_mm_ss
SELECT interval '1:02' minute to second AS a, interval '1:02' hour to minute AS b, interval '1:02:03.4567' minute to second(2) AS c, interval '1.5' minute AS d;

-- case: later_fields_are_zeroed
SELECT interval '1 year 3 months 5 days' year AS a, interval '14 months' year to month AS b, interval '1 day 5 hours' day AS c, interval '2 days 03:04:05.678' hour to second(1) AS d;

-- case: cast_to_restricted_interval
SELECT '1 2'::interval day to hour AS a, cast('2' AS interval hour) AS b, interval '1 day 02:03:04.5'::interval hour to minute AS c;

-- case: cast_of_a_column
SELECT id, (a::interval minute) AS m, CAST(c AS interval year) AS y FROM spans ORDER BY id;

-- case: second_with_precision
SELECT interval '1.23456' second(2) AS a, interval '59.999' second(0) AS b;

-- case: a_bare_pair_is_not_a_day
SELECT interval '123 11' day;

-- case: hour_to_minute_pair
SELECT interval '1 2' hour to minute;

-- case: minute_to_second_overflow
SELECT interval '75:30' minute to second;

-- case: columns_keep_their_fields
SELECT id, a, b, c, d FROM spans ORDER BY id;

-- case: update_keeps_fields
UPDATE spans SET b = b + interval '45 minutes', d = d + interval '0.5 sec';

-- case: after_update
SELECT id, b, d FROM spans ORDER BY id;

-- case: parameter_into_restricted_column
-- params: ["5"]
INSERT INTO spans (id, b) VALUES (3, $1);

-- case: after_parameter
SELECT b FROM spans WHERE id = 3;

-- case: iso_and_sql_standard_forms
SELECT interval 'P1Y2M3DT4H5M6S' day to minute AS a, interval '1-2' year to month AS b, interval '10:30' hour to minute AS c;
