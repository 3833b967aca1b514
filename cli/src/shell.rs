//! `pgshim shell --db FILE`: a psql-like interactive shell on a SQLite
//! file. Statements end with `;` and may span lines; results print as
//! psql's aligned (or, after `\x`, expanded) output; errors print and the
//! shell goes on. Meta-commands: `\d`, `\d NAME`, `\dt`, `\x`, `\timing`,
//! `\i FILE`, `\q`, `\?`. Line editing and history are rustyline's.

use std::io::{BufRead, IsTerminal, Write};
use std::time::Instant;

use pgshim::{Connection, Outcome, PgType, Rows, Value};
use rustyline::error::ReadlineError;

/// The shell's toggles.
#[derive(Default)]
struct Shell {
    expanded: bool,
    timing: bool,
}

/// Runs the shell on `db` until `\q` or end of input.
pub fn shell(db: &str) -> Result<(), String> {
    let mut conn = Connection::open(db).map_err(|e| format!("{db}: {e}"))?;
    let mut sh = Shell::default();
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        println!(
            "pgshim {} on {db} (PostgreSQL SQL on SQLite). Type \\? for help, \\q to quit.",
            env!("CARGO_PKG_VERSION")
        );
        let mut rl = rustyline::DefaultEditor::new().map_err(|e| e.to_string())?;
        let history =
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".pgshim_history"));
        if let Some(h) = &history {
            let _ = rl.load_history(h);
        }
        let mut buf = String::new();
        loop {
            let prompt = if buf.is_empty() {
                "pgshim=> "
            } else {
                "pgshim-> "
            };
            match rl.readline(prompt) {
                Ok(line) => {
                    let _ = rl.add_history_entry(line.as_str());
                    if !sh.line(&mut conn, &mut buf, &line) {
                        break;
                    }
                }
                // Ctrl-C drops the statement being typed, as psql does.
                Err(ReadlineError::Interrupted) => buf.clear(),
                Err(ReadlineError::Eof) => break,
                Err(e) => return Err(e.to_string()),
            }
        }
        if let Some(h) = &history {
            let _ = rl.save_history(h);
        }
    } else {
        // Input from a pipe or file: the same, without editing.
        let mut buf = String::new();
        for line in std::io::stdin().lock().lines() {
            let line = line.map_err(|e| e.to_string())?;
            if !sh.line(&mut conn, &mut buf, &line) {
                break;
            }
        }
        if !buf.trim().is_empty() {
            sh.run(&mut conn, &std::mem::take(&mut buf));
        }
    }
    let _ = std::io::stdout().flush();
    Ok(())
}

impl Shell {
    /// Takes one input line; false to quit.
    fn line(&mut self, conn: &mut Connection, buf: &mut String, line: &str) -> bool {
        let trimmed = line.trim();
        if buf.trim().is_empty() && trimmed.starts_with('\\') {
            buf.clear();
            return self.meta(conn, trimmed);
        }
        buf.push_str(line);
        buf.push('\n');
        if complete(buf) {
            let text = std::mem::take(buf);
            self.run(conn, &text);
        }
        true
    }

