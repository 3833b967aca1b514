-- GROUP BY, HAVING and aggregates.
CREATE TABLE sales (id integer PRIMARY KEY, region text, rep text, amount integer, ratio double precision, ok boolean);
INSERT INTO sales VALUES
  (1, 'north', 'ann', 100, 0.5, true),
  (2, 'north', 'bob', 250, 0.25, false),
  (3, 'south', 'ann', 75, NULL, true),
  (4, 'south', 'cid', NULL, 1.5, NULL),
  (5, NULL, 'dan', 40, 2.0, true),
  (6, 'north', 'ann', 60, 0.5, true);

-- case: group_count_sum
SELECT region, count(*), sum(amount), min(amount), max(amount) FROM sales GROUP BY region ORDER BY region;

-- case: group_by_two
SELECT region, rep, count(*) AS n FROM sales GROUP BY region, rep ORDER BY region, rep;

-- case: group_by_ordinal
SELECT rep, count(*) FROM sales GROUP BY 1 ORDER BY 1;

-- case: group_by_output_name
SELECT upper(rep) AS who, count(*) FROM sales GROUP BY who ORDER BY who;

-- case: having
SELECT rep, sum(amount) AS total FROM sales GROUP BY rep HAVING sum(amount) > 100 ORDER BY rep;

-- case: count_variants
SELECT count(*) AS rows, count(amount) AS amounts, count(DISTINCT rep) AS reps, count(region) AS regions FROM sales;

-- case: float_aggregates
SELECT sum(ratio), avg(ratio), min(ratio), max(ratio) FROM sales;

-- case: bool_aggregates
SELECT region, bool_and(ok), bool_or(ok), every(ok) FROM sales GROUP BY region ORDER BY region;

-- case: aggregate_empty
SELECT count(*), sum(amount), max(rep) FROM sales WHERE id > 100;

-- case: aggregate_filter
SELECT count(*) FILTER (WHERE ok) AS good, sum(amount) FILTER (WHERE region = 'north') AS north FROM sales;

-- case: avg_integer_unsupported
-- expect: unsupported
SELECT avg(amount) FROM sales;

-- case: sum_bigint_unsupported
-- expect: unsupported
SELECT sum(amount::bigint) FROM sales;

-- case: group_expression
SELECT amount > 70 AS big, count(*) FROM sales GROUP BY amount > 70 ORDER BY 1;

-- case: min_max_text
SELECT min(rep), max(rep), min(region) FROM sales;

-- case: aggregate_in_where
SELECT 1 FROM sales WHERE count(*) > 1;

-- case: nested_aggregates
SELECT sum(count(*)) FROM sales;

-- case: window_in_where
SELECT 1 FROM sales WHERE row_number() OVER () > 1;

-- case: aggregate_in_group_by
SELECT 1 FROM sales GROUP BY count(*);
