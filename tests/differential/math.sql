-- Math functions and the ^ operator: double precision through the C math
-- library (as PostgreSQL), numeric exact at PostgreSQL's result scales.
CREATE TABLE nums (id int PRIMARY KEY, i int, b bigint, s smallint, f float8, n numeric);
INSERT INTO nums VALUES
  (1, 7, 10000000000, 3, 2.5, 12.345),
  (2, -7, -3, -2, -0.5, -7.25),
  (3, 0, 0, 0, 0, 0),
  (4, 2, 9007199254740993, 1, 1e10, 0.001),
  (5, NULL, NULL, NULL, NULL, NULL);

-- case: float_output_of_functions
SELECT sqrt(2), exp(1), ln(10), cbrt(27), cbrt(-8), log(100), log10(1000), log(2), pi(), degrees(1), radians(180);

-- case: power_operator
SELECT 2 ^ 3 AS a, 2 ^ 0.5::float8 AS b, 2 ^ 3 ^ 2 AS c, 2 * 3 ^ 2 AS d, (-2) ^ 3 AS e, 4 ^ -1 AS f, '2' ^ '3' AS g, 2 ^ '10' AS h;

-- case: power_unary_minus_binds_tighter
SELECT -2 ^ 2 AS a, - 2 ^ 2 AS b, -(2 ^ 2) AS c, -2 ^ 3 ^ 2 AS d, -i ^ 2 AS e FROM nums WHERE id = 1;

-- case: power_column_names
SELECT 2 ^ 3, power(2, 3), pow(2, 3);

-- case: power_columns
SELECT id, i ^ 2 AS i2, f ^ 2 AS f2, s ^ i AS si, b ^ 0.5::float8 AS root, 2 ^ s AS two FROM nums WHERE id <> 2 ORDER BY id;

-- case: power_functions
SELECT power(2, 10) AS a, pow(2.5::float8, 2) AS b, power(9, 0.5::float8) AS c, power('2', '3') AS d, power(2::int8, 62) AS e, power(10, -3) AS f;

-- case: power_infinity_rules
SELECT 'Infinity'::float8 ^ -1 AS a, '-Infinity'::float8 ^ 3 AS b, '-Infinity'::float8 ^ 2 AS c, '-Infinity'::float8 ^ -3 AS d, '-Infinity'::float8 ^ -2 AS e, 0.5::float8 ^ 'Infinity' AS f, 2::float8 ^ '-Infinity' AS g, (-1)::float8 ^ 'Infinity' AS h, 'Infinity'::float8 ^ 0 AS i, 0::float8 ^ 0 AS j;

-- case: power_subnormal_results
SELECT 2::float8 ^ -1074 AS a, 1.5::float8 ^ -1800 AS b, 10::float8 ^ -320 AS c;

-- case: power_zero_to_negative
SELECT 0 ^ -1;

-- case: power_function_zero_to_negative
SELECT power(0, -2.5::float8);

-- case: power_negative_to_fraction
SELECT (-8)::float8 ^ (1.0::float8 / 3);

-- case: power_overflow
SELECT 2 ^ 1024;

-- case: power_underflow
SELECT 3::float8 ^ -680;

-- case: power_nulls
SELECT NULL ^ 2 IS NULL AS a, power(NULL, 2) IS NULL AS b, 2 ^ i IS NULL AS c FROM nums WHERE id = 5;

-- case: power_params
-- params: ["2", "10"]
SELECT power($1, $2) AS p;

-- case: power_operator_params
-- params: ["3"]
SELECT 2 ^ $1 AS p;

-- case: power_of_boolean
SELECT true ^ 2;

-- case: power_of_text
SELECT 'a' ^ 2;

-- case: power_numeric_refused
-- expect: unsupported
SELECT 2.0 ^ 3;

-- case: power_function_numeric_refused
-- expect: unsupported
SELECT power(n, 2) FROM nums;

-- case: sqrt_cbrt_columns
SELECT id, sqrt(abs(f)) AS sf, sqrt(abs(i)) AS si, cbrt(f) AS cf, cbrt(b) AS cb, sqrt(s::int2 * s) AS ss FROM nums ORDER BY id;

-- case: sqrt_negative_zero
SELECT sqrt('-0'::float8) AS z, cbrt(0) AS c, cbrt('-0'::float8) AS cz;

-- case: sqrt_negative
SELECT sqrt(-1);

-- case: sqrt_negative_column
SELECT id, sqrt(f) FROM nums WHERE id = 2;

