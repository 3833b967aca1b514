//! Session statements: `SET TIME ZONE`, `SET name TO/= value`, `RESET`,
//! `SHOW`.
//!
//! They translate into calls of `pg_set_config()` / `pg_show()`, which
//! update or read the connection's [`Session`](crate::Session).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-set.html>,
//! <https://www.postgresql.org/docs/current/sql-show.html>

use sqlparser::ast::{Expr, Reset, Set, Statement, Value};

use super::{Cx, OutputColumn, StatementKind, Translation, build};
use crate::error::{Error, Result};
use crate::session::setting_error;
use crate::time::{DateStyle, IntervalStyle};
use crate::types::PgType;

/// A session setting changed by a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Setting {
    /// The `TimeZone` setting, as a canonical IANA name.
    TimeZone(String),
    /// `application_name`.
    ApplicationName(String),
    /// `RESET TimeZone`, `SET TIME ZONE DEFAULT`: back to the session's
    /// startup zone ([`Session::set_default_time_zone`](crate::Session::set_default_time_zone)).
    ResetTimeZone,
    /// The `DateStyle` setting.
    DateStyle(DateStyle),
    /// The `IntervalStyle` setting.
    IntervalStyle(IntervalStyle),
    /// `RESET DateStyle`, `SET DateStyle TO DEFAULT`: back to the startup
    /// value ([`Session::set_default_styles`](crate::Session::set_default_styles)).
    ResetDateStyle,
    /// `RESET IntervalStyle`, `SET IntervalStyle TO DEFAULT`.
    ResetIntervalStyle,
    /// `RESET ALL`: every setting back to its startup value.
    ResetAll,
}

/// The settings pgshim knows: PostgreSQL's canonical name, and whether an
/// application may change it. The others are fixed to what pgshim
/// implements.
pub const SETTINGS: &[(&str, bool)] = &[
    ("TimeZone", true),
    ("application_name", true),
    ("DateStyle", true),
    ("IntervalStyle", true),
    ("client_encoding", true),
    ("server_encoding", false),
    ("standard_conforming_strings", true),
    ("integer_datetimes", false),
    ("extra_float_digits", true),
    ("search_path", false),
    ("client_min_messages", true),
    ("statement_timeout", true),
    ("lock_timeout", true),
    ("server_version", false),
    ("server_version_num", false),
    ("max_identifier_length", false),
    ("session_authorization", false),
    ("transaction_isolation", false),
    ("default_transaction_isolation", false),
    // pg_dump's preamble sets these.
    ("idle_in_transaction_session_timeout", true),
    ("row_security", true),
    ("check_function_bodies", true),
    ("xmloption", true),
    // asyncpg turns it off while it introspects types.
    ("jit", true),
];

/// The canonical name of a setting, matched case-insensitively.
pub(crate) fn canonical(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase();
    let n = match n.as_str() {
        "time zone" => "timezone".to_string(),
        "transaction isolation level" => "transaction_isolation".to_string(),
        _ => n,
    };
    SETTINGS
        .iter()
        .map(|(s, _)| *s)
        .find(|s| s.eq_ignore_ascii_case(&n))
}

/// Checks a time zone name the way PostgreSQL's `SET TIME ZONE` does and
/// returns its canonical spelling (`america/new_york` → `America/New_York`).
///
/// ```
/// assert_eq!(pgshim::canonical_time_zone("utc").unwrap(), "UTC");
/// assert_eq!(
///     pgshim::canonical_time_zone("Mars/Base").unwrap_err().to_string(),
///     "invalid value for parameter \"TimeZone\": \"Mars/Base\""
/// );
/// ```
pub fn canonical_time_zone(name: &str) -> Result<String> {
    crate::time::Zone::from_setting(name)
        .map(|(_, canon)| canon)
        .map_err(|e| Error::semantic(e.0, None))
}