    /// Runs every statement of `text`, printing results and errors.
    fn run(&mut self, conn: &mut Connection, text: &str) {
        let statements = match pgshim::split_script(text) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("ERROR:  {e}");
                return;
            }
        };
        for s in statements {
            let started = Instant::now();
            let mut printed = String::new();
            let result = conn.run_script(&s.text, |_, outcome| match outcome {
                Outcome::Rows(rows) => printed.push_str(&if self.expanded {
                    pgshim::psql::expanded(rows)
                } else {
                    pgshim::psql::aligned(rows)
                }),
                Outcome::Done { changed } => {
                    printed.push_str(&command_tag(&s.text, *changed));
                    printed.push('\n');
                }
                _ => {}
            });
            print!("{printed}");
            match result {
                Ok(()) => {
                    if self.timing {
                        println!("Time: {:.3} ms", started.elapsed().as_secs_f64() * 1000.0);
                    }
                }
                Err(e) => eprintln!("ERROR:  {e}"),
            }
            let _ = std::io::stdout().flush();
        }
    }

    /// A backslash command; false to quit.
    fn meta(&mut self, conn: &mut Connection, cmd: &str) -> bool {
        let mut words = cmd.split_whitespace();
        let name = words.next().unwrap_or("");
        let arg = words.next();
        match (name, arg) {
            ("\\q", _) => return false,
            ("\\x", _) => {
                self.expanded = !self.expanded;
                println!("Expanded display is {}.", on(self.expanded));
            }
            ("\\timing", _) => {
                self.timing = !self.timing;
                println!("Timing is {}.", on(self.timing));
            }
            ("\\d", None) => print!("{}", relations(conn, false)),
            ("\\dt", None) => print!("{}", relations(conn, true)),
            ("\\d", Some(table)) => print!("{}", describe(conn, table)),
            ("\\i", Some(file)) => match std::fs::read_to_string(file) {
                Ok(text) => self.run(conn, &text),
                Err(e) => eprintln!("{file}: {e}"),
            },
            ("\\?", _) => print!("{HELP}"),
            _ => {
                eprintln!("invalid command {name}");
                eprintln!("Try \\? for help.");
            }
        }
        let _ = std::io::stdout().flush();
        true
    }
}

const HELP: &str = "\
  \\d              list tables, views and sequences
  \\d NAME         describe table or view NAME (PostgreSQL types)
  \\dt             list tables
  \\i FILE         run the statements in FILE
  \\timing         toggle the time each statement takes
  \\x              toggle expanded output
  \\q              quit
Statements end with ';' and may span lines; SET TIME ZONE and the other
settings are statements too.
";

fn on(b: bool) -> &'static str {
    if b { "on" } else { "off" }
}

/// Whether the buffer ends with a `;` outside quotes and comments.
fn complete(buf: &str) -> bool {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    match Tokenizer::new(&dialect, buf).tokenize() {
        Ok(tokens) => tokens
            .iter()
            .rev()
            .find(|t| !matches!(t, Token::Whitespace(_)))
            .is_some_and(|t| *t == Token::SemiColon),
        // An unterminated quote or comment: more is coming.
        Err(_) => false,
    }
}

/// psql's command tag for a statement that returned no rows.
fn command_tag(sql: &str, changed: usize) -> String {
    let words: Vec<String> = sql
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches(';').to_ascii_uppercase())
        .collect();
    let first = words.first().map(String::as_str).unwrap_or("");
    match first {
        "INSERT" => format!("INSERT 0 {changed}"),
        "UPDATE" | "DELETE" => format!("{first} {changed}"),
        "CREATE" | "DROP" | "ALTER" => {
            let second = words.get(1).map(String::as_str).unwrap_or("");
            match second {
                "UNIQUE" => format!("{first} INDEX"),
                "OR" => format!("{first} {}", words.get(2).map(String::as_str).unwrap_or("")),
                _ => format!("{first} {second}"),
            }
        }
        "START" | "BEGIN" => "BEGIN".into(),
        "END" => "COMMIT".into(),
        other => other.to_string(),
    }
}

/// A one-table listing with psql's centred title above it.
fn titled(title: &str, rows: &Rows) -> String {
    let table = pgshim::psql::aligned(rows);
    let width = table.lines().next().map_or(0, |l| l.chars().count());
    let pad = width.saturating_sub(title.chars().count()) / 2;
    format!("{}{title}\n{table}", " ".repeat(pad))
}

fn text_rows(names: &[&str], rows: Vec<Vec<String>>) -> Rows {
    Rows {
        columns: names
            .iter()
            .map(|n| pgshim::OutputColumn::new(*n, PgType::Text))
            .collect(),
        rows: rows
            .into_iter()
            .map(|r| r.into_iter().map(Value::Text).collect())
            .collect(),
    }
}

