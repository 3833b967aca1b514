-- GROUP BY, HAVING and aggregates.
CREATE TABLE sales (id integer PRIMARY KEY, region text, rep text, amount integer, ratio double precision, ok boolean);
INSERT INTO sales VALUES
  (1, 'north', 'ann', 100, 0.5, true),
  (2, 'north', 'bob', 250, 0.25, false),
  (3, 'south', 'ann', 75, NULL, true),
  (4, 'south', 'cid', NULL, 1.5, NULL),
  (5, NULL, 'dan', 40, 2.0, true),
  (6, 'north', 'ann', 60, 0.5, true);

-- Equal intervals ('1 day', '24:00:00', '1440 minutes') are one value to
-- DISTINCT, IN, NULLIF and comparisons, and that equality must not leak
-- into the text around them.
CREATE TABLE spans (id integer PRIMARY KEY, s text, iv interval);
INSERT INTO spans VALUES
  (1, '', '1 day'), (2, '', '24:00:00'), (3, 'x', '1440 minutes'),
  (4, '', '3 seconds'), (5, '', '10 seconds'), (6, NULL, NULL), (7, '', '1 mon'), (8, '', '30 days');

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

-- case: avg_integer_is_numeric
SELECT avg(amount) FROM sales;

-- case: sum_bigint_is_numeric
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

-- case: interval_count_distinct
SELECT count(DISTINCT iv) AS n, count(iv) AS all_ FROM spans;

-- case: interval_sum_avg_distinct
SELECT sum(DISTINCT iv) AS s, avg(DISTINCT iv) AS a FROM spans WHERE id IN (1, 3, 4, 5);

-- case: interval_in_list
SELECT id, iv IN (interval '86400 seconds', interval '3 s') AS hit, iv NOT IN (interval '1 day') AS miss FROM spans ORDER BY id;

-- case: interval_nullif
SELECT id, nullif(iv, interval '1 day') AS x FROM spans ORDER BY id;

-- case: interval_compare_inside_text
SELECT concat(s, nullif(iv, interval '1 hour')) AS t, count(*) AS n FROM spans GROUP BY 1 ORDER BY 1;

-- case: interval_compare_ops
SELECT id, iv < interval '5 seconds' AS lt, iv >= interval '1 day' AS ge, iv IS DISTINCT FROM interval '24 hours' AS d FROM spans ORDER BY id;

-- case: interval_case_operand
SELECT id, CASE iv WHEN interval '1 day' THEN 'day' WHEN interval '30 days' THEN 'month' ELSE 'other' END AS k FROM spans ORDER BY id;
