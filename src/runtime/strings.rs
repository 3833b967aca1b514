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
                    best = Some(super::owned_value(v));
                }
            }
            Ok(best.unwrap_or(Value::Null))
        })?;
    }
    // x ~ pattern: flags "i" (~*) or "".
    conn.create_scalar_function("pg_regex_match", 3, pure(), |ctx| {
        let (Some(s), Some(flags)) = (text_arg(ctx, 0)?, text_arg(ctx, 2)?) else {
            return Ok(None);
        };
        let Some(c) = pattern_arg(ctx, 1, flags.contains('i'))? else {
            return Ok(None);
        };
        Ok(Some(c.re.is_match(&s)))
    })?;
    conn.create_scalar_function("pg_regex_substring", 2, pure(), |ctx| {
        let Some(s) = text_arg(ctx, 0)? else {
            return Ok(None);
        };
        let Some(c) = pattern_arg(ctx, 1, false)? else {
            return Ok(None);
        };
        regex_substring(&s, &c)
    })?;
    conn.create_scalar_function("pg_regexp_replace", 4, pure(), |ctx| {
        let (Some(s), Some(repl), Some(flags)) =
            (text_arg(ctx, 0)?, text_arg(ctx, 2)?, text_arg(ctx, 3)?)
        else {
            return Ok(None);
        };
        let (global, fold) = replace_flags(&flags)?;
        let Some(c) = pattern_arg(ctx, 1, fold)? else {
            return Ok(None);
        };
        regex_replace(&s, &c, &repl, global).map(Some)
    })?;
    // substr(string, start [, count]); count NULL-able as an argument.
    conn.create_scalar_function("pg_substr", -1, pure(), |ctx| {
        let (Some(s), Some(start)) = (text_arg(ctx, 0)?, int_arg(ctx, 1)?) else {
            return Ok(None);
        };
        let count = if ctx.len() > 2 {
            match int_arg(ctx, 2)? {
                Some(n) => Some(n),
                None => return Ok(None),
            }
        } else {
            None
        };
        substr(&s, start, count).map(Some).map_err(pg_err)
    })?;
    // pg_trim(string, characters, 'b' | 'l' | 'r').
    conn.create_scalar_function("pg_trim", 3, pure(), |ctx| {
        let (Some(s), Some(set), Some(mode)) =
            (text_arg(ctx, 0)?, text_arg(ctx, 1)?, text_arg(ctx, 2)?)
        else {
            return Ok(None);
        };
        Ok(Some(trim(&s, &set, mode != "r", mode != "l")))
    })?;
    conn.create_scalar_function("pg_replace", 3, pure(), |ctx| {
        let (Some(s), Some(from), Some(to)) =
            (text_arg(ctx, 0)?, text_arg(ctx, 1)?, text_arg(ctx, 2)?)
        else {
            return Ok(None);
        };
        Ok(Some(if from.is_empty() {
            s
        } else {
            s.replace(&from, &to)
        }))
    })?;
    conn.create_scalar_function("pg_reverse", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| s.chars().rev().collect::<String>()))
    })?;
    conn.create_scalar_function("pg_repeat", 2, pure(), |ctx| {
        let (Some(s), Some(n)) = (text_arg(ctx, 0)?, int_arg(ctx, 1)?) else {
            return Ok(None);
        };
        repeat(&s, n).map(Some).map_err(pg_err)
    })?;
    conn.create_scalar_function("pg_starts_with", 2, pure(), |ctx| {
        let (Some(s), Some(prefix)) = (text_arg(ctx, 0)?, text_arg(ctx, 1)?) else {
            return Ok(None);
        };
        Ok(Some(s.starts_with(&prefix)))
    })?;
    conn.create_scalar_function("pg_octet_length", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| s.len() as i64))
    })?;
    conn.create_scalar_function("pg_chr", 1, pure(), |ctx| {
        int_arg(ctx, 0)?.map(|n| chr(n).map_err(pg_err)).transpose()
    })?;
    // ascii(string): the first character's code point, 0 for ''.
    conn.create_scalar_function("pg_ascii", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| s.chars().next().map_or(0, |c| c as i64)))
    })?;
    conn.create_scalar_function("pg_md5", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| md5_hex(s.as_bytes())))
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

/// A PostgreSQL pattern compiled for the `regex` crate (see [`are`]).
pub(crate) struct Compiled {
    re: regex::Regex,
    /// The `i` flag it was compiled with.
    fold: bool,
    has_group: bool,
    spans: std::result::Result<(), &'static str>,
    pattern: String,
}

/// The error text for a pattern pgshim cannot run.
pub(crate) fn refusal_message(p: &str, r: &are::Refusal) -> String {
    match r {
        are::Refusal::Invalid(m) => format!("invalid regular expression: {m}"),
        are::Refusal::Unsupported(what) => {
            format!("pgshim: regular expression feature {what} is not supported (pattern \"{p}\")")
        }
    }
}

