-- Plain SELECT: filters, ordering (PostgreSQL sorts NULLs last), LIMIT,
-- DISTINCT, set operations, subqueries and CTEs.
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, qty integer, price double precision, tag varchar(10));
INSERT INTO items VALUES
  (1, 'apple', 10, 0.5, 'fruit'),
  (2, 'banana', NULL, 0.25, 'fruit'),
  (3, 'carrot', 7, NULL, 'veg'),
  (4, 'Daikon', 0, 1.75, NULL),
  (5, 'eggplant', -3, 2.0, 'veg'),
  (6, 'fig', 7, 3.125, 'fruit');

-- case: all_rows
SELECT * FROM items ORDER BY id;

-- case: where_and_or
SELECT id, name FROM items WHERE qty > 0 AND (price < 1 OR tag = 'veg') ORDER BY id;

-- case: order_nulls_last_asc
SELECT id, qty FROM items ORDER BY qty, id;

-- case: order_nulls_first_desc
SELECT id, qty FROM items ORDER BY qty DESC, id;

-- case: order_explicit_nulls
SELECT id, price FROM items ORDER BY price NULLS FIRST, id;

-- case: order_by_alias_and_ordinal
SELECT name AS n, qty AS q FROM items ORDER BY q DESC NULLS LAST, 1;

-- case: order_text_bytewise
SELECT name FROM items ORDER BY name;

-- case: limit_offset
SELECT id FROM items ORDER BY id LIMIT 2 OFFSET 1;

-- case: offset_only
SELECT id FROM items ORDER BY id OFFSET 4;

-- case: fetch_first
SELECT id FROM items ORDER BY id FETCH FIRST 3 ROWS ONLY;

-- case: distinct_tags
SELECT DISTINCT tag FROM items ORDER BY tag;

-- case: union_all_order
SELECT name FROM items WHERE qty > 5 UNION ALL SELECT tag FROM items WHERE id < 3 ORDER BY 1;

-- case: union_distinct
SELECT tag FROM items UNION SELECT 'veg' ORDER BY tag;

-- case: intersect_except
SELECT id FROM items WHERE qty > 0 INTERSECT SELECT id FROM items WHERE price < 3 EXCEPT SELECT 1 ORDER BY id;

-- case: in_list
SELECT id FROM items WHERE id IN (1, 3, 5) AND name NOT IN ('carrot') ORDER BY id;

-- case: in_subquery
SELECT name FROM items WHERE id IN (SELECT id FROM items WHERE tag = 'fruit') ORDER BY name;

-- case: exists_correlated
SELECT a.name FROM items a WHERE EXISTS (SELECT 1 FROM items b WHERE b.qty = a.qty AND b.id <> a.id) ORDER BY a.name;

-- case: scalar_subquery
SELECT name, (SELECT max(price) FROM items) AS top FROM items ORDER BY id LIMIT 2;

-- case: scalar_subquery_correlated
SELECT a.id, (SELECT count(*) FROM items b WHERE b.qty < a.qty) AS smaller FROM items a ORDER BY a.id;

-- case: scalar_subquery_two_rows_error
SELECT (SELECT id FROM items WHERE qty = 7) AS x;

-- case: cte
WITH cheap AS (SELECT id, name FROM items WHERE price < 1) SELECT name FROM cheap ORDER BY name;

-- case: cte_column_aliases
WITH c(a, b) AS (SELECT id, name FROM items WHERE id < 3) SELECT b, a FROM c ORDER BY a;

-- case: derived_table
SELECT t.n FROM (SELECT name AS n, qty FROM items) AS t WHERE t.qty IS NOT NULL ORDER BY t.n;

-- case: derived_column_aliases
SELECT x, y FROM (SELECT id, name FROM items) AS s(x, y) WHERE x > 4 ORDER BY x;

-- case: between
SELECT id FROM items WHERE price BETWEEN 0.5 AND 2 ORDER BY id;

-- case: not_between
SELECT id FROM items WHERE qty NOT BETWEEN 0 AND 7 ORDER BY id;

-- case: like_case_sensitive
SELECT name FROM items WHERE name LIKE 'd%' OR name LIKE '%an%' ORDER BY name;

-- case: like_underscore_escape
SELECT name, name LIKE '_i_' AS three, 'a_c' LIKE 'a\_c' AS esc, 'abc' LIKE 'a\_c' AS esc2 FROM items WHERE id = 6;

-- case: not_like
SELECT name FROM items WHERE name NOT LIKE '%a%' ORDER BY name;

-- case: string_concat
SELECT name || '-' || qty AS label, tag || NULL AS gone, 'n=' || id AS n FROM items ORDER BY id;