impl Cx<'_> {
    pub(crate) fn session(&mut self, stmt: &mut Statement) -> Result<Translation> {
        match stmt {
            Statement::Set(Set::SetTimeZone { local, value }) => {
                if *local {
                    return Err(Error::unsupported(
                        "SET LOCAL",
                        None,
                        "use SET (session scope)",
                    ));
                }
                set_time_zone(value)
            }
            Statement::Set(Set::SingleAssignment {
                scope,
                hivevar: false,
                variable,
                values,
            }) => {
                if let [v] = variable.0.as_slice()
                    && v.as_ident().is_some_and(|i| {
                        i.quote_style.is_none() && i.value == super::SET_CONSTRAINTS
                    })
                {
                    return set_constraints(values);
                }
                if scope
                    .as_ref()
                    .is_some_and(|s| s.to_string().eq_ignore_ascii_case("local"))
                {
                    return Err(Error::unsupported(
                        "SET LOCAL",
                        None,
                        "use SET (session scope)",
                    ));
                }
                let name = variable.to_string();
                // pgshim has one schema: setting search_path to PostgreSQL's
                // default (or just public) changes nothing.
                if name.eq_ignore_ascii_case("search_path") {
                    let ok = values.iter().all(|v| {
                        setting_text(v).is_ok_and(|s| {
                            let s = s.trim().to_ascii_lowercase();
                            s == "public" || s == "$user"
                        })
                    });
                    if ok && !values.is_empty() {
                        // Kept for SHOW, in PostgreSQL's spelling.
                        let shown: Vec<String> = values
                            .iter()
                            .filter_map(|v| setting_text(v).ok())
                            .map(|s| {
                                if s.trim() == "$user" {
                                    "\"$user\"".to_string()
                                } else {
                                    s.trim().to_ascii_lowercase()
                                }
                            })
                            .collect();
                        return Ok(set_call("search_path", &shown.join(", ")));
                    }
                    return Err(Error::unsupported(
                        "SET search_path to a schema other than public",
                        None,
                        "pgshim has one schema, public",
                    ));
                }
                let Some(canon) = canonical(&name) else {
                    return Err(Error::semantic(
                        format!(
                            "unrecognized configuration parameter \"{}\"",
                            name.to_lowercase()
                        ),
                        None,
                    ));
                };
                // The isolation level is the transaction's, set by BEGIN.
                if canon == "transaction_isolation" || canon == "default_transaction_isolation" {
                    return Err(Error::unsupported(
                        format!("SET {canon}"),
                        None,
                        "write BEGIN ISOLATION LEVEL …; the default is READ COMMITTED",
                    ));
                }
                // `SET datestyle = iso, mdy`: a list setting takes several.
                if canon == "DateStyle" {
                    return self.set_date_style(values);
                }
                let [value] = values.as_mut_slice() else {
                    return Err(Error::semantic(
                        format!("SET {canon} takes only one argument"),
                        None,
                    ));
                };
                match canon {
                    "IntervalStyle" => {
                        let v = setting_text(value)?;
                        if is_default(value) {
                            return Ok(reset_call("IntervalStyle"));
                        }
                        // An enum setting's error names the parameter as
                        // written (folded to lower case unless quoted).
                        let written = match name.strip_prefix('"') {
                            Some(q) => q.trim_end_matches('"').to_string(),
                            None => name.to_lowercase(),
                        };
                        let style = IntervalStyle::parse(&v)
                            .map_err(|e| {
                                crate::time::TimeError(e.0.replacen(
                                    "\"IntervalStyle\"",
                                    &format!("\"{written}\""),
                                    1,
                                ))
                            })
                            .map_err(setting_error)?;
                        let mut t = set_call(canon, style.as_str());
                        t.setting = Some(Setting::IntervalStyle(style));
                        Ok(t)
                    }
                    "TimeZone" => set_time_zone(value),
                    "application_name" => {
                        let v = setting_text(value)?;
                        if is_default(value) {
                            return Ok(reset_call(canon));
                        }
                        let mut t = set_call(canon, &v);
                        t.setting = Some(Setting::ApplicationName(v));
                        Ok(t)
                    }
                    other => {
                        let v = setting_text(value)?;
                        if is_default(value) {
                            return Ok(reset_call(other));
                        }
                        match crate::session::check_setting(other, &v)? {
                            Some(normal) => Ok(set_call(other, &normal)),
                            None => Err(Error::unsupported(
                                format!("SET {other} = '{v}'"),
                                None,
                                "pgshim implements PostgreSQL's defaults for this setting only",
                            )),
                        }
                    }
                }
            }
            Statement::Reset(r) => match &r.reset {
                Reset::ALL => Ok(reset_call("all")),
                Reset::ConfigurationParameter(name) => {
                    let n = name.to_string();
                    match canonical(&n) {
                        Some(name @ ("TimeZone" | "DateStyle" | "IntervalStyle")) => {
                            Ok(reset_call(name))
                        }
                        Some(name) => Ok(reset_call(name)),
                        None => Err(Error::semantic(
                            format!(
                                "unrecognized configuration parameter \"{}\"",
                                n.to_lowercase()
                            ),
                            None,
                        )),
                    }
                }
                Reset::SessionAuthorization => {
                    Err(Error::unsupported("RESET SESSION AUTHORIZATION", None, ""))
                }
            },
            Statement::ShowVariable { variable } => {
                let name = variable
                    .iter()
                    .map(|i| i.value.clone())
                    .collect::<Vec<_>>()
                    .join(" ");
                let Some(canon) = canonical(&name) else {
                    return Err(Error::semantic(
                        format!(
                            "unrecognized configuration parameter \"{}\"",
                            name.to_lowercase()
                        ),
                        None,
                    ));
                };
                let call = build::call("pg_show", vec![build::string(canon)]);
                let sql = format!("SELECT {call} AS \"{canon}\"");
                Ok(Translation::rows(
                    sql,
                    vec![OutputColumn::new(canon.to_string(), PgType::Text)],
                ))
            }
            _ => Err(Error::unsupported("this SET form", None, "")),
        }
    }
}