/// Compiles a PostgreSQL (ARE) pattern; `fold` is the `i` flag.
fn compile(p: &str, fold: bool) -> std::result::Result<Compiled, String> {
    let t = are::translate(p, fold).map_err(|r| refusal_message(p, &r))?;
    let re = regex::RegexBuilder::new(&t.regex)
        .build()
        .map_err(|_| format!("pgshim: regular expression too large (pattern \"{p}\")"))?;
    Ok(Compiled {
        re,
        fold,
        has_group: t.has_group,
        spans: t.spans,
        pattern: p.to_string(),
    })
}

impl Compiled {
    /// Refuses a pattern whose match PostgreSQL could pick differently.
    fn exact_spans(&self, f: &str) -> Result<()> {
        self.spans.map_err(|why| {
            pg_err(format!(
                "pgshim: {f}() with the regular expression \"{}\" is not supported: it has {why}, \
                 where PostgreSQL picks the longest match",
                self.pattern
            ))
        })
    }
}

/// The compiled pattern of argument `i` (cached while the pattern is a
/// constant).
fn pattern_arg(
    ctx: &rusqlite::functions::Context<'_>,
    i: i32,
    fold: bool,
) -> Result<Option<Arc<Compiled>>> {
    if ctx.get_raw(i as usize) == ValueRef::Null {
        return Ok(None);
    }
    let cached: Arc<Compiled> = ctx.get_or_create_aux(i, |v| {
        let p = v.as_str().map_err(|e| e.to_string())?;
        compile(p, fold)
    })?;
    if cached.fold == fold {
        return Ok(Some(cached));
    }
    let p = text_arg(ctx, i as usize)?.unwrap_or_default();
    compile(&p, fold).map(|c| Some(Arc::new(c))).map_err(pg_err)
}

/// `substring(string from pattern)`: the text of the first parenthesized
/// group when the pattern has one (NULL when that group took no part),
/// otherwise the whole match; NULL when nothing matches.
fn regex_substring(s: &str, c: &Compiled) -> Result<Option<String>> {
    c.exact_spans("substring")?;
    let Some(caps) = c.re.captures(s) else {
        return Ok(None);
    };
    let m = if c.has_group {
        caps.get(1)
    } else {
        caps.get(0)
    };
    Ok(m.map(|m| m.as_str().to_string()))
}

/// `regexp_replace`'s flags: `g` (every match), `i`/`c` (ASCII case folding
/// on or off, the last one wins), `s`/`t` (the defaults). Returns (global,
/// fold).
fn replace_flags(flags: &str) -> Result<(bool, bool)> {
    let (mut global, mut fold) = (false, false);
    for f in flags.chars() {
        match f {
            'g' => global = true,
            'i' => fold = true,
            'c' => fold = false,
            's' | 't' => {}
            'b' | 'e' | 'm' | 'n' | 'p' | 'q' | 'w' | 'x' => {
                return Err(pg_err(format!(
                    "pgshim: regular expression option \"{f}\" is not supported"
                )));
            }
            _ => {
                return Err(pg_err(format!(
                    "invalid regular expression option: \"{f}\""
                )));
            }
        }
    }
    Ok((global, fold))
}

/// `regexp_replace(source, pattern, replacement)`: each match (the first
/// only without `g`) replaced; in the replacement `\1`…`\9` stand for a
/// group's text (empty when it took no part or does not exist), `\&` for
/// the whole match, `\\` for a backslash; any other backslash is itself.
/// After an empty match the search steps over one character.
fn regex_replace(s: &str, c: &Compiled, repl: &str, global: bool) -> Result<String> {
    c.exact_spans("regexp_replace")?;
    let mut out = String::with_capacity(s.len());
    let mut locs = c.re.capture_locations();
    let (mut last, mut pos) = (0, 0);
    while pos <= s.len() {
        let Some(m) = c.re.captures_read_at(&mut locs, s, pos) else {
            break;
        };
        let (start, end) = (m.start(), m.end());
        out.push_str(&s[last..start]);
        expand_replacement(repl, s, &locs, &mut out);
        last = end;
        if !global {
            break;
        }
        if end > start {
            pos = end;
        } else {
            match s[end..].chars().next() {
                Some(ch) => pos = end + ch.len_utf8(),
                None => break,
            }
        }
    }
    out.push_str(&s[last..]);
    Ok(out)
}

