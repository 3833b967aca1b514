CREATE TABLE q (id int PRIMARY KEY, s text, f double precision, b boolean);
INSERT INTO q VALUES (1, 'plain', 1.5, true), (2, 'comma, inside', NULL, false), (3, 'quote " inside', 1e20, NULL),
  (4, 'line
break', -0.0001, true), (5, '', 0, false), (6, NULL, 123456789.125, true), (7, '\.', 2, true), (8, ' spaced ', 3, false);
SELECT * FROM q ORDER BY id;
SELECT s AS "weird, ""name""", id FROM q WHERE id < 3 ORDER BY id;
SELECT count(*) FROM q WHERE s IS NULL;
SET TIME ZONE 'Europe/Dublin';
SHOW timezone;
SELECT 'a' AS x UNION ALL SELECT 'b' ORDER BY 1;
