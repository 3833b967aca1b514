-- numeric: exact decimals with PostgreSQL's display scales, typmods,
-- division scale, rounding, aggregates, ordering and equality (1.5 = 1.50).
CREATE TABLE items (id int PRIMARY KEY, price numeric(10,2), qty int, big bigint, rate numeric, f float8, label text);
INSERT INTO items VALUES
  (1, 1234.5, 3, 10, 0.125, 1.5, '12.50'),
  (2, '19.999', 2, 20, 2, 2.25, '-3'),
  (3, 0.005, NULL, NULL, NULL, NULL, '1e3'),
  (4, -7, 1, 9000000000000000000, 1e3, -0.5, ' 0.10 '),
  (5, 20, 5, -3, 1.50, 0.1, '20.0'),
  (6, NULL, 4, 7, 1.5, NULL, NULL);
CREATE TABLE ledger (id int PRIMARY KEY, amount numeric(8,3), note text);

-- case: stored_with_column_scale
SELECT id, price, rate FROM items ORDER BY id;

-- case: arithmetic_scales
SELECT id, price + rate AS s, price - 1 AS d, price * qty AS m, price * rate AS mm, -price AS neg FROM items ORDER BY id;

-- case: division_scales
SELECT id, price / 3 AS a, price / 7.000 AS b, rate / 3 AS c, 1 / price AS d FROM items WHERE price <> 0 ORDER BY id;

-- case: division_magnitudes
SELECT 1/3.0 AS a, 10000/3.0 AS b, 0.001/7 AS c, 123456789/0.003 AS d, -7/2.0 AS e, 2/3.0 AS f, 100000000.0/3 AS g, 0.00001/3 AS h, 9999/9999.0 AS i, 1/9999.0 AS j;

-- case: integer_vs_numeric_division
SELECT 5/2 AS ints, 5/2.0 AS num, 5.0/2 AS num2, -5/2 AS neg_ints, 5 % 3 AS imod, 5.5 % 2 AS nmod, -5.5 % 2 AS nmod_neg;

-- case: modulo_scales
SELECT id, price % 3 AS a, rate % 0.7 AS b FROM items WHERE rate IS NOT NULL ORDER BY id;

-- case: numeric_meets_float
SELECT id, price + f AS pf, rate * f AS rf, price > f AS gt FROM items ORDER BY id;

-- case: literals
SELECT 1e3 AS a, 1.5e-3 AS b, 0.10 AS c, -0.0 AS d, .5 AS e, 5. AS f, 12345678901234567890 AS g, -1.50 AS h;

-- case: equal_across_scales
SELECT 1.5 = 1.50 AS eq, 1.5 < 1.51 AS lt, 2 = 2.000 AS ie, 1.5 IN (1.50, 3) AS inl, nullif(1.50, 1.5) AS nu, 1.5 IS DISTINCT FROM 1.500 AS d, CASE 2.0 WHEN 2 THEN 'two' ELSE 'other' END AS c;

-- case: where_comparisons
SELECT id FROM items WHERE price > 19.99 AND price <= 20 ORDER BY id;

-- case: where_between_in
SELECT id FROM items WHERE rate BETWEEN 0.1 AND 2 OR price IN (20, -7.0) ORDER BY id;

-- case: order_by_numeric
SELECT id, rate FROM items ORDER BY rate DESC, id;

-- case: order_by_expression
SELECT id, price / 3 AS third FROM items ORDER BY 2, 1;

-- case: group_and_distinct_equal_scales
SELECT rate, count(*) AS n FROM items GROUP BY rate ORDER BY rate;

-- case: distinct_numeric
SELECT DISTINCT rate FROM items WHERE rate IS NOT NULL ORDER BY rate;

-- case: aggregates
SELECT sum(price) AS s, avg(price) AS a, min(price) AS lo, max(price) AS hi, count(DISTINCT rate) AS nd, sum(DISTINCT rate) AS sd, avg(rate) AS ar FROM items;

