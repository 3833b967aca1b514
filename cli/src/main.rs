//! The `pgshim` command: translate PostgreSQL SQL for SQLite, or run it on
//! a SQLite file with PostgreSQL's answers.

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod check;
mod diff;
mod shell;
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
        /// Read the tables the statements use from an existing SQLite file
        /// (the declared types pgshim's DDL keeps).
        #[arg(long, value_name = "FILE")]
        db: Option<String>,
        /// Every result column as PostgreSQL's text output, as psql shows
        /// it (as `pgshim_translate_text` in the loaded extension).
        #[arg(long = "pg-text")]
        pg_text: bool,
        /// The session time zone to translate for.
        #[arg(long = "time-zone", value_name = "ZONE", default_value = "UTC")]
        time_zone: String,
    },
    /// Say for every statement of FILEs whether pgshim translates it, and
    /// where and why not (a migration author's first command: which of my
    /// queries need work?). Exits with status 1 when any is unsupported or
    /// rejected.
    Check {
        /// Files of PostgreSQL statements (application queries).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// PostgreSQL DDL that defines the tables the statements use.
        #[arg(long, value_name = "DDL.sql", conflicts_with = "db")]
        schema: Option<String>,
        /// Read the tables from an existing SQLite file instead.
        #[arg(long, value_name = "FILE")]
        db: Option<String>,
        /// `human` (diagnostics and a summary) or `json` (for CI).
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// The session time zone to translate for.
        #[arg(long = "time-zone", value_name = "ZONE", default_value = "UTC")]
        time_zone: String,
    },
    /// Run every statement of FILEs on a live PostgreSQL and through pgshim
    /// on a fresh SQLite file (same schema and data), in each session time
    /// zone given, and show where the answers differ, side by side; for CI.
    /// A `-- params: [...]` comment before a statement gives its `$n`
    /// values (sent as text). Exits with status 1 when any answer differs
    /// or a schema statement does not run through pgshim.
    Diff {
        /// Files of PostgreSQL statements (application queries).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// The PostgreSQL server to compare with
        /// (`postgresql://user:password@host:port/db`); the user needs
        /// CREATEDB, for a scratch database per time zone.
        #[arg(long, value_name = "URL", env = "PGSHIM_DIFF_PG")]
        pg: String,
        /// PostgreSQL DDL that makes the tables (run on both sides).
        #[arg(long, value_name = "DDL.sql")]
        schema: String,
        /// Rows to load after the schema (INSERTs, or pg_dump's COPY … FROM
        /// stdin blocks).
        #[arg(long, value_name = "DATA.sql")]
        data: Option<String>,
        /// A session time zone to run the statements in (repeatable; UTC
        /// when none is given).
        #[arg(long = "time-zone", value_name = "ZONE")]
        time_zone: Vec<String>,
        /// Also list each statement that answers as PostgreSQL does.
        #[arg(long, short)]
        verbose: bool,
    },
    /// An interactive psql-like shell on a SQLite file: statements end
    /// with `;`, results print as psql prints them; \d, \d NAME, \dt,
    /// \x, \timing, \i FILE, \q.
    Shell {
        /// The SQLite database file (created if absent).
        #[arg(long, value_name = "PATH")]
        db: String,
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
    /// Load a `pg_dump` plain-format dump (schema and data) into a SQLite
    /// file: `pg_dump --no-owner --no-privileges DB | pgshim import --db app.sqlite`.
    /// Exits with status 3 when some statements could not be carried over
    /// (they are listed).
    Import {
        /// The SQLite database file (created if absent).
        #[arg(long, value_name = "PATH")]
        db: String,
        /// Read the dump from FILE instead of standard input.
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: Option<String>,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
    },
    /// Write the file as a SQL script that PostgreSQL loads (`psql -v
    /// ON_ERROR_STOP=1 -f OUT.sql` into an empty database): sequences,
    /// tables, views, the rows as COPY blocks, sequence positions, keys,
    /// indexes and foreign keys, as pg_dump writes them. Refuses (and
    /// writes nothing) when something cannot be dumped exactly.
    Dump {
        /// The SQLite database file.
        #[arg(long, value_name = "PATH")]
        db: String,
        /// Write the script to FILE instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<String>,
    },
    /// Serve a SQLite file over PostgreSQL's wire protocol: psql, drivers
    /// and ORMs connect as to PostgreSQL (`postgresql://127.0.0.1:5432/app`)
    /// and get PostgreSQL's answers. Stops on SIGTERM or Ctrl-C, after the
    /// running statements, with the WAL checkpointed.
    Serve {
        /// The SQLite database file (created if absent), served whatever
        /// database a client names.
        #[arg(
            long,
            value_name = "PATH",
            required_unless_present = "data_dir",
            conflicts_with = "data_dir"
        )]
        db: Option<String>,
        /// A directory of databases: database NAME is the file
        /// DIR/NAME.sqlite (`postgres` is made when missing), and CREATE
        /// DATABASE / DROP DATABASE make and remove files.
        #[arg(long = "data-dir", value_name = "DIR")]
        data_dir: Option<String>,
        /// The address to listen on. Without passwords clients are
        /// trusted, so only a loopback address is allowed.
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:5432")]
        listen: std::net::SocketAddr,
        /// Passwords: a file of `user:password` lines.
        #[arg(long, value_name = "FILE")]
        users: Option<String>,
        /// A password for every user name (instead of --users).
        #[arg(
            long = "password-env",
            env = "PGSHIM_PASSWORD",
            hide_env_values = true,
            value_name = "PASSWORD"
        )]
        password: Option<String>,
        /// How clients prove their password: scram-sha-256, md5 or password.
        #[arg(long, value_name = "METHOD", default_value = "scram-sha-256")]
        auth: pgshim_server::Method,
        /// TLS certificate chain (PEM); with --tls-key.
        #[arg(long = "tls-cert", value_name = "PEM", requires = "tls_key")]
        tls_cert: Option<String>,
        /// TLS private key (PEM).
        #[arg(long = "tls-key", value_name = "PEM", requires = "tls_cert")]
        tls_key: Option<String>,
        /// Log every statement.
        #[arg(long = "log-statements")]
        log_statements: bool,
    },
}

