-- Window functions and string_agg.
CREATE TABLE sales (id int PRIMARY KEY, region text, rep text, amount int, price float8, sold timestamptz, age interval);
INSERT INTO sales VALUES
  (1, 'north', 'ana', 100, 1.5, '2024-03-09 23:30:00+00', '1 day'),
  (2, 'north', 'bob', 250, 2.25, '2024-03-10 06:30:00+00', '24:00:00'),
  (3, 'north', 'ana', 100, NULL, NULL, '2 days'),
  (4, 'south', 'cy', NULL, 3.0, '2024-03-11 12:00:00+00', '1 mon'),
  (5, 'south', 'dee', 75, 0.5, '2024-03-10 07:00:00+00', NULL),
  (6, 'south', 'cy', 75, 4.75, '2024-03-12 00:00:00+00', '3 hours'),
  (7, 'west', NULL, 10, 1.0, '2024-03-10 08:00:00+00', '1 day');
CREATE TABLE r (id int PRIMARY KEY, ts timestamptz);
INSERT INTO r VALUES (1, '2024-01-01 00:00Z'), (2, 'infinity'), (3, '-infinity'), (4, '2024-01-01 10:00Z'), (5, NULL);

-- case: ranking_with_ties_and_nulls
SELECT id, row_number() OVER (PARTITION BY region ORDER BY amount, id) AS rn, rank() OVER (PARTITION BY region ORDER BY amount) AS rk, dense_rank() OVER (ORDER BY amount DESC) AS dr FROM sales ORDER BY id;

-- case: lag_lead
SELECT id, lag(amount) OVER (ORDER BY id) AS prev, lead(amount, 2) OVER (ORDER BY id) AS next2, lag(rep, 1, 'none') OVER (PARTITION BY region ORDER BY id) AS prev_rep FROM sales ORDER BY id;

-- case: running_sum_default_frame_includes_peers
SELECT id, sum(amount) OVER (ORDER BY amount) AS running, count(*) OVER (PARTITION BY region) AS n, sum(amount) OVER () AS total FROM sales ORDER BY id;

-- case: rows_frame
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s3, avg(price) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS avg_price, max(amount) OVER (PARTITION BY region ORDER BY id ROWS 1 PRECEDING) AS m FROM sales ORDER BY id;

-- case: value_functions
SELECT id, first_value(rep) OVER (PARTITION BY region ORDER BY id) AS first_rep, last_value(amount) OVER (PARTITION BY region ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_amount, nth_value(id, 2) OVER (ORDER BY id) AS second FROM sales ORDER BY id;

-- case: distribution
SELECT id, ntile(3) OVER (ORDER BY id) AS tile, percent_rank() OVER (ORDER BY amount) AS pr, cume_dist() OVER (ORDER BY amount) AS cd FROM sales ORDER BY id;

-- case: window_over_timestamptz_with_nulls
-- zone: America/New_York
SELECT id, row_number() OVER (ORDER BY sold DESC) AS latest_first, min(sold) OVER (PARTITION BY region) AS first_sale, lag(sold) OVER (ORDER BY sold) AS prev_sale FROM sales ORDER BY id;

-- case: window_over_intervals
SELECT id, rank() OVER (ORDER BY age) AS by_age FROM sales ORDER BY id;

-- case: interval_aggregate_window_unsupported
-- expect: unsupported
SELECT id, sum(age) OVER (PARTITION BY region), max(sold - sold) OVER (ORDER BY id) FROM sales;

-- case: window_on_grouped_rows
SELECT region, sum(amount) AS total, rank() OVER (ORDER BY sum(amount) DESC) AS place FROM sales GROUP BY region ORDER BY region;

-- case: range_interval_offset_unsupported
-- expect: unsupported
SELECT id, count(*) OVER (ORDER BY sold RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM sales;

-- case: range_numeric_offset
SELECT id, sum(amount) OVER (ORDER BY amount RANGE BETWEEN 50 PRECEDING AND CURRENT ROW) AS near FROM sales ORDER BY id;

-- case: window_function_without_over
SELECT row_number() FROM sales;

-- case: string_agg_ordered
SELECT region, string_agg(rep, ', ' ORDER BY rep DESC) AS reps, string_agg(rep, '|' ORDER BY id) AS by_id FROM sales GROUP BY region ORDER BY region;

-- case: string_agg_nulls_and_empty
SELECT string_agg(rep, ',') FILTER (WHERE amount > 1000) AS none, string_agg(rep, ',' ORDER BY amount NULLS FIRST, id) AS all_reps FROM sales;

-- case: string_agg_of_text_cast
-- zone: Asia/Kolkata
SELECT string_agg(sold::date::text, ' ' ORDER BY sold) AS days FROM sales;

-- case: percentile_cont_median
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median, percentile_cont(0.25) WITHIN GROUP (ORDER BY price) AS q1, percentile_cont(0.9) WITHIN GROUP (ORDER BY price DESC) AS p90_desc FROM sales;

-- case: percentile_disc_types
-- zone: America/New_York
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY sold) AS mid_sale, percentile_disc(0) WITHIN GROUP (ORDER BY rep) AS first_rep, percentile_disc(1) WITHIN GROUP (ORDER BY amount) AS top FROM sales;

-- case: percentile_interval
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY age) AS median_age, percentile_disc(0.5) WITHIN GROUP (ORDER BY age) AS disc_age FROM sales;

