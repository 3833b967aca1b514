//! The one error type of pgshim, with diagnostics that point into the SQL.

use std::fmt;

/// A position range in the PostgreSQL SQL text, 1-based lines and columns.
///
/// ```
/// let s = pgshim::SourceSpan { start: (1, 8), end: (1, 20) };
/// assert_eq!(s.to_string(), "1:8..1:20");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SourceSpan {
    /// `(line, column)` of the first character.
    pub start: (u64, u64),
    /// `(line, column)` of the last character.
    pub end: (u64, u64),
}

impl SourceSpan {
    pub(crate) fn from_sql(span: sqlparser::tokenizer::Span) -> Option<SourceSpan> {
        if span.start.line == 0 {
            return None;
        }
        Some(SourceSpan {
            start: (span.start.line, span.start.column),
            end: (span.end.line, span.end.column),
        })
    }
}

impl fmt::Display for SourceSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}..{}:{}",
            self.start.0, self.start.1, self.end.0, self.end.1
        )
    }
}

/// Everything that can go wrong in pgshim.
///
/// Translation errors say where (a [`SourceSpan`]) and how to fix it (a
/// hint). Errors raised while SQLite runs a translated statement carry
/// PostgreSQL's own message text, e.g.
/// `invalid input syntax for type integer: "abc"`.
///
/// ```
/// let t = pgshim::Translator::new(pgshim::Catalog::new());
/// let err = t.translate("SELECT * FROM t TABLESAMPLE SYSTEM (10)").unwrap_err();
/// assert!(err.is_unsupported() || err.is_parse());
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The SQL text does not parse as PostgreSQL.
    #[error("syntax error: {message}")]
    Parse {
        /// The parser's message, with its position.
        message: String,
    },
    /// A PostgreSQL construct pgshim does not (yet) translate.
    #[error("unsupported: {construct}{}{}", at(span), hint(help))]
    Unsupported {
        /// What is not supported, e.g. `DISTINCT ON`.
        construct: String,
        /// Where it stands in the SQL.
        span: Option<SourceSpan>,
        /// How to get around it.
        help: Option<String>,
    },
    /// PostgreSQL would reject the statement at parse analysis; the message is
    /// PostgreSQL's (`column "x" does not exist`, `operator does not exist: …`).
    #[error("{message}{}{}", at(span), hint(help))]
    Semantic {
        /// PostgreSQL's message.
        message: String,
        /// Where it stands in the SQL.
        span: Option<SourceSpan>,
        /// How to fix it.
        help: Option<String>,
    },
    /// An error raised while running a statement on SQLite; runtime
    /// functions report PostgreSQL's own message text.
    #[error("{message}")]
    Execution {
        /// PostgreSQL's message where one exists, otherwise SQLite's.
        message: String,
        /// The underlying SQLite error.
        #[source]
        source: Option<rusqlite::Error>,
    },
    /// A Rust value that does not fit a PostgreSQL type: a result column
    /// read as the wrong Rust type, a parameter bound from one, NULL into a
    /// type that has no NULL. The message names the column or parameter,
    /// its PostgreSQL type and the Rust type.
    #[error("{message}")]
    Conversion {
        /// What did not convert, and why.
        message: String,
    },
    /// A bug in pgshim.
    #[error("internal error (a pgshim bug): {0}")]
    Internal(String),
}

fn at(span: &Option<SourceSpan>) -> String {
    span.map(|s| format!(" at {s}")).unwrap_or_default()
}

fn hint(help: &Option<String>) -> String {
    help.as_ref()
        .map(|h| format!("; hint: {h}"))
        .unwrap_or_default()
}

impl Error {
    /// Whether this error is about a construct pgshim does not support.
    pub fn is_unsupported(&self) -> bool {
        matches!(self, Error::Unsupported { .. })
    }

    /// Whether the SQL did not parse.
    pub fn is_parse(&self) -> bool {
        matches!(self, Error::Parse { .. })
    }

    /// Whether PostgreSQL itself would reject the statement before running it.
    pub fn is_semantic(&self) -> bool {
        matches!(self, Error::Semantic { .. })
    }

    /// Where in the SQL the error is, when known.
    pub fn span(&self) -> Option<SourceSpan> {
        match self {
            Error::Unsupported { span, .. } | Error::Semantic { span, .. } => *span,
            _ => None,
        }
    }