-- case: concat_bool_text
SELECT 'flag: ' || (qty > 5) AS f FROM items WHERE id = 1;

-- case: arithmetic_integers
SELECT qty + 1 AS a, qty - id AS b, qty * 2 AS c, qty / 2 AS d, qty % 3 AS e, -qty AS f FROM items ORDER BY id;

-- case: arithmetic_floats
SELECT price * 2 AS a, price / 4 AS b, price + qty AS c, price - 0.125 AS d FROM items ORDER BY id;

-- case: float_output
SELECT 1e15::float8 AS big, 123456789012345.6::float8 AS long, 0.00001::float8 AS small, 1.0::float8 / 3 AS third, 100::float8 AS hundred;

-- case: case_expression
SELECT id, CASE WHEN qty IS NULL THEN 'none' WHEN qty > 5 THEN 'many' ELSE 'few' END AS amount FROM items ORDER BY id;

-- case: simple_case
SELECT id, CASE tag WHEN 'fruit' THEN 1 WHEN 'veg' THEN 2 ELSE 0 END AS kind FROM items ORDER BY id;

-- case: coalesce_nullif
SELECT id, coalesce(qty, -1) AS q, nullif(tag, 'veg') AS t, coalesce(price, qty, 0) AS p FROM items ORDER BY id;

-- case: lower_upper_length
SELECT lower(name) AS l, upper(name) AS u, length(name) AS n, char_length(tag) AS c FROM items ORDER BY id;

-- case: abs_values
SELECT abs(qty) AS a, abs(price - 2) AS b FROM items ORDER BY id;

-- case: select_without_from
SELECT 1 + 2 AS three, 'x' AS s, NULL AS n;

-- case: any_all_arrays
SELECT 1 = ANY(ARRAY[1, 2]) AS a, 3 <> ALL(ARRAY[1, 2]) AS b, 3 = ANY(ARRAY[1, NULL]) AS c, 2 > ANY(ARRAY[1, 5]) AS d, 2 > ALL(ARRAY[1, 5]) AS e, 'x' = SOME(ARRAY['x', 'y']) AS f;

-- case: any_subquery
SELECT 2 = ANY(SELECT 2) AS a, 3 <> ALL(SELECT 1 UNION SELECT 2) AS b;

-- case: recursive_counter
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT n, n * n AS sq FROM t ORDER BY n;

-- case: recursive_dates
WITH RECURSIVE days AS (SELECT date '2024-02-27' AS d UNION ALL SELECT d + 1 FROM days WHERE d < date '2024-03-02') SELECT d FROM days ORDER BY d;

-- case: recursive_type_mismatch
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1.5::float8 FROM t WHERE n < 3) SELECT n FROM t;

-- case: recursive_union_distinct
WITH RECURSIVE t(n) AS (SELECT 1 UNION SELECT (n % 3) + 1 FROM t) SELECT n FROM t ORDER BY n;

-- case: precedence_kept_for_sqlite
SELECT true < 1 IN (0, 0) AS a, NOT 1 = 2 AS b, 2 + 3 * 4 = 14 AS c, 'a' LIKE 'a' = true AS d;

-- case: negative_zero
SELECT - 0.0::float8 AS a, abs(-0.0::float8) AS b, -(0::float8) AS c;

-- case: null_constant_folding
SELECT NULL < 'abc'::interval AS a, 1 + (NULL || 'x')::int AS b, 'abc'::timestamptz - NULL::timestamptz AS c;

-- case: between_typed_per_comparison
SELECT '2024-03-10' BETWEEN 'abc' AND date '2024-12-01' AS a, 5 NOT BETWEEN 1 AND 3 AS b, NULL BETWEEN 0 AND 'x' AS c;

-- case: in_list_with_column_items
SELECT n, n IN (1, n + 1, 3) AS a, 'x' IN ('y', n::text) AS b FROM (SELECT 1 AS n UNION ALL SELECT 3) s ORDER BY n;

-- case: values_derived_table_with_aliases
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, name) ORDER BY id DESC;

-- case: values_top_level_ordered
VALUES (3, 'x'), (1, 'y') ORDER BY 1;

-- case: values_column_types_across_rows
VALUES ('1.5'::numeric), (2), (NULL);

-- case: values_unknown_rows_take_typed_row
SELECT column1, column2 FROM (VALUES (interval '1 day', date '2024-01-01'), ('25 hours', '2024-02-29')) v ORDER BY 1;

-- case: values_integer_and_numeric
SELECT v.x + 1 AS y FROM (VALUES (1), (2.5)) v(x) ORDER BY 1;