-- case: sum_bigint_is_numeric
SELECT sum(big) AS s, avg(big) AS a, sum(qty) AS si, avg(qty) AS ai FROM items;

-- case: avg_integers
SELECT avg(x) AS a FROM (SELECT 1 AS x UNION ALL SELECT 2) AS v;

-- case: aggregates_empty
SELECT sum(price) AS s, avg(price) AS a, min(price) AS lo, avg(qty) AS ai FROM items WHERE id > 100;

-- case: aggregate_per_group
SELECT qty % 2 AS parity, sum(price) AS s, avg(price) AS a FROM items GROUP BY 1 ORDER BY 1;

-- case: aggregate_filter
SELECT sum(price) FILTER (WHERE qty > 2) AS s, avg(rate) FILTER (WHERE id < 5) AS a FROM items;

-- case: order_by_aggregate
SELECT qty IS NULL AS no_qty, sum(price) AS s FROM items GROUP BY 1 ORDER BY s DESC;

-- case: window_running_sum
SELECT id, sum(price) OVER (ORDER BY id) AS running, avg(price) OVER (ORDER BY id) AS ravg FROM items ORDER BY id;

-- case: window_moving_frame_scale
SELECT id, sum(rate) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s, avg(rate) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS a FROM items ORDER BY id;

-- case: window_partition_by_numeric
SELECT id, rate, count(*) OVER (PARTITION BY rate) AS n FROM items ORDER BY id;

-- case: round_variants
SELECT round(2.5) AS a, round(-2.5) AS b, round(2.5::float8) AS c, round(3.5::float8) AS c2, round(5) AS d, round(1234.5678, 2) AS e, round(1234.5678, -2) AS f, round(1.5, 3) AS g, round(-0.05, 1) AS h, round('2.45', 1) AS i, round(7, 1) AS j;

-- case: trunc_ceil_floor_sign_abs
SELECT trunc(-1.99) AS a, trunc(1.999, 2) AS b, trunc(1234.5, -2) AS c, ceil(1.1) AS d, ceil(-1.1) AS e, ceiling(2.000) AS f, floor(-1.1) AS g, floor(1.9::float8) AS h, sign(-3.2) AS i, sign(0.0) AS j, abs(-1.50) AS k, abs(-2) AS l, ceil(-0.5::float8) AS m;

-- case: round_columns
SELECT id, round(price) AS r0, round(price, 1) AS r1, round(rate, 2) AS rr, trunc(price) AS t, ceil(price) AS c, floor(price) AS fl FROM items ORDER BY id;

-- case: casts_from_numeric
SELECT id, price::int AS i, price::bigint AS b, price::float8 AS f, price::text AS t, price::numeric(6,1) AS n, rate::varchar AS v FROM items ORDER BY id;

-- case: casts_to_numeric
SELECT 12.345::numeric(5,1) AS a, '1e3'::numeric AS b, 0.1::float8::numeric AS c, (1/3::float8)::numeric AS d, 1e20::float8::numeric AS e, 7::numeric AS f, 7::numeric(5,2) AS g, numeric '  -0.50 ' AS h, CAST(2.5 AS decimal(3,0)) AS i, 1.5e-7::float8::numeric AS j;

-- case: text_column_to_numeric
SELECT id, label::numeric AS n FROM items WHERE label IS NOT NULL ORDER BY id;

-- case: numeric_to_text_contexts
SELECT id, 'p=' || price AS a, concat(price, '/', rate) AS b FROM items ORDER BY id;

-- case: special_values
SELECT 'NaN'::numeric AS a, 'Infinity'::numeric AS b, '-inf'::numeric AS c, 'NaN'::numeric > 'Infinity'::numeric AS d, 'NaN'::numeric = 'nan'::numeric AS e, 'Infinity'::numeric + 1 AS f, 1 / 'Infinity'::numeric AS g;

