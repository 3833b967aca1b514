"""The README's Python example: PostgreSQL SQL on a SQLite file through
pgshim's extension, with PostgreSQL's answers (the same data and queries
as cli/tests/cli/shell_load.sql, whose answers come from psql).

    pip install ./python
    /usr/bin/python3 examples/python/events.py events.sqlite
"""
import csv
import sqlite3
import sys

import pgshim

conn = sqlite3.connect(sys.argv[1] if len(sys.argv) > 1 else "events.sqlite", isolation_level=None)
pgshim.load(conn)

pgshim.execute(conn, "CREATE TABLE events (id serial PRIMARY KEY, title text NOT NULL, "
                     "at timestamptz NOT NULL, took interval)")
pgshim.execute(conn, "INSERT INTO events (title, at, took) VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, NULL)",
               ("before the change", "2024-03-09 23:30:00-05", "3 hours",
                "across it", "2024-03-10 01:30:00-05", "1 day",
                'a, quoted "one"', "2024-11-03 01:30:00-04"))
pgshim.execute(conn, "SET TIME ZONE 'America/New_York'")

out = csv.writer(sys.stdout, lineterminator="\n")
for query in [
    "SELECT id, title, at, at + took AS done, date_trunc('day', at) AS day FROM events ORDER BY id",
    "SELECT date_trunc('day', at)::date AS day, count(*) AS n, sum(took) AS total FROM events GROUP BY 1 ORDER BY 1",
    "SELECT g AS hour FROM generate_series(timestamptz '2024-03-10 00:00', '2024-03-10 04:00', interval '1 hour') AS g",
]:
    cur = pgshim.execute(conn, query)
    out.writerow([d[0] for d in cur.description])
    out.writerows(["" if v is None else v for v in row] for row in cur.fetchall())
