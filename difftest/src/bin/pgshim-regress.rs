//! `pgshim-regress`: runs PostgreSQL's own regression files statement by
//! statement on a live PostgreSQL and through pgshim, and reports how many
//! answers are identical. See [`pgshim_difftest::regress`];
//! `scripts/pg-regress` fetches the files and runs this under a throwaway
//! server.
//!
//! ```text
//! pgshim-regress --regress-dir DIR [--pg URL] [--report FILE] [--json FILE]
//!                [--setup NAME]... [--time-zone Z] [--datestyle S]
//!                [--interval-style S] [FILE...]
//! ```
//!
//! Exits 0 whatever the answers (it measures, it does not test); 1 when the
//! run cannot happen (no server, no files); 2 on bad arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use pgshim_difftest::regress::{self, Options};

const USAGE: &str = "\
usage: pgshim-regress --regress-dir DIR [--pg URL] [--report FILE] [--json FILE]
                      [--dump FILE] [--setup NAME]... [--time-zone Z] [--datestyle S]
                      [--interval-style S] [FILE...]

  --regress-dir DIR  PostgreSQL's src/test/regress directory (sql/, data/)
  --pg URL           the PostgreSQL server (default: $PGSHIM_PG_URL)
  --report FILE      write the full text report there
  --json FILE        write per-statement results as JSON there
  --dump FILE        write pg_dump's plain dump of the regression database,
                     after the files ran, there
  --setup NAME       a file run first on both sides, not counted (repeatable;
                     default test_setup)
  --time-zone Z      the session TimeZone (default America/Los_Angeles, as pg_regress)
  --datestyle S      the session DateStyle (default 'Postgres, MDY', as pg_regress)
  --interval-style S the session IntervalStyle (default postgres_verbose, as
                     pg_regress sets it through PGOPTIONS)
  FILE...            file names without .sql (default: test_setup date time
                     timetz timestamp timestamptz interval horology)";

/// The parsed command line.
struct Args {
    options: Options,
    report: Option<PathBuf>,
    json: Option<PathBuf>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut regress_dir = None;
    let mut pg = std::env::var("PGSHIM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let mut report = None;
    let mut json = None;
    let mut setup: Option<Vec<String>> = None;
    let mut time_zone = None;
    let mut datestyle = None;
    let mut dump = None;
    let mut interval_style = None;
    let mut files = Vec::new();
    while let Some(a) = args.next() {
        let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--regress-dir" => regress_dir = Some(PathBuf::from(value(&a)?)),
            "--pg" => pg = Some(value(&a)?),
            "--report" => report = Some(PathBuf::from(value(&a)?)),
            "--json" => json = Some(PathBuf::from(value(&a)?)),
            "--dump" => dump = Some(PathBuf::from(value(&a)?)),
            "--setup" => setup.get_or_insert_with(Vec::new).push(value(&a)?),
            "--time-zone" => time_zone = Some(value(&a)?),
            "--datestyle" => datestyle = Some(value(&a)?),
            "--interval-style" => interval_style = Some(value(&a)?),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            file => files.push(file.trim_end_matches(".sql").to_string()),
        }
    }
    let regress_dir = regress_dir.ok_or("--regress-dir is required")?;
    let pg = pg.ok_or("no PostgreSQL: pass --pg URL or set PGSHIM_PG_URL")?;
    let mut options = Options::new(regress_dir, pg);
    if let Some(s) = setup {
        options.setup = s.into_iter().filter(|s| !s.is_empty()).collect();
    }
    if !files.is_empty() {
        options.files = files;
    }
    if let Some(z) = time_zone {
        options.time_zone = z;
    }
    if let Some(d) = datestyle {
        options.datestyle = d;
    }
    if let Some(i) = interval_style {
        options.interval_style = i;
    }
    options.dump = dump;
    Ok(Some(Args {
        options,
        report,
        json,
    }))
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("pgshim-regress: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let summary = match regress::run(&args.options) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pgshim-regress: {e}");
            return ExitCode::from(1);
        }
    };
    print!("{}", summary.text());
    if let Some(path) = &args.report {
        match std::fs::write(path, summary.report()) {
            Ok(()) => println!("report: {}", path.display()),
            Err(e) => eprintln!("pgshim-regress: {}: {e}", path.display()),
        }
    }
    if let Some(path) = &args.json {
        match summary
            .to_json()
            .and_then(|j| std::fs::write(path, j + "\n").map_err(|e| e.to_string()))
        {
            Ok(()) => println!("json: {}", path.display()),
            Err(e) => eprintln!("pgshim-regress: {}: {e}", path.display()),
        }
    }
    ExitCode::SUCCESS
}