-- case: special_values_order
SELECT x FROM (SELECT 'NaN'::numeric AS x UNION ALL SELECT '-Infinity'::numeric UNION ALL SELECT 0 UNION ALL SELECT 'Infinity'::numeric UNION ALL SELECT -1.5 UNION ALL SELECT 1e3) AS v ORDER BY x;

-- case: union_int_and_numeric
SELECT 1 AS x UNION ALL SELECT 2.50 ORDER BY 1;

-- case: coalesce_case_mixed
SELECT id, coalesce(rate, 0) AS r, CASE WHEN id > 3 THEN qty ELSE price END AS c FROM items ORDER BY id;

-- case: greatest_least
SELECT greatest(1.5, 2, 1.25) AS g, least(price, rate) AS l FROM items WHERE id = 1;

-- case: extract_is_numeric
SELECT extract(year FROM date '2024-05-01') + 0.5 AS a, extract(epoch FROM interval '1.5 seconds') * 2 AS b, extract(year FROM date '2024-05-01') / 7 AS c;

-- case: param_numeric
-- params: ["19.995"]
SELECT id FROM items WHERE price >= $1 ORDER BY id;

-- case: param_numeric_arith
-- params: ["0.1"]
SELECT id, price * $1 AS x FROM items WHERE price IS NOT NULL ORDER BY id;

-- case: err_division_by_zero
SELECT 1.5 / 0;

-- case: err_mod_by_zero
SELECT 1.5 % 0.0;

-- case: err_typmod_overflow
SELECT 123.456::numeric(4,2);

-- case: err_invalid_input
SELECT 'abc'::numeric;

-- case: err_nan_to_int
SELECT 'NaN'::numeric::int;

-- case: err_int_range
SELECT 3000000000.4::int;

-- case: typmod_scale_above_precision
SELECT 0.001234::numeric(3,5) AS a;

-- case: err_typmod_scale_above_precision
SELECT 1::numeric(3,5);

-- case: err_negative_typmod_scale
-- expect: unsupported
SELECT 1234::numeric(5,-2);

-- case: insert_rounds_to_typmod
INSERT INTO ledger VALUES (1, 1.23456, 'a'), (2, '-0.0005', 'b'), (3, 12345, 'c') RETURNING id, amount;

-- case: insert_param_and_float
-- params: ["2.0005"]
INSERT INTO ledger VALUES (4, $1, 'p'), (5, 0.1::float8, 'f') RETURNING amount;

-- case: insert_overflow
INSERT INTO ledger VALUES (9, 123456, 'x');

-- case: update_rounds
UPDATE ledger SET amount = amount * 1.0005 WHERE id <= 3 RETURNING id, amount;

-- case: ledger_after
SELECT id, amount, sum(amount) OVER (ORDER BY id) AS running FROM ledger ORDER BY id;

-- case: assign_numeric_to_int_column
INSERT INTO items (id, qty, f) VALUES (10, 2.5, 1.25::numeric) RETURNING qty, f;

-- case: union_untyped_literal_takes_other_type
SELECT 'NaN' AS x UNION ALL SELECT 1.5 UNION ALL SELECT '-Infinity' UNION ALL SELECT 2 ORDER BY 1;

-- case: union_untyped_literal_int_and_date
SELECT 1 AS n, date '2024-01-01' AS d UNION ALL SELECT '2', '2024-02-29' ORDER BY 1;

-- case: union_untyped_literal_bad_input
SELECT 1 AS n UNION ALL SELECT 'x';

-- Digits on both sides of 2^64 (pgshim prints up to u64 without its big
-- integer's radix conversion).
-- case: output_around_two_to_the_64
SELECT 18446744073709551615::numeric AS max_u64, 18446744073709551616::numeric AS past, -18446744073709551616.5 AS neg, 1844674407370955161.6 AS scaled, 123456789012345678901234567890.123 AS big, 0.000000000000000000001 AS tiny, -0.5 AS half;
