//! The per-connection session: PostgreSQL's settings that change answers.

use std::sync::{Arc, Mutex};

use crate::time::{DateStyle, IntervalStyle};

/// The state PostgreSQL keeps per session that pgshim needs: the `TimeZone`
/// setting (default UTC; the process's local zone is never read),
/// `DateStyle`, `IntervalStyle` and `application_name`.
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

/// How a server lists its databases.
#[derive(Clone)]
struct DatabaseList(Arc<dyn Fn() -> Vec<String> + Send + Sync>);

impl std::fmt::Debug for DatabaseList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseList")
    }
}

#[derive(Debug)]
struct State {
    time_zone: String,
    /// What `RESET TimeZone` returns to: the session's startup value.
    reset_time_zone: String,
    date_style: DateStyle,
    reset_date_style: DateStyle,
    interval_style: IntervalStyle,
    reset_interval_style: IntervalStyle,
    application_name: String,
    reset_application_name: String,
    search_path: String,
    /// The role the session runs as (`current_user`, `session_user`).
    user: String,
    /// The database the session is connected to (`current_database()`).
    database: String,
    /// The databases its server serves, as pg_database lists them
    /// ([`Session::set_database_list`]); absent: only its own.
    database_list: Option<DatabaseList>,
    /// The isolation level the transaction block began with, when not
    /// READ COMMITTED.
    isolation: Option<&'static str>,
    /// The other settings an application may change ([`check_setting`]),
    /// by canonical name, as `SHOW` prints them; absent: the default.
    others: std::collections::HashMap<&'static str, String>,
    /// What `RESET` returns the other settings to: the session's startup
    /// values (absent: the default).
    reset_others: std::collections::HashMap<&'static str, String>,
    /// Start of the current transaction and statement (Unix microseconds),
    /// set by [`crate::Connection`] before each statement.
    transaction_start: Option<i64>,
    statement_start: Option<i64>,
    /// `currval`: the value `nextval` (or `setval` with `is_called`) last
    /// gave each sequence in this session.
    sequence_values: std::collections::HashMap<String, i64>,
    /// `lastval`: the sequence `nextval` advanced last in this session.
    last_sequence: Option<String>,
    /// Per sequence, the value `nextval` handed out last in this session.
    sequence_handed: std::collections::HashMap<String, i64>,
    /// In a transaction block: the settings it started with and those at
    /// each savepoint (innermost last), for ROLLBACK and ROLLBACK TO.
    block: Option<(Settings, Vec<(String, Settings)>)>,
    /// A ROLLBACK or ROLLBACK TO ran since [`Session::take_rolled_back`]
    /// (for the loaded extension, which sees them in SQLite's trace).
    rolled_back: bool,
}

impl Default for State {
    fn default() -> State {
        State {
            time_zone: "UTC".into(),
            reset_time_zone: "UTC".into(),
            date_style: DateStyle::ISO,
            reset_date_style: DateStyle::ISO,
            interval_style: IntervalStyle::Postgres,
            reset_interval_style: IntervalStyle::Postgres,
            application_name: String::new(),
            search_path: "\"$user\", public".into(),
            user: "postgres".into(),
            database: "postgres".into(),
            database_list: None,
            isolation: None,
            others: Default::default(),
            reset_others: Default::default(),
            reset_application_name: String::new(),
            transaction_start: None,
            statement_start: None,
            sequence_values: Default::default(),
            last_sequence: None,
            sequence_handed: Default::default(),
            block: None,
            rolled_back: false,
        }
    }
}