fn expand_replacement(repl: &str, s: &str, locs: &regex::CaptureLocations, out: &mut String) {
    let group = |n: usize, out: &mut String| {
        if let Some((a, b)) = locs.get(n) {
            out.push_str(&s[a..b]);
        }
    };
    let mut it = repl.chars().peekable();
    while let Some(ch) = it.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match it.peek().copied() {
            Some(d @ '1'..='9') => {
                it.next();
                group(d as usize - '0' as usize, out);
            }
            Some('&') => {
                it.next();
                group(0, out);
            }
            Some('\\') => {
                it.next();
                out.push('\\');
            }
            _ => out.push('\\'),
        }
    }
}

/// `substr(string, start [, count])`: characters from `start` (1-based;
/// positions before the string count, so `substr('hello', 0, 3)` is `he`).
fn substr(s: &str, start: i64, count: Option<i64>) -> std::result::Result<String, String> {
    let first = start.max(1);
    let end = match count {
        Some(n) if n < 0 => return Err("negative substring length not allowed".into()),
        Some(n) => start.saturating_add(n),
        None => i64::MAX,
    };
    if end <= first {
        return Ok(String::new());
    }
    let skip = (first - 1) as usize;
    let take = usize::try_from(end - first).unwrap_or(usize::MAX);
    Ok(s.chars().skip(skip).take(take).collect())
}

/// `btrim`/`ltrim`/`rtrim(string, characters)`: the longest run of
/// characters from the set removed at the start and/or end.
fn trim(s: &str, set: &str, start: bool, end: bool) -> String {
    let set: Vec<char> = set.chars().collect();
    let mut t = s;
    if start {
        t = t.trim_start_matches(|c| set.contains(&c));
    }
    if end {
        t = t.trim_end_matches(|c| set.contains(&c));
    }
    t.to_string()
}

