"""Runs a workload through asyncpg (the binary protocol, its own type
codecs and introspection) and prints one JSON line per step. Text
parameters are turned into the Python values asyncpg encodes, by the
parameter types the server describes.

usage: asyncpg_client.py URL WORKLOAD.json
"""
import asyncio
import datetime
import decimal
import json
import sys

import asyncpg


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


async def value(conn, text, type_name):
    """The Python value asyncpg encodes for a text parameter; a text that
    Python cannot read is read by the server's input function of the
    type (`$1::text::timestamptz`), as PostgreSQL reads a text parameter."""
    try:
        return plain_value(text, type_name)
    except ValueError:
        return await conn.fetchval("SELECT $1::text::" + type_name, text)


def plain_value(text, type_name):
    if text is None:
        return None
    if type_name in ("int2", "int4", "int8"):
        return int(text)
    if type_name in ("float4", "float8"):
        return float(text)
    if type_name == "numeric":
        return decimal.Decimal(text)
    if type_name == "bool":
        return text in ("t", "true", "1")
    if type_name == "timestamptz":
        t = text.replace(" ", "T")
        if t[-3] in "+-" and t[-6] != ":":
            t += ":00"
        return datetime.datetime.fromisoformat(t)
    if type_name == "timestamp":
        return datetime.datetime.fromisoformat(text)
    if type_name == "date":
        return datetime.date.fromisoformat(text)
    return text


async def main():
    url, workload = sys.argv[1], sys.argv[2]
    steps = json.load(open(workload))
    conn = await asyncpg.connect(url)
    for step in steps:
        out = {"name": step["name"]}
        try:
            stmt = await asyncio.wait_for(conn.prepare(step["sql"]), 20)
            types = [t.name for t in stmt.get_parameters()]
            args = [await value(conn, p, t) for p, t in zip(step["params"], types)]
            out["params"] = types
            out["columns"] = [(a.name, a.type.name) for a in stmt.get_attributes()]
            rows = await asyncio.wait_for(stmt.fetch(*args), 20)
            out["rows"] = [[render(v) for v in r] for r in rows]
        except asyncpg.PostgresError as e:
            out["error"] = [e.sqlstate, e.args[0] if e.args else str(e)]
        except asyncio.TimeoutError:
            print(json.dumps(out, sort_keys=True) + " timed out", flush=True)
            raise
        print(json.dumps(out, sort_keys=True))
    await conn.close()


asyncio.run(main())
