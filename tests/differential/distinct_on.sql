-- SELECT DISTINCT ON.
CREATE TABLE readings (id int PRIMARY KEY, sensor text, taken timestamptz, value float8, note text);
INSERT INTO readings VALUES
  (1, 'a', '2024-03-10 06:00:00+00', 1.5, 'x'),
  (2, 'a', '2024-03-10 08:00:00+00', 2.5, NULL),
  (3, 'b', '2024-03-09 23:00:00+00', 7.0, 'y'),
  (4, 'b', NULL, 9.0, 'z'),
  (5, 'c', '2024-03-11 00:00:00+00', NULL, NULL),
  (6, NULL, '2024-03-10 00:00:00+00', 3.0, 'n'),
  (7, 'a', '2024-03-10 08:00:00+00', 0.5, 'tie');

-- case: latest_per_sensor
SELECT DISTINCT ON (sensor) sensor, taken, value FROM readings ORDER BY sensor, taken DESC, id;

-- case: earliest_per_sensor_nulls_last
SELECT DISTINCT ON (sensor) sensor, id FROM readings ORDER BY sensor, taken, id;

-- case: by_output_position_and_name
SELECT DISTINCT ON (1) sensor AS s, value FROM readings ORDER BY s, value DESC NULLS LAST;

-- case: expression_key_in_zone
-- zone: America/New_York
SELECT DISTINCT ON (taken::date) taken::date AS day, id, value FROM readings ORDER BY taken::date, value DESC, id;

-- case: with_limit_and_cte
WITH r AS (SELECT * FROM readings WHERE value IS NOT NULL) SELECT DISTINCT ON (sensor) sensor, value FROM r ORDER BY sensor DESC, value LIMIT 2;

-- case: without_order_by_one_row_per_key
SELECT count(*) AS n FROM (SELECT DISTINCT ON (sensor) sensor FROM readings) s;

-- case: mismatched_order_by
SELECT DISTINCT ON (sensor) sensor, id FROM readings ORDER BY id;

-- case: duplicate_output_names
SELECT DISTINCT ON (sensor) sensor, count(*) OVER (PARTITION BY sensor) AS count, id AS count FROM readings ORDER BY sensor, id;