/// The settings a transaction block can undo: what `SET` changed since
/// `BEGIN` (or a savepoint) is put back by `ROLLBACK` (or `ROLLBACK TO`).
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    time_zone: String,
    date_style: DateStyle,
    interval_style: IntervalStyle,
    application_name: String,
    search_path: String,
    others: std::collections::HashMap<&'static str, String>,
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

    /// The settings as they are now, for a transaction block or a
    /// savepoint to restore
    /// ([§ SET](https://www.postgresql.org/docs/15/sql-set.html): "the
    /// effects of SET … disappear if the transaction is rolled back").
    fn settings(s: &State) -> Settings {
        Settings {
            time_zone: s.time_zone.clone(),
            date_style: s.date_style,
            interval_style: s.interval_style,
            application_name: s.application_name.clone(),
            search_path: s.search_path.clone(),
            others: s.others.clone(),
        }
    }

    /// Puts back settings taken by [`Session::settings`].
    fn restore(s: &mut State, settings: Settings) {
        s.time_zone = settings.time_zone;
        s.date_style = settings.date_style;
        s.interval_style = settings.interval_style;
        s.application_name = settings.application_name;
        s.search_path = settings.search_path;
        s.others = settings.others;
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

    /// Sets the session's startup time zone, as PostgreSQL takes it from
    /// `PGTZ` or a connection's `TimeZone` option: the zone now, and the one
    /// `RESET TimeZone`, `SET TIME ZONE DEFAULT` and `RESET ALL` return to
    /// (`UTC` until this is called).
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.set_default_time_zone("America/Los_Angeles").unwrap();
    /// s.set_time_zone("Asia/Kolkata").unwrap();
    /// s.reset("TimeZone").unwrap();
    /// assert_eq!(s.time_zone(), "America/Los_Angeles");
    /// ```
    pub fn set_default_time_zone(&self, zone: &str) -> crate::Result<()> {
        let canon = crate::rewrite::canonical_time_zone(zone)?;
        let mut st = self.state();
        st.time_zone = canon.clone();
        st.reset_time_zone = canon;
        Ok(())
    }

    /// The `DateStyle` setting (default `ISO, MDY`).
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.set("DateStyle", "German").unwrap();
    /// assert_eq!(s.date_style().to_string(), "German, DMY");
    /// ```
    pub fn date_style(&self) -> DateStyle {
        self.state().date_style
    }

    /// The `IntervalStyle` setting (default `postgres`).
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.set("IntervalStyle", "iso_8601").unwrap();
    /// assert_eq!(s.interval_style(), pgshim::IntervalStyle::Iso8601);
    /// ```
    pub fn interval_style(&self) -> IntervalStyle {
        self.state().interval_style
    }

    /// Sets the session's startup `DateStyle` and `IntervalStyle`, as
    /// PostgreSQL takes them from `PGDATESTYLE` or a connection's options:
    /// the values now, and the ones `RESET` returns to.
    ///
    /// ```
    /// use pgshim::{DateStyle, IntervalStyle};
    /// let s = pgshim::Session::new();
    /// let pg = DateStyle::parse("Postgres, MDY", DateStyle::ISO).unwrap();
    /// s.set_default_styles(pg, IntervalStyle::PostgresVerbose);
    /// s.set("DateStyle", "ISO").unwrap();
    /// s.reset("DateStyle").unwrap();
    /// assert_eq!(s.show("DateStyle").as_deref(), Some("Postgres, MDY"));
    /// ```
    pub fn set_default_styles(&self, date_style: DateStyle, interval_style: IntervalStyle) {
        let mut st = self.state();
        st.date_style = date_style;
        st.reset_date_style = date_style;
        st.interval_style = interval_style;
        st.reset_interval_style = interval_style;
    }

    /// Returns a setting to its session default (what `RESET name` does):
    /// `TimeZone`, `DateStyle` and `IntervalStyle` to their startup values,
    /// `application_name` to empty; `ALL` resets them all.
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.set_time_zone("Europe/Dublin").unwrap();
    /// s.reset("all").unwrap();
    /// assert_eq!(s.time_zone(), "UTC");
    /// ```
    pub fn reset(&self, name: &str) -> crate::Result<()> {
        let all = name.eq_ignore_ascii_case("all");
        let canon = crate::rewrite::canonical_setting(name);
        let mut st = self.state();
        if all || canon == Some("TimeZone") {
            st.time_zone = st.reset_time_zone.clone();
        }
        if all || canon == Some("DateStyle") {
            st.date_style = st.reset_date_style;
        }
        if all || canon == Some("IntervalStyle") {
            st.interval_style = st.reset_interval_style;
        }
        if all || canon == Some("application_name") {
            st.application_name = st.reset_application_name.clone();
        }
        if all {
            st.others = st.reset_others.clone();
        } else if let Some(c) = canon {
            match st.reset_others.get(c).cloned() {
                Some(v) => st.others.insert(c, v),
                None => st.others.remove(c),
            };
        }
        Ok(())
    }

    /// Makes every setting's value now the one `RESET` returns to, as a
    /// connection's startup parameters are in PostgreSQL (`RESET
    /// application_name` after connecting as psql gives `psql`).
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.set("application_name", "worker").unwrap();
    /// s.keep_as_defaults();
    /// s.set("application_name", "other").unwrap();
    /// s.reset("application_name").unwrap();
    /// assert_eq!(s.show("application_name").unwrap(), "worker");
    /// ```
    pub fn keep_as_defaults(&self) {
        self.keep_defaults();
    }

    /// Names the role and database the session runs as, as a server's
    /// startup does (`user` and `database` of the startup packet): what
    /// `current_user`, `session_user`, `current_database()` and
    /// `SHOW session_authorization` answer. Both are `postgres` until then.
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// assert_eq!(s.user(), "postgres");
    /// s.set_identity("app", "tickets");
    /// assert_eq!((s.user(), s.database()), ("app".to_string(), "tickets".to_string()));
    /// assert_eq!(s.show("session_authorization").as_deref(), Some("app"));
    /// ```
    pub fn set_identity(&self, user: &str, database: &str) {
        let mut st = self.state();
        st.user = user.to_string();
        st.database = database.to_string();
    }

    /// The role the session runs as.
    ///
    /// ```
    /// assert_eq!(pgshim::Session::new().user(), "postgres");
    /// ```
    pub fn user(&self) -> String {
        self.state().user.clone()
    }

    /// The database the session is connected to.
    ///
    /// ```
    /// assert_eq!(pgshim::Session::new().database(), "postgres");
    /// ```
    pub fn database(&self) -> String {
        self.state().database.clone()
    }

    /// Says which databases the session's server serves, for pg_database
    /// (psql's `\l`): `list` is asked each time a catalog query needs it,
    /// so databases created and dropped by other sessions show. Without
    /// one, pg_database has the session's own database only.
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// assert_eq!(s.databases(), ["postgres"]);
    /// s.set_database_list(|| vec!["tickets".into(), "postgres".into()]);
    /// assert_eq!(s.databases(), ["postgres", "tickets"]);
    /// ```
    pub fn set_database_list(&self, list: impl Fn() -> Vec<String> + Send + Sync + 'static) {
        self.state().database_list = Some(DatabaseList(Arc::new(list)));
    }

    /// The databases pg_database lists: the server's (sorted), always
    /// with the session's own.
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.set_identity("app", "tickets");
    /// assert_eq!(s.databases(), ["tickets"]);
    /// ```
    pub fn databases(&self) -> Vec<String> {
        let (own, list) = {
            let st = self.state();
            (st.database.clone(), st.database_list.clone())
        };
        let mut all = list.map(|l| (l.0)()).unwrap_or_default();
        all.push(own);
        all.sort();
        all.dedup();
        all
    }

    fn keep_defaults(&self) {
        let mut st = self.state();
        st.reset_time_zone = st.time_zone.clone();
        st.reset_date_style = st.date_style;
        st.reset_interval_style = st.interval_style;
        st.reset_application_name = st.application_name.clone();
        st.reset_others = st.others.clone();
    }

    /// Marks the start of a statement: `statement_timestamp()` becomes the
    /// clock's time, and so does `now()` when the statement starts a
    /// transaction (`in_transaction` false: autocommit, or `BEGIN` itself).
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.begin_statement(false);
    /// let t = s.transaction_micros();
    /// s.begin_statement(true);
    /// assert_eq!(s.transaction_micros(), t);
    /// ```
    pub fn begin_statement(&self, in_transaction: bool) {
        let now = clock_micros();
        let mut st = self.state();
        st.statement_start = Some(now);
        if !in_transaction || st.transaction_start.is_none() {
            st.transaction_start = Some(now);
        }
        if !in_transaction {
            st.block = None;
            st.isolation = None;
        } else if st.block.is_none() {
            st.block = Some((Session::settings(&st), Vec::new()));
        }
    }

    /// Before a transaction statement runs (`sql` as SQLite runs it): a
    /// ROLLBACK puts back the settings the block started with, a ROLLBACK
    /// TO those at the savepoint, and COMMIT keeps what SET did. Says
    /// whether the statement rolls back (what the block created may then
    /// be gone from the file's schema).
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.begin_statement(true);
    /// s.set("application_name", "in the block").unwrap();
    /// assert!(s.block_statement("ROLLBACK", true));
    /// assert_eq!(s.show("application_name").unwrap(), "");
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/15/sql-set.html> ("the effects of
    /// SET … disappear if the transaction is rolled back"),
    /// <https://www.postgresql.org/docs/15/sql-rollback-to.html>
    pub fn block_statement(&self, sql: &str, in_transaction: bool) -> bool {
        let Some(statement) = BlockStatement::parse(sql) else {
            return false;
        };
        let mut st = self.state();
        if let BlockStatement::Begin(level) = statement {
            st.isolation = level;
            return false;
        }
        if !in_transaction {
            st.block = None;
            if !matches!(statement, BlockStatement::Savepoint(_)) {
                return false;
            }
        }
        let rolls_back = matches!(
            statement,
            BlockStatement::Rollback | BlockStatement::RollbackTo(_)
        );
        let now = Session::settings(&st);
        let (start, savepoints) = st.block.get_or_insert_with(|| (now.clone(), Vec::new()));
        // A savepoint's place: the innermost of the name, compared as
        // SQLite compares savepoint names.
        let place = |savepoints: &[(String, Settings)], name: &str| {
            savepoints
                .iter()
                .rposition(|(n, _)| n.eq_ignore_ascii_case(name))
        };
        let put_back = match statement {
            BlockStatement::Begin(_) => None,
            BlockStatement::Commit => {
                st.block = None;
                None
            }
            BlockStatement::Rollback => {
                let start = start.clone();
                st.block = None;
                Some(start)
            }
            BlockStatement::Savepoint(name) => {
                savepoints.push((name, now));
                None
            }
            BlockStatement::RollbackTo(name) => place(savepoints, &name).map(|i| {
                savepoints.truncate(i + 1);
                savepoints[i].1.clone()
            }),
            BlockStatement::Release(name) => {
                if let Some(i) = place(savepoints, &name) {
                    savepoints.truncate(i);
                }
                None
            }
        };
        if let Some(settings) = put_back {
            Session::restore(&mut st, settings);
        }
        st.rolled_back |= rolls_back;
        rolls_back
    }

    /// Whether a ROLLBACK or ROLLBACK TO ran since the last call (what
    /// the block created may be gone from the file's schema).
    pub(crate) fn take_rolled_back(&self) -> bool {
        std::mem::take(&mut self.state().rolled_back)
    }

    /// `now()`: the start of the current transaction in Unix microseconds
    /// (the clock, when no statement was marked).
    ///
    /// ```
    /// assert!(pgshim::Session::new().transaction_micros() > 0);
    /// ```
    pub fn transaction_micros(&self) -> i64 {
        self.state().transaction_start.unwrap_or_else(clock_micros)
    }

    /// `statement_timestamp()`: the start of the current statement.
    ///
    /// ```
    /// assert!(pgshim::Session::new().statement_micros() > 0);
    /// ```
    pub fn statement_micros(&self) -> i64 {
        self.state().statement_start.unwrap_or_else(clock_micros)
    }

    /// Records a sequence's value for `currval` (and, from `nextval`, for
    /// `lastval`).
    pub(crate) fn note_sequence_value(&self, name: &str, value: i64, from_nextval: bool) {
        let mut st = self.state();
        st.sequence_values.insert(name.to_string(), value);
        if from_nextval {
            st.last_sequence = Some(name.to_string());
        }
    }

    /// The value `nextval` last handed out for a sequence in this session
    /// (kept because SQLite undoes a failed statement's writes, while
    /// PostgreSQL never hands a value out twice).
    pub(crate) fn sequence_handed(&self, name: &str) -> Option<i64> {
        self.state().sequence_handed.get(name).copied()
    }

    /// Records a value `nextval` handed out.
    pub(crate) fn note_sequence_handed(&self, name: &str, value: i64) {
        self.state().sequence_handed.insert(name.to_string(), value);
    }

    /// Forgets what `nextval` handed out for a sequence that was set,
    /// altered or dropped.
    pub(crate) fn sequence_reset(&self, name: &str) {
        self.state().sequence_handed.remove(name);
    }

    /// Forgets what `nextval` handed out for every sequence (TRUNCATE …
    /// RESTART IDENTITY).
    pub(crate) fn sequence_reset_all(&self) {
        self.state().sequence_handed.clear();
    }

    /// `currval(name)`: the sequence's last value in this session, if any.
    pub(crate) fn sequence_value(&self, name: &str) -> Option<i64> {
        self.state().sequence_values.get(name).copied()
    }

    /// `lastval()`: the sequence `nextval` advanced last, and its value.
    pub(crate) fn last_sequence_value(&self) -> Option<(String, i64)> {
        let st = self.state();
        let name = st.last_sequence.clone()?;
        let v = st.sequence_values.get(&name).copied()?;
        Some((name, v))
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
            "DateStyle" => self.date_style().to_string(),
            "IntervalStyle" => self.interval_style().to_string(),
            "search_path" => self.state().search_path.clone(),
            "server_encoding" => "UTF8".into(),
            "integer_datetimes" => "on".into(),
            "server_version" => crate::SERVER_VERSION.into(),
            "session_authorization" => self.state().user.clone(),
            "transaction_isolation" => self.state().isolation.unwrap_or("read committed").into(),
            "default_transaction_isolation" => "read committed".into(),
            other => match self.state().others.get(other) {
                Some(v) => v.clone(),
                None => setting_default(other)?.into(),
            },
        })
    }

    /// A number that changes when any setting changes (a hash of them
    /// all, read under one lock and without building their texts): a
    /// server compares it after each statement and reads the settings it
    /// reports to its client only when it moved.
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// let before = s.settings_stamp();
    /// assert_eq!(s.settings_stamp(), before);
    /// s.set("application_name", "worker").unwrap();
    /// assert_ne!(s.settings_stamp(), before);
    /// ```
    pub fn settings_stamp(&self) -> u64 {
        use std::hash::{BuildHasher, Hash, Hasher};
        let st = self.state();
        let build =
            std::hash::BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default();
        let mut h = build.build_hasher();
        (
            &st.time_zone,
            st.date_style,
            st.interval_style,
            &st.application_name,
            &st.search_path,
        )
            .hash(&mut h);
        // The others in any order: their hashes summed.
        let others = st
            .others
            .iter()
            .fold(0u64, |sum, kv| sum.wrapping_add(build.hash_one(kv)));
        others.hash(&mut h);
        h.finish()
    }

    /// Changes a setting by name (what `SET name = value` does).
    pub fn set(&self, name: &str, value: &str) -> crate::Result<()> {
        match crate::rewrite::canonical_setting(name) {
            Some("TimeZone") => self.set_time_zone(value),
            Some("application_name") => {
                self.state().application_name = value.to_string();
                Ok(())
            }
            Some("DateStyle") => {
                let mut st = self.state();
                st.date_style = DateStyle::parse_in(value, st.date_style, st.reset_date_style)
                    .map_err(setting_error)?;
                Ok(())
            }
            Some("IntervalStyle") => {
                self.state().interval_style = IntervalStyle::parse(value).map_err(setting_error)?;
                Ok(())
            }
            // Only PostgreSQL's default schemas reach here (the translator
            // refuses others).
            Some("search_path") => {
                self.state().search_path = value.to_string();
                Ok(())
            }
            Some(other) if setting_default(other).is_some() && other != "server_encoding" => {
                match check_setting(other, value)? {
                    Some(v) => {
                        self.state().others.insert(other, v);
                        Ok(())
                    }
                    None => Err(crate::Error::unsupported(
                        format!("SET {other} = '{value}'"),
                        None,
                        "pgshim implements PostgreSQL's defaults for this setting only",
                    )),
                }
            }
            _ => Err(crate::Error::Semantic {
                message: format!("parameter \"{name}\" cannot be changed"),
                span: None,
                help: None,
            }),
        }
    }
}

