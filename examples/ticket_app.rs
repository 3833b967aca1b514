//! The support-ticket app on an embedded SQLite file, through pgshim.
//!
//! ```sh
//! cargo run --release --example ticket_app
//! cargo run --release --example ticket_app -- --zone Australia/Sydney --as-of '2025-04-06 12:00:00+00'
//! cargo run --release --example ticket_app -- --pg postgresql://postgres@127.0.0.1:5432/postgres
//! ```
//!
//! Creates `tickets.sqlite` (reused while it holds the requested number of
//! tickets), loads the generated data through pgshim, and runs every report
//! in fixtures/ticket_app/queries, unchanged PostgreSQL SQL, for the first
//! agent working in the chosen zone, with the session time zone set to it.
//! With `--pg`, the same data is loaded into a `pgshim_ticket_app` schema
//! there and every report is compared with PostgreSQL's answer.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use pgshim::{Connection, OutputColumn, PgType, Rows, Value};
use pgshim_ticket_app::{PgRows, Prepared, Query, create_pgshim, create_postgres, queries};

#[derive(Parser)]
#[command(about = "The support-ticket app's reports on SQLite through pgshim")]
struct Args {
    /// The SQLite file.
    #[arg(long, default_value = "tickets.sqlite")]
    db: String,
    /// Tickets to generate (up to 1,000,000).
    #[arg(long, default_value_t = 10_000)]
    tickets: usize,
    /// The generator's seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The agent's time zone: the session time zone of the reports.
    #[arg(long, default_value = "America/New_York")]
    zone: String,
    /// "Now" for the reports (the data covers 2024 and 2025).
    #[arg(long, default_value = "2025-11-03 15:00:00+00")]
    as_of: String,
    /// Only the reports whose file name contains this.
    #[arg(long)]
    only: Option<String>,
    /// Regenerate the SQLite file even if it looks complete.
    #[arg(long)]
    fresh: bool,
    /// Also run every report on this PostgreSQL and show any difference.
    #[arg(long, value_name = "URL")]
    pg: Option<String>,
}

fn bar(n: usize, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(n as u64);
    pb.set_style(
        ProgressStyle::with_template("{msg:24} [{bar:40}] {pos}/{len} tickets ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    pb.set_message(what.to_string());
    pb
}

fn open_sqlite(args: &Args) -> Result<Connection, String> {
    let existing = std::path::Path::new(&args.db).exists();
    if existing && !args.fresh {
        let mut db = pgshim_ticket_app::open_sqlite(&args.db).map_err(|e| e.to_string())?;
        // Typed: count(*) is a bigint.
        let n: Option<i64> = db
            .query_one("SELECT count(*) FROM tickets", &[])
            .ok()
            .map(|r| r.get(0));
        if n == Some(args.tickets as i64) {
            println!("Using {} ({} tickets).", args.db, args.tickets);
            return Ok(db);
        }
    }
    if existing {
        std::fs::remove_file(&args.db).map_err(|e| format!("{}: {e}", args.db))?;
    }
    let mut db = pgshim_ticket_app::open_sqlite(&args.db).map_err(|e| e.to_string())?;
    let pb = bar(args.tickets, &format!("loading {}", args.db));
    create_pgshim(&mut db, args.seed, args.tickets, |n| pb.inc(n as u64))?;
    pb.finish();
    Ok(db)
}

fn open_postgres(args: &Args, url: &str) -> Result<postgres::Client, String> {
    let mut c = postgres::Client::connect(url, postgres::NoTls).map_err(|e| e.to_string())?;
    c.batch_execute(
        "DROP SCHEMA IF EXISTS pgshim_ticket_app CASCADE; CREATE SCHEMA pgshim_ticket_app; \
         SET search_path TO pgshim_ticket_app",
    )
    .map_err(|e| e.to_string())?;
    let pb = bar(args.tickets, "loading PostgreSQL");
    create_postgres(&mut c, args.seed, args.tickets, |n| pb.inc(n as u64))?;
    pb.finish();
    Ok(c)
}

/// One value computed by pgshim from `as_of` (in the session zone).
fn derived(db: &mut Connection, sql: &str, as_of: &str) -> Result<String, String> {
    db.query_rows(sql, &[&as_of])
        .map_err(|e| e.to_string())?
        .text(0, 0)
        .ok_or_else(|| format!("{sql}: no value"))
}

/// The report parameters, by the names the query files give them.
struct Params {
    as_of: String,
    agent_id: String,
    agent: String,
    zone: String,
    from: String,
    from_day: String,
    to_day: String,
    day: String,
    year: String,
    ticket_id: String,
}

impl Params {
    fn new(db: &mut Connection, args: &Args) -> Result<Params, String> {
        // Typed reads and parameters: the agent's id is an integer, its
        // name text.
        let agent = db
            .query_opt(
                "SELECT id, name FROM agents WHERE active ORDER BY time_zone <> $1, id LIMIT 1",
                &[&args.zone],
            )
            .map_err(|e| e.to_string())?
            .ok_or("no agents")?;
        let agent_number: i32 = agent.get("id");
        let agent_id = agent_number.to_string();
        let agent: String = agent.get("name");
        let ticket: i32 = db
            .query_one(
                "SELECT coalesce(max(id), 1) FROM tickets WHERE agent_id = $1 AND resolved_at IS NOT NULL",
                &[&agent_number],
            )
            .map_err(|e| e.to_string())?
            .get(0);
        let ticket_id = ticket.to_string();
        let a = &args.as_of;
        Ok(Params {
            as_of: derived(db, "SELECT $1::timestamptz::text", a)?,
            from: derived(db, "SELECT ($1::timestamptz - interval '60 days')::text", a)?,
            from_day: derived(
                db,
                "SELECT ($1::timestamptz - interval '60 days')::date::text",
                a,
            )?,
            to_day: derived(db, "SELECT ($1::timestamptz::date + 1)::text", a)?,
            day: derived(
                db,
                "SELECT ($1::timestamptz - interval '1 day')::date::text",
                a,
            )?,
            year: derived(db, "SELECT extract(year FROM $1::timestamptz)::text", a)?,
            agent_id,
            agent,
            zone: args.zone.clone(),
            ticket_id,
        })
    }

    fn get(&self, name: &str) -> Option<String> {
        Some(match name {
            "as_of" | "to" => self.as_of.clone(),
            "agent_id" => self.agent_id.clone(),
            "zone" => self.zone.clone(),
            "from" => self.from.clone(),
            "from_day" => self.from_day.clone(),
            "to_day" => self.to_day.clone(),
            "day" => self.day.clone(),
            "year" => self.year.clone(),
            "term" => "login".into(),
            "ticket_id" => self.ticket_id.clone(),
            _ => return None,
        })
    }
}

/// PostgreSQL's answer as pgshim `Rows`, to print it the same way.
fn as_rows(pg: &PgRows) -> Rows {
    Rows {
        columns: pg
            .columns
            .iter()
            .map(|(n, t)| OutputColumn::new(n.clone(), PgType::parse(t).unwrap_or(PgType::Text)))
            .collect(),
        rows: pg
            .rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|v| v.clone().map_or(Value::Null, Value::Text))
                    .collect()
            })
            .collect(),
    }
}

