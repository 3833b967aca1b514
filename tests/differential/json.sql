-- json values built from SQL values (json_build_object), as SQLAlchemy's
-- reflection of identity columns builds them.
CREATE TABLE js (id int, name text, n numeric(6,2), f float8, ok boolean, code varchar(5));
INSERT INTO js VALUES (1, 'a"b', 1.50, 2.5, true, 'x'), (2, NULL, NULL, NULL, NULL, NULL), (3, E'tab\there\\', -0.01, 1e20, false, '');

-- case: json_build_object_of_kinds
SELECT json_build_object('a', 1, 'b', true, 'c', 'x"y', 'd', NULL, 'e', 1.50, 'g', 2.5::float8, 1, 2, true, 'q', 'z', 1e20::float8, 'n', 'NaN'::numeric) AS j;

-- case: json_build_object_empty
SELECT json_build_object() AS j;

-- case: json_build_object_of_columns
SELECT id, json_build_object('name', name, 'n', n, 'f', f, 'ok', ok, 'code', code) AS j FROM js ORDER BY id;

-- case: json_build_object_other_scalars
SELECT json_build_object('k', 'v'::name, 'c', 'x'::varchar(3), 'i2', 2::int2, 'i8', 9223372036854775807, 'o', 26::oid) AS j;

-- case: json_build_object_escapes
SELECT json_build_object(E'k\n', E'\t\u0001é/\\"') AS j;

-- case: json_build_object_null_key
SELECT json_build_object(NULL, 1);

-- case: json_build_object_null_key_of_a_column
SELECT json_build_object(name, 1) FROM js ORDER BY id;

-- case: json_build_object_odd_arguments
SELECT json_build_object('a');

-- case: json_build_object_no_rows_no_error
SELECT json_build_object('a') FROM js WHERE false;

-- case: json_build_object_identity_options_sqlalchemy
SELECT json_build_object('always', 'a' = 'a', 'start', 1::int8, 'increment', 1::int8, 'minvalue', 1::int8, 'maxvalue', 9223372036854775807, 'cache', 1::int8, 'cycle', false) AS j;
