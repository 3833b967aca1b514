-- Arrays as applications use them: array_agg's text output ({a,b}) and
-- `= ANY($1)` with an array parameter or literal.
CREATE TABLE tg (id int, tag text, n numeric(5,2), ok boolean, f float8, big bigint);
CREATE INDEX tg_big_id ON tg (big, id);
INSERT INTO tg VALUES
  (1, 'b', 1.5, true, 0.5, 10),
  (1, 'a b', NULL, false, NULL, NULL),
  (2, 'NULL', 2, NULL, 1e300, -3),
  (2, '', 1.50, true, -2.5, 9000000000),
  (3, NULL, 3, false, 2, 7),
  (1, 'b', 1.5, true, 0.5, 10),
  (4, 'q"uote\back{}', 0.01, true, 1.25, 0),
  (4, 'comma,sep', 100, false, 3, 1);

-- case: array_agg_per_group
SELECT id, array_agg(tag ORDER BY tag) AS tags, array_agg(n ORDER BY n) AS ns, array_agg(ok ORDER BY ok) AS oks FROM tg GROUP BY id ORDER BY id;

-- case: array_agg_quoting
SELECT array_agg(tag ORDER BY tag NULLS FIRST) AS tags FROM tg;

-- case: array_agg_distinct_sorted
SELECT array_agg(DISTINCT tag) AS t, array_agg(DISTINCT n) AS n, array_agg(DISTINCT id) AS i, array_agg(DISTINCT ok) AS b FROM tg;

-- case: array_agg_numbers
SELECT array_agg(id ORDER BY id DESC, f) AS ids, array_agg(f ORDER BY f) AS fs, array_agg(big ORDER BY big) AS bigs FROM tg;

-- case: array_agg_empty_is_null
SELECT array_agg(id) AS a, array_agg(tag) IS NULL AS isnull FROM tg WHERE id > 9;

-- case: array_agg_in_subquery
SELECT id, (SELECT array_agg(t.tag ORDER BY t.tag) FROM tg t WHERE t.id = g.id AND t.tag <> '') AS tags FROM (SELECT DISTINCT id FROM tg) AS g ORDER BY id;

-- case: array_agg_text_cast
SELECT id, array_agg(f::text ORDER BY f) AS fs FROM tg GROUP BY id ORDER BY id;

-- case: array_agg_unsupported_type
-- expect: unsupported
SELECT array_agg(date '2024-01-01');

-- case: any_param_ints
-- params: ["{1,3}"]
SELECT id, tag FROM tg WHERE id = ANY($1) ORDER BY id, tag;

-- case: any_param_text
-- params: ["{b,\"a b\",\"\"}"]
SELECT id, tag FROM tg WHERE tag = ANY($1) ORDER BY id, tag;

-- case: all_param_not_in
-- params: ["{1,2}"]
SELECT DISTINCT id FROM tg WHERE id <> ALL($1) ORDER BY id;

-- case: any_param_with_null_element
-- params: ["{1,NULL}"]
SELECT id, id = ANY($1) AS hit, id <> ALL($1) AS miss FROM tg ORDER BY id, tag;

-- case: any_param_empty_array
-- params: ["{}"]
SELECT count(*) AS n, count(*) FILTER (WHERE id = ANY($1)) AS hits, bool_and(id <> ALL($1)) AS none_ FROM tg;

-- case: any_param_bigint
-- params: ["{9000000000,-3}"]
SELECT id FROM tg WHERE big = ANY($1) ORDER BY id;

-- case: any_param_numeric
-- params: ["{1.500,100}"]
SELECT id, n FROM tg WHERE n = ANY($1) ORDER BY id, n;

-- case: any_literal_array
SELECT id FROM tg WHERE tag = ANY('{b,comma\,sep}') AND id = ANY('{1, 4}') ORDER BY id;

-- case: any_null_array
SELECT count(*) FILTER (WHERE id = ANY(NULL::int[])) AS n FROM tg;

-- case: any_array_literal_list
SELECT id FROM tg WHERE id = ANY(ARRAY[2, 3]) ORDER BY id;

-- case: err_malformed_array_literal
SELECT 1 = ANY('{1,2');

-- case: err_bad_element
-- params: ["{1,x}"]
SELECT id FROM tg WHERE id = ANY($1);

-- Arrays as values: literals, ARRAY[…], ARRAY(subquery), subscripts,
-- array_to_string and the bounds functions, unnest in FROM and in the
-- select list, || and =.

-- case: literal_canonical_output
SELECT '{ 1, 02 ,NULL}'::int[] AS i, '{a, "b c" ,"",NULL,"NULL"}'::text[] AS t, '{yes,off}'::bool[] AS b, '{1.50,-0}'::numeric[] AS n, '{1e3,0.5}'::float8[] AS f;

-- case: literal_with_bounds
SELECT '[0:1]={5,6}'::int[] AS a, ('[0:1]={5,6}'::int[])[0] AS first, array_lower('[0:1]={5,6}'::int[], 1) AS lo, array_upper('[0:1]={5,6}'::int[], 1) AS hi;

-- case: literal_errors_int
SELECT '{1,x}'::int[];

-- case: literal_errors_malformed
SELECT '{1,2'::int[];

-- case: literal_errors_bounds
SELECT '[1:3]={1,2}'::int[];

-- case: literal_errors_range
SELECT '{70000}'::int2[];

-- case: constructor_types
SELECT ARRAY[1, 2, 3] AS i, ARRAY['a', 'b'] AS t, ARRAY[1, 2.5] AS n, ARRAY[1, NULL] AS withnull, ARRAY[true, false] AS b;

-- case: constructor_of_columns
SELECT id, ARRAY[id, big] AS nums, ARRAY[tag, 'x'] AS tags FROM tg ORDER BY id, tag NULLS FIRST;

