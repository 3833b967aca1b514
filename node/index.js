// pgshim for Node's better-sqlite3: PostgreSQL SQL on a SQLite file, with
// PostgreSQL's answers.
//
//   const Database = require('better-sqlite3');
//   const pgshim = require('./node');
//   const db = new Database('app.sqlite');
//   pgshim.load(db);
//   pgshim.execute(db, "SET TIME ZONE 'America/New_York'");
//   pgshim.execute(db, "SELECT date_trunc('day', now())");
'use strict';
const fs = require('fs');
const path = require('path');

const NAME = { darwin: 'libpgshim.dylib', win32: 'pgshim.dll' }[process.platform] || 'libpgshim.so';

// What pgshim_translate gives for SET/RESET and for the statements pgshim
// runs itself (TRUNCATE, ALTER TABLE that rebuilds a table): a query that
// returns no row.
const COMMANDS = ['WITH "_pgshim_set"', 'WITH "_pgshim_run"'];

/** The loadable extension: PGSHIM_LOADABLE_PATH if set, else the library
 * beside this file, else the repository's release build. */
function loadablePath() {
  const candidates = [
    process.env.PGSHIM_LOADABLE_PATH,
    path.join(__dirname, NAME),
    path.join(__dirname, '..', 'target', 'release', NAME),
  ].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`pgshim: no loadable extension (looked at ${candidates.join(', ')})`);
  return found;
}

/** Loads pgshim into a better-sqlite3 Database. */
function load(db) {
  db.loadExtension(loadablePath());
  return db;
}

/** The SQLite SQL of one PostgreSQL statement (text: every result column
 * as PostgreSQL's text output). */
function translate(db, sql, { text = true } = {}) {
  const fn = text ? 'pgshim_translate_text' : 'pgshim_translate';
  return db.prepare(`SELECT ${fn}(?)`).pluck().get(sql);
}

/** better-sqlite3 binds `?` and named parameters, not SQLite's `?NNN`
 * (which a translation uses, repeating one where PostgreSQL repeats `$n`):
 * `?NNN` outside quotes becomes `:pNNN`. */
function namedParams(sql) {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) { j += 2; continue; }
          break;
        }
        j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === '?' && /[0-9]/.test(sql[i + 1] || '')) {
      let j = i + 1;
      while (/[0-9]/.test(sql[j] || '')) j++;
      out += ':p' + sql.slice(i + 1, j);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Translates one PostgreSQL statement and runs it: the rows (objects), or
 * the run's info for a statement without rows. $1, $2, … are bound from
 * params in order. A constraint violation is thrown with PostgreSQL's
 * message (pgshim_error). */
function execute(db, sql, params = [], { text = true } = {}) {
  const translated = namedParams(translate(db, sql, { text }));
  try {
    return run(db, translated, params);
  } catch (e) {
    // A constraint violation, with PostgreSQL's message (pgshim_error).
    if (typeof e.code === 'string' && e.code.startsWith('SQLITE_')) {
      const message = db.prepare('SELECT pgshim_error(?, ?)').pluck().get(String(e.message), sql);
      if (message && message !== e.message) e.message = message;
    }
    throw e;
  }
}

function run(db, translated, params) {
  const bind = params.length ? [Object.fromEntries(params.map((v, i) => ['p' + (i + 1), v]))] : [];
  let stmt;
  try {
    stmt = db.prepare(translated);
  } catch (e) {
    // DDL can be several SQLite statements (a table and its sequence).
    if (/more than one statement/.test(String(e.message)) && params.length === 0) {
      db.exec(translated);
      return { changes: 0 };
    }
    throw e;
  }
  if (COMMANDS.some((c) => translated.startsWith(c))) {
    stmt.all(...bind);
    return { changes: 0 };
  }
  return stmt.reader ? stmt.all(...bind) : stmt.run(...bind);
}

module.exports = { loadablePath, load, translate, execute, namedParams };
