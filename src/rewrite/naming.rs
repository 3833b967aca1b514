//! PostgreSQL's names for unaliased result columns (`FigureColname` in
//! PostgreSQL's parse_target.c): a column reference keeps its name, a
//! function call gets the function's name, a cast the type's name, and
//! everything else `?column?`.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/queries-select-lists.html#QUERIES-COLUMN-LABELS>

/// A candidate column name and how strongly it binds.
///
/// PostgreSQL ranks a column or function name (2) above a type name from a
/// cast (1) above nothing (0), and keeps the strongest one found while
/// walking into casts and `CASE … ELSE`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ColName {
    pub name: Option<String>,
    pub strength: u8,
}

impl ColName {
    pub fn none() -> ColName {
        ColName::default()
    }

    pub fn strong(name: impl Into<String>) -> ColName {
        ColName {
            name: Some(name.into()),
            strength: 2,
        }
    }

    pub fn weak(name: impl Into<String>) -> ColName {
        ColName {
            name: Some(name.into()),
            strength: 1,
        }
    }

    /// A cast keeps its argument's strong name, otherwise takes the type's.
    pub fn cast(inner: ColName, type_name: &str) -> ColName {
        if inner.strength > 1 {
            inner
        } else {
            ColName::weak(type_name)
        }
    }

    /// The final label: `?column?` when nothing named it.
    pub fn label(&self) -> String {
        self.name.clone().unwrap_or_else(|| "?column?".to_string())
    }
}