/// `RESET name` / `RESET ALL`: `pg_reset_config(name)`, which returns the
/// session's setting to its startup value.
fn reset_call(name: &str) -> Translation {
    let call = build::call("pg_reset_config", vec![build::string(name)]);
    let mut t = Translation::other(format!("SELECT {call}"), StatementKind::Session);
    t.setting = match name {
        "TimeZone" => Some(Setting::ResetTimeZone),
        "DateStyle" => Some(Setting::ResetDateStyle),
        "IntervalStyle" => Some(Setting::ResetIntervalStyle),
        "all" => Some(Setting::ResetAll),
        // The translator does not depend on the others.
        _ => None,
    };
    t
}

impl Cx<'_> {
    /// `SET DateStyle TO 'Postgres, MDY'` (also `= iso, dmy` as a list, and
    /// `DEFAULT`): read against the current style, as check_datestyle
    /// does, so `SET DateStyle = 'DMY'` keeps the output format.
    fn set_date_style(&self, values: &[Expr]) -> Result<Translation> {
        let items = values
            .iter()
            .map(setting_text)
            .collect::<Result<Vec<_>>>()?;
        if let [one] = items.as_slice() {
            if one.eq_ignore_ascii_case("default") {
                return Ok(reset_call("DateStyle"));
            }
        }
        let value = items.join(",");
        let style = DateStyle::parse(&value, self.date_style).map_err(setting_error)?;
        // The session reads the value itself: `DEFAULT` inside a list
        // stands for its startup style, which only it knows.
        let mut t = set_call("DateStyle", &value);
        t.setting = Some(Setting::DateStyle(style));
        Ok(t)
    }
}

/// `SET CONSTRAINTS ALL IMMEDIATE | DEFERRED`: run by the connection
/// (see `Connection::set_constraints`), which checks the deferred
/// foreign keys at once and then after each statement of the block
/// (IMMEDIATE), or goes back to checking them at COMMIT (DEFERRED). Named
/// constraints are refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/15/sql-set-constraints.html>
fn set_constraints(values: &[Expr]) -> Result<Translation> {
    let [Expr::Identifier(mode), names @ ..] = values else {
        return Err(Error::Internal("SET CONSTRAINTS without a mode".into()));
    };
    if !names.is_empty() {
        return Err(Error::unsupported(
            "SET CONSTRAINTS of named constraints",
            None,
            "SET CONSTRAINTS ALL IMMEDIATE or ALL DEFERRED",
        ));
    }
    Ok(Translation::other(
        format!("SET CONSTRAINTS ALL {}", mode.value),
        StatementKind::Transaction,
    ))
}

fn set_call(name: &str, value: &str) -> Translation {
    let call = build::call(
        "pg_set_config",
        vec![build::string(name), build::string(value)],
    );
    Translation::other(format!("SELECT {call}"), StatementKind::Session)
}

