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

/// Reads an array's text form into its elements (`None` for NULL).
/// Dimension decorations (`[1:3]={…}`) and nested arrays are refused.
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
