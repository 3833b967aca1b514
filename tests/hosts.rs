//! pgshim in other SQLite hosts, installed as their users install it: the
//! Python package (`pip install ./python`) into a virtualenv of Debian's
//! /usr/bin/python3, whose sqlite3 module loads extensions; Ruby's sqlite3
//! gem (Debian's ruby-sqlite3) with ruby/lib/pgshim.rb; Node's
//! better-sqlite3 12 with node/. Each runs the same example
//! (examples/{python,ruby,node}/events.*), whose answers must be psql's,
//! recorded by cli/tests/cli.rs from a live run (cli/tests/cli/shell_load.psql.csv).
//! Missing hosts are installed (apt, npm), under the cache directory where
//! they are not system packages.

use std::path::Path;
use std::process::Command;

use pgshim_difftest::install::{apt_install, cache_dir, run};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn python_package_loads_and_answers_as_postgres() {
    apt_install(
        Command::new("/usr/bin/python3").args(["-c", "import ensurepip, setuptools, venv"]),
        &["python3-venv", "python3-setuptools", "python3-pip"],
    );
    let ext = pgshim_difftest::extension_path().unwrap();
    let venv = cache_dir().join("python-venv");
    if !venv.join("bin/python").exists() {
        run(Command::new("/usr/bin/python3")
            .args(["-m", "venv", "--system-site-packages"])
            .arg(&venv));
    }
    // The library built for this run goes into the package (no second
    // cargo build inside pip).
    run(Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--no-build-isolation",
            "--no-deps",
            "--force-reinstall",
        ])
        .arg(root().join("python"))
        .env("PGSHIM_LOADABLE_PATH", &ext));
    let python = venv.join("bin/python");
    let path = run(Command::new(&python)
        .args(["-c", "import pgshim; print(pgshim.loadable_path())"])
        .env_remove("PGSHIM_LOADABLE_PATH")
        .current_dir(std::env::temp_dir()));
    assert!(
        path.trim().starts_with(venv.to_str().unwrap()),
        "the library is not the installed package's: {path}"
    );
    let db = std::env::temp_dir().join(format!("pgshim-hosts-py-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let out = run(Command::new(&python)
        .arg(root().join("examples/python/events.py"))
        .arg(&db)
        .env_remove("PGSHIM_LOADABLE_PATH")
        .current_dir(std::env::temp_dir()));
    let _ = std::fs::remove_file(&db);
    let psql = std::fs::read_to_string(root().join("cli/tests/cli/shell_load.psql.csv")).unwrap();
    assert_eq!(out, psql);
}

#[test]
fn python_package_refuses_a_python_that_cannot_load_extensions() {
    // A sqlite3 connection without enable_load_extension (pyenv's builds):
    // load() says which Python to use instead of failing obscurely.
    let code = "import sys; sys.path.insert(0, sys.argv[1]); import pgshim\n\
                class C: pass\n\
                try:\n    pgshim.load(C())\nexcept RuntimeError as e:\n    print(e)\n";
    let out = run(Command::new("/usr/bin/python3")
        .args(["-c", code])
        .arg(root().join("python")));
    assert!(out.contains("cannot load extensions"), "{out}");
    assert!(out.contains("/usr/bin/python3"), "{out}");
}

#[test]
fn ruby_loads_and_answers_as_postgres() {
    apt_install(
        Command::new("ruby").args(["-e", "require 'sqlite3'"]),
        &["ruby", "ruby-sqlite3"],
    );
    let ext = pgshim_difftest::extension_path().unwrap();
    let db = std::env::temp_dir().join(format!("pgshim-hosts-rb-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let out = run(Command::new("ruby")
        .arg("-I")
        .arg(root().join("ruby/lib"))
        .arg(root().join("examples/ruby/events.rb"))
        .arg(&db)
        .env("PGSHIM_LOADABLE_PATH", &ext));
    let _ = std::fs::remove_file(&db);
    let psql = std::fs::read_to_string(root().join("cli/tests/cli/shell_load.psql.csv")).unwrap();
    assert_eq!(out, psql);
    // Rails 8's `extensions:` takes objects with to_path: Pgshim is one.
    let via_to_path = run(Command::new("ruby")
        .arg("-I")
        .arg(root().join("ruby/lib"))
        .args([
            "-e",
            "require 'sqlite3'; require 'pgshim'; db = SQLite3::Database.new(':memory:'); \
             db.enable_load_extension(true); db.load_extension(File.path(Pgshim)); \
             print db.get_first_value(\"SELECT pgshim_translate_text('SELECT date ''2024-02-29'' + 1 AS d')\"); \
             print \"\\n\", db.get_first_value(db.get_first_value(\"SELECT pgshim_translate_text('SELECT date ''2024-02-29'' + 1 AS d')\"))",
        ])
        .env("PGSHIM_LOADABLE_PATH", &ext));
    assert!(via_to_path.ends_with("\n2024-03-01"), "{via_to_path}");
}

#[test]
fn node_loads_and_answers_as_postgres() {
    apt_install(Command::new("npm").arg("--version"), &["nodejs", "npm"]);
    // better-sqlite3 12 (13 needs Node 22), kept in the cache directory.
    let modules = cache_dir().join("node");
    if !modules
        .join("node_modules/better-sqlite3/build/Release/better_sqlite3.node")
        .exists()
    {
        std::fs::create_dir_all(&modules).unwrap();
        run(Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--silent",
                "better-sqlite3@12",
            ])
            .current_dir(&modules));
    }
    let ext = pgshim_difftest::extension_path().unwrap();
    let db = std::env::temp_dir().join(format!("pgshim-hosts-js-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let out = run(Command::new("node")
        .arg(root().join("examples/node/events.js"))
        .arg(&db)
        .env("NODE_PATH", modules.join("node_modules"))
        .env("PGSHIM_LOADABLE_PATH", &ext));
    let _ = std::fs::remove_file(&db);
    let psql = std::fs::read_to_string(root().join("cli/tests/cli/shell_load.psql.csv")).unwrap();
    assert_eq!(out, psql);
}