-- case: values_in_cte_and_join
WITH v(n) AS (VALUES (1), (2), (3)) SELECT sum(n) AS s, count(b.column1) AS c FROM v LEFT JOIN (VALUES (2), (3)) b ON v.n = b.column1;

-- case: values_timestamptz_in_session_zone
-- zone: America/New_York
VALUES (timestamptz '2024-03-10 02:30:00', 1), ('2024-11-03 01:30', 2);

-- case: values_numeric_typmod_row
SELECT x FROM (VALUES (1.50), (2.5::numeric(5,2))) v(x) ORDER BY x;

-- case: values_rows_of_different_length
VALUES (1, 2), (3);

-- case: values_bad_unknown_for_integer_column
SELECT * FROM (VALUES (1), ('abc')) v(a);

-- case: union_with_null_branch
SELECT 1.5::numeric AS n UNION ALL SELECT NULL UNION ALL SELECT 2 ORDER BY 1;

-- case: integers_meet_doubles_as_doubles
SELECT 9007199254740992::float8 < 9007199254740993::bigint AS a, 9007199254740993::bigint IN (9007199254740992::float8) AS b, 3 < 3.5::float8 AS c, coalesce(9007199254740993::bigint, 1.5::float8) AS d, floor(9007199254740993::bigint) < 9007199254740993::bigint AS e;

-- case: integer_and_double_union_dedupes_as_doubles
SELECT 9007199254740993::bigint AS x UNION SELECT 9007199254740992::float8 ORDER BY 1;

-- case: between_symmetric
SELECT 5 BETWEEN SYMMETRIC 10 AND 1 AS a, 5 BETWEEN 10 AND 1 AS b, 5 NOT BETWEEN SYMMETRIC 10 AND 1 AS c, 5 BETWEEN ASYMMETRIC 1 AND 10 AS d;

-- case: between_symmetric_dates_and_expressions
SELECT date '2024-03-10' BETWEEN SYMMETRIC (date '2024-03-11' - 1) AND date '2024-01-01' AS e, 11 NOT BETWEEN SYMMETRIC 10 AND 1 AS f;

-- case: between_symmetric_in_where_with_and
SELECT x FROM (VALUES (1), (5), (12)) v(x) WHERE x BETWEEN SYMMETRIC 10 AND 2 AND x > 0 ORDER BY x;

-- case: between_symmetric_null_bound
SELECT 5 BETWEEN SYMMETRIC NULL AND 1 AS g, 5 BETWEEN SYMMETRIC 1 AND NULL AS h;

-- case: series_in_select_list
SELECT generate_series(1, 3);

-- case: series_in_select_list_expression
SELECT generate_series(1, 3) * 2 AS x, 'a' AS y;

-- case: series_in_select_list_ordered
SELECT generate_series(1, 5, 2) AS n ORDER BY 1 DESC;

-- case: series_in_select_list_empty
SELECT generate_series(3, 1);

-- case: series_in_select_list_to_infinity_limited
-- zone: America/New_York
SELECT generate_series('2022-01-01 00:00'::timestamp, 'infinity'::timestamp, '1 month'::interval) LIMIT 10;

-- case: series_in_select_list_timestamptz
-- zone: Europe/Berlin
SELECT generate_series('2024-03-30 00:00'::timestamptz, '2024-04-01', '1 day'), 1 AS one;

-- case: series_in_select_list_argument
SELECT to_char(generate_series('2022-01-01'::timestamp, '2022-01-03', '1 day'), 'DD') AS dd;

-- case: series_in_subquery_select_list
SELECT sum(x) FROM (SELECT generate_series(1, 4) AS x) s;

-- case: series_in_case
SELECT CASE WHEN true THEN generate_series(1, 2) END;

-- case: series_in_coalesce
SELECT coalesce(generate_series(1, 2), 0);

-- case: series_two_in_select_list
-- expect: unsupported
SELECT generate_series(1, 3), generate_series(1, 2);

-- case: series_in_select_list_with_from
-- expect: unsupported
SELECT a, generate_series(1, 2) FROM (VALUES (1)) v(a);

-- case: series_in_select_list_with_aggregate
-- expect: unsupported
SELECT count(*), generate_series(1, 2);

-- case: pg_sleep_returns_void
SELECT pg_sleep(0.01);

-- case: pg_sleep_null
SELECT pg_sleep(NULL) IS NULL AS a, pg_sleep(0) IS NULL AS b, pg_sleep(-1) IS NULL AS c;

-- case: pg_sleep_text_argument
SELECT pg_sleep('0.01');
