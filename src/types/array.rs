//! PostgreSQL's array text form (`array_in` / `array_out`) for
//! one-dimensional arrays: `{1,2,NULL}`, `{abc,"a b","",NULL}`.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO>

/// Whitespace as `array_isspace` sees it.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')
}

fn malformed(s: &str) -> String {
    format!("malformed array literal: \"{s}\"")
}

/// Reads an array's text form into its elements (`None` for NULL),
/// whatever its subscripts (see [`parse_bounded`]). Nested arrays are
/// refused.
///
/// ```
/// use pgshim::types::array::parse;
/// assert_eq!(
///     parse(r#"{1, "a b" ,NULL,"NULL"}"#).unwrap(),
///     vec![Some("1".into()), Some("a b".into()), None, Some("NULL".into())]
/// );
/// assert!(parse("1,2").is_err());
/// ```
pub fn parse(s: &str) -> Result<Vec<Option<String>>, String> {
    parse_bounded(s).map(|(_, elems)| elems)
}

/// Reads an array's text form with its lower subscript: 1 unless a
/// dimension decoration (`[0:1]={2,1}`) gives another, which must agree
/// with the number of elements.
///
/// ```
/// use pgshim::types::array::parse_bounded;
/// assert_eq!(parse_bounded("[0:1]={2,1}").unwrap().0, 0);
/// assert_eq!(parse_bounded("{a}").unwrap(), (1, vec![Some("a".to_string())]));
/// assert!(parse_bounded("[0:2]={2,1}").is_err());
/// ```
pub fn parse_bounded(s: &str) -> Result<(i32, Vec<Option<String>>), String> {
    let body = s.trim_start_matches(is_space);
    if let Some(rest) = body.strip_prefix('[') {
        // PostgreSQL's DETAIL lines say which part is wrong.
        let bad = |_detail: &str| malformed(s);
        let close = rest
            .find(']')
            .ok_or_else(|| bad("Missing \"]\" after array dimensions."))?;
        let (lo, hi) = match rest[..close].split_once(':') {
            Some((lo, hi)) => (lo.trim(), hi.trim()),
            None => ("1", rest[..close].trim()),
        };
        let (Ok(lo), Ok(hi)) = (lo.parse::<i32>(), hi.parse::<i32>()) else {
            return Err(bad(
                "\"[\" must introduce explicitly-specified array dimensions.",
            ));
        };
        let after = rest[close + 1..].trim_start_matches(is_space);
        let Some(value) = after.strip_prefix('=') else {
            if after.starts_with('[') {
                return Err("pgshim: multidimensional arrays are not supported".to_string());
            }
            return Err(bad("Missing \"=\" after array dimensions."));
        };
        if hi < lo {
            return Err("upper bound cannot be less than lower bound".to_string());
        }
        let elems = parse_plain(value).map_err(|_| malformed(s))?;
        if i64::from(hi) - i64::from(lo) + 1 != elems.len() as i64 {
            return Err(bad(
                "Specified array dimensions do not match array contents.",
            ));
        }
        return Ok((lo, elems));
    }
    parse_plain(s).map(|elems| (1, elems))
}

/// The text form of an array whose first subscript is `lower`: with its
/// dimension decoration unless that is 1 (or the array is empty).
///
/// ```
/// let v = vec![Some("2".to_string()), Some("1".to_string())];
/// assert_eq!(pgshim::types::array::format_bounded(0, &v), "[0:1]={2,1}");
/// assert_eq!(pgshim::types::array::format_bounded(1, &v), "{2,1}");
/// ```
pub fn format_bounded(lower: i32, elems: &[Option<String>]) -> String {
    if lower == 1 || elems.is_empty() {
        return format(elems);
    }
    let upper = i64::from(lower) + elems.len() as i64 - 1;
    format!("[{lower}:{upper}]={}", format(elems))
}

/// An element written in an array literal as `array_out` prints it back
/// (the element type's input function, then its output), or the input
/// function's error. `elem` is one of the element types pgshim has
/// arrays of.
///
/// ```
/// use pgshim::PgType;
/// use pgshim::types::array::element_in;
/// assert_eq!(element_in(PgType::Int4, " 07").unwrap(), "7");
/// assert_eq!(element_in(PgType::Bool, "yes").unwrap(), "t");
/// assert!(element_in(PgType::Int2, "70000").is_err());
/// ```
pub fn element_in(elem: crate::PgType, e: &str) -> Result<String, String> {
    use crate::PgType;
    use crate::types::scalar;
    Ok(match elem {
        PgType::Int2 => scalar::int_in(e, 16)?.to_string(),
        PgType::Int4 => scalar::int_in(e, 32)?.to_string(),
        PgType::Int8 => scalar::int_in(e, 64)?.to_string(),
        PgType::Oid => scalar::oid_in(e)?.to_string(),
        PgType::Float8 => scalar::float8_out(scalar::float8_in(e)?),
        PgType::Numeric => e.parse::<crate::types::numeric::Numeric>()?.to_string(),
        PgType::Bool => if scalar::bool_in(e)? { "t" } else { "f" }.to_string(),
        PgType::Name => scalar::name_in(e).to_string(),
        PgType::Char => scalar::char_in(e)?,
        PgType::Text | PgType::Varchar => e.to_string(),
        other => {
            return Err(format!(
                "pgshim: arrays of {} are not supported",
                other.sql_name()
            ));
        }
    })
}

