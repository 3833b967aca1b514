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

/// pgshim's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
