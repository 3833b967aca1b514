//! The per-connection session: PostgreSQL's settings that change answers.

use std::sync::{Arc, Mutex};

/// The state PostgreSQL keeps per session that pgshim needs: the `TimeZone`
/// setting (default UTC; the process's local zone is never read) and
/// `application_name`.
///
/// A `Session` is shared between a [`Connection`](crate::Connection) and
/// the runtime functions registered on its SQLite connection, which read and
/// update it (`SET TIME ZONE` runs `pg_set_config('TimeZone', …)`).
///
/// ```
/// let s = pgshim::Session::new();
/// assert_eq!(s.time_zone(), "UTC");
/// s.set_time_zone("Europe/Dublin").unwrap();
/// assert_eq!(s.time_zone(), "Europe/Dublin");
/// assert!(s.set_time_zone("Mars/Base").is_err());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Session {
    inner: Arc<Mutex<State>>,
}

#[derive(Debug)]
struct State {
    time_zone: String,
    application_name: String,
}

impl Default for State {
    fn default() -> State {
        State {
            time_zone: "UTC".into(),
            application_name: String::new(),
        }
    }
}

impl Session {
    /// A new session with PostgreSQL's defaults as pgshim pins them
    /// (TimeZone UTC).
    pub fn new() -> Session {
        Session::default()
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A poisoned lock only means another thread panicked mid-update of
        // two strings; the data is still usable.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The session time zone (an IANA name).
    pub fn time_zone(&self) -> String {
        self.state().time_zone.clone()
    }

    /// Sets the session time zone; the name is checked and canonicalized as
    /// PostgreSQL does.
    pub fn set_time_zone(&self, zone: &str) -> crate::Result<()> {
        let canon = crate::rewrite::canonical_time_zone(zone)?;
        self.state().time_zone = canon;
        Ok(())
    }

    /// The value of a setting as `SHOW` prints it, or `None` when pgshim does
    /// not know the setting.
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// assert_eq!(s.show("DateStyle").as_deref(), Some("ISO, MDY"));
    /// ```
    pub fn show(&self, name: &str) -> Option<String> {
        let canon = crate::rewrite::canonical_setting(name)?;
        Some(match canon {
            "TimeZone" => self.time_zone(),
            "application_name" => self.state().application_name.clone(),
            "DateStyle" => "ISO, MDY".into(),
            "IntervalStyle" => "postgres".into(),
            "client_encoding" | "server_encoding" => "UTF8".into(),
            "standard_conforming_strings" | "integer_datetimes" => "on".into(),
            "extra_float_digits" => "1".into(),
            _ => return None,
        })
    }

    /// Changes a setting by name (what `SET name = value` does).
    pub fn set(&self, name: &str, value: &str) -> crate::Result<()> {
        match crate::rewrite::canonical_setting(name) {
            Some("TimeZone") => self.set_time_zone(value),
            Some("application_name") => {
                self.state().application_name = value.to_string();
                Ok(())
            }
            _ => Err(crate::Error::Semantic {
                message: format!("parameter \"{name}\" cannot be changed"),
                span: None,
                help: None,
            }),
        }
    }
}