/// The default of a setting kept in [`State::others`], as `SHOW` prints
/// it (PostgreSQL's defaults).
fn setting_default(name: &str) -> Option<&'static str> {
    Some(match name {
        "client_encoding" => "UTF8",
        "server_encoding" => "UTF8",
        "standard_conforming_strings" => "on",
        "extra_float_digits" => "1",
        "client_min_messages" => "notice",
        "statement_timeout" | "lock_timeout" => "0",
        "idle_in_transaction_session_timeout" => "0",
        "row_security" | "check_function_bodies" | "jit" => "on",
        "xmloption" => "content",
        // NAMEDATALEN - 1, PostgreSQL's (and so pgshim's) longest name.
        "max_identifier_length" => "63",
        "server_version_num" => "150018",
        _ => return None,
    })
}

/// Reads a value for one of the settings an application may change beyond
/// the time zone and styles, as PostgreSQL's check hooks do: `Ok(Some(v))`
/// with the value as `SHOW` prints it when pgshim honours it, `Ok(None)`
/// when PostgreSQL would take it but pgshim does not implement its effect
/// (the caller refuses it), or PostgreSQL's error for a bad value.
///
/// - `client_encoding`: UTF8 (pgshim's only encoding; also SQL_ASCII,
///   which PostgreSQL passes through unconverted).
/// - `standard_conforming_strings`: on (the only string syntax parsed).
/// - `extra_float_digits`: 1 to 3, which all print floats in the shortest
///   exact form; 0 and below round and are refused.
/// - `client_min_messages`: any level (pgshim sends no notices).
/// - `statement_timeout`, `lock_timeout`: a duration (ms default unit);
///   the connection cancels a statement that runs, or waits for SQLite's
///   write lock, longer.
/// - `idle_in_transaction_session_timeout`: 0, which pg_dump's scripts
///   set (no timeout, pgshim's behaviour); any other duration is refused,
///   as pgshim does not end idle sessions.
/// - `row_security`, `check_function_bodies`, `xmloption`: any of their
///   values. pgshim has no row-level security policies, no function
///   bodies and no xml type, so each value answers alike, as PostgreSQL's
///   does on a database without them; pg_dump's scripts set them.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/runtime-config-client.html>
pub(crate) fn check_setting(name: &str, value: &str) -> crate::Result<Option<String>> {
    let bad = || {
        crate::Error::semantic(
            format!("invalid value for parameter \"{name}\": \"{value}\""),
            None,
        )
    };
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    match name {
        // PostgreSQL reads an encoding name without its punctuation
        // (clean_encoding_name): `'utf-8'` is UTF8.
        "client_encoding" => match lower
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .as_str()
        {
            "utf8" | "unicode" => Ok(Some("UTF8".into())),
            "sqlascii" => Ok(Some("SQL_ASCII".into())),
            "latin1" | "latin2" | "latin9" | "win1252" | "win1251" | "euccn" | "eucjp" | "sjis"
            | "big5" | "gbk" | "koi8r" | "iso88591" | "iso885915" => Ok(None),
            _ => Err(bad()),
        },
        "standard_conforming_strings" => match lower.as_str() {
            "on" | "true" | "yes" | "1" => Ok(Some("on".into())),
            "off" | "false" | "no" | "0" => Ok(None),
            _ => Err(crate::Error::semantic(
                format!("parameter \"{name}\" requires a Boolean value"),
                None,
            )),
        },
        "extra_float_digits" => {
            let n: i64 = v.parse().map_err(|_| {
                crate::Error::semantic(
                    format!("invalid value for parameter \"{name}\": \"{value}\""),
                    None,
                )
            })?;
            if !(-15..=3).contains(&n) {
                return Err(crate::Error::semantic(
                    format!("{n} is outside the valid range for parameter \"{name}\" (-15 .. 3)"),
                    None,
                ));
            }
            Ok((n >= 1).then(|| n.to_string()))
        }
        "client_min_messages" => match lower.as_str() {
            "debug5" | "debug4" | "debug3" | "debug2" | "debug1" | "log" | "notice" | "warning"
            | "error" => Ok(Some(lower)),
            "debug" => Ok(Some("debug2".into())),
            _ => Err(crate::Error::semantic_hint(
                format!("invalid value for parameter \"{name}\": \"{value}\""),
                None,
                "Available values: debug5, debug4, debug3, debug2, debug1, log, notice, warning, error.",
            )),
        },
        "idle_in_transaction_session_timeout" => {
            let ms = timeout_value(name, v).ok_or_else(bad)??;
            Ok((ms == 0).then(|| "0".to_string()))
        }
        // jit: pgshim compiles no expressions, so either value answers
        // alike (PostgreSQL's JIT changes speed only).
        "row_security" | "check_function_bodies" | "jit" => match lower.as_str() {
            "on" | "true" | "yes" | "1" => Ok(Some("on".into())),
            "off" | "false" | "no" | "0" => Ok(Some("off".into())),
            _ => Err(crate::Error::semantic(
                format!("parameter \"{name}\" requires a Boolean value"),
                None,
            )),
        },
        "xmloption" => match lower.as_str() {
            "content" | "document" => Ok(Some(lower)),
            _ => Err(crate::Error::semantic_hint(
                format!("invalid value for parameter \"{name}\": \"{value}\""),
                None,
                "Available values: content, document.",
            )),
        },
        "statement_timeout" | "lock_timeout" => {
            let ms = timeout_value(name, v).ok_or_else(bad)??;
            Ok(Some(show_ms(ms)))
        }
        _ => Err(bad()),
    }
}