fn same(ours: &Rows, pg: &PgRows) -> bool {
    let names: Vec<&str> = ours.columns.iter().map(|c| c.name.as_str()).collect();
    let pg_names: Vec<&str> = pg.columns.iter().map(|c| c.0.as_str()).collect();
    let texts: Vec<Vec<Option<String>>> = ours
        .rows
        .iter()
        .map(|r| r.iter().map(|v| v.to_pg_text()).collect())
        .collect();
    names == pg_names && texts == pg.rows
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn run(args: &Args) -> Result<bool, String> {
    if args.tickets == 0 || args.tickets > 1_000_000 {
        return Err("--tickets must be between 1 and 1,000,000".into());
    }
    let mut db = open_sqlite(args)?;
    let mut pg = match &args.pg {
        Some(url) => Some(open_postgres(args, url)?),
        None => None,
    };
    let set_zone = format!("SET TIME ZONE '{}'", args.zone.replace('\'', "''"));
    db.execute(&set_zone, &[]).map_err(|e| e.to_string())?;
    if let Some(c) = pg.as_mut() {
        c.batch_execute(&set_zone).map_err(|e| e.to_string())?;
    }
    let params = Params::new(&mut db, args)?;
    println!(
        "Reports for {} (agent {}), session time zone {}, as of {}\n",
        params.agent, params.agent_id, args.zone, params.as_of
    );
    let reports: Vec<Query> = queries()?
        .into_iter()
        .filter(|q| args.only.as_deref().is_none_or(|o| q.name.contains(o)))
        .collect();
    let mut differences = 0;
    for (i, q) in reports.iter().enumerate() {
        let values: Vec<Option<String>> = q.args.iter().map(|a| params.get(a)).collect();
        let started = Instant::now();
        let refs: Vec<&(dyn pgshim::ToSql + Sync)> = values
            .iter()
            .map(|v| v as &(dyn pgshim::ToSql + Sync))
            .collect();
        let ours = db
            .query_rows(&q.sql, &refs)
            .map_err(|e| format!("{}: {e}", q.name))?;
        let took = started.elapsed();
        println!("== {} ({}; pgshim {})", q.title, q.name, ms(took));
        print!("{}", pgshim::psql::aligned(&ours));
        if let Some(c) = pg.as_mut() {
            let started = Instant::now();
            let theirs = Prepared::new(c, &format!("report_{i}"), &q.sql)
                .and_then(|p| p.run(c, &values))
                .map_err(|e| format!("{} on PostgreSQL: {e}", q.name))?;
            let took = started.elapsed();
            if same(&ours, &theirs) {
                println!("PostgreSQL: identical ({})\n", ms(took));
            } else {
                differences += 1;
                println!("PostgreSQL DIFFERS ({}):", ms(took));
                print!("{}", pgshim::psql::aligned(&as_rows(&theirs)));
            }
        }
    }
    if pg.is_some() {
        println!(
            "{} reports, {} identical to PostgreSQL, {differences} different.",
            reports.len(),
            reports.len() - differences
        );
    }
    Ok(differences == 0)
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("ticket_app: {e}");
            ExitCode::FAILURE
        }
    }
}
