//! `COPY table [(columns)] FROM STDIN` in PostgreSQL's text format (each
//! line a row, fields split at the delimiter, a tab unless `DELIMITER`
//! says otherwise, `\N` for NULL, backslash escapes) or CSV (quoted
//! fields, which may hold line breaks; an unquoted empty field is NULL),
//! and `COPY … TO STDOUT` in both. Every field is read by its column's
//! input function, as an INSERT of a text parameter is.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2>

use sqlparser::ast::{CopyOption, CopySource, CopyTarget, Statement};

use crate::error::{Error, Result};

/// A COPY's format and options, as both directions read them: text or
/// CSV, the delimiter, the NULL text, HEADER, and CSV's quote, escape and
/// forcing options.
#[derive(Debug, Clone)]
pub(crate) struct Format {
    /// CSV rather than the text format.
    pub csv: bool,
    /// The field delimiter (one byte; a tab, or a comma in CSV).
    pub delimiter: u8,
    /// The text that stands for NULL (`\N`; empty in CSV).
    pub null: String,
    /// The first line names the columns (written by COPY TO; skipped by
    /// COPY FROM in CSV).
    pub header: bool,
    /// CSV's quote and escape characters.
    pub quote: u8,
    pub escape: u8,
    /// FORCE_QUOTE (COPY TO): columns always quoted.
    pub force_quote: Vec<String>,
    /// FORCE_NOT_NULL (COPY FROM): columns whose unquoted NULL text is a
    /// value.
    pub force_not_null: Vec<String>,
    /// FORCE_NULL (COPY FROM): columns whose quoted NULL text is NULL too.
    pub force_null: Vec<String>,
}

/// What a `COPY … FROM STDIN` statement asks for.
#[derive(Debug, Clone)]
pub(crate) struct CopyIn {
    /// The table, as written (unquoted names folded to lower case).
    pub table: String,
    /// The columns named, in order; empty for all of the table's.
    pub columns: Vec<String>,
    pub format: Format,
}

/// What a `COPY … TO STDOUT` statement asks for.
#[derive(Debug, Clone)]
pub(crate) struct CopyOut {
    /// The SELECT whose rows are written: the table's columns, or the
    /// query in parentheses.
    pub query: String,
    pub format: Format,
}

/// An identifier as PostgreSQL folds it.
fn fold(i: &sqlparser::ast::Ident) -> String {
    if i.quote_style.is_some() {
        i.value.clone()
    } else {
        i.value.to_lowercase()
    }
}

