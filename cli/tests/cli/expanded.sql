SELECT 1 AS a, 'hello' AS bb;
SELECT 1 AS a_very_long_column_name, 'x' AS b;
SELECT 1 AS a WHERE false;
SELECT 'multi
line' AS m, 2 AS n UNION ALL SELECT 'z', 3;
SELECT 'aaaaaaaaaaaaaaaaaaaa' AS abcde, NULL::text AS empty, 2.50 AS price;
SELECT 'aaaaaa' AS abcdefghijkl;