/// An array literal as `array_in` then `array_out` print it back: each
/// element through [`element_in`], the subscripts kept.
///
/// ```
/// use pgshim::PgType;
/// assert_eq!(pgshim::types::array::array_in(PgType::Int4, "{ 1, 02 ,NULL}").unwrap(), "{1,2,NULL}");
/// ```
pub fn array_in(elem: crate::PgType, s: &str) -> Result<String, String> {
    let (lower, elems) = parse_bounded(s)?;
    let elems = elems
        .iter()
        .map(|e| e.as_deref().map(|e| element_in(elem, e)).transpose())
        .collect::<Result<Vec<_>, _>>()?;
    Ok(format_bounded(lower, &elems))
}

fn parse_plain(s: &str) -> Result<Vec<Option<String>>, String> {
    let mut chars = s.trim_start_matches(is_space).chars().peekable();
    if chars.next() != Some('{') {
        return Err(malformed(s));
    }
    let mut out = Vec::new();
    // `{}` (with optional spaces) is the empty array.
    loop {
        match chars.peek() {
            Some(c) if is_space(*c) => {
                chars.next();
            }
            _ => break,
        }
    }
    if chars.peek() == Some(&'}') {
        chars.next();
        return if chars.all(is_space) {
            Ok(out)
        } else {
            Err(malformed(s))
        };
    }
    loop {
        while chars.peek().is_some_and(|c| is_space(*c)) {
            chars.next();
        }
        let mut value = String::new();
        let mut quoted = false;
        // Unquoted text keeps inner spaces; trailing ones are dropped.
        let mut kept = 0;
        loop {
            let Some(c) = chars.next() else {
                return Err(malformed(s));
            };
            match c {
                '"' if !quoted && value.is_empty() && kept == 0 => {
                    quoted = true;
                    loop {
                        match chars.next() {
                            None => return Err(malformed(s)),
                            Some('\\') => match chars.next() {
                                Some(e) => value.push(e),
                                None => return Err(malformed(s)),
                            },
                            Some('"') => break,
                            Some(ch) => value.push(ch),
                        }
                    }
                    kept = value.len();
                }
                '\\' if !quoted => match chars.next() {
                    Some(e) => {
                        value.push(e);
                        kept = value.len();
                    }
                    None => return Err(malformed(s)),
                },
                '{' => {
                    return Err("pgshim: multidimensional arrays are not supported".to_string());
                }
                '"' => return Err(malformed(s)),
                ',' | '}' => {
                    value.truncate(kept);
                    if !quoted && value.is_empty() {
                        return Err(malformed(s));
                    }
                    let null = !quoted && value.eq_ignore_ascii_case("null");
                    out.push(if null { None } else { Some(value) });
                    if c == '}' {
                        return if chars.all(is_space) {
                            Ok(out)
                        } else {
                            Err(malformed(s))
                        };
                    }
                    break;
                }
                c if is_space(c) => value.push(c),
                c if quoted => {
                    // Text after a closing quote.
                    let _ = c;
                    return Err(malformed(s));
                }
                c => {
                    value.push(c);
                    kept = value.len();
                }
            }
        }
    }
}

/// One element as `array_out` writes it: quoted when empty, `NULL`-like,
/// or holding whitespace, quotes, backslashes, braces or commas.
pub fn write_element(out: &mut String, v: &str) {
    let needs = v.is_empty()
        || v.eq_ignore_ascii_case("null")
        || v.chars()
            .any(|c| matches!(c, '"' | '\\' | '{' | '}' | ',') || is_space(c));
    if !needs {
        out.push_str(v);
        return;
    }
    out.push('"');
    for c in v.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}

/// The text form of an array of already-printed elements.
///
/// ```
/// let v = vec![Some("a b".to_string()), None, Some("x".to_string())];
/// assert_eq!(pgshim::types::array::format(&v), r#"{"a b",NULL,x}"#);
/// ```
pub fn format(elems: &[Option<String>]) -> String {
    let mut out = String::from("{");
    for (i, e) in elems.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match e {
            Some(v) => write_element(&mut out, v),
            None => out.push_str("NULL"),
        }
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for s in [
            "{}",
            "{1,2,3}",
            r#"{"",NULL,"NULL","a b","a\"b","a\\b",x}"#,
            r#"{"{}",",",abc}"#,
        ] {
            assert_eq!(format(&parse(s).unwrap()), s);
        }
        assert_eq!(parse(" { 1 , 2 } ").unwrap().len(), 2);
        assert_eq!(parse("{a b}").unwrap(), vec![Some("a b".to_string())]);
        for bad in ["", "1", "{1", "{1,}", "{,1}", "{1}x", r#"{"a"b}"#] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
