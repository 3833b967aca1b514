//! Every differential suite through the wire protocol: each case runs on
//! `pgshim serve` with the same client code that recorded PostgreSQL's
//! answers (the `postgres` crate: Parse/Describe for the parameter and
//! column types, the simple protocol for the text of the rows,
//! PREPARE/EXECUTE for text parameters), and must give the recorded
//! answer: types from RowDescription and ParameterDescription, rows,
//! changed-row counts, error messages and SQLSTATEs.

mod common;

use std::path::{Path, PathBuf};

use common::TestServer;

fn suites_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/differential")
}

/// Loads a suite's schema and data into the file through the crate, as the
/// linked differential run does (an imported dump where the suite has one).
fn prepare(suite: &pgshim_difftest::Suite, db: &Path) {
    let mut conn = pgshim::Connection::open(db).unwrap();
    let dump = suites_dir().join(format!("{}.dump.sql", suite.name));
    if dump.exists() {
        let text = std::fs::read_to_string(&dump).unwrap();
        conn.import(&text, |_| {}).unwrap();
    } else {
        conn.run_script(&suite.setup, |_, _| {})
            .unwrap_or_else(|e| panic!("{}: setup: {e}", suite.name));
    }
}

fn run(name: &str) {
    let path = suites_dir().join(format!("{name}.sql"));
    let suite = pgshim_difftest::load(&path).unwrap();
    let recording: pgshim_difftest::Recording = serde_json::from_str(
        &std::fs::read_to_string(suites_dir().join(format!("{name}.answers.json"))).unwrap(),
    )
    .unwrap();
    let server = TestServer::start_with(|db| prepare(&suite, db));
    let live = pgshim_difftest::Live::connect(&server.url()).unwrap();
    let mut client = live.client().unwrap();
    let mut failures = Vec::new();
    let mut zone = "UTC".to_string();
    for case in &suite.cases {
        let pg = recording
            .cases
            .iter()
            .find(|r| r.name == case.name)
            .unwrap_or_else(|| panic!("{name}: case {} has no recorded answer", case.name));
        if case.zone != zone {
            client
                .batch_execute(&format!("SET TimeZone = '{}'", case.zone))
                .unwrap();
            zone = case.zone.clone();
        }
        let (param_types, answer) = pgshim_difftest::run_postgres_case(&mut client, case);
        let unsupported = matches!(&answer, pgshim_difftest::Answer::Error { message, .. } if message.starts_with("unsupported: "));
        let shim = pgshim_difftest::ShimAnswer {
            param_types,
            answer,
            unsupported,
            sqlite_sql: None,
        };
        let differs = pgshim_difftest::mismatch(case, pg, &shim);
        match (&case.difference, differs) {
            (None, None) => {}
            (Some(_), Some(_)) => {}
            (None, Some(m)) => failures.push(format!(
                "case {}:\n  {}\n{}",
                case.name,
                case.sql,
                m.reasons.join("\n")
            )),
            (Some(why), None) => failures.push(format!(
                "case {}: marked as a difference ({why}) but matches PostgreSQL through the server",
                case.name
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} of {} cases differ from PostgreSQL through pgshim serve:\n\n{}",
        failures.len(),
        suite.cases.len(),
        failures.join("\n\n")
    );
    eprintln!(
        "{name}: {} cases match PostgreSQL through pgshim serve",
        suite.cases.len()
    );
}

macro_rules! suites {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run(stringify!($name));
            }
        )*

        /// Every suite file has its test here.
        #[test]
        fn every_suite_is_run() {
            let listed = [$(stringify!($name)),*];
            let mut missing = Vec::new();
            for entry in std::fs::read_dir(suites_dir()).unwrap() {
                let p = entry.unwrap().path();
                let name = p.file_name().unwrap().to_str().unwrap().to_string();
                if let Some(stem) = name.strip_suffix(".sql") {
                    if stem.ends_with(".dump") {
                        continue;
                    }
                    if !listed.contains(&stem) {
                        missing.push(stem.to_string());
                    }
                }
            }
            assert!(missing.is_empty(), "suites not run through the server: {missing:?}");
        }
    };
}

suites!(
    alter_table,
    app_corpus,
    arrays,
    booleans_nulls,
    column_names,
    copy_from_stdin,
    datestyle,
    datetime_ops,
    ddl,
    distinct_on,
    dml_returning,
    dst_transitions,
    dynamic_abbrevs,
    fields,
    grouping,
    identity,
    import_dump,
    interval_fields,
    json,
    information_schema,
    joins,
    locking,
    math,
    numeric,
    orm_sql,
    params,
    posix_zones,
    rails_structure,
    regress_datetime,
    select_basics,
    sequences,
    settings,
    strings,
    system_catalogs,
    time_input,
    timetz,
    to_char,
    transactions,
    upsert,
    views_alter,
    windows,
    years,
);