/// Reads a COPY's options, the current (`WITH (FORMAT csv, …)`) and the
/// pre-9.0 (`CSV HEADER QUOTE …`) spellings, with PostgreSQL's checks:
/// one-byte characters, CSV-only options refused in text, a delimiter that
/// is no line break (nor a backslash in text) and differs from the quote.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-copy.html>
fn format(
    options: &[CopyOption],
    legacy_options: &[sqlparser::ast::CopyLegacyOption],
    unsupported: &dyn Fn(&str) -> Error,
) -> Result<Format> {
    let mut f = Format {
        csv: false,
        delimiter: b'\t',
        null: String::new(),
        header: false,
        quote: b'"',
        escape: b'"',
        force_quote: vec![],
        force_not_null: vec![],
        force_null: vec![],
    };
    let (mut delimiter, mut null, mut quote, mut escape) = (None, None, None, None);
    let one_byte = |c: char, what: &str| -> Result<u8> {
        if c.is_ascii() {
            Ok(c as u8)
        } else {
            Err(Error::semantic(
                format!("COPY {what} must be a single one-byte character"),
                None,
            ))
        }
    };
    let names = |cols: &[sqlparser::ast::Ident]| cols.iter().map(fold).collect::<Vec<_>>();
    for o in legacy_options {
        use sqlparser::ast::CopyLegacyOption as L;
        match o {
            L::Csv(csv) => {
                f.csv = true;
                for c in csv {
                    use sqlparser::ast::CopyLegacyCsvOption as C;
                    match c {
                        C::Header => f.header = true,
                        C::Quote(q) => quote = Some(one_byte(*q, "quote")?),
                        C::Escape(e) => escape = Some(one_byte(*e, "escape")?),
                        C::ForceQuote(cols) => f.force_quote = names(cols),
                        C::ForceNotNull(cols) => f.force_not_null = names(cols),
                    }
                }
            }
            L::Delimiter(c) => delimiter = Some(one_byte(*c, "delimiter")?),
            L::Null(n) => null = Some(n.clone()),
            L::Header => f.header = true,
            other => return Err(unsupported(&format!("COPY option {other}"))),
        }
    }
    for o in options {
        match o {
            CopyOption::Format(v) if v.value.eq_ignore_ascii_case("text") => f.csv = false,
            CopyOption::Format(v) if v.value.eq_ignore_ascii_case("csv") => f.csv = true,
            CopyOption::Format(v) if v.value.eq_ignore_ascii_case("binary") => {
                return Err(unsupported("COPY in binary format"));
            }
            CopyOption::Format(v) => {
                return Err(Error::semantic(
                    format!("COPY format \"{}\" not recognized", v.value),
                    None,
                ));
            }
            CopyOption::Delimiter(c) => delimiter = Some(one_byte(*c, "delimiter")?),
            CopyOption::Null(n) => null = Some(n.clone()),
            CopyOption::Header(h) => f.header = *h,
            CopyOption::Quote(q) => quote = Some(one_byte(*q, "quote")?),
            CopyOption::Escape(e) => escape = Some(one_byte(*e, "escape")?),
            CopyOption::ForceQuote(cols) => f.force_quote = names(cols),
            CopyOption::ForceNotNull(cols) => f.force_not_null = names(cols),
            CopyOption::ForceNull(cols) => f.force_null = names(cols),
            CopyOption::Encoding(e)
                if e.eq_ignore_ascii_case("utf8") || e.eq_ignore_ascii_case("utf-8") => {}
            other => return Err(unsupported(&format!("COPY option {other}"))),
        }
    }
    if !f.csv {
        let csv_only = [
            (quote.is_some(), "quote"),
            (escape.is_some(), "escape"),
            (!f.force_quote.is_empty(), "force quote"),
            (!f.force_not_null.is_empty(), "force not null"),
            (!f.force_null.is_empty(), "force null"),
        ];
        if let Some((_, what)) = csv_only.iter().find(|(set, _)| *set) {
            return Err(Error::semantic(
                format!("COPY {what} available only in CSV mode"),
                None,
            ));
        }
    }
    f.delimiter = delimiter.unwrap_or(if f.csv { b',' } else { b'\t' });
    f.null = null.unwrap_or_else(|| if f.csv { String::new() } else { "\\N".into() });
    f.quote = quote.unwrap_or(b'"');
    f.escape = escape.unwrap_or(f.quote);
    if f.delimiter == b'\r' || f.delimiter == b'\n' {
        return Err(Error::semantic(
            "COPY delimiter cannot be newline or carriage return",
            None,
        ));
    }
    if !f.csv && f.delimiter == b'\\' {
        return Err(Error::semantic("COPY delimiter cannot be \"\\\"", None));
    }
    if f.csv && f.delimiter == f.quote {
        return Err(Error::semantic(
            "COPY delimiter and quote must be different",
            None,
        ));
    }
    Ok(f)
}

/// Reads a parsed `COPY table [(columns)] FROM STDIN` in the text or CSV
/// format; any other COPY is refused.
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
            "COPY table [(columns)] FROM STDIN in text or CSV format is translated",
        )
    };
    if *to {
        return Err(unsupported("COPY … TO"));
    }
    if !matches!(target, CopyTarget::Stdin) {
        return Err(unsupported("COPY … FROM a file or program"));
    }
    let CopySource::Table {
        table_name,
        columns,
    } = source
    else {
        return Err(unsupported("COPY (query)"));
    };
    let table = match table_name.0.last() {
        Some(sqlparser::ast::ObjectNamePart::Identifier(i)) => fold(i),
        _ => return Err(unsupported("COPY into this table name")),
    };
    let format = format(options, legacy_options, &unsupported)?;
    if !format.force_quote.is_empty() {
        return Err(unsupported("COPY option FORCE_QUOTE with COPY FROM"));
    }
    if format.header && !format.csv {
        // PostgreSQL 15 skips a text header line too; pgshim's text
        // reader does not.
        return Err(unsupported("COPY … FROM in text format with HEADER"));
    }
    Ok(CopyIn {
        table,
        columns: columns.iter().map(fold).collect(),
        format,
    })
}

