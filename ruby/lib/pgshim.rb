# pgshim for Ruby's sqlite3 gem: PostgreSQL SQL on a SQLite file, with
# PostgreSQL's answers.
#
#   require "sqlite3"
#   require "pgshim"
#   db = SQLite3::Database.new("app.sqlite")
#   Pgshim.load(db)
#   Pgshim.execute(db, "SET TIME ZONE 'America/New_York'")
#   Pgshim.execute(db, "SELECT date_trunc('day', now())")
#
# In Rails 8's database.yml, `extensions: [Pgshim]` loads it: Pgshim
# responds to to_path with the library's path.
module Pgshim
  NAME = case RbConfig::CONFIG["host_os"]
         when /darwin/ then "libpgshim.dylib"
         when /mswin|mingw/ then "pgshim.dll"
         else "libpgshim.so"
         end

  # What pgshim_translate gives for SET/RESET and for the statements pgshim
  # runs itself (TRUNCATE, ALTER TABLE that rebuilds a table): a query that
  # returns no row.
  COMMANDS = ['WITH "_pgshim_set"', 'WITH "_pgshim_run"'].freeze

  # The loadable extension: PGSHIM_LOADABLE_PATH if set, else the library
  # beside this file, else the repository's release build
  # (cargo build --release --manifest-path sqlite-ext/Cargo.toml).
  def self.loadable_path
    candidates = [ENV["PGSHIM_LOADABLE_PATH"],
                  File.join(__dir__, NAME),
                  File.expand_path(File.join("..", "..", "target", "release", NAME), __dir__)]
    path = candidates.compact.find { |p| File.exist?(p) }
    raise LoadError, "pgshim: no loadable extension (looked at #{candidates.compact.join(', ')})" unless path
    path
  end

  # The library's path, for loaders that take objects with to_path.
  def self.to_path
    loadable_path
  end

  # Loads pgshim into a SQLite3::Database: the pg_* runtime, a PostgreSQL
  # session and pgshim_translate / pgshim_translate_text.
  def self.load(db)
    db.enable_load_extension(true)
    begin
      db.load_extension(loadable_path)
    ensure
      db.enable_load_extension(false)
    end
    db
  end

  # The SQLite SQL of one PostgreSQL statement (text: every result column
  # as PostgreSQL's text output).
  def self.translate(db, sql, text: true)
    fn = text ? "pgshim_translate_text" : "pgshim_translate"
    db.get_first_value("SELECT #{fn}(?)", [sql])
  end

  # Translates one PostgreSQL statement and runs it: the rows (arrays), or
  # [] for a statement without rows. $1, $2, … are bound from params.
  #
  # A constraint violation is raised with PostgreSQL's message
  # (pgshim_error), as the same SQLite3 exception class.
  def self.execute(db, sql, params = [], text: true)
    translated = translate(db, sql, text: text)
    run(db, translated, params)
  rescue SQLite3::Exception => e
    message = db.get_first_value("SELECT pgshim_error(?, ?)", [e.message, sql])
    raise if message.nil? || message == e.message

    raise e.class, message
  end

  def self.run(db, translated, params)
    if translated.start_with?(*COMMANDS)
      db.execute(translated, params)
      return []
    end
    stmt = db.prepare(translated)
    begin
      unless stmt.remainder.strip.empty?
        # DDL can be several SQLite statements (a table and its sequence).
        stmt.close
        db.execute_batch(translated)
        return []
      end
      stmt.execute(*params).to_a
    ensure
      stmt.close unless stmt.closed?
    end
  end
  private_class_method :run
end
