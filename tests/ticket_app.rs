//! The ticket app's reports (fixtures/ticket_app/queries) on generated data:
//! every query, with each of its parameter sets, in four session zones,
//! through pgshim on SQLite and on PostgreSQL (live, or the answers in
//! fixtures/ticket_app/reports.answers.json recorded from a live run), and a
//! snapshot of each translation.

use std::path::Path;

use pgshim_difftest::{Case, CustomSetup, Suite, assert_report, run_suite};
use pgshim_ticket_app::{SCHEMA, create_pgshim, create_postgres, queries};

/// Session zones the reports run in: two DST regimes of the north, one of
/// the south, one without DST at a half-hour offset.
const ZONES: &[&str] = &[
    "America/New_York",
    "Europe/Berlin",
    "Australia/Sydney",
    "Asia/Kolkata",
];
const SEED: u64 = 20_241_124;
const TICKETS: usize = 5_000;

fn suite() -> Suite {
    let mut cases = Vec::new();
    for q in queries().expect("query files") {
        for (i, params) in q.param_sets.iter().enumerate() {
            for zone in ZONES {
                let case = Case::new(
                    format!("{}#{}@{zone}", q.name, i + 1),
                    q.sql.clone(),
                    params.clone(),
                    *zone,
                );
                cases.push(case);
            }
        }
    }
    Suite {
        name: "ticket_app".into(),
        path: Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/ticket_app/reports.sql"),
        setup: format!("{SCHEMA}\n-- data: Generator::new({SEED}, {TICKETS})\n"),
        cases,
    }
}

fn setup_postgres(c: &mut postgres::Client) -> Result<(), String> {
    create_postgres(c, SEED, TICKETS, |_| {})
}

fn setup_pgshim(db: &mut pgshim::Connection) -> Result<(), String> {
    create_pgshim(db, SEED, TICKETS, |_| {})
}

#[test]
fn reports_match_postgres() {
    let suite = suite();
    assert!(suite.cases.len() >= 25 * 3, "{} cases", suite.cases.len());
    let setup = CustomSetup {
        postgres: &setup_postgres,
        pgshim: &setup_pgshim,
    };
    assert_report(&suite.path, run_suite(&suite, Some(&setup)));
}

#[test]
fn translated_reports_snapshot() {
    let mut db = pgshim::Connection::open_in_memory().unwrap();
    db.run_script(SCHEMA, |_, _| {}).unwrap();
    let mut all = String::new();
    for q in queries().unwrap() {
        let t = db
            .translate(&q.sql)
            .unwrap_or_else(|e| panic!("{}: {e}", q.name));
        let params: Vec<&str> = t.params.iter().map(|p| p.name()).collect();
        all.push_str(&format!(
            "-- {}: {}\n-- parameters: {}\n{}\n\n",
            q.name,
            q.title,
            params.join(", "),
            t.sql
        ));
    }
    insta::assert_snapshot!("ticket_app_reports", all);
}