/// How `pgshim check` reports.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

/// The catalog of an existing SQLite file (opened read-only).
fn catalog_of(path: &str) -> Result<Catalog, String> {
    if !std::path::Path::new(path).exists() {
        return Err(format!("{path}: no such file"));
    }
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| format!("{path}: {e}"))?;
    Catalog::from_sqlite(&conn, &[]).map_err(|e| format!("{path}: {e}"))
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
            db,
            pg_text,
            time_zone,
        } => translate(
            file.as_deref(),
            schema.as_deref(),
            db.as_deref(),
            pg_text,
            &time_zone,
        ),
        Command::Check {
            files,
            schema,
            db,
            format,
            time_zone,
        } => match check::check(&check::CheckArgs {
            files: &files,
            schema: schema.as_deref(),
            db: db.as_deref(),
            json: format == Format::Json,
            time_zone: &time_zone,
        }) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::FAILURE,
            Err(e) => Err(e),
        },
        Command::Serve {
            db,
            data_dir,
            listen,
            users,
            password,
            auth,
            tls_cert,
            tls_key,
            log_statements,
        } => (|| {
            tracing_subscriber::fmt()
                .with_writer(std::io::stderr)
                .with_target(false)
                .init();
            let mut config = match (db, data_dir) {
                (_, Some(dir)) => pgshim_server::Config::data_dir(dir),
                (Some(db), None) => pgshim_server::Config::new(db),
                (None, None) => return Err("give --db FILE or --data-dir DIR".to_string()),
            };
            config.listen = listen;
            config.log_statements = log_statements;
            config.auth = match (users, password) {
                (Some(path), _) => {
                    let text =
                        std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
                    pgshim_server::Auth::from_users_file(&text, auth)
                        .map_err(|e| format!("{path}: {e}"))?
                }
                (None, Some(p)) => pgshim_server::Auth::Password {
                    method: auth,
                    users: Default::default(),
                    any: Some(p),
                },
                (None, None) => pgshim_server::Auth::Trust,
            };
            config.tls = tls_cert.zip(tls_key).map(|(c, k)| (c.into(), k.into()));
            pgshim_server::serve(config).map_err(|e| e.to_string())
        })(),
        Command::Diff {
            files,
            pg,
            schema,
            data,
            time_zone,
            verbose,
        } => match diff::diff(&diff::DiffArgs {
            pg: &pg,
            schema: &schema,
            data: data.as_deref(),
            time_zones: &time_zone,
            files: &files,
            verbose,
        }) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::FAILURE,
            Err(e) => Err(e),
        },
        Command::Shell { db } => shell::shell(&db),
        Command::Dump { db, output } => dump(&db, output.as_deref()),
        Command::Exec { db, file, csv } => exec(&db, file.as_deref(), csv),
        Command::Import { db, file, quiet } => match import(&db, file.as_deref(), quiet) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::from(3),
            Err(e) => Err(e),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("ERROR:  {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the SQLite SQL of each statement, one per line (a statement
/// whose translation is several SQLite statements keeps them on its line).
/// The output runs in any SQLite that loaded `libpgshim`; the session
/// zone it assumes is `--time-zone`'s, so run `SET TIME ZONE` there too.
fn translate(
    file: Option<&str>,
    schema: Option<&str>,
    db: Option<&str>,
    pg_text: bool,
    zone: &str,
) -> Result<(), String> {
    let mut options = Options::default();
    options.time_zone = pgshim::canonical_time_zone(zone).map_err(|e| e.to_string())?;
    options.text_output = pg_text;
    let catalog = match db {
        Some(path) => catalog_of(path)?,
        None => Catalog::new(),
    };
    let mut tr = Translator::with_options(catalog, options);
    if let Some(path) = schema {
        let ddl = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        tr.translate_script(&ddl)
            .map_err(|e| format!("{path}: {e}"))?;
    }
    let input = read_input(file)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for stmt in pgshim::split_script(&input).map_err(|e| e.to_string())? {
        let t = tr.translate(&stmt.text).map_err(|e| {
            format!(
                "{e} (in the statement at line {}:{})",
                stmt.line, stmt.column
            )
        })?;
        tr.apply(&t);
        let sql = pgshim::extension::host_sql(&t, &stmt.text);
        if !sql.is_empty() {
            writeln!(out, "{sql};").map_err(|e| e.to_string())?;
        }
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

/// Runs `pgshim import`; false when something was not carried over.
fn import(db: &str, file: Option<&str>, quiet: bool) -> Result<bool, String> {
    let started = std::time::Instant::now();
    let input = read_input(file)?;
    let mut conn = Connection::open(db).map_err(|e| e.to_string())?;
    let bar = if quiet {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(input.len() as u64)
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg} ({elapsed})")
            .map_err(|e| e.to_string())?,
    );
    bar.set_message("reading the schema");
    let report = conn
        .import(&input, |p| {
            bar.set_position(p.bytes_done);
            match &p.table {
                Some(t) => bar.set_message(format!("{t}: {} rows", p.rows)),
                None => bar.set_message(format!("{} rows", p.rows)),
            }
        })
        .map_err(|e| e.to_string());
    bar.finish_and_clear();
    let report = report?;
    let secs = started.elapsed().as_secs_f64();
    let rows = report.rows();
    println!(
        "imported {} tables ({} with data), {rows} rows, {} sequences, {} constraints, {} indexes, {} views in {secs:.1} s ({:.0} rows/s)",
        report.tables_created,
        report.tables.len(),
        report.sequences,
        report.constraints,
        report.indexes,
        report.views,
        rows as f64 / secs.max(1e-9),
    );
    for (t, n) in &report.tables {
        println!("  {t}: {n} rows");
    }
    println!(
        "skipped {} preamble statements (SET, set_config: PostgreSQL's restore settings) and {} COMMENTs (SQLite keeps no comments)",
        report.preamble_skipped, report.comments_skipped
    );
    if !report.skipped.is_empty() {
        println!("not carried over ({}):", report.skipped.len());
        for s in &report.skipped {
            println!("  {}\n    {}", s.statement, s.reason);
        }
    }
    Ok(report.skipped.is_empty())
}

/// Runs `pgshim dump`: the script to `output` (removed again on an
/// error) or standard output, and a summary on standard error.
fn dump(db: &str, output: Option<&str>) -> Result<(), String> {
    if !std::path::Path::new(db).exists() {
        return Err(format!("{db}: no such file"));
    }
    let started = std::time::Instant::now();
    let mut conn = Connection::open(db).map_err(|e| format!("{db}: {e}"))?;
    let report = match output {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
            let mut out = std::io::BufWriter::new(file);
            let report = pgshim::write_dump(&mut conn, &mut out);
            if report.is_err() {
                drop(out);
                let _ = std::fs::remove_file(path);
            }
            report
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            pgshim::write_dump(&mut conn, &mut out)
        }
    }
    .map_err(|e| e.to_string())?;
    eprintln!(
        "dumped {} tables, {} rows, {} sequences, {} views, {} constraints, {} indexes in {:.1} s",
        report.tables.len(),
        report.rows(),
        report.sequences,
        report.views,
        report.constraints,
        report.indexes,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
