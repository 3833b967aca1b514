-- PostgreSQL's names for unaliased result columns.
CREATE TABLE t (id integer, name text, score double precision, done boolean);
INSERT INTO t VALUES (1, 'a', 1.5, true);

-- case: plain_columns
SELECT id, t.name, score FROM t;

-- case: literals_are_question_column
SELECT 1, 'x', NULL, true, -5, 1 + 1;

-- case: function_names
SELECT count(*), sum(id), max(name), lower(name), coalesce(name, 'z'), nullif(id, 2) FROM t GROUP BY name, id;

-- case: ungrouped_column_error
SELECT count(*), name FROM t;

-- case: cast_names
SELECT 1::int, '2'::bigint, 3::smallint, 4::float8, 5::double precision, 'x'::text, 'y'::varchar, 'z'::varchar(3), 't'::boolean, CAST(6 AS integer);

-- case: cast_of_column_keeps_name
SELECT id::bigint, name::text, CAST(score AS integer) FROM t;

-- case: case_names
SELECT CASE WHEN done THEN 1 ELSE 0 END, CASE WHEN done THEN name ELSE name END FROM t;

-- case: expression_names
SELECT id + 1, -id, NOT done, name || 'x', id IS NULL, EXISTS (SELECT 1), (SELECT 1 AS inner_name) FROM t;

-- case: typed_literal_names
SELECT integer '7', text 'hello', boolean 'f';

-- case: aliases_fold_case
SELECT id AS Ident, name AS "MixedCase", score AS "with space" FROM t;

-- case: duplicate_names
SELECT id, id, count(*) FROM t GROUP BY id;

-- case: upper_case_identifiers
SELECT ID, NAME FROM T;

-- case: star_and_expression
SELECT *, id * 10 AS ten FROM t;

-- case: syntax_functions_named_through_casts
SELECT extract(year FROM date '2024-05-01')::int, position('a' in 'abc')::text, ((date '2024-01-01', date '2024-01-02') OVERLAPS (date '2024-01-01', date '2024-01-03'))::text, (timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'UTC')::date, (CASE WHEN true THEN 1 END)::text, (1 BETWEEN 0 AND 2)::int;