/// `\d` / `\dt`: the file's tables, views (and sequences), as psql lists
/// relations.
fn relations(conn: &Connection, tables_only: bool) -> String {
    let sqlite = conn.sqlite();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let listed = sqlite
        .prepare(
            "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') \
             AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_pgshim\\_%' ESCAPE '\\' \
             ORDER BY name",
        )
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .unwrap_or_default();
    for (name, ty) in listed {
        if tables_only && ty != "table" {
            continue;
        }
        rows.push(vec!["public".into(), name, ty, "pgshim".into()]);
    }
    if !tables_only {
        for s in conn.catalog().sequence_names() {
            rows.push(vec![
                "public".into(),
                s.to_string(),
                "sequence".into(),
                "pgshim".into(),
            ]);
        }
        rows.sort_by(|a, b| a[1].cmp(&b[1]));
    }
    if rows.is_empty() {
        return "Did not find any relations.\n".into();
    }
    titled(
        "List of relations",
        &text_rows(&["Schema", "Name", "Type", "Owner"], rows),
    )
}

/// `\d NAME`: a table's or view's columns with their PostgreSQL types.
fn describe(conn: &Connection, name: &str) -> String {
    let name = name.trim_matches('"');
    let Some(table) = conn.catalog().table(name) else {
        return format!("Did not find any relation named \"{name}\".\n");
    };
    let not_null: Vec<(String, bool)> = conn
        .sqlite()
        .prepare("SELECT name, \"notnull\" FROM pragma_table_info(?1)")
        .and_then(|mut s| {
            s.query_map([name], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .unwrap_or_default();
    let is_view = conn
        .sqlite()
        .query_row(
            "SELECT type = 'view' FROM sqlite_schema WHERE name = ?1",
            [name],
            |r| r.get::<_, bool>(0),
        )
        .unwrap_or(false);
    let rows = table
        .columns
        .iter()
        .map(|c| {
            let ty =
                c.ty.map_or_else(|| c.declared.clone(), |t| type_name(t, &c.declared));
            let nullable = if not_null.iter().any(|(n, nn)| n == &c.name && *nn) {
                "not null".to_string()
            } else {
                String::new()
            };
            let default = c
                .default_text()
                .or_else(|| c.default_sql.clone())
                .unwrap_or_default();
            vec![c.name.clone(), ty, String::new(), nullable, default]
        })
        .collect();
    let kind = if is_view { "View" } else { "Table" };
    let listing = titled(
        &format!("{kind} \"public.{name}\""),
        &text_rows(
            &["Column", "Type", "Collation", "Nullable", "Default"],
            rows,
        ),
    );
    // psql's \d has no row count; it lists the indexes after the columns.
    let mut out: String = listing
        .lines()
        .filter(|l| !(l.starts_with('(') && l.ends_with(" rows)") || l.ends_with(" row)")))
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    if !table.primary_key.is_empty() {
        out.push_str(&format!(
            "Indexes:\n    \"{name}_pkey\" PRIMARY KEY, btree ({})\n",
            table.primary_key.join(", ")
        ));
    }
    out.push('\n');
    out
}

/// PostgreSQL's name of a column type, with the declared modifier
/// (`character varying(20)`, `timestamp(6) without time zone`).
fn type_name(t: PgType, declared: &str) -> String {
    let name = t.sql_name();
    let modifier = declared
        .find('(')
        .and_then(|i| declared[i..].find(')').map(|j| &declared[i..i + j + 1]));
    match modifier {
        None => name.to_string(),
        Some(m) => match name.split_once(' ') {
            Some((first, rest)) if first == "timestamp" || first == "time" => {
                format!("{first}{m} {rest}")
            }
            _ => format!("{name}{m}"),
        },
    }
}