    /// The message without location and hint: for a PostgreSQL-style error
    /// this is PostgreSQL's own text.
    pub fn message(&self) -> String {
        match self {
            Error::Parse { message } => message.clone(),
            Error::Unsupported { construct, .. } => format!("unsupported: {construct}"),
            Error::Semantic { message, .. } => message.clone(),
            Error::Execution { message, .. } => message.clone(),
            Error::Conversion { message } => message.clone(),
            Error::Internal(m) => format!("internal error (a pgshim bug): {m}"),
        }
    }

    /// PostgreSQL's SQLSTATE for this error (`23505` for a unique
    /// violation, `42P01` for a missing table, `0A000` for what pgshim
    /// does not support), so that a client can tell errors apart as it
    /// does on PostgreSQL. A runtime error carries PostgreSQL's message,
    /// and PostgreSQL's message names its condition: the code comes from
    /// the message, by the table in [`sqlstate_of_message`].
    ///
    /// ```
    /// let mut db = pgshim::Connection::open_in_memory()?;
    /// let e = db.execute("SELECT 1/0", &[]).unwrap_err();
    /// assert_eq!(e.sqlstate(), "22012");
    /// let e = db.execute("SELECT * FROM nowhere", &[]).unwrap_err();
    /// assert_eq!(e.sqlstate(), "42P01");
    /// # Ok::<(), pgshim::Error>(())
    /// ```
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/errcodes-appendix.html>
    pub fn sqlstate(&self) -> &'static str {
        match self {
            Error::Parse { .. } => "42601",
            Error::Unsupported { .. } => "0A000",
            Error::Semantic { message, .. } | Error::Execution { message, .. } => {
                sqlstate_of_message(message)
            }
            Error::Conversion { .. } => "22000",
            Error::Internal(_) => "XX000",
        }
    }

    #[cold]
    pub(crate) fn unsupported(
        construct: impl Into<String>,
        span: Option<SourceSpan>,
        help: impl Into<String>,
    ) -> Error {
        let help = help.into();
        Error::Unsupported {
            construct: construct.into(),
            span,
            help: (!help.is_empty()).then_some(help),
        }
    }

    #[cold]
    pub(crate) fn semantic(message: impl Into<String>, span: Option<SourceSpan>) -> Error {
        Error::Semantic {
            message: message.into(),
            span,
            help: None,
        }
    }

    #[cold]
    pub(crate) fn semantic_hint(
        message: impl Into<String>,
        span: Option<SourceSpan>,
        help: impl Into<String>,
    ) -> Error {
        Error::Semantic {
            message: message.into(),
            span,
            help: Some(help.into()),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        let message = match &e {
            rusqlite::Error::UserFunctionError(inner) => inner.to_string(),
            rusqlite::Error::SqliteFailure(_, Some(m)) => {
                // A user function error surfaces through SQLite as its text.
                m.clone()
            }
            other => other.to_string(),
        };
        Error::Execution {
            message,
            source: Some(e),
        }
    }
}

/// The SQLSTATE of an error by PostgreSQL's message text: the first
/// entry of [`MESSAGE_CODES`] whose pattern matches the whole message
/// (`…` stands for any text), else `XX000`.
///
/// ```
/// use pgshim::error::sqlstate_of_message;
/// assert_eq!(sqlstate_of_message("duplicate key value violates unique constraint \"t_pkey\""), "23505");
/// assert_eq!(sqlstate_of_message("invalid input syntax for type integer: \"x\""), "22P02");
/// assert_eq!(sqlstate_of_message("invalid input syntax for type date: \"x\""), "22007");
/// assert_eq!(sqlstate_of_message("relation \"t\" does not exist"), "42P01");
/// ```
pub fn sqlstate_of_message(message: &str) -> &'static str {
    MESSAGE_CODES
        .iter()
        .find(|(pattern, _)| matches_pattern(pattern, message))
        .map_or("XX000", |(_, code)| code)
}