/// The bare keyword `DEFAULT` (`SET name TO DEFAULT`, which is `RESET`);
/// a quoted `'default'` is a value like any other.
fn is_default(value: &Expr) -> bool {
    matches!(value, Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"))
}

fn setting_text(value: &Expr) -> Result<String> {
    match value {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => Ok(s.clone()),
            Value::Number(n, _) => Ok(n.clone()),
            // `SET check_function_bodies = false`: PostgreSQL reads the
            // keyword as the word.
            Value::Boolean(b) => Ok(if *b { "true" } else { "false" }.into()),
            _ => Err(Error::unsupported(
                format!("setting value {value}"),
                None,
                "",
            )),
        },
        Expr::Identifier(id) => Ok(id.value.clone()),
        // A signed number: `SET TIME ZONE -7`.
        Expr::UnaryOp { op, expr } if matches!(**expr, Expr::Value(_)) => {
            let inner = setting_text(expr)?;
            match op {
                sqlparser::ast::UnaryOperator::Minus => Ok(format!("-{inner}")),
                sqlparser::ast::UnaryOperator::Plus => Ok(inner),
                _ => Err(Error::unsupported(
                    format!("setting value {value}"),
                    None,
                    "",
                )),
            }
        }
        _ => Err(Error::unsupported(
            format!("setting value {value}"),
            None,
            "",
        )),
    }
}

/// `SET TIME ZONE 'Zone'`, `SET timezone TO 'Zone'`, `… LOCAL`/`DEFAULT`.
fn set_time_zone(value: &Expr) -> Result<Translation> {
    let raw = setting_text(value)?;
    if raw.eq_ignore_ascii_case("local") || raw.eq_ignore_ascii_case("default") {
        return Ok(reset_call("TimeZone"));
    }
    let zone = canonical_time_zone(&raw)?;
    let mut t = set_call("TimeZone", &zone);
    t.setting = Some(Setting::TimeZone(zone));
    Ok(t)
}

/// `current_setting(name [, missing_ok])`: a setting's value as `SHOW`
/// prints it, read from the session when the statement runs.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADMIN-SET>
/// `set_config(name, value, is_local)`: SET as a function, returning the
/// new value as SHOW prints it. The name must be a constant (the settings
/// that change how statements translate are read when the next one is),
/// search_path is refused as its SET is, and `is_local` true (SET LOCAL)
/// is refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADMIN-SET>
pub(crate) fn set_config(
    cx: &mut Cx,
    c: &mut super::functions::Call,
) -> Result<super::expr::Typed> {
    super::functions::arity(c, 3)?;
    let span = c.span;
    let name = match &c.args[0].1.lit {
        super::expr::Lit::Unknown(s) => s.clone(),
        _ => {
            return Err(Error::unsupported(
                "set_config of a computed name",
                span,
                "name the setting with a string literal",
            ));
        }
    };
    if canonical(&name).is_none() {
        return Err(Error::semantic(
            format!(
                "unrecognized configuration parameter \"{}\"",
                name.to_lowercase()
            ),
            span,
        ));
    }
    if name.eq_ignore_ascii_case("search_path") {
        return Err(Error::unsupported(
            "set_config('search_path', …)",
            span,
            "pgshim has one schema, public: leave search_path as it is",
        ));
    }
    let local = c.args[2].0.to_string();
    if !matches!(
        local.to_ascii_lowercase().as_str(),
        "false" | "'false'" | "'f'" | "0"
    ) {
        return Err(Error::unsupported(
            "set_config(…, true) (SET LOCAL)",
            span,
            "use set_config(name, value, false) (session scope)",
        ));
    }
    for i in 0..2 {
        let (x, t) = &mut c.args[i];
        let t0 = t.clone();
        cx.coerce(x, &t0, PgType::Text, span)?;
    }
    c.args.truncate(2);
    super::strings::emit_call(c, "pg_set_config", PgType::Text)
}

pub(crate) fn current_setting(
    cx: &mut Cx,
    c: &mut super::functions::Call,
) -> Result<super::expr::Typed> {
    if c.star || c.args.is_empty() || c.args.len() > 2 {
        return Err(super::functions::no_function(c));
    }
    let span = c.span;
    let (x, t) = &mut c.args[0];
    let t0 = t.clone();
    cx.coerce(x, &t0, PgType::Text, span)?;
    if let Some((y, t)) = c.args.get_mut(1) {
        let t1 = t.clone();
        cx.coerce(y, &t1, PgType::Bool, span)?;
    }
    super::strings::emit_call(c, "pg_show", PgType::Text)
}
