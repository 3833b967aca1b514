//! `json` values pgshim builds: `json_build_object`'s text, as
//! PostgreSQL's json.c writes it (`{"a" : 1, "b" : "x"}`).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-json.html#FUNCTIONS-JSON-CREATION-TABLE>

use rusqlite::types::ValueRef;
use rusqlite::{Connection, Result};

use rusqlite::functions::FunctionFlags;

use super::pg_err;
use crate::types::scalar;

/// Registers `pg_json_build_object(kinds, k1, v1, …)`: `kinds` has a
/// letter per argument after it, saying how its value is written: `n` a
/// number (unquoted, but NaN and the infinities quoted), `b` a boolean,
/// `s` a string. Not deterministic, so that SQLite does not build a
/// constant object once before the rows (PostgreSQL's errors come only
/// when a row is built).
pub fn register(conn: &Connection) -> Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function("pg_json_build_object", -1, flags, |ctx| {
        let kinds: Vec<u8> = ctx.get::<String>(0)?.into_bytes();
        let n = ctx.len() - 1;
        if n % 2 != 0 {
            return Err(pg_err("argument list must have even number of elements"));
        }
        let mut out = String::from("{");
        for i in (0..n).step_by(2) {
            let key = ctx.get_raw(i + 1);
            if key == ValueRef::Null {
                return Err(pg_err(format!("argument {} cannot be null", i + 1)));
            }
            if i > 0 {
                out.push_str(", ");
            }
            let key_kind = kinds.get(i).copied().unwrap_or(b's');
            // A key is always a string: a number's or boolean's text.
            let text = value_text(key, key_kind);
            escape(&text, &mut out);
            out.push_str(" : ");
            write_value(
                ctx.get_raw(i + 2),
                kinds.get(i + 1).copied().unwrap_or(b's'),
                &mut out,
            );
        }
        out.push('}');
        Ok(out)
    })
}

/// A value's text output, by its kind letter.
fn value_text(v: ValueRef<'_>, kind: u8) -> String {
    match (v, kind) {
        (ValueRef::Integer(i), b'b') => if i != 0 { "true" } else { "false" }.into(),
        (ValueRef::Integer(i), _) => i.to_string(),
        (ValueRef::Real(f), _) => scalar::float8_out(f),
        (ValueRef::Text(t), _) => String::from_utf8_lossy(t).into_owned(),
        (ValueRef::Blob(b), _) => String::from_utf8_lossy(b).into_owned(),
        (ValueRef::Null, _) => String::new(),
    }
}

/// A value as json writes it: null, a boolean, a number (a non-finite
/// one quoted, as it is no JSON number), or a string.
fn write_value(v: ValueRef<'_>, kind: u8, out: &mut String) {
    if v == ValueRef::Null {
        out.push_str("null");
        return;
    }
    let text = value_text(v, kind);
    match kind {
        b'b' => out.push_str(&text),
        b'n' if !matches!(text.as_str(), "NaN" | "Infinity" | "-Infinity") => out.push_str(&text),
        _ => escape(&text, out),
    }
}

/// A JSON string, escaped as PostgreSQL's `escape_json` does: the quote,
/// the backslash and the control characters (`\n`, `\u0001`).
fn escape(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    #[test]
    fn strings_are_escaped_as_escape_json_does() {
        let mut out = String::new();
        super::escape("a\"b\\c\t\u{1}é/", &mut out);
        assert_eq!(out, r#""a\"b\\c\t\u0001é/""#);
    }
}
