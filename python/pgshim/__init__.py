"""pgshim for Python's sqlite3: PostgreSQL SQL on a SQLite file, with
PostgreSQL's answers.

    import sqlite3, pgshim
    conn = sqlite3.connect("app.sqlite", isolation_level=None)
    pgshim.load(conn)
    pgshim.execute(conn, "SET TIME ZONE 'America/New_York'")
    rows = pgshim.execute(conn, "SELECT date_trunc('day', now())").fetchall()

The sqlite3 module must be able to load extensions: Debian's and most
distributions' /usr/bin/python3 can; Python builds without
--enable-loadable-sqlite-extensions (pyenv's default) cannot, and
conn.enable_load_extension is then missing.
"""
import os
import sqlite3
import sys
from pathlib import Path

__all__ = ["loadable_path", "load", "translate", "execute"]

_NAME = {"darwin": "libpgshim.dylib", "win32": "pgshim.dll"}.get(sys.platform, "libpgshim.so")

# What pgshim_translate gives for SET/RESET and for the statements pgshim
# runs itself (TRUNCATE, ALTER TABLE that rebuilds a table): a query that
# returns no row.
_COMMANDS = ('WITH "_pgshim_set"', 'WITH "_pgshim_run"')


def loadable_path():
    """The path of the loadable extension, without its file suffix (as
    sqlite3's load_extension takes it): PGSHIM_LOADABLE_PATH if set, else
    the library installed with this package."""
    given = os.environ.get("PGSHIM_LOADABLE_PATH")
    path = Path(given) if given else Path(__file__).resolve().parent / _NAME
    if not path.exists():
        raise FileNotFoundError(f"pgshim: no loadable extension at {path}")
    return str(path.with_suffix(""))


def load(conn):
    """Loads pgshim into a sqlite3 connection: the pg_* runtime, a
    PostgreSQL session (TimeZone UTC, DateStyle ISO) and the functions
    pgshim_translate(sql) and pgshim_translate_text(sql)."""
    if not hasattr(conn, "enable_load_extension"):
        raise RuntimeError(
            "this Python's sqlite3 cannot load extensions; use one built with "
            "--enable-loadable-sqlite-extensions, such as Debian's /usr/bin/python3"
        )
    conn.enable_load_extension(True)
    try:
        conn.load_extension(loadable_path())
    finally:
        conn.enable_load_extension(False)


def translate(conn, sql, text=True):
    """The SQLite SQL of one PostgreSQL statement, for this connection's
    schema and session; with text=True every result column is PostgreSQL's
    text output, as psql shows it."""
    fn = "pgshim_translate_text" if text else "pgshim_translate"
    return conn.execute(f"SELECT {fn}(?)", (sql,)).fetchone()[0]


def execute(conn, sql, params=(), text=True):
    """Translates one PostgreSQL statement and runs it; returns the cursor
    of its (last) SQLite statement. Parameters are $1, $2, … in the
    statement and are bound in order. A constraint violation is raised with
    PostgreSQL's message (pgshim_error), as the same sqlite3 error class."""
    translated = translate(conn, sql, text)
    try:
        return _run(conn, translated, params)
    except sqlite3.DatabaseError as e:
        message = conn.execute("SELECT pgshim_error(?, ?)", (str(e), sql)).fetchone()[0]
        if message == str(e):
            raise
        raise type(e)(message) from e


def _run(conn, translated, params):
    if translated.startswith(_COMMANDS):
        cur = conn.execute(translated, params)
        cur.fetchall()
        return cur
    parts = _split(translated)
    if len(parts) <= 1:
        return conn.execute(translated, params)
    # DDL can be several SQLite statements (a table and its sequence); run
    # them one by one, so that an open transaction stays open.
    cur = None
    for part in parts:
        cur = conn.execute(part)
    return cur


def _split(sql):
    """SQLite statements of a translation, split where sqlite3 says one is
    complete (a ';' inside a literal does not end one)."""
    out, buf = [], ""
    for piece in sql.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" ;\n\t"):
                out.append(buf)
            buf = ""
    if buf.strip(" ;\n\t"):
        out.append(buf)
    return out