/// Where a CSV record's line ends in `data` from `from` on, with the
/// quote state carried between calls (CopyReadLineText in CSV mode): a
/// newline inside quotes belongs to the field. `None`: no end yet.
pub(crate) fn csv_record_end(
    data: &[u8],
    from: usize,
    in_quote: &mut bool,
    plan: &Format,
) -> Option<usize> {
    let mut i = from;
    while i < data.len() {
        let c = data[i];
        if *in_quote {
            if c == plan.escape && plan.escape != plan.quote && data.get(i + 1) == Some(&plan.quote)
            {
                i += 2;
                continue;
            }
            if c == plan.escape
                && plan.escape != plan.quote
                && data.get(i + 1) == Some(&plan.escape)
            {
                i += 2;
                continue;
            }
            if c == plan.quote {
                *in_quote = false;
            }
        } else if c == plan.quote {
            *in_quote = true;
        } else if c == b'\n' {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Splits one CSV record into its fields (CopyReadAttributesCSV): the
/// delimiter outside quotes separates, a quoted part keeps its
/// delimiters, line breaks and doubled (escaped) quotes, and an unquoted
/// field equal to the NULL text is NULL. Each field comes with whether
/// any of it was quoted (FORCE_NULL, FORCE_NOT_NULL).
pub(crate) fn csv_fields(line: &str, plan: &Format) -> Result<Vec<(Option<String>, bool)>> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        let mut value: Vec<u8> = Vec::new();
        let mut quoted = false;
        loop {
            // Unquoted part.
            while i < b.len() && b[i] != plan.delimiter && b[i] != plan.quote {
                value.push(b[i]);
                i += 1;
            }
            if i >= b.len() || b[i] == plan.delimiter {
                break;
            }
            // A quoted part.
            quoted = true;
            i += 1;
            loop {
                if i >= b.len() {
                    return Err(Error::Execution {
                        message: "unterminated CSV quoted field".into(),
                        source: None,
                    });
                }
                let c = b[i];
                if c == plan.escape
                    && (b.get(i + 1) == Some(&plan.quote)
                        || (plan.escape != plan.quote && b.get(i + 1) == Some(&plan.escape)))
                {
                    value.push(b[i + 1]);
                    i += 2;
                    continue;
                }
                if c == plan.quote {
                    i += 1;
                    break;
                }
                value.push(c);
                i += 1;
            }
        }
        let raw = &line[start..i];
        let text = String::from_utf8(value).map_err(|_| Error::Execution {
            message: "invalid byte sequence for encoding \"UTF8\"".into(),
            source: None,
        })?;
        if !quoted && raw == plan.null {
            out.push((None, false));
        } else {
            out.push((Some(text), quoted));
        }
        if i >= b.len() {
            return Ok(out);
        }
        i += 1;
    }
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

/// Reads a parsed `COPY table [(columns)] TO STDOUT` or `COPY (query) TO
/// STDOUT`, in the text or CSV format.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-copy.html>
pub(crate) fn plan_out(stmt: &Statement) -> Result<CopyOut> {
    let Statement::Copy {
        source,
        to,
        target,
        options,
        legacy_options,
        ..
    } = stmt
    else {
        return Err(Error::Internal(
            "copy::plan_out on another statement".into(),
        ));
    };
    let unsupported = |what: &str| {
        Error::unsupported(
            what.to_string(),
            None,
            "COPY table [(columns)] | (query) TO STDOUT in text or CSV format is translated",
        )
    };
    if !*to {
        return Err(Error::Internal("copy::plan_out on COPY FROM".into()));
    }
    if !matches!(target, CopyTarget::Stdout) {
        return Err(unsupported("COPY … TO a file or program"));
    }
    let quote_ident = |i: &sqlparser::ast::Ident| format!("\"{}\"", fold(i).replace('"', "\"\""));
    let query = match source {
        CopySource::Table {
            table_name,
            columns,
        } => {
            let table = match table_name.0.last() {
                Some(sqlparser::ast::ObjectNamePart::Identifier(i)) => quote_ident(i),
                _ => return Err(unsupported("COPY from this table name")),
            };
            let cols = if columns.is_empty() {
                "*".to_string()
            } else {
                columns
                    .iter()
                    .map(quote_ident)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            format!("SELECT {cols} FROM {table}")
        }
        CopySource::Query(q) => q.to_string(),
    };
    let format = format(options, legacy_options, &unsupported)?;
    if !format.force_not_null.is_empty() || !format.force_null.is_empty() {
        return Err(unsupported(
            "COPY option FORCE_NOT_NULL/FORCE_NULL with COPY TO",
        ));
    }
    Ok(CopyOut { query, format })
}

/// One line of COPY TO's output: the fields (NULL as the NULL text,
/// each with whether FORCE_QUOTE holds for it) in the format, between
/// delimiters, with the newline.
pub(crate) fn line<'a>(
    fields: impl IntoIterator<Item = (Option<&'a str>, bool)>,
    format: &Format,
    single: bool,
) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, (value, force)) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(format.delimiter);
        }
        match value {
            None => out.extend_from_slice(format.null.as_bytes()),
            Some(v) if format.csv => push_csv_field(&mut out, v, format, force, single),
            Some(v) => push_text_field(&mut out, v, format.delimiter),
        }
    }
    out.push(b'\n');
    out
}