/// A timeout setting's value in milliseconds, in PostgreSQL's range
/// (0 to 2^31 - 1 ms): `None` when it is no duration, `Some(Err)` out of
/// range.
fn timeout_value(name: &str, v: &str) -> Option<crate::Result<i64>> {
    let ms = duration_ms(v)?;
    if !(0..=i64::from(i32::MAX)).contains(&ms) {
        return Some(Err(crate::Error::semantic(
            format!(
                "{ms} ms is outside the valid range for parameter \"{name}\" (0 .. 2147483647)"
            ),
            None,
        )));
    }
    Some(Ok(ms))
}

/// A time setting's value in milliseconds: a number with an optional unit
/// (`us`, `ms`, `s`, `min`, `h`, `d`; milliseconds without one), as
/// PostgreSQL's parse_int reads it.
fn duration_ms(v: &str) -> Option<i64> {
    let v = v.trim();
    let split = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(v.len());
    let (num, unit) = v.split_at(split);
    let n: f64 = num.parse().ok()?;
    let scale = match unit.trim() {
        "" | "ms" => 1.0,
        "us" => 0.001,
        "s" => 1000.0,
        "min" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        _ => return None,
    };
    Some((n * scale).round() as i64)
}

/// How `SHOW` prints a time setting: in the largest unit that divides it.
fn show_ms(ms: i64) -> String {
    if ms == 0 {
        return "0".into();
    }
    for (unit, size) in [
        ("d", 86_400_000),
        ("h", 3_600_000),
        ("min", 60_000),
        ("s", 1000),
    ] {
        if ms % size == 0 {
            return format!("{}{unit}", ms / size);
        }
    }
    format!("{ms}ms")
}

