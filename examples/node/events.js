// The README's Node example (the same data and queries as
// cli/tests/cli/shell_load.sql, whose answers come from psql), with
// better-sqlite3 12:
//
//   node examples/node/events.js events.sqlite
'use strict';
const Database = require('better-sqlite3');
const pgshim = require('../../node');

const db = new Database(process.argv[2] || 'events.sqlite');
pgshim.load(db);

pgshim.execute(db, 'CREATE TABLE events (id serial PRIMARY KEY, title text NOT NULL, ' +
  'at timestamptz NOT NULL, took interval)');
pgshim.execute(db, 'INSERT INTO events (title, at, took) VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, NULL)', [
  'before the change', '2024-03-09 23:30:00-05', '3 hours',
  'across it', '2024-03-10 01:30:00-05', '1 day',
  'a, quoted "one"', '2024-11-03 01:30:00-04',
]);
pgshim.execute(db, "SET TIME ZONE 'America/New_York'");

const csv = (v) => (v === null ? '' : /[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
for (const query of [
  "SELECT id, title, at, at + took AS done, date_trunc('day', at) AS day FROM events ORDER BY id",
  "SELECT date_trunc('day', at)::date AS day, count(*) AS n, sum(took) AS total FROM events GROUP BY 1 ORDER BY 1",
  "SELECT g AS hour FROM generate_series(timestamptz '2024-03-10 00:00', '2024-03-10 04:00', interval '1 hour') AS g",
]) {
  const stmt = db.prepare(pgshim.translate(db, query)).raw();
  console.log(stmt.columns().map((c) => csv(c.name)).join(','));
  for (const row of stmt.all()) console.log(row.map(csv).join(','));
}
