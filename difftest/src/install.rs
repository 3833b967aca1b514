//! What tests that drive other programs share: where installs are kept
//! between runs, running a command that must succeed, and installing
//! Debian packages when a check fails.

use std::path::PathBuf;
use std::process::Command;

/// Where installs (virtualenvs, npm modules) are kept between runs:
/// `PGSHIM_CACHE`, else `$XDG_CACHE_HOME/pgshim` or `~/.cache/pgshim`.
///
/// ```
/// assert!(pgshim_difftest::install::cache_dir().ends_with("pgshim") || std::env::var_os("PGSHIM_CACHE").is_some());
/// ```
pub fn cache_dir() -> PathBuf {
    if let Some(c) = std::env::var_os("PGSHIM_CACHE") {
        return PathBuf::from(c);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("pgshim")
}

/// Runs a command and returns its standard output; panics with both of
/// its outputs when it fails.
///
/// ```
/// let out = pgshim_difftest::install::run(std::process::Command::new("echo").arg("hi"));
/// assert_eq!(out, "hi\n");
/// ```
pub fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Installs Debian packages when `check` fails (as scripts/with-postgres
/// installs PostgreSQL): as root directly, else through sudo.
pub fn apt_install(check: &mut Command, packages: &[&str]) {
    if check.output().is_ok_and(|o| o.status.success()) {
        return;
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n");
    let mut cmd = if root {
        Command::new("apt-get")
    } else {
        let mut c = Command::new("sudo");
        c.arg("apt-get");
        c
    };
    run(cmd.args(["install", "-y", "-q"]).args(packages));
}
