//! `pgshim diff`: every statement of the application's query files, run on
//! a live PostgreSQL and through pgshim on a fresh SQLite file, in each
//! session time zone asked for, with the answers compared typed as the
//! differential harness compares them (pgshim-difftest's [`mismatch`]).
//! Differences print as side-by-side tables (comfy-table), with a progress
//! bar (indicatif) while it runs; the exit status says whether any differ.

use std::io::IsTerminal;

use comfy_table::{Cell, Table, presets};
use pgshim_difftest::{Answer, Case, Live, Mismatch, Recorded, ShimAnswer, mismatch};

/// The options of `pgshim diff`.
pub struct DiffArgs<'a> {
    pub pg: &'a str,
    pub schema: &'a str,
    pub data: Option<&'a str>,
    pub time_zones: &'a [String],
    pub files: &'a [String],
    pub verbose: bool,
}

/// One statement of a query file, where it is and the parameters its
/// `-- params: [...]` comment gives.
struct Statement {
    at: String,
    sql: String,
    params: Vec<Option<String>>,
}

/// A schema statement pgshim did not run.
struct Refused {
    at: String,
    sql: String,
    message: String,
}

/// Rows shown of one side of a difference before the rest is counted.
const SHOWN_ROWS: usize = 40;

/// Runs the comparison; `Ok(false)` when anything differs.
pub fn diff(args: &DiffArgs) -> Result<bool, String> {
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let schema = read(args.schema)?;
    let data = args.data.map(read).transpose()?;
    let mut statements = Vec::new();
    for file in args.files {
        statements.extend(statements_of(file, &read(file)?)?);
    }
    let zones: Vec<String> = if args.time_zones.is_empty() {
        vec!["UTC".to_string()]
    } else {
        args.time_zones.to_vec()
    };
    for z in &zones {
        pgshim::canonical_time_zone(z).map_err(|e| format!("--time-zone {z}: {e}"))?;
    }
    let live = Live::connect(args.pg)?;
    let total = (statements.len() * zones.len()) as u64;
    let bar = if std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(total)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg} ({elapsed})")
            .map_err(|e| e.to_string())?,
    );
    let mut different = 0usize;
    let mut refused = Vec::new();
    for (i, zone) in zones.iter().enumerate() {
        bar.set_message(format!("TimeZone {zone}: loading the schema"));
        let scratch = live.scratch_database(&format!("pgshim_diff_{}_{i}", std::process::id()))?;
        let mut pg = scratch.client()?;
        load_postgres(&mut pg, &schema, data.as_deref(), args)?;
        let file =
            std::env::temp_dir().join(format!("pgshim-diff-{}-{i}.sqlite", std::process::id()));
        remove_sqlite(&file);
        let mut db = pgshim::Connection::open(&file).map_err(|e| e.to_string())?;
        let refusals = load_pgshim(&mut db, args.schema, &schema, args.data, data.as_deref())?;
        if i == 0 {
            // They explain the differences that follow: shown first, once.
            bar.suspend(|| {
                for r in &refusals {
                    println!(
                        "NOT RUN BY PGSHIM  {}\n  {}\n{}\n",
                        r.at,
                        head(&r.sql),
                        r.message
                    );
                }
            });
            refused = refusals;
        }
        pg.batch_execute(&format!("SET TimeZone = '{}'", zone.replace('\'', "''")))
            .map_err(|e| format!("SET TimeZone = '{zone}' on PostgreSQL: {e}"))?;
        db.session()
            .set_time_zone(zone)
            .map_err(|e| e.to_string())?;
        bar.set_message(format!("TimeZone {zone}"));
        for s in &statements {
            let case = Case::new(s.at.clone(), s.sql.clone(), s.params.clone(), zone.clone());
            let (param_types, answer) = pgshim_difftest::run_postgres_case(&mut pg, &case);
            let recorded = Recorded {
                name: case.name.clone(),
                sql: case.sql.clone(),
                zone: zone.clone(),
                params: case.params.clone(),
                param_types,
                answer,
            };
            let shim = pgshim_difftest::run_pgshim_case(&mut db, &case);
            match mismatch(&case, &recorded, &shim) {
                Some(m) => {
                    different += 1;
                    bar.suspend(|| print!("{}", render(s, zone, &recorded, &shim, &m)));
                }
                None if args.verbose => {
                    bar.suspend(|| println!("ok  {}  (TimeZone {zone})", s.at));
                }
                None => {}
            }
            bar.inc(1);
        }
        drop(db);
        remove_sqlite(&file);
    }
    bar.finish_and_clear();
    let cases = statements.len() * zones.len();
    let mut summary = format!(
        "{} statements × {} time zones ({}) on PostgreSQL {}: {} identical, {different} different",
        statements.len(),
        zones.len(),
        zones.join(", "),
        live.version(),
        cases - different,
    );
    if !refused.is_empty() {
        summary.push_str(&format!(
            "; {} schema statements not run by pgshim (listed first)",
            refused.len()
        ));
    }
    println!("{summary}");
    Ok(different == 0 && refused.is_empty())
}

