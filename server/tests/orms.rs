//! ORMs against `pgshim serve` and against PostgreSQL, outputs compared:
//! ActiveRecord (Debian's ruby-activerecord with ruby-pg) runs a Rails
//! app's migrations through a MigrationContext on an empty database,
//! reads the schema as Rails' schema cache does, and runs models and
//! queries (tests/orms/activerecord_app.rb); Django (PyPI, with psycopg 3,
//! in a virtualenv under the cache directory) runs `migrate` on a fresh
//! database, its time-zone-aware queries and inspectdb
//! (tests/orms/django_app.py); SQLAlchemy 2 (PyPI, with psycopg 3) runs
//! create_all, ORM queries with func.date_trunc and func.timezone, and
//! reflects what it made with MetaData.reflect and the Inspector
//! (tests/orms/sqlalchemy_app.py).
//! What the app sees must be what it sees on PostgreSQL; PostgreSQL's
//! output is taken live or from tests/orms/<orm>.out (recorded with
//! `PGSHIM_RECORD=1`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use pgshim_difftest::install::{apt_install, cache_dir, run};

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/orms")
}

/// Ruby with ActiveRecord and pg, from Debian's packages.
fn ruby_with_activerecord() -> &'static str {
    apt_install(
        Command::new("ruby").args(["-e", "require 'active_record'; require 'pg'"]),
        &["ruby", "ruby-pg", "ruby-activerecord"],
    );
    "ruby"
}

/// Debian's Python with Django, SQLAlchemy and psycopg in a virtualenv.
fn python_with_orms() -> PathBuf {
    apt_install(
        Command::new("/usr/bin/python3").args(["-c", "import ensurepip, venv"]),
        &["python3-venv", "python3-pip"],
    );
    let venv = cache_dir().join("orms-venv");
    let py = venv.join("bin/python");
    if !Command::new(&py)
        .args(["-c", "import django, psycopg, sqlalchemy"])
        .output()
        .is_ok_and(|o| o.status.success())
    {
        run(Command::new("/usr/bin/python3")
            .args(["-m", "venv"])
            .arg(&venv));
        run(Command::new(venv.join("bin/pip")).args([
            "install",
            "--quiet",
            "django>=4.2,<5.1",
            "psycopg[binary]>=3.1",
            "sqlalchemy>=2.0,<2.1",
        ]));
    }
    py
}

/// An app's output on PostgreSQL (a fresh database, live, or recorded)
/// and on a fresh file served by `pgshim serve`.
fn compare(orm: &str, run_app: impl Fn(&str) -> String) {
    compare_on(orm, false, run_app);
}

/// [`compare`], on a server of a data directory (`data_dir`: an app that
/// creates databases) or of one file.
fn compare_on(orm: &str, data_dir: bool, run_app: impl Fn(&str) -> String) {
    let recorded = here().join(format!("{orm}.out"));
    let expected = common::postgres_output(&recorded, |url| {
        let live = pgshim_difftest::Live::connect(url).unwrap();
        let scratch = live.scratch_database(&format!("pgshim_orm_{orm}")).unwrap();
        run_app(&scratch.url())
    });
    let server = if data_dir {
        common::TestServer::start_data_dir()
    } else {
        common::TestServer::start_with(|_| {})
    };
    let url = if data_dir {
        server.url_of("postgres")
    } else {
        server.url()
    };
    let ours = run_app(&url);
    let differ: Vec<String> = expected
        .lines()
        .zip(ours.lines())
        .filter(|(a, b)| a != b)
        .take(8)
        .map(|(a, b)| format!("postgres: {a}\npgshim:   {b}"))
        .collect();
    assert!(
        differ.is_empty() && expected.lines().count() == ours.lines().count(),
        "{orm}: {} lines from PostgreSQL, {} from pgshim serve; first differences:\n{}",
        expected.lines().count(),
        ours.lines().count(),
        differ.join("\n\n")
    );
    eprintln!(
        "{orm}: {} steps answer as on PostgreSQL",
        ours.lines().count()
    );
}

#[test]
fn activerecord_migrations_models_and_schema_cache() {
    let ruby = ruby_with_activerecord();
    compare("activerecord", |url| {
        let dir = common::TempDir::new();
        run(Command::new(ruby)
            .arg(here().join("activerecord_app.rb"))
            .arg(url)
            .arg(&dir.0))
    });
}

#[test]
fn django_migrate_and_time_zone_queries() {
    let py = python_with_orms();
    compare_on("django", true, |url| {
        let dir = common::TempDir::new();
        run(Command::new(&py)
            .arg(here().join("django_app.py"))
            .arg(url)
            .arg(&dir.0))
    });
}

#[test]
fn sqlalchemy_create_all_queries_and_reflection() {
    let py = python_with_orms();
    compare("sqlalchemy", |url| {
        run(Command::new(&py)
            .arg(here().join("sqlalchemy_app.py"))
            .arg(url))
    });
}