-- case: percentile_per_group
SELECT region, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median FROM sales GROUP BY region ORDER BY region;

-- case: percentile_with_filter
-- FILTER keeps its rows out of the ordered-set aggregate.
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) FILTER (WHERE region = 'north') AS north_median,
       percentile_disc(0) WITHIN GROUP (ORDER BY age) FILTER (WHERE id > 1) AS shortest_after_1,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY rep) FILTER (WHERE amount < 100) AS cheap_rep,
       region
FROM sales GROUP BY region ORDER BY region;

-- case: percentile_filter_not_boolean
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) FILTER (WHERE amount) FROM sales;

-- case: percentile_out_of_range
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY amount) FROM sales;

-- case: percentile_without_within_group
SELECT percentile_cont(0.5) FROM sales;

-- case: range_interval_over_timestamptz_utc
-- zone: UTC
SELECT id, count(*) OVER (ORDER BY sold RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) AS last_day, count(*) OVER (ORDER BY sold RANGE BETWEEN '12 hours' PRECEDING AND '12 hours' FOLLOWING) AS around FROM sales ORDER BY id;

-- case: range_hours_over_timestamptz_new_york
-- zone: America/New_York
SELECT id, count(*) OVER (ORDER BY sold DESC RANGE BETWEEN interval '6 hours' PRECEDING AND CURRENT ROW) AS n FROM sales ORDER BY id;

-- case: range_days_over_timestamptz_new_york_unsupported
-- zone: America/New_York
-- expect: unsupported
SELECT id, count(*) OVER (ORDER BY sold RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM sales;

-- case: range_interval_with_infinities
-- zone: UTC
SELECT id, count(*) OVER (ORDER BY ts RANGE BETWEEN '1 day' PRECEDING AND '1 day' FOLLOWING) AS n, count(*) OVER (ORDER BY ts DESC RANGE BETWEEN '1 hour' PRECEDING AND '1 hour' FOLLOWING) AS m FROM r ORDER BY id;

-- case: percentile_fraction_checked_without_rows
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY amount) FROM sales WHERE false;

-- case: percentile_fraction_checked_per_empty_group
SELECT region, percentile_disc(2) WITHIN GROUP (ORDER BY rep) FILTER (WHERE false) FROM sales GROUP BY region ORDER BY region;

-- case: percentile_null_fraction_without_rows
SELECT percentile_cont(NULL) WITHIN GROUP (ORDER BY amount) AS none FROM sales WHERE false;
