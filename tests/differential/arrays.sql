-- Arrays as applications use them: array_agg's text output ({a,b}) and
-- `= ANY($1)` with an array parameter or literal.
CREATE TABLE tg (id int, tag text, n numeric(5,2), ok boolean, f float8, big bigint);
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
