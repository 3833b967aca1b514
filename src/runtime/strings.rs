//! String functions with PostgreSQL's semantics under the `C` collation
//! (ASCII-only case mapping), on UTF-8 characters, and POSIX regular
//! expressions through the `regex` crate where its syntax means the same.

use std::sync::Arc;

use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Result};

use super::{int_arg, pg_err, pure, text_arg};

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Registers the string functions.
pub fn register(conn: &Connection) -> Result<()> {
    let variadic = pure();
    // concat(a, b, …): NULLs are skipped; never NULL.
    conn.create_scalar_function("pg_concat", -1, variadic, |ctx| {
        let mut out = String::new();
        for i in 0..ctx.len() {
            if let Some(s) = text_arg(ctx, i)? {
                out.push_str(&s);
            }
        }
        Ok(out)
    })?;
    // concat_ws(sep, a, b, …): NULL separator → NULL; NULL values skipped.
    conn.create_scalar_function("pg_concat_ws", -1, variadic, |ctx| {
        let Some(sep) = text_arg(ctx, 0)? else {
            return Ok(None);
        };
        let mut parts = Vec::new();
        for i in 1..ctx.len() {
            if let Some(s) = text_arg(ctx, i)? {
                parts.push(s);
            }
        }
        Ok(Some(parts.join(&sep)))
    })?;
    conn.create_scalar_function("pg_bool_out", 1, pure(), |ctx| {
        Ok(match ctx.get_raw(0) {
            ValueRef::Null => None,
            ValueRef::Integer(i) => Some(if i != 0 { "t" } else { "f" }),
            _ => {
                return Err(pg_err(
                    "pgshim: a non-boolean value where boolean was expected",
                ));
            }
        })
    })?;
    conn.create_scalar_function("pg_split_part", 3, pure(), |ctx| {
        let (Some(s), Some(d), Some(n)) = (text_arg(ctx, 0)?, text_arg(ctx, 1)?, int_arg(ctx, 2)?)
        else {
            return Ok(None);
        };
        split_part(&s, &d, n).map(Some).map_err(pg_err)
    })?;
    for (name, from_start) in [("pg_left", true), ("pg_right", false)] {
        conn.create_scalar_function(name, 2, pure(), move |ctx| {
            let (Some(s), Some(n)) = (text_arg(ctx, 0)?, int_arg(ctx, 1)?) else {
                return Ok(None);
            };
            Ok(Some(take_chars(&s, n, from_start)))
        })?;
    }
    for (name, left) in [("pg_lpad", true), ("pg_rpad", false)] {
        conn.create_scalar_function(name, 3, pure(), move |ctx| {
            let (Some(s), Some(n), Some(fill)) =
                (text_arg(ctx, 0)?, int_arg(ctx, 1)?, text_arg(ctx, 2)?)
            else {
                return Ok(None);
            };
            Ok(Some(pad(&s, n, &fill, left)))
        })?;
    }
    conn.create_scalar_function("pg_initcap", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| initcap(&s)))
    })?;
    conn.create_scalar_function("pg_strpos", 2, pure(), |ctx| {
        let (Some(s), Some(sub)) = (text_arg(ctx, 0)?, text_arg(ctx, 1)?) else {
            return Ok(None);
        };
        Ok(Some(match s.find(&sub) {
            Some(b) => s[..b].chars().count() as i64 + 1,
            None => 0,
        }))
    })?;
    for (name, greatest) in [("pg_greatest", true), ("pg_least", false)] {
        conn.create_scalar_function(name, -1, pure(), move |ctx| {
            let mut best: Option<Value> = None;
            for i in 0..ctx.len() {
                let v = ctx.get_raw(i);
                if v == ValueRef::Null {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some(b) => {
                        let o = compare(v, b.into());
                        if greatest { o.is_gt() } else { o.is_lt() }
                    }
                };
                if better {
                    best = Some(owned(v));
                }
            }
            Ok(best.unwrap_or(Value::Null))
        })?;
    }
    conn.create_scalar_function("pg_regex_match", 3, pure(), |ctx| {
        let (Some(s), Some(flags)) = (text_arg(ctx, 0)?, text_arg(ctx, 2)?) else {
            return Ok(None);
        };
        if ctx.get_raw(1) == ValueRef::Null {
            return Ok(None);
        }
        let insensitive = flags.contains('i');
        let re: Arc<regex::Regex> = ctx.get_or_create_aux(1, |v| {
            let p = v.as_str().map_err(|e| e.to_string())?;
            compile(p, insensitive)
        })?;
        if insensitive && s.chars().any(|c| !c.is_ascii() && c.is_alphabetic()) {
            return Err(pg_err(
                "pgshim: case-insensitive regular expression matching of non-ASCII letters is not \
                 supported (PostgreSQL folds only ASCII under the C collation)",
            ));
        }
        Ok(Some(re.is_match(&s)))
    })?;
    conn.create_aggregate_function("pg_string_agg_distinct", 2, pure(), StringAggDistinct)?;
    Ok(())
}