impl Session {
    /// `statement_timeout` in milliseconds (0: none).
    ///
    /// ```
    /// let s = pgshim::Session::new();
    /// s.set("statement_timeout", "2s").unwrap();
    /// assert_eq!(s.statement_timeout_ms(), 2000);
    /// assert_eq!(s.show("statement_timeout").as_deref(), Some("2s"));
    /// ```
    pub fn statement_timeout_ms(&self) -> u64 {
        self.timeout_ms("statement_timeout")
    }

    /// `lock_timeout` in milliseconds (0: wait as long as it takes).
    pub fn lock_timeout_ms(&self) -> u64 {
        self.timeout_ms("lock_timeout")
    }

    fn timeout_ms(&self, name: &str) -> u64 {
        self.state()
            .others
            .get(name)
            .and_then(|v| duration_ms(v))
            .map_or(0, |ms| ms.max(0) as u64)
    }
}

/// A setting's error as PostgreSQL reports it: the message, and its
/// DETAIL or HINT line (after a newline in `e`) as the hint.
pub(crate) fn setting_error(e: crate::time::TimeError) -> crate::Error {
    match e.0.split_once('\n') {
        Some((message, more)) => {
            let more = more
                .trim_start_matches("DETAIL:  ")
                .trim_start_matches("HINT:  ");
            crate::Error::semantic_hint(message, None, more)
        }
        None => crate::Error::semantic(e.0, None),
    }
}

