//! The `pgshim` command: translate PostgreSQL SQL for SQLite, or run it on
//! a SQLite file with PostgreSQL's answers.

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pgshim::{Catalog, Connection, Options, Outcome, Translator};

#[derive(Parser)]
#[command(
    name = "pgshim",
    version,
    about = "Run PostgreSQL SQL on SQLite with PostgreSQL's answers"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the SQLite SQL for each PostgreSQL statement.
    Translate {
        /// Read statements from FILE instead of standard input.
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: Option<String>,
        /// PostgreSQL DDL that defines the tables the statements use.
        #[arg(long, value_name = "DDL.sql")]
        schema: Option<String>,
        /// The session time zone to translate for.
        #[arg(long = "time-zone", value_name = "ZONE", default_value = "UTC")]
        time_zone: String,
    },
    /// Run PostgreSQL statements on a SQLite database file.
    Exec {
        /// The SQLite database file (created if absent).
        #[arg(long, value_name = "PATH")]
        db: String,
        /// Read statements from FILE instead of standard input.
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: Option<String>,
        /// Print results as `psql --csv` does.
        #[arg(long)]
        csv: bool,
    },
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    match file {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}")),
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("standard input: {e}"))?;
            Ok(s)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Translate {
            file,
            schema,
            time_zone,
        } => translate(file.as_deref(), schema.as_deref(), &time_zone),
        Command::Exec { db, file, csv } => exec(&db, file.as_deref(), csv),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("ERROR:  {msg}");
            ExitCode::FAILURE
        }
    }
}

fn translate(file: Option<&str>, schema: Option<&str>, zone: &str) -> Result<(), String> {
    let mut options = Options::default();
    options.time_zone = pgshim::canonical_time_zone(zone).map_err(|e| e.to_string())?;
    let mut tr = Translator::with_options(Catalog::new(), options);
    if let Some(path) = schema {
        let ddl = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        tr.translate_script(&ddl)
            .map_err(|e| format!("{path}: {e}"))?;
    }
    let input = read_input(file)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    let translations = tr.translate_script(&input).map_err(|e| e.to_string())?;
    for t in translations {
        writeln!(out, "{};", t.sql).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn exec(db: &str, file: Option<&str>, csv: bool) -> Result<(), String> {
    let input = read_input(file)?;
    let mut conn = Connection::open(db).map_err(|e| e.to_string())?;
    let out = std::io::stdout();
    let mut out = out.lock();
    let mut write_err = None;
    let result = conn.run_script(&input, |_, outcome| {
        if let Outcome::Rows(rows) = outcome {
            let text = if csv {
                pgshim::psql::csv(rows)
            } else {
                pgshim::psql::aligned(rows)
            };
            if let Err(e) = out.write_all(text.as_bytes()) {
                write_err.get_or_insert(e.to_string());
            }
        }
    });
    out.flush().map_err(|e| e.to_string())?;
    if let Some(e) = write_err {
        return Err(e);
    }
    result.map_err(|e| e.to_string())
}