-- case: sqrt_untyped
SELECT sqrt('4') AS s, exp('0') AS e;

-- case: sqrt_bad_input
SELECT sqrt('x');

-- case: exp_ln_log_columns
SELECT id, exp(f / 10) AS e, ln(abs(f) + 1) AS l, log(abs(f) + 1) AS l10, log10(abs(b) + 1) AS lb, ln(abs(i) + 0.5::float8) AS li FROM nums WHERE id <> 4 ORDER BY id;

-- case: exp_overflow_in_column
SELECT id, exp(f / 10) FROM nums WHERE id = 4;

-- case: exp_limits
SELECT exp(709::float8) AS big, exp(-745::float8) AS tiny, exp(-740::float8) AS subnormal, exp('Infinity'::float8) AS inf, exp('-Infinity'::float8) AS ninf, ln('Infinity'::float8) AS ln_inf;

-- case: exp_overflow
SELECT exp(1000);

-- case: exp_underflow
SELECT exp(-746::float8);

-- case: ln_zero
SELECT ln(0);

-- case: ln_negative
SELECT ln(-1);

-- case: log_zero
SELECT log(0);

-- case: log10_negative
SELECT log10(-0.5::float8);

-- case: log_subnormal
SELECT log10(1e-320::float8) AS a, ln(1e-320::float8) AS b;

-- case: degrees_radians
SELECT degrees(1) AS a, radians(180) AS b, degrees(pi()) AS c, radians(1e-320::float8) AS d, degrees(-0.5::float8) AS e, radians(n) AS f FROM nums WHERE id = 1;

-- case: degrees_overflow
SELECT degrees(1e307::float8);

-- case: radians_underflow
SELECT radians(1e-322::float8);

-- case: math_column_names
SELECT sqrt(4), cbrt(8), exp(0), ln(1), log(10), log10(10), pi(), degrees(0), radians(0), mod(5, 3), div(5, 3), log(2, 8);

-- case: math_of_text
SELECT sqrt('a'::text);

-- case: cbrt_of_boolean
SELECT cbrt(true);

-- case: math_strict_nulls
SELECT sqrt(NULL) IS NULL AS a, exp(NULL) IS NULL AS b, ln(NULL) IS NULL AS c, log(NULL, 2) IS NULL AS d, mod(NULL, 2) IS NULL AS e, div(NULL, 2) IS NULL AS f, degrees(NULL) IS NULL AS g;

-- case: mod_integers
SELECT mod(7, 3) AS a, mod(-7, 3) AS b, mod(7, -3) AS c, mod(5::int2, 3::int2) AS d, mod(5::int8, 3) AS e, mod(-2147483647 - 1, -1) AS f, mod('7', 3) AS g, mod(-9223372036854775807 - 1, -1) AS h;

-- case: mod_columns
SELECT id, mod(i, 3) AS i3, mod(b, 7) AS b7, mod(s, s) AS ss, mod(i, s) AS i_s FROM nums WHERE id IN (1, 4, 5) ORDER BY id;

-- case: mod_numeric
SELECT id, mod(n, 2) AS n2, mod(n, 0.1) AS tenth, mod(7.5, 2) AS a, mod(-7.5, 2.25) AS b, mod(i, 2.5) AS c FROM nums WHERE id <> 3 ORDER BY id;

-- case: mod_numeric_special
SELECT mod('Infinity'::numeric, 1) AS a, mod(1, 'Infinity'::numeric) AS b, mod('NaN'::numeric, 0) AS c;

-- case: mod_by_zero
SELECT mod(7, 0);

-- case: mod_numeric_by_zero
SELECT mod(7.5, 0);

-- case: mod_column_by_zero
SELECT mod(i, s) FROM nums WHERE id = 3;

-- case: mod_double
SELECT mod(5, 2.5::float8);

-- case: mod_untyped
SELECT mod('7', '3');

-- case: div_numeric
SELECT div(7, 2) AS a, div(-7, 2) AS b, div(7.5, 2) AS c, div(-7.5, 2.25) AS d, div(1e30, 3) AS e, div(1.0, 0.3) AS f, div(12345678901234567890.5, 0.0000001) AS g;

-- case: div_columns
SELECT id, div(n, 2) AS n2, div(b, 3) AS b3, div(i, 2) AS i2 FROM nums ORDER BY id;