/// The system clock in Unix microseconds (`clock_timestamp()`).
pub(crate) fn clock_micros() -> i64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_micros() as i64,
        Err(e) => -(e.duration().as_micros() as i64),
    }
}

/// A statement that ends a transaction block or works on a savepoint, as
/// SQLite runs it.
enum BlockStatement {
    /// BEGIN, with the isolation level begin_sql names when not READ
    /// COMMITTED.
    Begin(Option<&'static str>),
    Commit,
    Rollback,
    Savepoint(String),
    RollbackTo(String),
    Release(String),
}

impl BlockStatement {
    /// Reads `COMMIT`/`END`, `ROLLBACK`, `SAVEPOINT n`, `ROLLBACK TO
    /// [SAVEPOINT] n` and `RELEASE [SAVEPOINT] n` (with optional
    /// `TRANSACTION`/`WORK`; a name bare or in double quotes).
    fn parse(sql: &str) -> Option<BlockStatement> {
        // Most statements: not one of these (read at each statement).
        let first = sql.trim_start().as_bytes().first()?.to_ascii_uppercase();
        if !matches!(first, b'B' | b'C' | b'E' | b'R' | b'S') {
            return None;
        }
        if first == b'B' {
            let level = ["read uncommitted", "repeatable read", "serializable"]
                .into_iter()
                .find(|l| sql.contains(&format!("/*isolation:{l}*/")));
            return sql
                .get(..5)
                .is_some_and(|b| b.eq_ignore_ascii_case("begin"))
                .then_some(BlockStatement::Begin(level));
        }
        let mut w = Words(sql.trim().trim_end_matches(';').trim_end());
        // `[SAVEPOINT] name` and nothing after it.
        let named = |w: &mut Words| {
            let _ = w.keyword("SAVEPOINT");
            let name = w.name()?;
            w.done().then_some(name)
        };
        if w.keyword("COMMIT") || w.keyword("END") {
            let _ = w.keyword("TRANSACTION") || w.keyword("WORK");
            w.done().then_some(BlockStatement::Commit)
        } else if w.keyword("ROLLBACK") {
            let _ = w.keyword("TRANSACTION") || w.keyword("WORK");
            if w.done() {
                Some(BlockStatement::Rollback)
            } else if w.keyword("TO") {
                named(&mut w).map(BlockStatement::RollbackTo)
            } else {
                None
            }
        } else if w.keyword("RELEASE") {
            named(&mut w).map(BlockStatement::Release)
        } else if w.keyword("SAVEPOINT") {
            let name = w.name()?;
            w.done().then_some(BlockStatement::Savepoint(name))
        } else {
            None
        }
    }
}

/// The words of a transaction statement, read from the front.
struct Words<'a>(&'a str);

impl Words<'_> {
    /// Whether the next bare word is `word` (upper case; compared
    /// ignoring case), and if so, past it.
    fn keyword(&mut self, word: &str) -> bool {
        let s = self.0.trim_start();
        let end = s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len());
        let found = end > 0 && s[..end].eq_ignore_ascii_case(word);
        if found {
            self.0 = &s[end..];
        }
        found
    }

    /// Whether nothing is left.
    fn done(&self) -> bool {
        self.0.trim().is_empty()
    }

    /// The next name: a bare word (as written) or a double-quoted one.
    fn name(&mut self) -> Option<String> {
        let s = self.0.trim_start();
        if let Some(rest) = s.strip_prefix('"') {
            let mut name = String::new();
            let mut chars = rest.char_indices();
            while let Some((i, c)) = chars.next() {
                if c == '"' {
                    if rest[i + 1..].starts_with('"') {
                        name.push('"');
                        chars.next();
                    } else {
                        self.0 = &rest[i + 1..];
                        return Some(name);
                    }
                } else {
                    name.push(c);
                }
            }
            return None;
        }
        let end = s
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
            .unwrap_or(s.len());
        if end == 0 {
            return None;
        }
        self.0 = &s[end..];
        Some(s[..end].to_string())
    }
}