/// The statements of a query file, each with the parameters of a
/// `-- params: [...]` comment (a JSON array, values sent as text) in the
/// lines before it.
fn statements_of(file: &str, text: &str) -> Result<Vec<Statement>, String> {
    let mut out = Vec::new();
    let mut end = 0;
    for s in pgshim::split_script(text).map_err(|e| format!("{file}: {e}"))? {
        let before = &text[end.min(s.offset)..s.offset];
        end = s.offset + s.text.len();
        let mut params = Vec::new();
        for line in before.lines() {
            if let Some(p) = line.trim().strip_prefix("-- params:") {
                params = pgshim_difftest::params_of_json(p)
                    .map_err(|e| format!("{file}:{}: -- params: {e}", s.line))?;
            }
        }
        out.push(Statement {
            at: format!("{file}:{}:{}", s.line, s.column),
            sql: s.text,
            params,
        });
    }
    Ok(out)
}

/// The schema and data on PostgreSQL: any error there stops the run (the
/// files are the application's own PostgreSQL). COPY … FROM stdin blocks
/// (pg_dump's data format) go through the COPY protocol.
fn load_postgres(
    pg: &mut postgres::Client,
    schema: &str,
    data: Option<&str>,
    args: &DiffArgs,
) -> Result<(), String> {
    let message = |e: &postgres::Error| match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => e.to_string(),
    };
    pg.batch_execute(schema)
        .map_err(|e| format!("{}: on PostgreSQL: {}", args.schema, message(&e)))?;
    let Some(data) = data else { return Ok(()) };
    let path = args.data.unwrap_or("--data");
    let mut pending = String::new();
    let mut lines = data.lines();
    while let Some(line) = lines.next() {
        let upper = line.trim().to_ascii_uppercase();
        if upper.starts_with("COPY ") && upper.ends_with("FROM STDIN;") {
            pg.batch_execute(&std::mem::take(&mut pending))
                .map_err(|e| format!("{path}: on PostgreSQL: {}", message(&e)))?;
            let mut rows = String::new();
            for row in lines.by_ref() {
                if row == "\\." {
                    break;
                }
                rows.push_str(row);
                rows.push('\n');
            }
            use std::io::Write;
            let copy = line.trim().trim_end_matches(';');
            let mut w = pg
                .copy_in(copy)
                .map_err(|e| format!("{path}: {copy}: {}", message(&e)))?;
            w.write_all(rows.as_bytes())
                .map_err(|e| format!("{path}: {copy}: {e}"))?;
            w.finish()
                .map_err(|e| format!("{path}: {copy}: {}", message(&e)))?;
        } else {
            pending.push_str(line);
            pending.push('\n');
        }
    }
    pg.batch_execute(&pending)
        .map_err(|e| format!("{path}: on PostgreSQL: {}", message(&e)))
}

/// The schema through pgshim statement by statement: what it does not run
/// (a `CREATE FUNCTION`, say) is listed, and the queries that need it then
/// differ. The data must load whole.
fn load_pgshim(
    db: &mut pgshim::Connection,
    schema_path: &str,
    schema: &str,
    data_path: Option<&str>,
    data: Option<&str>,
) -> Result<Vec<Refused>, String> {
    let mut refused = Vec::new();
    for s in pgshim::split_script(schema).map_err(|e| format!("{schema_path}: {e}"))? {
        if let Err(e) = db.run_script(&s.text, |_, _| {}) {
            refused.push(Refused {
                at: format!("{schema_path}:{}:{}", s.line, s.column),
                sql: s.text,
                message: e.to_string(),
            });
        }
    }
    if let Some(data) = data {
        db.run_script(data, |_, _| {})
            .map_err(|e| format!("{}: through pgshim: {e}", data_path.unwrap_or("--data")))?;
    }
    Ok(refused)
}

