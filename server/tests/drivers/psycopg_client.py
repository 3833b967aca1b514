"""Runs a workload (JSON: a list of steps) through psycopg 3 and prints
one JSON line per step: its columns and rows (values as psycopg decodes
them, rendered by type), or its error's SQLSTATE and message, with the
connection's transaction status and TimeZone parameter after it.

usage: psycopg_client.py URL WORKLOAD.json extended|simple
  extended: server-side binding (Parse/Bind/Execute, text parameters)
  simple:   ClientCursor, client-side binding (the simple protocol)
"""
import datetime
import decimal
import json
import re
import sys

import psycopg


def render(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return "bool:" + str(v)
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return type(v).__name__ + ":" + v.isoformat()
    if isinstance(v, datetime.timedelta):
        return "timedelta:" + repr(v)
    if isinstance(v, decimal.Decimal):
        return "Decimal:" + str(v)
    return type(v).__name__ + ":" + str(v)


def pyformat(sql):
    """$n placeholders as psycopg's %(pn)s, other % doubled."""
    sql = sql.replace("%", "%%")
    return re.sub(r"\$(\d+)", lambda m: "%(p" + m.group(1) + ")s", sql)


def main():
    url, workload, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    steps = json.load(open(workload))
    cursor_factory = psycopg.ClientCursor if mode == "simple" else psycopg.Cursor
    with psycopg.connect(url, autocommit=True, cursor_factory=cursor_factory) as conn:
        for step in steps:
            out = {"name": step["name"]}
            params = {"p%d" % (i + 1): p for i, p in enumerate(step["params"])}
            try:
                with conn.cursor() as cur:
                    if params:
                        cur.execute(pyformat(step["sql"]), params)
                    else:
                        cur.execute(step["sql"])
                    if cur.description is not None:
                        out["columns"] = [(d.name, d.type_code) for d in cur.description]
                        out["rows"] = [[render(v) for v in row] for row in cur.fetchall()]
                    else:
                        out["rowcount"] = cur.rowcount
            except psycopg.Error as e:
                out["error"] = [e.sqlstate, e.diag.message_primary]
            out["status"] = conn.info.transaction_status.name
            out["TimeZone"] = conn.info.parameter_status("TimeZone")
            print(json.dumps(out, sort_keys=True))


main()
