# The README's Ruby example (the same data and queries as
# cli/tests/cli/shell_load.sql, whose answers come from psql), with Debian's
# ruby-sqlite3:
#
#   ruby -I ruby/lib examples/ruby/events.rb events.sqlite
require "csv"
require "sqlite3"
require "pgshim"

db = SQLite3::Database.new(ARGV[0] || "events.sqlite")
Pgshim.load(db)

Pgshim.execute(db, "CREATE TABLE events (id serial PRIMARY KEY, title text NOT NULL, " \
                   "at timestamptz NOT NULL, took interval)")
Pgshim.execute(db, "INSERT INTO events (title, at, took) VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, NULL)",
               ["before the change", "2024-03-09 23:30:00-05", "3 hours",
                "across it", "2024-03-10 01:30:00-05", "1 day",
                'a, quoted "one"', "2024-11-03 01:30:00-04"])
Pgshim.execute(db, "SET TIME ZONE 'America/New_York'")

[
  "SELECT id, title, at, at + took AS done, date_trunc('day', at) AS day FROM events ORDER BY id",
  "SELECT date_trunc('day', at)::date AS day, count(*) AS n, sum(took) AS total FROM events GROUP BY 1 ORDER BY 1",
  "SELECT g AS hour FROM generate_series(timestamptz '2024-03-10 00:00', '2024-03-10 04:00', interval '1 hour') AS g",
].each do |query|
  stmt = db.prepare(Pgshim.translate(db, query))
  puts CSV.generate_line(stmt.columns)
  stmt.execute.each { |row| puts CSV.generate_line(row) }
  stmt.close
end
