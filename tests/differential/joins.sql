-- Joins: inner, left, right, full, cross, USING, NATURAL, self joins.
CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer REFERENCES authors(id), title text NOT NULL, pages integer);
CREATE TABLE reviews (book_id integer, id integer, stars integer);
INSERT INTO authors VALUES (1, 'Ursula'), (2, 'Terry'), (3, 'Nobody');
INSERT INTO books VALUES (10, 1, 'Earthsea', 200), (11, 1, 'Dispossessed', 350), (12, 2, 'Mort', 250), (13, NULL, 'Anonymous', NULL);
INSERT INTO reviews VALUES (10, 1, 5), (10, 2, 4), (12, 3, 3), (99, 4, 1);

-- case: inner_join
SELECT a.name, b.title FROM authors a JOIN books b ON b.author_id = a.id ORDER BY b.title;

-- case: left_join
SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id ORDER BY a.name, b.title;

-- case: right_join
SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id ORDER BY b.title;

-- case: full_join
SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id ORDER BY a.name, b.title;

-- case: cross_join_count
SELECT count(*) FROM authors CROSS JOIN books;

-- case: comma_join
SELECT a.name, b.title FROM authors a, books b WHERE a.id = b.author_id AND b.pages > 220 ORDER BY 2;

-- case: join_using_star
SELECT * FROM books JOIN reviews ON reviews.book_id = books.id ORDER BY reviews.id;

-- case: using_merged_column
SELECT id, title, stars FROM books JOIN (SELECT book_id AS id, stars FROM reviews) r USING (id) ORDER BY id, stars;

-- case: using_star
SELECT * FROM books JOIN (SELECT book_id AS id, stars FROM reviews) r USING (id) ORDER BY id, stars;

-- case: natural_join
SELECT * FROM reviews NATURAL JOIN (SELECT 2 AS id, 4 AS stars) x;

-- case: three_way_join
SELECT a.name, b.title, r.stars FROM authors a JOIN books b ON b.author_id = a.id LEFT JOIN reviews r ON r.book_id = b.id ORDER BY a.name, b.title, r.stars;

-- case: self_join
SELECT x.title, y.title AS other FROM books x JOIN books y ON x.author_id = y.author_id AND x.id < y.id ORDER BY 1;

-- case: join_with_aggregate
SELECT a.name, count(b.id) AS books, sum(b.pages) AS pages FROM authors a LEFT JOIN books b ON b.author_id = a.id GROUP BY a.name ORDER BY a.name;

-- count(col) of a NOT NULL column counts the rows where the column's
-- table is not on the nullable side of an outer join (pgshim writes those
-- as count(*)), and only the matched rows where it is.
-- case: count_not_null_inner
SELECT a.name, count(b.id) AS ids, count(b.title) AS titles, count(b.pages) AS pages FROM authors a JOIN books b ON b.author_id = a.id GROUP BY a.name ORDER BY 1;

-- case: count_not_null_left
SELECT a.name, count(b.id) AS ids, count(b.title) AS titles, count(a.name) AS names FROM authors a LEFT JOIN books b ON b.author_id = a.id GROUP BY a.name ORDER BY 1;

-- case: count_not_null_right
SELECT count(a.id) AS authors, count(a.name) AS names, count(b.id) AS books, count(*) AS all_rows FROM authors a RIGHT JOIN books b ON b.author_id = a.id;

-- case: count_not_null_full
SELECT count(a.id) AS authors, count(b.id) AS books, count(*) AS all_rows FROM authors a FULL JOIN books b ON b.author_id = a.id;

-- case: count_left_then_inner
SELECT count(b.id) AS books, count(a2.id) AS authors, count(*) AS all_rows FROM authors a LEFT JOIN books b ON b.author_id = a.id JOIN authors a2 ON a2.id = a.id;

-- case: count_right_of_comma_list
SELECT count(a.id) AS authors, count(x.id) AS x, count(b.id) AS books FROM authors x, authors a RIGHT JOIN books b ON b.author_id = a.id;

-- case: full_join_after_comma
SELECT x.name, a.name AS author, b.title FROM authors x, authors a FULL JOIN books b ON b.author_id = a.id WHERE x.id = 2 ORDER BY 2, 3;

-- case: left_join_after_comma
SELECT x.name, b.title FROM authors x, authors a LEFT JOIN books b ON b.author_id = a.id WHERE a.id = x.id ORDER BY 1, 2;

-- case: join_after_comma_sees_earlier_item
SELECT count(*) FROM authors x, authors a JOIN books b ON b.author_id = x.id;

-- case: join_after_comma_sees_earlier_column
SELECT count(*) FROM (SELECT 1 AS only_here) x, authors a JOIN books b ON b.author_id = only_here;

-- case: count_merged_full_using
SELECT count(id) AS merged, count(authors.id) AS authors, count(x.id) AS x FROM authors FULL JOIN (SELECT 3 AS id UNION ALL SELECT 4) x USING (id);

-- case: count_not_null_filter_window
SELECT b.title, count(b.id) FILTER (WHERE b.pages > 220) OVER () AS long_books, count(a.id) OVER (PARTITION BY b.author_id) AS by_author FROM books b LEFT JOIN authors a ON a.id = b.author_id ORDER BY 1;

-- case: count_outer_column_in_subquery
SELECT a.name, (SELECT count(b.id) FROM books b WHERE b.author_id = a.id) AS books FROM authors a ORDER BY 1;

-- case: count_after_drop_not_null
ALTER TABLE books ALTER COLUMN title DROP NOT NULL;

-- case: count_after_drop_not_null_insert
INSERT INTO books VALUES (14, 2, NULL, 90);

-- case: count_after_drop_not_null_counts
SELECT count(title) AS titles, count(*) AS all_rows FROM books;

-- case: ambiguous_column
SELECT id FROM books JOIN reviews ON reviews.book_id = books.id;

-- case: missing_table
SELECT * FROM nosuch;

-- case: missing_column
SELECT nope FROM books;