/// `string_agg(DISTINCT value, delimiter)`: the distinct non-NULL values in
/// byte order (PostgreSQL sorts a DISTINCT aggregate's input), joined with
/// the delimiter; NULL when there are none.
struct StringAggDistinct;

impl rusqlite::functions::Aggregate<(Vec<String>, String), Option<String>> for StringAggDistinct {
    fn init(&self, _: &mut rusqlite::functions::Context<'_>) -> Result<(Vec<String>, String)> {
        Ok((Vec::new(), String::new()))
    }

    fn step(
        &self,
        ctx: &mut rusqlite::functions::Context<'_>,
        acc: &mut (Vec<String>, String),
    ) -> Result<()> {
        if let Some(v) = text_arg(ctx, 0)? {
            acc.0.push(v);
            if let Some(sep) = text_arg(ctx, 1)? {
                acc.1 = sep;
            }
        }
        Ok(())
    }

    fn finalize(
        &self,
        _: &mut rusqlite::functions::Context<'_>,
        acc: Option<(Vec<String>, String)>,
    ) -> Result<Option<String>> {
        let Some((mut values, sep)) = acc else {
            return Ok(None);
        };
        if values.is_empty() {
            return Ok(None);
        }
        values.sort_unstable_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        values.dedup();
        Ok(Some(values.join(&sep)))
    }
}

fn owned(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

/// PostgreSQL's order for values of one type: numbers by value (-0 = 0),
/// text by bytes (the C collation).
fn compare(a: ValueRef<'_>, b: ValueRef<'_>) -> std::cmp::Ordering {
    use ValueRef::*;
    match (a, b) {
        (Integer(x), Integer(y)) => x.cmp(&y),
        (Integer(x), Real(y)) => float_cmp(x as f64, y),
        (Real(x), Integer(y)) => float_cmp(x, y as f64),
        (Real(x), Real(y)) => float_cmp(x, y),
        (Text(x), Text(y)) => x.cmp(y),
        (Blob(x), Blob(y)) => x.cmp(y),
        (x, y) => rank(x).cmp(&rank(y)),
    }
}

/// PostgreSQL's float order: -0 equals 0, NaN is above every number.
fn float_cmp(a: f64, b: f64) -> std::cmp::Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => std::cmp::Ordering::Equal,
        (true, false) => std::cmp::Ordering::Greater,
        (false, true) => std::cmp::Ordering::Less,
        _ => a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal),
    }
}

fn rank(v: ValueRef<'_>) -> u8 {
    match v {
        ValueRef::Null => 0,
        ValueRef::Integer(_) | ValueRef::Real(_) => 1,
        ValueRef::Text(_) => 2,
        ValueRef::Blob(_) => 3,
    }
}

/// `left(s, n)` / `right(s, n)`: n characters from the start / end; a
/// negative n drops that many from the other end.
fn take_chars(s: &str, n: i64, from_start: bool) -> String {
    let c = chars(s);
    let k = if n >= 0 {
        (n as usize).min(c.len())
    } else {
        c.len().saturating_sub(n.unsigned_abs() as usize)
    };
    let picked = if from_start {
        &c[..k]
    } else {
        &c[c.len() - k..]
    };
    picked.iter().collect()
}

