-- String functions and matching operators (C collation: ASCII-only case mapping).
CREATE TABLE people (id int PRIMARY KEY, name text, email varchar(80), note text, score int, joined date);
INSERT INTO people VALUES
  (1, 'Ana María', 'ana@example.com', 'line one
line two', 10, '2024-01-15'),
  (2, 'bob SMITH', 'Bob.Smith@Example.COM', NULL, NULL, '2023-12-31'),
  (3, 'Ümit', 'umit@example.org', 'ÉCOLE école', 7, NULL),
  (4, '', 'x@y', '50% off_sale', -3, '2024-02-29'),
  (5, NULL, NULL, 'a,b,,c', 0, '2024-03-10');

-- case: ilike_ascii_folding
SELECT id FROM people WHERE email ILIKE '%@example.com' ORDER BY id;

-- case: ilike_non_ascii_not_folded
SELECT id, name ILIKE 'ümit' AS lower_u, name ILIKE 'ÜMIT' AS upper_u, note ILIKE '%école%' AS e FROM people ORDER BY id;

-- case: not_ilike_and_escape
SELECT id FROM people WHERE note NOT ILIKE '%\%%' ORDER BY id;

-- case: ilike_escape_clause
SELECT id, note ILIKE '50#%%' ESCAPE '#' AS pct FROM people ORDER BY id;

-- case: regex_match
SELECT id, email ~ '^[a-z]+@' AS lower_local, email ~* '^bob\.' AS bob, email !~ '\.com$' AS not_com, email !~* 'EXAMPLE' AS no_example FROM people ORDER BY id;

-- case: regex_dot_matches_newline
SELECT id, note ~ 'one.line' AS across, note ~ '^line two' AS anchored FROM people WHERE id = 1;

-- case: regex_classes
SELECT id, name ~ '^[[:upper:]]' AS starts_upper, email ~ '[0-9]' AS has_digit, coalesce(note, '') ~ '\d+%' AS pct FROM people ORDER BY id;

-- case: regex_backreference_refused
-- DIFFERENCE: the regex crate has no back-references; pgshim raises an error naming the construct instead of answering
SELECT 'abab' ~ '(ab)\1';

-- case: regex_invalid_pattern
-- DIFFERENCE: invalid patterns raise the regex crate's message, not PostgreSQL's
SELECT 'abc' ~ '(';

-- case: concat_skips_nulls
SELECT id, concat(name, '/', score, '/', joined, '/', score > 5) AS c, concat_ws(', ', name, email, note) AS ws FROM people ORDER BY id;

-- case: concat_ws_null_separator
SELECT concat_ws(NULL, 'a', 'b') IS NULL AS n, concat(NULL, NULL) = '' AS empty;

-- case: split_part
SELECT split_part(note, ',', 1) AS a, split_part(note, ',', 3) AS b, split_part(note, ',', -1) AS c, split_part(note, ',', 9) AS d, split_part('abc', '', 1) AS e, split_part('abc', '', 2) AS f FROM people WHERE id = 5;

-- case: split_part_zero
SELECT split_part('a,b', ',', 0);

-- case: left_right
SELECT id, left(name, 3) AS l3, left(name, -2) AS lm2, right(name, 3) AS r3, right(name, -2) AS rm2 FROM people ORDER BY id;

-- case: lpad_rpad
SELECT id, lpad(name, 6) AS lp, lpad(name, 6, '*-') AS lps, rpad(name, 6, '.') AS rp, lpad(name, 2) AS cut, rpad('x', 3, '') AS nofill, lpad('x', -1) AS neg FROM people ORDER BY id;

-- case: initcap
SELECT id, initcap(name) AS n, initcap(email) AS e, initcap(note) AS t FROM people ORDER BY id;

-- case: strpos_position
SELECT id, strpos(email, '@') AS at, position('.' IN email) AS dot, strpos(name, 'í') AS accent, strpos(name, '') AS empty FROM people ORDER BY id;

-- case: greatest_least
SELECT id, greatest(score, 5) AS g, least(score, 5) AS l, greatest(name, email) AS gt, least(joined, '2024-01-01') AS ld, greatest(NULL::int, NULL::int) AS gn FROM people ORDER BY id;

-- case: greatest_least_mixed_numbers
SELECT greatest(1, 2.5::float8, 2) AS g, least(3, 2, NULL, 7) AS l, greatest('b', 'a', 'c') AS t;

-- case: greatest_interval_unsupported
-- expect: unsupported
SELECT greatest(interval '1 day', interval '2 hours');

-- case: string_functions_with_params
-- params: ["ana%", "3"]
SELECT id, left(email, $2::int) AS l FROM people WHERE email ILIKE $1 ORDER BY id;
