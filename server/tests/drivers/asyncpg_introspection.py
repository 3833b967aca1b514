"""asyncpg's type introspection: the first use of a type asyncpg has no
built-in codec for runs its introspection query (a recursive CTE over
pg_type, pg_range and pg_attribute, with jit turned off around it through
set_config and a binary oid[] parameter), and results of catalog types
come back in binary (int2vector, oidvector, name[], arrays). Also a json
codec set with set_type_codec. Prints one JSON line per step.

usage: asyncpg_introspection.py URL
"""
import asyncio
import json
import sys

import asyncpg


async def main(url):
    c = await asyncpg.connect(url)

    async def step(name, coro):
        try:
            value = repr(await coro)
        except Exception as e:  # what the app would see
            value = ["error", type(e).__name__, str(e).splitlines()[0]]
        print(json.dumps([name, value]))

    await step("json codec", c.set_type_codec(
        "json", encoder=json.dumps, decoder=json.loads, schema="pg_catalog"))
    await step("json value", c.fetchval("SELECT json_build_object('a', 1, 'b', 'x', 'c', NULL)"))
    await step("int2vector", c.fetchval(
        "SELECT indkey FROM pg_index WHERE indexrelid = 'tickets_agent_id_created_at_idx'::regclass"))
    await step("oidvector", c.fetchval(
        "SELECT indclass FROM pg_index WHERE indexrelid = 'tickets_agent_id_created_at_idx'::regclass"))
    await step("proargtypes", c.fetch(
        "SELECT proargtypes FROM pg_proc WHERE proname = 'date_trunc' ORDER BY oid"))
    await step("regclass", c.fetchval("SELECT 'tickets'::regclass"))
    await step("regtype", c.fetchval("SELECT 'int4'::regtype"))
    await step("name[]", c.fetchval("SELECT current_schemas(true)"))
    await step("\"char\"", c.fetchval("SELECT relkind FROM pg_class WHERE relname = 'tickets'"))
    await step("aclitem[]", c.fetchval("SELECT datacl FROM pg_database WHERE datname = current_database()"))
    await step("text[] parameter", c.fetchval("SELECT $1::text[]", ["a", None, "b,c", ""]))
    await step("int[] parameter", c.fetchval("SELECT $1::int[]", [1, 2, None]))
    await step("empty array parameter", c.fetchval("SELECT $1::bigint[]", []))
    await step("array_agg", c.fetchval("SELECT array_agg(id ORDER BY id) FROM agents"))
    await step("array with bounds", c.fetchval("SELECT '[0:1]={5,6}'::int[]"))
    await step("numeric[]", c.fetchval("SELECT ARRAY[1.50, NULL, -2]::numeric[]"))
    await step("any of a parameter", c.fetchval(
        "SELECT count(*) FROM tickets WHERE agent_id = ANY($1::bigint[])", [1, 2]))
    await step("jit after introspection", c.fetchval("SHOW jit"))
    await c.close()


asyncio.run(main(sys.argv[1]))