/// `split_part(string, delimiter, n)`: the n-th field (from the end when
/// n < 0); empty when there are fewer fields.
fn split_part(s: &str, d: &str, n: i64) -> std::result::Result<String, String> {
    if n == 0 {
        return Err("field position must not be zero".into());
    }
    if d.is_empty() {
        return Ok(if n == 1 || n == -1 {
            s.to_string()
        } else {
            String::new()
        });
    }
    let fields: Vec<&str> = s.split(d).collect();
    let idx = if n > 0 {
        (n - 1) as usize
    } else {
        match fields.len().checked_sub(n.unsigned_abs() as usize) {
            Some(i) => i,
            None => return Ok(String::new()),
        }
    };
    Ok(fields.get(idx).map(|f| f.to_string()).unwrap_or_default())
}

/// `lpad`/`rpad`: cut to `n` characters, or fill up to `n` with `fill`
/// repeated (no filling with an empty `fill`).
fn pad(s: &str, n: i64, fill: &str, left: bool) -> String {
    let n = n.max(0) as usize;
    let c = chars(s);
    let kept: String = c.iter().take(n).collect();
    let have = c.len().min(n);
    let f = chars(fill);
    if f.is_empty() || have == n {
        return kept;
    }
    let padding: String = f.iter().cycle().take(n - have).collect();
    if left {
        padding + &kept
    } else {
        kept + &padding
    }
}

/// `initcap`: the first ASCII letter of each run of ASCII letters and digits
/// upper-cased, the rest lower-cased (the C locale's rule).
fn initcap(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_word = false;
    for c in s.chars() {
        if in_word {
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c.to_ascii_uppercase());
        }
        in_word = c.is_ascii_alphanumeric();
    }
    out
}

/// Compiles a PostgreSQL (ARE) pattern with the `regex` crate when it means
/// the same there: `.` matches newlines and `^`/`$` anchor the string, as
/// in PostgreSQL; constructs the crate lacks or reads differently
/// (back-references, look-around, `\m \M \y \Y \Z`, PostgreSQL's embedded
/// options) are refused.
fn compile(p: &str, insensitive: bool) -> std::result::Result<regex::Regex, String> {
    let unsupported = |what: &str| {
        format!("pgshim: regular expression feature {what} is not supported (pattern \"{p}\")")
    };
    let b = p.as_bytes();
    let mut i = 0;
    let mut in_class = false;
    while i < b.len() {
        match b[i] {
            b'\\' if i + 1 < b.len() => {
                let e = b[i + 1];
                if e.is_ascii_digit() && e != b'0' && !in_class {
                    return Err(unsupported("back-reference"));
                }
                if matches!(
                    e,
                    b'm' | b'M' | b'y' | b'Y' | b'Z' | b'A' | b'x' | b'u' | b'U' | b'c' | b'e'
                ) {
                    return Err(unsupported(&format!("\\{}", e as char)));
                }
                i += 2;
                continue;
            }
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            b'(' if !in_class && b.get(i + 1) == Some(&b'?') => {
                return Err(unsupported("(?…)"));
            }
            b'*' if i == 0 && b.get(1) == Some(&b'*') => {
                return Err(unsupported("***"));
            }
            _ => {}
        }
        i += 1;
    }
    regex::RegexBuilder::new(p)
        .dot_matches_new_line(true)
        .case_insensitive(insensitive)
        .build()
        .map_err(|e| {
            format!(
                "invalid regular expression: {}",
                e.to_string()
                    .lines()
                    .last()
                    .unwrap_or("syntax error")
                    .trim()
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_rules() {
        assert_eq!(split_part("a,b,,c", ",", 3).unwrap(), "");
        assert_eq!(split_part("a,b,,c", ",", -1).unwrap(), "c");
        assert!(split_part("a", ",", 0).is_err());
        assert_eq!(pad("hi", 5, "xy", true), "xyxhi");
        assert_eq!(pad("hello", 3, "x", false), "hel");
        assert_eq!(pad("hi", 5, "", true), "hi");
        assert_eq!(initcap("hELLO wORLD-2nd éa"), "Hello World-2nd éA");
        assert!(compile("(a)\\1", false).is_err());
        assert!(compile("^a.b$", false).unwrap().is_match("a\nb"));
    }
}