-- case: div_special
SELECT div('Infinity'::numeric, 1) AS a, div(1, 'Infinity'::numeric) AS b, div('NaN'::numeric, 1) AS c, div(0, 'Infinity'::numeric) AS d, div('-Infinity'::numeric, -2) AS e, div('Infinity'::numeric, 'Infinity') AS f, div('NaN'::numeric, 0) AS g;

-- case: div_by_zero
SELECT div(7, 0);

-- case: div_infinity_by_zero
SELECT div('Infinity'::numeric, 0);

-- case: div_double
SELECT div(5, 2.5::float8);

-- case: sqrt_numeric
SELECT sqrt(2.0) AS a, sqrt(100.0) AS b, sqrt(1e-20) AS c, sqrt(12345678901234567890) AS d, sqrt(0.0) AS e, sqrt(2.00000000000000000000) AS f, sqrt(0.0001) AS g, sqrt(123456.789) AS h;

-- case: sqrt_numeric_columns
SELECT id, sqrt(abs(n)) AS s FROM nums ORDER BY id;

-- case: sqrt_numeric_negative
SELECT sqrt(-1.0);

-- case: exp_numeric
SELECT exp(1.0) AS a, exp(0.0) AS b, exp(10.5) AS c, exp(-10.5) AS d, exp(100.0) AS e, exp(0.00001) AS f, exp(-0.5) AS g;

-- case: exp_numeric_tiny
SELECT exp(-745.2) AS a, exp(-1000.0) AS b;

-- case: exp_numeric_large
SELECT exp(700.0) AS a;

-- case: exp_numeric_overflow
SELECT exp(6000.0);

-- case: exp_numeric_columns
SELECT id, exp(n) AS e FROM nums ORDER BY id;

-- case: ln_log_numeric
SELECT ln(2.0) AS a, ln(10.0) AS b, ln(1.0) AS c, ln(1.5) AS d, ln(100000.0) AS e, ln(0.001) AS f, ln(1.05) AS g, ln(0.95) AS h, ln(1.1) AS i, ln(0.9) AS j;

-- case: log_numeric
SELECT log(100.0) AS a, log(2.0) AS b, log(0.5) AS c, log(2.0, 8.0) AS d, log(10, 1000) AS e, log(2, 1024) AS f, log10(2.5) AS g, log(0.5, 0.25) AS h, log(1e-10) AS i, log(123.456, 7.89) AS j;

-- case: ln_log_numeric_columns
SELECT id, ln(abs(n) + 1) AS l, log(abs(n) + 1) AS l10, log(2, abs(n) + 1) AS l2 FROM nums ORDER BY id;

-- case: numeric_special_values
SELECT exp('NaN'::numeric) AS a, ln('Infinity'::numeric) AS b, log('Infinity'::numeric, 2) AS c, log(2, 'Infinity'::numeric) AS d, log('Infinity'::numeric, 'Infinity'::numeric) AS e, exp('-Infinity'::numeric) AS f, sqrt('NaN'::numeric) AS g, sqrt('Infinity'::numeric) AS h;

-- case: ln_numeric_zero
SELECT ln(0.0);

-- case: log_numeric_negative
SELECT log(-2.0);

-- case: log_base_one
SELECT log(1, 10);

-- case: log_numeric_negative_infinity
SELECT ln('-Infinity'::numeric);

-- case: log_base_float
SELECT log(2.0::float8, 8);

-- case: numeric_math_params
-- params: ["2.25"]
SELECT sqrt($1::numeric) AS s, mod($1::numeric, 1) AS m, div($1::numeric, 0.5) AS d;

-- case: float8_output_exact_ties_to_even
SELECT 0.10 * ceil(9007199254740993::bigint) AS b, 0.10 * 9007199254740992::float8 AS c, 1e23::float8 AS d, 5e-324::float8 AS e, 0.3::float8 AS f, 123456789012345680::float8 AS g, '123e20'::float8 AS h;

-- case: bitwise_and_or_of_integers
SELECT 6 & 3 AS a, 6 | 3 AS o, 6::int2 & 3::int2 AS s, 5::int8 | 2 AS b, -1 & 255 AS m, NULL::int & 1 AS n, '6' & 3 AS u, 9223372036854775807 & -2 AS big;

-- case: bitwise_types
SELECT (6::int2 & 3::int2) + 32767::int2 AS overflows_as_int2;

-- case: bitwise_option_flags
SELECT x, x & 1 AS desc_flag, x & 2 AS nulls_first, x | 4 AS set FROM (VALUES (0::int2), (1::int2), (3::int2)) v(x) ORDER BY x;

-- case: bitwise_of_numeric
SELECT 1.5 & 1;
