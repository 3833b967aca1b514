//! `pg_like(text, pattern [, escape])`: PostgreSQL's LIKE, and
//! `pg_ilike(text, pattern [, escape])`: its ILIKE under the C collation
//! (ASCII letters folded on both sides, after the escape is applied).
//!
//! Case-sensitive; `%` matches any run of characters, `_` one character;
//! the escape character is backslash unless `ESCAPE` names another (or
//! none, with `ESCAPE ''`). SQLite's own LIKE is case-insensitive for ASCII
//! and has no default escape, so it cannot be used.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-matching.html#FUNCTIONS-LIKE>

use std::borrow::Cow;

use rusqlite::functions::Context;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Result};

use super::{pg_err, pure, text_arg};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Any,
    One,
    /// One byte of a literal character's UTF-8 (lower-cased for ILIKE).
    Lit(u8),
}

/// Compiles a LIKE pattern, with PostgreSQL's errors for a bad escape.
/// `fold` lower-cases the literal ASCII letters (ILIKE): PostgreSQL applies
/// the escape first (`like_escape`) and folds what it leaves.
fn compile(
    pattern: &str,
    escape: Option<char>,
    fold: bool,
) -> std::result::Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let lit = |out: &mut Vec<Tok>, c: char| {
        let c = if fold { c.to_ascii_lowercase() } else { c };
        let mut buf = [0u8; 4];
        out.extend(c.encode_utf8(&mut buf).bytes().map(Tok::Lit));
    };
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if Some(c) == escape {
            match chars.next() {
                Some(n) => lit(&mut out, n),
                None => return Err("LIKE pattern must not end with escape character".into()),
            }
        } else if c == '%' {
            if out.last() != Some(&Tok::Any) {
                out.push(Tok::Any);
            }
        } else if c == '_' {
            out.push(Tok::One);
        } else {
            lit(&mut out, c);
        }
    }
    Ok(out)
}

/// The length of the UTF-8 character that starts with byte `b`.
fn char_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Matches UTF-8 text with the usual backtrack-to-last-`%` scan: linear for
/// patterns with one `%`, never exponential. It works on bytes and moves by
/// whole characters for `_` and when backtracking, so it answers as a match
/// over characters does (UTF-8 is prefix-free), without decoding the text.
fn matches(text: &[u8], pat: &[Tok], fold: bool) -> bool {
    let (mut t, mut p) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pat.get(p) {
            Some(Tok::Any) => {
                star = Some((p, t));
                p += 1;
            }
            Some(Tok::One) => {
                t += char_len(text[t]);
                p += 1;
            }
            Some(Tok::Lit(c))
                if *c
                    == if fold {
                        text[t].to_ascii_lowercase()
                    } else {
                        text[t]
                    } =>
            {
                t += 1;
                p += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    let next = st + char_len(text[st]);
                    p = sp + 1;
                    t = next;
                    star = Some((sp, next));
                }
                None => return false,
            },
        }
    }
    t == text.len() && pat[p..].iter().all(|x| *x == Tok::Any)
}

/// PostgreSQL's LIKE as a plain function, for tests and benches.
///
/// ```
/// use pgshim::runtime::like;
/// assert_eq!(like("a_b", "a\\_b", Some('\\')), Ok(true));
/// assert_eq!(like("ABC", "a%", Some('\\')), Ok(false));
/// ```
pub fn like(text: &str, pattern: &str, escape: Option<char>) -> std::result::Result<bool, String> {
    let pat = compile(pattern, escape, false)?;
    Ok(matches(text.as_bytes(), &pat, false))
}

/// PostgreSQL's ILIKE under the C collation, as a plain function: LIKE with
/// ASCII letters folded on both sides (other letters are not).
///
/// ```
/// use pgshim::runtime::ilike;
/// assert_eq!(ilike("Bob.Smith@Example.COM", "%@example.com", Some('\\')), Ok(true));
/// assert_eq!(ilike("ÜMIT", "ümit", Some('\\')), Ok(false));
/// ```
pub fn ilike(text: &str, pattern: &str, escape: Option<char>) -> std::result::Result<bool, String> {
    let pat = compile(pattern, escape, true)?;
    Ok(matches(text.as_bytes(), &pat, true))
}

fn escape_of(ctx: &Context<'_>) -> Result<Option<Option<char>>> {
    if ctx.len() < 3 {
        return Ok(Some(Some('\\')));
    }
    let Some(e) = text_arg(ctx, 2)? else {
        return Ok(None);
    };
    let mut it = e.chars();
    match (it.next(), it.next()) {
        (None, _) => Ok(Some(None)),
        (Some(c), None) => Ok(Some(Some(c))),
        _ => Err(pg_err("invalid escape string")),
    }
}

/// A text argument's UTF-8 bytes, borrowed from SQLite where it is text.
fn text_bytes<'a>(ctx: &'a Context<'_>, i: usize) -> Result<Option<Cow<'a, [u8]>>> {
    Ok(match ctx.get_raw(i) {
        ValueRef::Text(t) => Some(Cow::Borrowed(t)),
        _ => text_arg(ctx, i)?.map(|s| Cow::Owned(s.into_bytes())),
    })
}

/// A compiled pattern and the escape it was compiled with.
type Compiled = (Option<char>, Vec<Tok>);

pub(super) fn register(conn: &Connection) -> Result<()> {
    for (name, fold) in [("pg_like", false), ("pg_ilike", true)] {
        for n in [2, 3] {
            conn.create_scalar_function(name, n, pure(), move |ctx| {
                let Some(text) = text_bytes(ctx, 0)? else {
                    return Ok(None);
                };
                if ctx.get_raw(1) == ValueRef::Null {
                    return Ok(None);
                }
                let Some(escape) = escape_of(ctx)? else {
                    return Ok(None);
                };
                // A constant pattern is compiled once per statement (SQLite
                // keeps the auxiliary data only while the argument is
                // constant); the escape is checked on each row.
                let pat = match ctx.get_aux::<Compiled>(1)? {
                    Some(c) if c.0 == escape => c,
                    _ => {
                        let pattern = text_arg(ctx, 1)?.unwrap_or_default();
                        let compiled = (escape, compile(&pattern, escape, fold).map_err(pg_err)?);
                        ctx.set_aux(1, compiled)?
                    }
                };
                Ok(Some(matches(&text, &pat.1, fold)))
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::like;

    #[test]
    fn like_cases() {
        let bs = Some('\\');
        assert_eq!(like("abc", "abc", bs), Ok(true));
        assert_eq!(like("abc", "a%", bs), Ok(true));
        assert_eq!(like("abc", "%c", bs), Ok(true));
        assert_eq!(like("abc", "%b%", bs), Ok(true));
        assert_eq!(like("abc", "a_c", bs), Ok(true));
        assert_eq!(like("abc", "a_", bs), Ok(false));
        assert_eq!(like("", "%", bs), Ok(true));
        assert_eq!(like("a%c", "a\\%c", bs), Ok(true));
        assert_eq!(like("abc", "a\\%c", bs), Ok(false));
        assert_eq!(like("aXbXc", "%X%X%", bs), Ok(true));
        assert_eq!(like("é", "_", bs), Ok(true));
        assert!(like("a", "a\\", bs).is_err());
        assert_eq!(like("a\\b", "a\\b", None), Ok(true));
        assert_eq!(like("mississippi", "%issip%", bs), Ok(true));
        assert_eq!(like("mississippi", "%iss%ppi", bs), Ok(true));
    }
}
