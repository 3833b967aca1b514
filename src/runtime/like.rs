//! `pg_like(text, pattern [, escape])`: PostgreSQL's LIKE.
//!
//! Case-sensitive; `%` matches any run of characters, `_` one character;
//! the escape character is backslash unless `ESCAPE` names another (or
//! none, with `ESCAPE ''`). SQLite's own LIKE is case-insensitive for ASCII
//! and has no default escape, so it cannot be used.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-matching.html#FUNCTIONS-LIKE>

use rusqlite::functions::Context;
use rusqlite::{Connection, Result};

use super::{pg_err, pure, text_arg};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Any,
    One,
    Lit(char),
}

/// Compiles a LIKE pattern, with PostgreSQL's errors for a bad escape.
fn compile(pattern: &str, escape: Option<char>) -> std::result::Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if Some(c) == escape {
            match chars.next() {
                Some(n) => out.push(Tok::Lit(n)),
                None => return Err("LIKE pattern must not end with escape character".into()),
            }
        } else if c == '%' {
            if out.last() != Some(&Tok::Any) {
                out.push(Tok::Any);
            }
        } else if c == '_' {
            out.push(Tok::One);
        } else {
            out.push(Tok::Lit(c));
        }
    }
    Ok(out)
}

/// Matches with the usual backtrack-to-last-`%` scan: linear for patterns
/// with one `%`, never exponential.
fn matches(text: &[char], pat: &[Tok]) -> bool {
    let (mut t, mut p) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pat.get(p) {
            Some(Tok::Any) => {
                star = Some((p, t));
                p += 1;
            }
            Some(Tok::One) => {
                t += 1;
                p += 1;
            }
            Some(Tok::Lit(c)) if *c == text[t] => {
                t += 1;
                p += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pat[p..].iter().all(|x| *x == Tok::Any)
}

/// PostgreSQL's LIKE as a plain function, for tests and benches.
///
/// ```
/// use pgshim::runtime::like;
/// assert_eq!(like("a_b", "a\\_b", Some('\\')), Ok(true));
/// assert_eq!(like("ABC", "a%", Some('\\')), Ok(false));
/// ```
pub fn like(text: &str, pattern: &str, escape: Option<char>) -> std::result::Result<bool, String> {
    let pat = compile(pattern, escape)?;
    let chars: Vec<char> = text.chars().collect();
    Ok(matches(&chars, &pat))
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

pub(super) fn register(conn: &Connection) -> Result<()> {
    for n in [2, 3] {
        conn.create_scalar_function("pg_like", n, pure(), |ctx| {
            let (Some(text), Some(pattern)) = (text_arg(ctx, 0)?, text_arg(ctx, 1)?) else {
                return Ok(None);
            };
            let Some(escape) = escape_of(ctx)? else {
                return Ok(None);
            };
            // The compiled pattern is cached for the statement when constant.
            let pat = ctx.get_or_create_aux(1, |_| compile(&pattern, escape))?;
            let chars: Vec<char> = text.chars().collect();
            Ok(Some(matches(&chars, &pat)))
        })?;
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