/// One field in the text format (CopyAttributeOutText): backslash and
/// the delimiter escaped with a backslash, and the control characters
/// that have a letter (`\b \f \n \r \t \v`, the tab even when it is the
/// delimiter) by it.
fn push_text_field(out: &mut Vec<u8>, value: &str, delimiter: u8) {
    for &b in value.as_bytes() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            0x0b => out.extend_from_slice(b"\\v"),
            _ if b == delimiter => {
                out.push(b'\\');
                out.push(b);
            }
            _ => out.push(b),
        }
    }
}

/// One field in the CSV format (CopyAttributeOutCSV): quoted when forced,
/// when it reads as the NULL text, when it is `\.` alone in a one-column
/// row, or when it holds the delimiter, the quote or a line break; inside
/// quotes the quote and escape characters are escaped.
fn push_csv_field(out: &mut Vec<u8>, value: &str, plan: &Format, force: bool, single: bool) {
    let b = value.as_bytes();
    let quoted = force
        || value == plan.null
        || (single && value == "\\.")
        || b.iter()
            .any(|&c| c == plan.delimiter || c == plan.quote || c == b'\n' || c == b'\r');
    if !quoted {
        out.extend_from_slice(b);
        return;
    }
    out.push(plan.quote);
    for &c in b {
        if c == plan.quote || c == plan.escape {
            out.push(plan.escape);
        }
        out.push(c);
    }
    out.push(plan.quote);
}

#[cfg(test)]
mod tests {
    use super::{Format, csv_fields, fields};

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

    #[test]
    fn csv_fields_keep_quoted_delimiters_breaks_and_quotes() {
        let plan = Format {
            csv: true,
            delimiter: b',',
            null: String::new(),
            header: false,
            quote: b'"',
            escape: b'"',
            force_quote: vec![],
            force_not_null: vec![],
            force_null: vec![],
        };
        let f = |s| csv_fields(s, &plan).unwrap();
        assert_eq!(
            f("1,\"a,b\",\"x\ny\",\"say \"\"hi\"\"\""),
            vec![
                (Some("1".into()), false),
                (Some("a,b".into()), true),
                (Some("x\ny".into()), true),
                (Some("say \"hi\"".into()), true)
            ]
        );
        // An unquoted empty field is NULL; a quoted one is the empty text.
        assert_eq!(f(",\"\""), vec![(None, false), (Some(String::new()), true)]);
        // Quoted parts join unquoted ones in one field.
        assert_eq!(f("a\"b,c\"d"), vec![(Some("ab,cd".into()), true)]);
        assert!(csv_fields("\"open", &plan).is_err());
    }
}
