//! `COPY table [(columns)] FROM STDIN` in PostgreSQL's text format: each
//! line a row, fields split at the delimiter (a tab unless `DELIMITER`
//! says otherwise), `\N` for NULL, backslash escapes. Every field is read
//! by its column's input function, as an INSERT of a text parameter is.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2>

use sqlparser::ast::{CopyOption, CopySource, CopyTarget, Statement};

use crate::error::{Error, Result};

/// What a `COPY … FROM STDIN` statement asks for.
#[derive(Debug, Clone)]
pub(crate) struct CopyIn {
    /// The table, as written (unquoted names folded to lower case).
    pub table: String,
    /// The columns named, in order; empty for all of the table's.
    pub columns: Vec<String>,
    /// The field delimiter (one byte).
    pub delimiter: u8,
    /// The text that stands for NULL (`\N`).
    pub null: String,
}

/// Reads a parsed `COPY` statement; anything but `COPY table FROM STDIN`
/// in text format is refused.
pub(crate) fn plan(stmt: &Statement) -> Result<CopyIn> {
    let Statement::Copy {
        source,
        to,
        target,
        options,
        legacy_options,
        ..
    } = stmt
    else {
        return Err(Error::Internal("copy::plan on another statement".into()));
    };
    let unsupported = |what: &str| {
        Error::unsupported(
            what.to_string(),
            None,
            "COPY table [(columns)] FROM STDIN in text format is translated",
        )
    };
    if *to {
        return Err(unsupported("COPY … TO"));
    }
    if !matches!(target, CopyTarget::Stdin) {
        return Err(unsupported("COPY … FROM a file or program"));
    }
    if !legacy_options.is_empty() {
        return Err(unsupported("COPY with pre-9.0 options"));
    }
    let CopySource::Table {
        table_name,
        columns,
    } = source
    else {
        return Err(unsupported("COPY (query)"));
    };
    let fold = |i: &sqlparser::ast::Ident| {
        if i.quote_style.is_some() {
            i.value.clone()
        } else {
            i.value.to_lowercase()
        }
    };
    let table = match table_name.0.last() {
        Some(sqlparser::ast::ObjectNamePart::Identifier(i)) => fold(i),
        _ => return Err(unsupported("COPY into this table name")),
    };
    let mut plan = CopyIn {
        table,
        columns: columns.iter().map(fold).collect(),
        delimiter: b'\t',
        null: "\\N".into(),
    };
    for o in options {
        match o {
            CopyOption::Format(f) if f.value.eq_ignore_ascii_case("text") => {}
            CopyOption::Delimiter(c) if c.is_ascii() && *c != '\\' && *c != '\n' => {
                plan.delimiter = *c as u8;
            }
            CopyOption::Null(n) => plan.null = n.clone(),
            CopyOption::Encoding(e)
                if e.eq_ignore_ascii_case("utf8") || e.eq_ignore_ascii_case("utf-8") => {}
            other => return Err(unsupported(&format!("COPY option {other}"))),
        }
    }
    Ok(plan)
}

/// Splits one data line into its fields and decodes the escapes
/// (CopyReadAttributesText): `\b \f \n \r \t \v`, octal `\ooo`, hex `\xhh`,
/// any other escaped byte as itself. A field written exactly as the NULL
/// text is NULL.
pub(crate) fn fields(line: &str, delimiter: u8, null: &str) -> Result<Vec<Option<String>>> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        let mut value: Vec<u8> = Vec::new();
        while i < b.len() && b[i] != delimiter {
            if b[i] != b'\\' || i + 1 >= b.len() {
                value.push(b[i]);
                i += 1;
                continue;
            }
            i += 1;
            let c = b[i];
            i += 1;
            match c {
                b'0'..=b'7' => {
                    let mut v = (c - b'0') as u32;
                    for _ in 0..2 {
                        match b.get(i) {
                            Some(d @ b'0'..=b'7') => {
                                v = v * 8 + (d - b'0') as u32;
                                i += 1;
                            }
                            _ => break,
                        }
                    }
                    value.push((v & 0xff) as u8);
                }
                b'x' if b.get(i).is_some_and(u8::is_ascii_hexdigit) => {
                    let mut v = 0u32;
                    for _ in 0..2 {
                        match b.get(i).and_then(|d| (*d as char).to_digit(16)) {
                            Some(d) => {
                                v = v * 16 + d;
                                i += 1;
                            }
                            None => break,
                        }
                    }
                    value.push(v as u8);
                }
                b'b' => value.push(8),
                b'f' => value.push(12),
                b'n' => value.push(b'\n'),
                b'r' => value.push(b'\r'),
                b't' => value.push(b'\t'),
                b'v' => value.push(11),
                other => value.push(other),
            }
        }
        let raw = &line[start..i];
        if raw == null {
            out.push(None);
        } else {
            out.push(Some(String::from_utf8(value).map_err(|_| {
                Error::Execution {
                    message: "invalid byte sequence for encoding \"UTF8\"".into(),
                    source: None,
                }
            })?));
        }
        if i >= b.len() {
            return Ok(out);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::fields;

    #[test]
    fn text_format_fields() {
        let f = |s| fields(s, b'\t', "\\N").unwrap();
        assert_eq!(
            f("1\ta b\t\\N"),
            vec![Some("1".into()), Some("a b".into()), None]
        );
        assert_eq!(
            f("x\\ty\\\\z\\n\\101\\x41\\q"),
            vec![Some("x\ty\\z\nAAq".into())]
        );
        assert_eq!(f(""), vec![Some(String::new())]);
        assert_eq!(f("\t"), vec![Some(String::new()), Some(String::new())]);
        // `\N` inside a longer field is an escaped N.
        assert_eq!(f("a\\N"), vec![Some("aN".into())]);
        assert_eq!(
            fields("1,2", b',', "").unwrap(),
            vec![Some("1".into()), Some("2".into())]
        );
        assert_eq!(
            fields("1,", b',', "").unwrap(),
            vec![Some("1".into()), None]
        );
    }
}
