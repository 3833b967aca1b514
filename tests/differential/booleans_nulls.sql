-- Booleans (stored 0/1, shown t/f) and NULL logic.
CREATE TABLE flags (id integer PRIMARY KEY, a boolean, b boolean, note text);
INSERT INTO flags VALUES (1, true, false, 'x'), (2, 't', 'yes', NULL), (3, 'off', NULL, ''), (4, NULL, NULL, 'y'), (5, '1', '0', 'z');

-- case: stored_booleans
SELECT * FROM flags ORDER BY id;

-- case: boolean_where
SELECT id FROM flags WHERE a ORDER BY id;

-- case: boolean_not
SELECT id FROM flags WHERE NOT a ORDER BY id;

-- case: boolean_ops
SELECT id, a AND b AS "and", a OR b AS "or", NOT a AS "not" FROM flags ORDER BY id;

-- case: is_true_false_unknown
SELECT id, a IS TRUE AS t, a IS NOT FALSE AS nf, b IS UNKNOWN AS u FROM flags ORDER BY id;

-- case: boolean_compare_literal
SELECT id FROM flags WHERE a = 'true' AND b = false ORDER BY id;

-- case: boolean_order
SELECT id, a FROM flags ORDER BY a, id;

-- case: boolean_text_cast
SELECT id, a::text AS t FROM flags ORDER BY id;

-- case: boolean_from_text
SELECT 'yes'::boolean AS y, 'OFF'::boolean AS o, ' t '::bool AS t;

-- case: boolean_bad_input
SELECT 'maybe'::boolean;

-- case: boolean_int_casts
SELECT true::int AS one, 0::boolean AS f, 5::boolean AS t;

-- case: null_comparisons
SELECT id, note = NULL AS eq, note IS NULL AS isnull, note IS NOT NULL AS notnull FROM flags ORDER BY id;

-- case: is_distinct_from
SELECT id, a IS DISTINCT FROM b AS d, a IS NOT DISTINCT FROM b AS nd FROM flags ORDER BY id;

-- case: empty_string_is_not_null
SELECT id FROM flags WHERE note = '' ORDER BY id;

-- case: null_arithmetic
SELECT NULL::int + 1 AS a, 1 + NULL AS b, NULL || 'x' AS c;

-- case: count_nulls
SELECT count(a), count(b), count(note), count(*) FROM flags;

-- case: where_integer_is_error
SELECT id FROM flags WHERE id;

-- case: null_at_time_zone_folds_like_a_constant
SELECT id, (NULL AT TIME ZONE 'Australia/Lord_Howe' + ((CASE WHEN id > 0 THEN 1e300::float8 END) * interval '1 mon')) AS x, (timestamptz '2024-01-01 00:00+00' AT TIME ZONE NULL) < now()::timestamp AS y FROM flags ORDER BY id;
