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

-- case: ambiguous_column
SELECT id FROM books JOIN reviews ON reviews.book_id = books.id;

-- case: missing_table
SELECT * FROM nosuch;

-- case: missing_column
SELECT nope FROM books;