/// `md5(string)`: the digest of the UTF-8 bytes in lower-case hex.
fn md5_hex(bytes: &[u8]) -> String {
    use md5::Digest;
    let digest = md5::Md5::digest(bytes);
    let mut out = String::with_capacity(32);
    for b in digest.iter() {
        use std::fmt::Write;
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// `repeat(string, n)`: n copies (none for n ≤ 0); PostgreSQL's limit of
/// just under 1 GB on the result.
fn repeat(s: &str, n: i64) -> std::result::Result<String, String> {
    if n <= 0 {
        return Ok(String::new());
    }
    let too_large = || "requested length too large".to_string();
    let bytes = (s.len() as i64).checked_mul(n).ok_or_else(too_large)?;
    if bytes + 4 > 0x3fff_ffff {
        return Err(too_large());
    }
    // Below PostgreSQL's limit but above SQLite's default string limit:
    // refuse before allocating what SQLite would reject anyway.
    if bytes > 1_000_000_000 {
        return Err("pgshim: repeat() result larger than SQLite's string limit".into());
    }
    Ok(s.repeat(n as usize))
}

/// `chr(n)`: the character with code point n (UTF-8).
fn chr(n: i64) -> std::result::Result<String, String> {
    if n == 0 {
        return Err("null character not permitted".into());
    }
    if n < 0 {
        return Err("character number must be positive".into());
    }
    if n > 0x10FFFF {
        return Err(format!("requested character too large for encoding: {n}"));
    }
    char::from_u32(n as u32)
        .map(String::from)
        .ok_or_else(|| format!("requested character not valid for encoding: {n}"))
}

/// PostgreSQL's advanced regular expressions (AREs), the subset pgshim runs
/// exactly: parsed here, and written out as a `regex` crate pattern that
/// means the same under PostgreSQL's C-collation rules.
///
/// What the translation fixes on the way: `\d \s \w` and `[[:alpha:]]` are
/// ASCII classes (the C collation), `\b` is a backspace and `\B` a
/// backslash, `.` matches a newline, `^`/`$` anchor the string, and the
/// `i` flag folds ASCII letters only (non-ASCII letters stay
/// case-sensitive, as PostgreSQL's C collation has them). Back-references,
/// look-around, word constraints (`\m \M \y \Y`), embedded options,
/// collating elements and equivalence classes are refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-matching.html#POSIX-SYNTAX-DETAILS>
pub(crate) mod are {
    use std::fmt::Write as _;

    const MAX_CHAR: u32 = 0x10FFFF;

    /// A set of characters: sorted, disjoint, non-adjacent inclusive ranges
    /// of scalar values (surrogates never included).
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub(crate) struct Set(Vec<(u32, u32)>);

    impl Set {
        fn of(ranges: &[(u32, u32)]) -> Set {
            let mut s = Set::default();
            for &(a, b) in ranges {
                s.add(a, b);
            }
            s
        }

        fn char(c: char) -> Set {
            Set::of(&[(c as u32, c as u32)])
        }

        fn any() -> Set {
            Set::of(&[(0, MAX_CHAR)])
        }

        fn add(&mut self, a: u32, b: u32) {
            // Surrogates are not characters.
            if a <= 0xD7FF || b >= 0xE000 {
                if a < 0xD800 && b > 0xDFFF {
                    self.push(a, 0xD7FF);
                    self.push(0xE000, b);
                } else if b < 0xD800 || a > 0xDFFF {
                    self.push(a, b);
                } else if a < 0xD800 {
                    self.push(a, 0xD7FF);
                } else {
                    self.push(0xE000, b);
                }
            }
        }

        fn push(&mut self, a: u32, b: u32) {
            self.0.push((a, b));
            self.0.sort_unstable();
            let mut merged: Vec<(u32, u32)> = Vec::with_capacity(self.0.len());
            for &(x, y) in &self.0 {
                match merged.last_mut() {
                    Some(last) if x <= last.1.saturating_add(1) => last.1 = last.1.max(y),
                    _ => merged.push((x, y)),
                }
            }
            self.0 = merged;
        }

        fn union(&mut self, other: &Set) {
            for &(a, b) in &other.0 {
                self.push(a, b);
            }
        }

        fn negated(&self) -> Set {
            let mut out = Set::default();
            let mut next = 0u32;
            for &(a, b) in &self.0 {
                if a > next {
                    out.add(next, a - 1);
                }
                next = b + 1;
            }
            if next <= MAX_CHAR {
                out.add(next, MAX_CHAR);
            }
            out
        }

        fn intersects(&self, other: &Set) -> bool {
            let (mut i, mut j) = (0, 0);
            while i < self.0.len() && j < other.0.len() {
                let (a, b) = self.0[i];
                let (c, d) = other.0[j];
                if a <= d && c <= b {
                    return true;
                }
                if b < d {
                    i += 1;
                } else {
                    j += 1;
                }
            }
            false
        }

        /// Adds the other case of every ASCII letter in the set.
        fn fold_ascii(&mut self) {
            let mut extra = Vec::new();
            for &(a, b) in &self.0 {
                for (lo, hi, shift) in [(0x41u32, 0x5Au32, 0x20i64), (0x61, 0x7A, -0x20)] {
                    let (x, y) = (a.max(lo), b.min(hi));
                    if x <= y {
                        extra.push(((x as i64 + shift) as u32, (y as i64 + shift) as u32));
                    }
                }
            }
            for (a, b) in extra {
                self.push(a, b);
            }
        }

        /// The set as a `regex` crate class.
        fn write(&self, out: &mut String) {
            if self.0.is_empty() {
                // Matches nothing.
                out.push_str(r"[^\x{0}-\x{D7FF}\x{E000}-\x{10FFFF}]");
                return;
            }
            out.push('[');
            for &(a, b) in &self.0 {
                let _ = write!(out, "\\x{{{a:X}}}");
                if b != a {
                    let _ = write!(out, "-\\x{{{b:X}}}");
                }
            }
            out.push(']');
        }
    }

    fn digits() -> Set {
        Set::of(&[(0x30, 0x39)])
    }

    fn spaces() -> Set {
        Set::of(&[(0x09, 0x0D), (0x20, 0x20)])
    }

    fn word() -> Set {
        Set::of(&[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
    }

    /// `[:name:]` under the C collation (ASCII only).
    fn posix_class(name: &str) -> Option<Set> {
        Some(match name {
            "alpha" => Set::of(&[(0x41, 0x5A), (0x61, 0x7A)]),
            "digit" => digits(),
            "alnum" => Set::of(&[(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)]),
            "upper" => Set::of(&[(0x41, 0x5A)]),
            "lower" => Set::of(&[(0x61, 0x7A)]),
            "space" => spaces(),
            "blank" => Set::of(&[(0x09, 0x09), (0x20, 0x20)]),
            "punct" => Set::of(&[(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)]),
            "xdigit" => Set::of(&[(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)]),
            "cntrl" => Set::of(&[(0x00, 0x1F), (0x7F, 0x7F)]),
            "print" => Set::of(&[(0x20, 0x7E)]),
            "graph" => Set::of(&[(0x21, 0x7E)]),
            _ => return None,
        })
    }

    /// A parsed pattern node.
    #[derive(Debug, Clone)]
    enum Node {
        /// One character of the set.
        Set(Set),
        /// `^` or `\A`: the start of the string.
        Start,
        /// `$` or `\Z`: the end of the string.
        End,
        /// `( … )` (capturing) or `(?: … )`.
        Group(Vec<Vec<Node>>, bool),
        /// A quantified node: min, max (None: unbounded), greedy.
        Repeat(Box<Node>, u32, Option<u32>, bool),
    }

    /// Why a pattern cannot be used: PostgreSQL's own error, or a construct
    /// pgshim does not translate.
    #[derive(Debug, Clone, PartialEq)]
    pub(crate) enum Refusal {
        /// PostgreSQL rejects the pattern with this message.
        Invalid(&'static str),
        /// pgshim does not translate this construct.
        Unsupported(String),
    }

    struct Parser<'a> {
        p: &'a [char],
        i: usize,
        fold: bool,
        groups: usize,
    }

    type Parsed<T> = Result<T, Refusal>;

    fn unsupported<T>(what: impl Into<String>) -> Parsed<T> {
        Err(Refusal::Unsupported(what.into()))
    }

    impl Parser<'_> {
        fn peek(&self) -> Option<char> {
            self.p.get(self.i).copied()
        }

        fn alternation(&mut self, depth: usize) -> Parsed<Vec<Vec<Node>>> {
            let mut alts = vec![self.sequence(depth)?];
            while self.peek() == Some('|') {
                self.i += 1;
                alts.push(self.sequence(depth)?);
            }
            Ok(alts)
        }

        fn sequence(&mut self, depth: usize) -> Parsed<Vec<Node>> {
            let mut out = Vec::new();
            while let Some(c) = self.peek() {
                match c {
                    '|' => break,
                    ')' if depth > 0 => break,
                    ')' => return Err(Refusal::Invalid("parentheses () not balanced")),
                    _ => {}
                }
                let atom = self.atom(depth)?;
                let atom = self.quantified(atom)?;
                out.push(atom);
            }
            Ok(out)
        }

        fn atom(&mut self, depth: usize) -> Parsed<Node> {
            let c = self.p[self.i];
            self.i += 1;
            Ok(match c {
                '(' => {
                    let capturing = if self.peek() == Some('?') {
                        if self.p.get(self.i + 1) == Some(&':') {
                            self.i += 2;
                            false
                        } else {
                            return unsupported("(?…) (look-around or embedded options)");
                        }
                    } else {
                        self.groups += 1;
                        true
                    };
                    let inner = self.alternation(depth + 1)?;
                    if self.peek() != Some(')') {
                        return Err(Refusal::Invalid("parentheses () not balanced"));
                    }
                    self.i += 1;
                    Node::Group(inner, capturing)
                }
                '.' => Node::Set(Set::any()),
                '^' => Node::Start,
                '$' => Node::End,
                '[' => Node::Set(self.bracket()?),
                '\\' => self.escape()?,
                '*' | '+' | '?' => return Err(Refusal::Invalid("quantifier operand invalid")),
                '{' if self.peek().is_some_and(|d| d.is_ascii_digit()) => {
                    return Err(Refusal::Invalid("quantifier operand invalid"));
                }
                c => self.literal(c),
            })
        }

        fn literal(&self, c: char) -> Node {
            let mut s = Set::char(c);
            if self.fold {
                s.fold_ascii();
            }
            Node::Set(s)
        }

        fn quantified(&mut self, atom: Node) -> Parsed<Node> {
            let Some(c) = self.peek() else {
                return Ok(atom);
            };
            let (min, max) = match c {
                '*' => (0, None),
                '+' => (1, None),
                '?' => (0, Some(1)),
                '{' if self.p.get(self.i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                    self.i += 1;
                    let m = self.number()?;
                    let n = if self.peek() == Some(',') {
                        self.i += 1;
                        if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                            Some(self.number()?)
                        } else {
                            None
                        }
                    } else {
                        Some(m)
                    };
                    if self.peek() != Some('}') {
                        return Err(Refusal::Invalid("braces {} not balanced"));
                    }
                    if n.is_some_and(|n| n < m) {
                        return Err(Refusal::Invalid("invalid repetition count(s)"));
                    }
                    (m, n)
                }
                _ => return Ok(atom),
            };
            self.i += 1;
            if matches!(atom, Node::Start | Node::End) {
                return Err(Refusal::Invalid("quantifier operand invalid"));
            }
            let greedy = if self.peek() == Some('?') {
                self.i += 1;
                false
            } else {
                true
            };
            if matches!(self.peek(), Some('*' | '+' | '?'))
                || (self.peek() == Some('{')
                    && self.p.get(self.i + 1).is_some_and(|d| d.is_ascii_digit()))
            {
                return Err(Refusal::Invalid("quantifier operand invalid"));
            }
            Ok(Node::Repeat(Box::new(atom), min, max, greedy))
        }

        /// A repetition bound: at most 255 (`RE_DUP_MAX`).
        fn number(&mut self) -> Parsed<u32> {
            let mut v: u32 = 0;
            while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
                v = v.saturating_mul(10).saturating_add(d);
                self.i += 1;
            }
            if v > 255 {
                return Err(Refusal::Invalid("invalid repetition count(s)"));
            }
            Ok(v)
        }

        /// An escape outside a bracket expression.
        fn escape(&mut self) -> Parsed<Node> {
            let Some(e) = self.peek() else {
                return Err(Refusal::Invalid("invalid escape \\ sequence"));
            };
            self.i += 1;
            match e {
                'A' => return Ok(Node::Start),
                'Z' => return Ok(Node::End),
                _ => {}
            }
            match self.class_escape(e)? {
                Some(s) => Ok(Node::Set(s)),
                None => Ok(self.literal(e)),
            }
        }

        /// A class or character escape (valid inside and outside brackets);
        /// `None` for an escaped non-alphanumeric character (itself).
        fn class_escape(&self, e: char) -> Parsed<Option<Set>> {
            let single = |c: char| {
                let mut s = Set::char(c);
                if self.fold {
                    s.fold_ascii();
                }
                Ok(Some(s))
            };
            match e {
                'd' => Ok(Some(digits())),
                'D' => Ok(Some(digits().negated())),
                's' => Ok(Some(spaces())),
                'S' => Ok(Some(spaces().negated())),
                'w' => Ok(Some(word())),
                'W' => Ok(Some(word().negated())),
                'a' => single('\x07'),
                'b' => single('\x08'),
                'B' => single('\\'),
                'e' => single('\x1B'),
                'f' => single('\x0C'),
                'n' => single('\n'),
                'r' => single('\r'),
                't' => single('\t'),
                'v' => single('\x0B'),
                '1'..='9' => unsupported("back-reference"),
                '0' | 'c' | 'u' | 'U' | 'x' => unsupported(format!("\\{e}")),
                'm' | 'M' | 'y' | 'Y' | 'A' | 'Z' => unsupported(format!("\\{e}")),
                c if c.is_ascii_alphanumeric() => {
                    Err(Refusal::Invalid("invalid escape \\ sequence"))
                }
                _ => Ok(None),
            }
        }

        /// A bracket expression, after its `[`.
        fn bracket(&mut self) -> Parsed<Set> {
            let unbalanced = Refusal::Invalid("brackets [] not balanced");
            let mut set = Set::default();
            let negate = self.peek() == Some('^');
            if negate {
                self.i += 1;
            }
            let mut first = true;
            loop {
                let Some(c) = self.peek() else {
                    return Err(unbalanced);
                };
                self.i += 1;
                if c == ']' && !first {
                    break;
                }
                first = false;
                let lo = match c {
                    '[' if matches!(self.peek(), Some(':')) => {
                        let rest: String = self.p[self.i + 1..].iter().collect();
                        let Some(end) = rest.find(":]") else {
                            return Err(unbalanced);
                        };
                        let name = &rest[..end];
                        let Some(s) = posix_class(name) else {
                            return unsupported(format!("[[:{name}:]]"));
                        };
                        set.union(&s);
                        self.i += 1 + name.chars().count() + 2;
                        continue;
                    }
                    '[' if matches!(self.peek(), Some('.' | '=')) => {
                        return unsupported(
                            "collating elements and equivalence classes ([. .], [= =])",
                        );
                    }
                    '\\' => {
                        let Some(e) = self.peek() else {
                            return Err(unbalanced);
                        };
                        self.i += 1;
                        match self.class_escape(e)? {
                            Some(s) if s.0.len() == 1 && s.0[0].0 == s.0[0].1 => s.0[0].0,
                            // A folded letter escape cannot start a range;
                            // PostgreSQL has none among its escapes.
                            Some(s) => {
                                set.union(&s);
                                continue;
                            }
                            None => e as u32,
                        }
                    }
                    c => c as u32,
                };
                // A range `lo-hi` (a `-` before `]` is itself).
                if self.peek() == Some('-') && self.p.get(self.i + 1).is_some_and(|&n| n != ']') {
                    self.i += 1;
                    let h = self.p[self.i];
                    self.i += 1;
                    let hi = match h {
                        '\\' => {
                            let Some(e) = self.peek() else {
                                return Err(unbalanced);
                            };
                            self.i += 1;
                            match self.class_escape(e)? {
                                Some(s) if s.0.len() == 1 && s.0[0].0 == s.0[0].1 => s.0[0].0,
                                Some(_) => return Err(Refusal::Invalid("invalid character range")),
                                None => e as u32,
                            }
                        }
                        '[' => return unsupported("a bracket construct as a range end"),
                        h => h as u32,
                    };
                    if hi < lo {
                        return Err(Refusal::Invalid("invalid character range"));
                    }
                    set.add(lo, hi);
                } else {
                    set.add(lo, lo);
                }
            }
            if self.fold {
                set.fold_ascii();
            }
            Ok(if negate { set.negated() } else { set })
        }
    }

    /// A pattern translated for the `regex` crate.
    #[derive(Debug)]
    pub(crate) struct Translated {
        /// The `regex` crate pattern.
        pub regex: String,
        /// Whether the pattern has a capturing group.
        pub has_group: bool,
        /// `Ok` when the text the pattern matches (and its first group) is
        /// the one PostgreSQL picks; otherwise why it may not be.
        pub spans: Result<(), &'static str>,
    }

    /// Translates a PostgreSQL ARE; `fold` is the `i` flag.
    pub(crate) fn translate(pattern: &str, fold: bool) -> Result<Translated, Refusal> {
        if pattern.starts_with("***") {
            return unsupported("***");
        }
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser {
            p: &chars,
            i: 0,
            fold,
            groups: 0,
        };
        let root = p.alternation(0)?;
        let mut regex = String::new();
        write_alt(&root, &mut regex);
        let spans = check_alt(&root, &Set::default(), true, false);
        Ok(Translated {
            regex,
            has_group: p.groups > 0,
            spans,
        })
    }

    fn write_alt(alts: &[Vec<Node>], out: &mut String) {
        for (i, seq) in alts.iter().enumerate() {
            if i > 0 {
                out.push('|');
            }
            for n in seq {
                write_node(n, out);
            }
        }
    }

    fn write_node(n: &Node, out: &mut String) {
        match n {
            Node::Set(s) => s.write(out),
            Node::Start => out.push_str(r"\A"),
            Node::End => out.push_str(r"\z"),
            Node::Group(alts, capturing) => {
                out.push_str(if *capturing { "(" } else { "(?:" });
                write_alt(alts, out);
                out.push(')');
            }
            Node::Repeat(inner, min, max, greedy) => {
                out.push_str("(?:");
                write_node(inner, out);
                out.push(')');
                let _ = match max {
                    None => write!(out, "{{{min},}}"),
                    Some(m) => write!(out, "{{{min},{m}}}"),
                };
                if !greedy {
                    out.push('?');
                }
            }
        }
    }

    /// What a node can start with, and whether it can match empty text.
    fn first(n: &Node) -> (Set, bool) {
        match n {
            Node::Set(s) => (s.clone(), false),
            Node::Start | Node::End => (Set::default(), true),
            Node::Group(alts, _) => first_alt(alts),
            Node::Repeat(inner, min, _, _) => {
                let (s, nullable) = first(inner);
                (s, nullable || *min == 0)
            }
        }
    }

    fn first_seq(seq: &[Node]) -> (Set, bool) {
        let mut out = Set::default();
        for n in seq {
            let (s, nullable) = first(n);
            out.union(&s);
            if !nullable {
                return (out, false);
            }
        }
        (out, true)
    }

    fn first_alt(alts: &[Vec<Node>]) -> (Set, bool) {
        let mut out = Set::default();
        let mut nullable = false;
        for seq in alts {
            let (s, n) = first_seq(seq);
            out.union(&s);
            nullable |= n;
        }
        (out, nullable)
    }

    fn fixed_len(n: &Node) -> bool {
        match n {
            Node::Set(_) | Node::Start | Node::End => true,
            Node::Group(alts, _) => alts.len() == 1 && alts[0].iter().all(fixed_len),
            Node::Repeat(inner, min, max, _) => Some(*min) == *max && fixed_len(inner),
        }
    }

    // PostgreSQL picks, among the matches starting leftmost, the longest
    // (the shortest for a non-greedy pattern), and gives each group its own
    // longest or shortest share; the `regex` crate takes the first match in
    // priority order. The two agree when the pattern leaves no choice: every
    // alternation starts with distinct characters, every variable
    // repetition is greedy and stops at a character that cannot continue
    // it, except one run of single characters followed only by fixed-length
    // parts (`(.*)/`), where the greedy choice is the longest.

    fn check_alt(
        alts: &[Vec<Node>],
        follow: &Set,
        tail_fixed: bool,
        in_repeat: bool,
    ) -> Result<(), &'static str> {
        if alts.len() > 1 {
            let firsts: Vec<(Set, bool)> = alts.iter().map(|s| first_seq(s)).collect();
            for (i, (a, an)) in firsts.iter().enumerate() {
                if *an {
                    return Err("an alternative that can match empty text");
                }
                if firsts[i + 1..].iter().any(|(b, _)| a.intersects(b)) {
                    return Err("alternatives that can start with the same character");
                }
            }
        }
        for seq in alts {
            check_seq(seq, follow, tail_fixed, in_repeat)?;
        }
        Ok(())
    }

    fn check_seq(
        seq: &[Node],
        follow: &Set,
        tail_fixed: bool,
        in_repeat: bool,
    ) -> Result<(), &'static str> {
        for (i, n) in seq.iter().enumerate() {
            let rest = &seq[i + 1..];
            let (mut f, nullable) = first_seq(rest);
            if nullable {
                f.union(follow);
            }
            let fixed = tail_fixed && rest.iter().all(fixed_len);
            check(n, &f, fixed, in_repeat)?;
        }
        Ok(())
    }

    fn check(
        n: &Node,
        follow: &Set,
        tail_fixed: bool,
        in_repeat: bool,
    ) -> Result<(), &'static str> {
        match n {
            Node::Set(_) | Node::Start | Node::End => Ok(()),
            Node::Group(alts, _) => check_alt(alts, follow, tail_fixed, in_repeat),
            Node::Repeat(inner, min, max, greedy) => {
                let (own, nullable) = first(inner);
                if nullable {
                    return Err("a repeated part that can match empty text");
                }
                if Some(*min) == *max {
                    if *min <= 1 {
                        return check(inner, follow, tail_fixed, in_repeat);
                    }
                    let mut f = own;
                    f.union(follow);
                    return check(inner, &f, tail_fixed && fixed_len(inner), true);
                }
                if !greedy {
                    return Err("a non-greedy quantifier");
                }
                let single = matches!(**inner, Node::Set(_));
                if own.intersects(follow) && !(tail_fixed && single && !in_repeat) {
                    return Err("a repetition followed by text it could also match");
                }
                let repeats = *max != Some(1);
                let mut f = follow.clone();
                if repeats {
                    f.union(&own);
                }
                check(inner, &f, false, in_repeat || repeats)
            }
        }
    }
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
        assert!(compile("^a.b$", false).unwrap().re.is_match("a\nb"));
        assert_eq!(substr("hello", 0, Some(3)).unwrap(), "he");
        assert_eq!(substr("héllo", 2, Some(2)).unwrap(), "él");
        assert_eq!(substr("hello", -2, Some(3)).unwrap(), "");
        assert!(substr("hello", 2, Some(-1)).is_err());
        assert_eq!(trim("xyxaxyx", "xy", true, true), "a");
        assert_eq!(repeat("ab", -1).unwrap(), "");
        assert!(repeat("ab", 1 << 30).is_err());
        assert!(chr(0).is_err() && chr(0xD800).is_err());
        assert_eq!(md5_hex(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
    }

    fn replaced(s: &str, p: &str, r: &str, flags: &str) -> String {
        let (global, fold) = replace_flags(flags).unwrap();
        regex_replace(s, &compile(p, fold).unwrap(), r, global).unwrap()
    }

    #[test]
    fn regexp_replace_rules() {
        assert_eq!(replaced("aaa", "a*", "-", "g"), "--");
        assert_eq!(replaced("baaac", "a*", "-", "g"), "-b--c-");
        assert_eq!(replaced("abc", "x*", "-", "g"), "-a-b-c-");
        assert_eq!(replaced("aaa", "^a", "x", "g"), "xaa");
        assert_eq!(
            replaced("abc", "(b)", "[\\1|\\2|\\&|\\\\|\\0|$1|\\x]", ""),
            "a[b||b|\\|\\0|$1|\\x]c"
        );
        assert_eq!(replaced("abcB", "B", "x", "gi"), "axcx");
        assert_eq!(replaced("ÉÉé", "é", "x", "gi"), "ÉÉx");
        assert!(replace_flags("z").is_err());
    }

    fn spans(p: &str) -> std::result::Result<(), &'static str> {
        are::translate(p, false).unwrap().spans
    }

    #[test]
    fn are_translation() {
        let m = |p: &str, s: &str| compile(p, false).unwrap().re.is_match(s);
        assert!(!m("\\d", "٣"));
        assert!(!m("[[:alpha:]]", "é"));
        assert!(m("\\b", "\x08"));
        assert!(m("[]a]", "]"));
        assert!(!m("[^]a]", "a"));
        assert!(m("a{", "a{"));
        assert!(compile("é", true).unwrap().re.is_match("é"));
        assert!(!compile("é", true).unwrap().re.is_match("É"));
        assert!(!compile("[^a]", true).unwrap().re.is_match("A"));
        let invalid = |p: &str| matches!(are::translate(p, false), Err(are::Refusal::Invalid(_)));
        for p in [
            "(", "a)", "[a", "*a", "a**", "\\q", "a\\", "a{1", "a{256}", "a{2,1}",
        ] {
            assert!(invalid(p), "{p}");
        }
        for p in ["(?=a)", "\\1", "\\y", "[[.a.]]", "***=a"] {
            assert!(
                matches!(are::translate(p, false), Err(are::Refusal::Unsupported(_))),
                "{p}"
            );
        }
        assert!(spans("x*(xy)?").is_err());
        assert!(spans("Mr|Mrs").is_err());
        assert!(spans("(.*?)x").is_err());
        assert!(spans("^\\s+|\\s+$").is_err());
        for p in [
            "[^0-9]+",
            "@(.*)$",
            "(.*)/",
            "https?://([^/]+)",
            "\\d+(\\.\\d+)?",
            "(cat|dog)s?",
        ] {
            assert!(spans(p).is_ok(), "{p}");
        }
    }
}