-- case: constructor_empty_needs_a_type
SELECT ARRAY[];

-- case: array_subquery_ordered
SELECT ARRAY(SELECT DISTINCT id FROM tg ORDER BY id DESC) AS ids, ARRAY(SELECT tag FROM tg WHERE tag > 'b' ORDER BY tag) AS tags;

-- case: array_subquery_empty
SELECT ARRAY(SELECT id FROM tg WHERE false) AS none, cardinality(ARRAY(SELECT id FROM tg WHERE false)) AS n;

-- case: array_subquery_correlated
SELECT g.id, ARRAY(SELECT t.big FROM tg t WHERE t.id = g.id ORDER BY t.big NULLS LAST) AS bigs FROM (SELECT DISTINCT id FROM tg) g ORDER BY g.id;

-- case: subscripts
SELECT (ARRAY[10, 20, 30])[2] AS two, (ARRAY[10, 20, 30])[0] AS zero, (ARRAY[10, 20, 30])[4] AS past, ('{a,NULL}'::text[])[2] IS NULL AS null_elem;

-- case: subscript_of_an_aggregate
SELECT id, (array_agg(tag ORDER BY tag))[1] AS first_tag FROM tg WHERE tag IS NOT NULL GROUP BY id ORDER BY id;

-- case: subscript_not_an_array
SELECT (1)[1];

-- case: array_to_string_forms
SELECT array_to_string(ARRAY[1, NULL, 3], ',') AS skip, array_to_string(ARRAY[1, NULL, 3], ',', '*') AS star, array_to_string('{}'::text[], '-') AS empty, array_to_string(ARRAY['a b', 'c'], ' | ') AS t;

-- case: bounds_functions
SELECT array_length(ARRAY[1, 2, 3], 1) AS len, array_upper(ARRAY[1, 2, 3], 1) AS up, array_lower(ARRAY[1, 2, 3], 1) AS lo, array_length('{}'::int[], 1) AS empty_len, array_upper(ARRAY[1], 2) AS dim2, cardinality(ARRAY['a', 'b']) AS card, cardinality('{}'::int[]) AS card0;

-- case: unnest_in_from
SELECT x FROM unnest(ARRAY[3, 1, 2]) AS x;

-- case: unnest_with_ordinality
SELECT * FROM unnest('{a,b,NULL}'::text[]) WITH ORDINALITY AS t(v, n);

-- case: unnest_default_names
SELECT * FROM unnest(ARRAY[true, false]) WITH ORDINALITY;

-- case: unnest_lateral_over_rows
SELECT g.id, u.v FROM (SELECT id, array_agg(big ORDER BY big) AS bigs FROM tg GROUP BY id) g, unnest(g.bigs) AS u(v) WHERE u.v IS NOT NULL ORDER BY g.id, u.v;

-- case: unnest_in_select_list
SELECT unnest(ARRAY['x', 'y']) AS v;

-- case: unnest_null_array
SELECT count(*) AS n FROM unnest(NULL::int[]);

-- case: unnest_not_an_array
SELECT * FROM unnest(1);

-- case: unnest_zips_arrays
SELECT * FROM unnest(ARRAY[1, 2, 3], '{a,b}'::text[]) WITH ORDINALITY;

-- case: unnest_zips_arrays_named
SELECT * FROM unnest(ARRAY[1, 2], ARRAY['a']) AS x(a);

-- case: unnest_zips_arrays_alias_only
SELECT * FROM unnest(ARRAY[1, 2], ARRAY[true, NULL, false]) AS x;

-- case: unnest_zips_null_and_empty
SELECT * FROM unnest(NULL::int[], '{}'::text[], ARRAY[1.5]) WITH ORDINALITY AS u(a, b, c, n);

-- case: unnest_zips_too_many_aliases
SELECT * FROM unnest(ARRAY[1], ARRAY[2]) WITH ORDINALITY AS x(a, b, c, d);

-- case: unnest_too_many_aliases
SELECT * FROM unnest(ARRAY[1]) WITH ORDINALITY AS x(a, b, c);

-- case: unnest_zips_lateral_over_rows
SELECT g.id, u.k, u.t, u.i FROM (SELECT id, array_agg(big ORDER BY big) AS bigs, array_agg(tag ORDER BY big) AS tags FROM tg GROUP BY id) g, unnest(g.bigs, g.tags) WITH ORDINALITY u(k, t, i) ORDER BY g.id, u.i;

-- case: concat_arrays
SELECT ARRAY[1, 2] || ARRAY[3] AS a, '{x}'::text[] || ARRAY['y'] AS t, ARRAY[1] || '{2,3}' AS lit, '{}'::int[] || ARRAY[1] AS from_empty, ARRAY[1] || NULL::int[] AS with_null;

-- case: array_equality
SELECT ARRAY[1, 2] = ARRAY[1, 2] AS eq, ARRAY[1, 2] = '{1,3}' AS ne_lit, ARRAY['a'] <> ARRAY['b'] AS ne, ARRAY[1, 2] = ARRAY[2, 1] AS order_matters, '{}'::int[] = ARRAY[]::int[] AS empty;

-- case: array_casts
SELECT ARRAY[1, 2]::text AS t, '{1,2}'::text::int[] AS back, CAST('{a,b}' AS varchar[]) AS v;

-- case: any_over_array_column
SELECT id, tag FROM tg WHERE tag = ANY(ARRAY['b', 'NULL', 'zzz']) ORDER BY id, tag;

-- case: int2vector_as_int2_array
SELECT i.indkey::int2[] AS keys, array_lower(i.indkey::int2[], 1) AS lo, array_upper(i.indkey::int2[], 1) AS hi FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'tg_big_id';
