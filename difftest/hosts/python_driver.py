"""Runs differential cases through the pgshim SQLite extension in Python's
own sqlite3 module (not the bundled SQLite the Rust tests link).

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
import re
import sqlite3
import sys


def main():
    extension, database = sys.argv[1], sys.argv[2]
    conn = sqlite3.connect(database, isolation_level=None)
    conn.enable_load_extension(True)
    conn.load_extension(extension)
    conn.enable_load_extension(False)
    zone = None
    for line in sys.stdin:
        req = json.loads(line)
        try:
            if req["zone"] != zone:
                set_zone = translate(conn, "SET TIME ZONE '%s'" % req["zone"].replace("'", "''"))
                conn.execute(set_zone).fetchall()
                zone = req["zone"]
            answer = run(conn, req["sql"], req["params"])
        except sqlite3.Error as e:
            answer = {"error": str(e)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def translate(conn, sql):
    return conn.execute("SELECT pgshim_translate_text(?)", (sql,)).fetchone()[0]


# What pgshim_translate gives for SET/RESET and for the statements pgshim
# runs itself (ALTER TABLE, TRUNCATE): a query that returns no row.
LEADING_COMMENTS = re.compile(r"^(\s+|--[^\n]*(\n|$)|/\*.*?\*/)*", re.S)
COMMANDS = ('WITH "_pgshim_set"', 'WITH "_pgshim_run"')


def run(conn, pg_sql, params):
    sql = translate(conn, pg_sql)
    if sql.startswith(COMMANDS):
        conn.execute(sql, params).fetchall()
        return {"changed": 0}
    if params:
        cur = conn.execute(sql, params)
    elif sql.strip() == "":
        return {"changed": 0}
    else:
        # DDL can be several SQLite statements; the rest are one.
        try:
            cur = conn.execute(sql)
        except sqlite3.ProgrammingError:
            conn.executescript(sql)
            return {"changed": 0}
    words = LEADING_COMMENTS.sub("", pg_sql, count=1).split(None, 1)
    verb = words[0].upper() if words else ""
    # SQLite 3.40 gives ALTER TABLE ADD COLUMN … CHECK a result column (its
    # own check query); PostgreSQL's DDL returns no rows.
    if cur.description is not None and verb not in ("ALTER", "CREATE", "DROP"):
        return {
            "columns": [d[0] for d in cur.description],
            "rows": [list(r) for r in cur.fetchall()],
        }
    # Rows changed, as PostgreSQL's command tag counts them: for INSERT,
    # UPDATE and DELETE (a translated ALTER SEQUENCE is an UPDATE too).
    cur.fetchall()
    changed = max(cur.rowcount, 0) if verb in ("INSERT", "UPDATE", "DELETE", "WITH") else 0
    return {"changed": changed}


if __name__ == "__main__":
    main()