/// Whether `message` is `pattern` with each `…` standing for any text.
fn matches_pattern(pattern: &str, message: &str) -> bool {
    let mut pieces = pattern.split('…');
    let first = pieces.next().unwrap_or_default();
    let Some(mut rest) = message.strip_prefix(first) else {
        return false;
    };
    let pieces: Vec<&str> = pieces.collect();
    let Some((last, middle)) = pieces.split_last() else {
        return rest.is_empty();
    };
    for piece in middle {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// PostgreSQL's messages and their SQLSTATEs, most specific first; each
/// pair is checked against PostgreSQL by the differential suites, which
/// record its code with every error.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/errcodes-appendix.html>
pub const MESSAGE_CODES: &[(&str, &str)] = &[
    // Class 23: integrity constraint violation.
    ("…violates not-null constraint…", "23502"),
    ("…violates foreign key constraint…", "23503"),
    ("…violates unique constraint…", "23505"),
    ("…violates check constraint…", "23514"),
    ("…is violated by some row…", "23514"),
    ("…contains null values…", "23502"),
    ("could not create unique index…", "23505"),
    // Class 22: data exception.
    ("invalid input syntax for type date…", "22007"),
    ("invalid byte sequence for encoding…", "22021"),
    ("missing data for column…", "22P04"),
    ("extra data after last expected column…", "22P04"),
    ("unterminated CSV quoted field…", "22P04"),
    ("COPY from stdin failed…", "57014"),
    ("invalid input syntax for type time…", "22007"),
    ("invalid input syntax for type interval…", "22007"),
    ("invalid input syntax for type…", "22P02"),
    ("malformed array literal…", "22P02"),
    ("upper bound cannot be less than lower bound", "2202E"),
    ("date/time field value out of range…", "22008"),
    ("date field value out of range…", "22008"),
    ("time field value out of range…", "22008"),
    ("interval field value out of range…", "22015"),
    ("time zone displacement out of range…", "22009"),
    ("numeric time zone…", "22023"),
    ("timestamp out of range…", "22008"),
    ("date out of range…", "22008"),
    ("interval out of range…", "22008"),
    ("cannot subtract infinite…", "22008"),
    ("origin out of range…", "22008"),
    ("timestamp cannot be NaN…", "22008"),
    ("division by zero", "22012"),
    ("…out of range for type…", "22003"),
    ("smallint out of range", "22003"),
    ("integer out of range", "22003"),
    ("bigint out of range", "22003"),
    ("OID out of range", "22003"),
    ("numeric field overflow", "22003"),
    ("value overflows numeric format", "22003"),
    ("value out of range: overflow", "22003"),
    ("value out of range: underflow", "22003"),
    ("cannot convert NaN to…", "0A000"),
    ("value too long for type…", "22001"),
    ("cannot take logarithm of…", "2201E"),
    ("cannot take square root of a negative number", "2201F"),
    ("zero raised to a negative power is undefined", "2201F"),
    (
        "a negative number raised to a non-integer power yields a complex result",
        "2201F",
    ),
    ("invalid regular expression option…", "22023"),
    ("invalid regular expression…", "2201B"),
    (
        "invalid format specification for an interval value",
        "22007",
    ),
    ("percentile value…", "22003"),
    ("negative substring length not allowed", "22011"),
    ("null character not permitted", "54000"),
    ("requested length too large", "54000"),
    ("requested character too large for encoding…", "54000"),
    ("requested character not valid for encoding…", "54000"),
    ("character number must be positive", "22023"),
    ("field position must not be zero", "22023"),
    ("step size cannot equal zero", "22023"),
    ("stride must be greater than zero", "22008"),
    (
        "timestamps cannot be binned into intervals containing months or years",
        "0A000",
    ),
    ("invalid value for parameter…", "22023"),
    ("…is outside the valid range for parameter…", "22023"),
    ("parameter \"…\" requires a Boolean value", "22023"),
    ("parameter \"…\" cannot be changed", "55P02"),
    ("time zone \"…", "22023"),
    ("interval time zone…", "22023"),
    ("unit \"…\" not supported for type…", "0A000"),
    ("unit \"…\" not recognized for type…", "22023"),
    ("…not supported for type…", "0A000"),
    ("…not recognized for type…", "22023"),
    ("conflicting values for…", "22007"),
    ("formatting field…is only supported in to_char", "0A000"),
    ("source string too short for…", "22007"),
    ("invalid combination of date conventions", "22007"),
    (
        "cannot calculate day of year without year information",
        "22007",
    ),
    ("invalid input string for…", "22007"),
    ("value for \"…", "22008"),
    ("hour \"…", "22007"),
    ("invalid value \"…", "22007"),
    (
        "more than one row returned by a subquery used as an expression",
        "21000",
    ),
    // Class 25: invalid transaction state; 3B: savepoints.
    ("…can only be used in transaction blocks", "25P01"),
    ("current transaction is aborted…", "25P02"),
    ("savepoint \"…\" does not exist", "3B001"),
    ("schema \"…\" does not exist", "3F000"),
    // Class 55, 57: object state, operator intervention.
    ("…is not yet defined in this session", "55000"),
    ("canceling statement due to lock timeout", "55P03"),
    ("canceling statement due to…", "57014"),
    ("current transaction is aborted…", "25P02"),
    ("nextval: reached…", "2200H"),
    ("setval: value…", "22003"),
    ("…cannot be less than MINVALUE…", "22023"),
    ("…must be less than MAXVALUE…", "22023"),
    ("INCREMENT must not be zero", "22023"),
    ("…is out of range for sequence data type…", "22023"),
    ("cannot drop…because other objects depend on it", "2BP01"),
    (
        "cannot truncate a table referenced in a foreign key constraint",
        "0A000",
    ),
    // Class 42: syntax error or access rule violation.
    ("syntax error…", "42601"),
    ("…is not a sequence", "42809"),
    ("relation \"…\" does not exist", "42P01"),
    ("improper relation name…", "42601"),
    ("invalid name syntax", "42602"),
    ("type \"…\" does not exist", "42704"),
    ("operator class \"…\" does not accept data type…", "42804"),
    ("… types … and … cannot be matched", "42804"),
    ("table \"…\" does not exist", "42P01"),
    ("sequence \"…\" does not exist", "42P01"),
    ("missing FROM-clause entry…", "42P01"),
    ("invalid reference to FROM-clause entry…", "42P01"),
    ("relation \"…\" already exists", "42P07"),
    ("column \"…\" of relation \"…\" already exists", "42701"),
    ("column \"…\" does not exist", "42703"),
    ("column \"…\" of relation \"…\" does not exist", "42703"),
    ("column reference \"…\" is ambiguous", "42702"),
    ("…must appear in the GROUP BY clause…", "42803"),
    ("aggregate functions are not allowed in…", "42803"),
    ("aggregate function calls cannot be nested", "42803"),
    ("window functions are not allowed in…", "42P20"),
    ("window function…requires an OVER clause", "42809"),
    ("set-returning functions are not allowed in…", "0A000"),
    ("FOR…is not allowed with…", "0A000"),
    (
        "relation \"…\" in FOR…clause not found in FROM clause",
        "42P01",
    ),
    ("function…is not unique", "42725"),
    ("operator is not unique…", "42725"),
    ("function…does not exist", "42883"),
    ("operator does not exist…", "42883"),
    ("argument of…must be type boolean…", "42804"),
    ("…is of type…but expression is of type…", "42804"),
    ("recursive query…", "42804"),
    ("VALUES lists must all be the same length", "42601"),
    (
        "SELECT DISTINCT ON expressions must match initial ORDER BY expressions",
        "42P10",
    ),
    ("could not determine data type of parameter…", "42P18"),
    ("cannot determine type of empty array", "42P18"),
    (
        "cannot subscript type … because it does not support subscripting",
        "42804",
    ),
    ("array subscript must have type integer", "42804"),
    ("argument … cannot be null", "22023"),
    ("unrecognized privilege type: …", "22023"),
    ("cross-database references are not implemented: …", "0A000"),
    ("improper relation name (too many dotted names): …", "42601"),
    ("argument list must have even number of elements", "22023"),
    (
        "table \"…\" has … columns available but … columns specified",
        "42P10",
    ),
    ("inconsistent types deduced for parameter…", "42P08"),
    ("unrecognized configuration parameter…", "42704"),
    ("collation \"…\" for encoding…does not exist", "42704"),
    ("collations are not supported by type…", "42804"),
    ("collation mismatch…", "42P21"),
    ("multiple primary keys for table…", "42P16"),
    ("…is an identity column", "42601"),
    ("…is already an identity column", "55000"),
    ("…is in a primary key", "42P16"),
    (
        "…must be declared NOT NULL before identity can be added",
        "55000",
    ),
    ("…already has a default value", "55000"),
    ("multiple default values specified for column…", "42601"),
    ("both default and identity specified for column…", "42601"),
    (
        "identity column type must be smallint, integer, or bigint",
        "22023",
    ),
    (
        "ON CONFLICT DO UPDATE requires inference specification or constraint name",
        "42601",
    ),
    (
        "there is no unique or exclusion constraint matching the ON CONFLICT specification",
        "42P10",
    ),
    ("cannot cast type…", "42846"),
];

/// pgshim's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
