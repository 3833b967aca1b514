"""Runs differential cases through the pgshim SQLite extension in Python's
own sqlite3 module (not the bundled SQLite the Rust tests link), with the
repository's Python package (python/pgshim), as an app would.

Usage: python3 python_driver.py EXTENSION DATABASE

Reads one JSON request per line on standard input:
  {"zone": "UTC", "sql": "<PostgreSQL>", "params": ["1", null]}
and writes one JSON answer per line:
  {"columns": [...], "rows": [[text or null, ...]]}  a result set
  {"changed": n}                                     a statement without rows
  {"error": "message"}
Every statement is translated by pgshim_translate_text, so each value is
PostgreSQL's text output.
"""
import json
import os
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python"))
import pgshim  # noqa: E402

LEADING_COMMENTS = re.compile(r"^(\s+|--[^\n]*(\n|$)|/\*.*?\*/)*", re.S)


def main():
    extension, database = sys.argv[1], sys.argv[2]
    os.environ["PGSHIM_LOADABLE_PATH"] = extension
    conn = sqlite3.connect(database, isolation_level=None)
    pgshim.load(conn)
    zone = None
    for line in sys.stdin:
        req = json.loads(line)
        try:
            if req["zone"] != zone:
                pgshim.execute(conn, "SET TIME ZONE '%s'" % req["zone"].replace("'", "''"))
                zone = req["zone"]
            answer = run(conn, req["sql"], req["params"])
        except sqlite3.Error as e:
            answer = {"error": str(e)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def run(conn, pg_sql, params):
    words = LEADING_COMMENTS.sub("", pg_sql, count=1).split(None, 1)
    verb = words[0].upper() if words else ""
    cur = pgshim.execute(conn, pg_sql, params)
    # SQLite 3.40 gives ALTER TABLE ADD COLUMN … CHECK a result column (its
    # own check query), and SET is a query that returns no row; PostgreSQL's
    # DDL and SET return no rows.
    if cur.description is not None and verb not in ("ALTER", "CREATE", "DROP", "SET", "RESET", "TRUNCATE"):
        return {
            "columns": [d[0] for d in cur.description],
            "rows": [list(r) for r in cur.fetchall()],
        }
    cur.fetchall()
    # Rows changed, as PostgreSQL's command tag counts them: for INSERT,
    # UPDATE and DELETE (a translated ALTER SEQUENCE is an UPDATE too).
    changed = max(cur.rowcount, 0) if verb in ("INSERT", "UPDATE", "DELETE", "WITH") else 0
    return {"changed": changed}


if __name__ == "__main__":
    main()