fn remove_sqlite(file: &std::path::Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = file.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
}

/// The first line of a statement, shortened.
fn head(sql: &str) -> String {
    let first = sql.lines().next().unwrap_or_default();
    let mut s: String = first.chars().take(100).collect();
    if s.len() < first.len() || sql.lines().nth(1).is_some() {
        s.push_str(" …");
    }
    s
}

/// One difference: where, the statement, what differs, and the answers
/// side by side.
fn render(s: &Statement, zone: &str, pg: &Recorded, shim: &ShimAnswer, m: &Mismatch) -> String {
    let mut out = format!("DIFFERENT  {}  (TimeZone {zone})\n", s.at);
    for line in s.sql.lines() {
        out.push_str(&format!("  {line}\n"));
    }
    if !s.params.is_empty() {
        let shown: Vec<String> = s
            .params
            .iter()
            .map(|p| p.as_deref().map_or("NULL".into(), |v| format!("{v:?}")))
            .collect();
        out.push_str(&format!("  params: {}\n", shown.join(", ")));
    }
    for r in &m.reasons {
        out.push_str(&format!("{r}\n"));
    }
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec!["", "PostgreSQL", "pgshim"]);
    let columns = |a: &Answer| match a {
        Answer::Rows { columns, .. } => columns
            .iter()
            .map(|(n, t)| format!("{n} {t}"))
            .collect::<Vec<_>>()
            .join(" | "),
        _ => String::new(),
    };
    let (pc, sc) = (columns(&pg.answer), columns(&shim.answer));
    if !pc.is_empty() || !sc.is_empty() {
        table.add_row(vec![Cell::new("columns"), Cell::new(pc), Cell::new(sc)]);
    }
    if m.rows.is_empty() {
        // Not two sets of rows: each side's answer in full.
        let (a, b) = (lines_of(&pg.answer), lines_of(&shim.answer));
        for i in 0..a.len().max(b.len()).min(SHOWN_ROWS) {
            let cell = |v: &[String]| v.get(i).cloned().unwrap_or_default();
            table.add_row(vec![
                Cell::new(""),
                Cell::new(cell(&a)),
                Cell::new(cell(&b)),
            ]);
        }
        let hidden = a.len().max(b.len()).saturating_sub(SHOWN_ROWS);
        if hidden > 0 {
            table.add_row(vec!["", &format!("… {hidden} more rows"), ""]);
        }
    } else {
        // Rows compared pairwise: every pair when there are few, else the
        // differing ones.
        let all = m.rows.len() <= SHOWN_ROWS;
        let mut shown = 0;
        for (i, pair) in m.rows.iter().enumerate() {
            if (!all && pair.same) || shown == SHOWN_ROWS {
                continue;
            }
            shown += 1;
            let join = |r: &Option<Vec<String>>| match r {
                Some(cells) => cells.join(" | "),
                None => "(no row)".into(),
            };
            let mark = if pair.same { "" } else { "≠ " };
            table.add_row(vec![
                Cell::new(format!("{mark}{}", i + 1)),
                Cell::new(join(&pair.postgres)),
                Cell::new(join(&pair.pgshim)),
            ]);
        }
        let hidden = m.rows.len() - shown;
        if hidden > 0 {
            table.add_row(vec!["", &format!("… {hidden} rows not shown"), ""]);
        }
    }
    out.push_str(&table.to_string());
    out.push_str("\n\n");
    out
}

/// An answer as lines: its rows (NULL as NULL), its error or its count.
fn lines_of(a: &Answer) -> Vec<String> {
    match a {
        Answer::Rows { rows, .. } if rows.is_empty() => vec!["(0 rows)".into()],
        Answer::Rows { rows, .. } => rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|v| v.as_deref().unwrap_or("NULL").to_string())
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect(),
        Answer::Command { changed } => vec![format!("OK, {changed} rows changed")],
        Answer::Error { message, .. } => vec![format!("ERROR:  {message}")],
    }
}
