//! Name resolution: which relation and column an identifier means, the way
//! PostgreSQL's parse analysis resolves it (innermost query level first,
//! then outer levels for correlated references).

use crate::error::{Error, SourceSpan};
use crate::types::PgType;

/// A column visible in a scope.
#[derive(Debug, Clone)]
pub(crate) struct ScopeCol {
    pub name: String,
    pub ty: Option<PgType>,
    /// The declared type, for messages about types pgshim does not know.
    pub declared: String,
    /// PostgreSQL's type modifier (`varchar(20)`: 24), or -1.
    pub typmod: i32,
    /// Never NULL here: a NOT NULL column of a table that is not on the
    /// nullable side of an outer join. `false` when not known.
    pub not_null: bool,
    /// The SQLite column that holds it, where that is not named as
    /// PostgreSQL names it (a table function's `value`).
    pub sql: Option<&'static str>,
}

impl ScopeCol {
    /// A table's column, as the catalog has it.
    pub(crate) fn of_column(c: &crate::catalog::Column) -> ScopeCol {
        ScopeCol {
            name: c.name.clone(),
            ty: c.ty,
            declared: c.declared.clone(),
            typmod: c.typmod(),
            not_null: c.not_null,
            sql: None,
        }
    }

    /// An output column of a CTE or derived table, under the name `name`.
    pub(crate) fn of_output(c: &super::OutputColumn, name: String) -> ScopeCol {
        ScopeCol {
            name,
            ty: Some(c.ty),
            declared: c.ty.name().into(),
            typmod: c.typmod,
            not_null: false,
            sql: None,
        }
    }
}

/// A relation in a FROM clause: a table, CTE or derived table.
#[derive(Debug, Clone)]
pub(crate) struct Rel {
    /// The name a column reference qualifies with (alias or table name).
    pub qualifier: String,
    pub cols: Vec<ScopeCol>,
    /// Columns merged by `JOIN … USING`/`NATURAL`: an unqualified reference to
    /// one of these names is not ambiguous.
    pub merged: Vec<String>,
    /// The table's primary key, when the relation is a table that has one
    /// (grouping by it makes the other columns functionally dependent).
    pub pk: Vec<String>,
}

/// A common table expression visible to FROM clauses.
#[derive(Debug, Clone)]
pub(crate) struct Cte {
    pub name: String,
    pub cols: Vec<ScopeCol>,
}

/// One query level's names.
#[derive(Debug, Default)]
pub(crate) struct Scope<'p> {
    pub rels: Vec<Rel>,
    pub ctes: Vec<Cte>,
    pub parent: Option<&'p Scope<'p>>,
    /// Output column names of the SELECT list, usable in GROUP BY/ORDER BY.
    pub outputs: Vec<(String, PgType)>,
    /// Positions of outputs that are integral numerics (extract of an
    /// integral field), which order correctly as SQLite numbers.
    pub integral_outputs: Vec<usize>,
}

/// What a column reference resolved to.
pub(crate) struct Resolved {
    pub ty: PgType,
    pub name: String,
    pub typmod: i32,
    /// Found in this query level's FROM clause and never NULL there (see
    /// [`ScopeCol::not_null`]); an outer level's column is `false`.
    pub not_null: bool,
    /// The relation's qualifier and SQLite column to read instead of the
    /// name (see [`ScopeCol::sql`]).
    pub sql: Option<(String, &'static str)>,
}

impl<'p> Scope<'p> {
    /// The scope of a single table's columns (DML targets, CHECK, indexes).
    pub fn of_table(qualifier: &str, columns: &[crate::catalog::Column]) -> Scope<'p> {
        Scope {
            rels: vec![Rel {
                qualifier: qualifier.to_string(),
                cols: columns
                    .iter()
                    .map(|c| ScopeCol {
                        not_null: false,
                        ..ScopeCol::of_column(c)
                    })
                    .collect(),
                merged: vec![],
                pk: vec![],
            }],
            ..Scope::default()
        }
    }

    pub fn child(parent: &'p Scope<'p>) -> Scope<'p> {
        Scope {
            parent: Some(parent),
            ..Scope::default()
        }
    }

    pub fn find_cte(&self, name: &str) -> Option<&Cte> {
        self.ctes
            .iter()
            .rev()
            .find(|c| c.name == name)
            .or_else(|| self.parent.and_then(|p| p.find_cte(name)))
    }

    /// Resolves `name` or `qualifier.name`.
    pub fn resolve(
        &self,
        qualifier: Option<&str>,
        name: &str,
        span: Option<SourceSpan>,
    ) -> Result<Resolved, Error> {
        let mut level = Some(self);
        let mut here = true;
        while let Some(scope) = level {
            if let Some(mut found) = scope.resolve_here(qualifier, name, span)? {
                found.not_null &= here;
                return Ok(found);
            }
            level = scope.parent;
            here = false;
        }
        if let Some(q) = qualifier {
            if !self.has_qualifier(q) {
                return Err(Error::semantic(
                    format!("missing FROM-clause entry for table \"{q}\""),
                    span,
                ));
            }
            return Err(Error::semantic(
                format!("column {q}.{name} does not exist"),
                span,
            ));
        }
        Err(Error::semantic(
            format!("column \"{name}\" does not exist"),
            span,
        ))
    }

    fn has_qualifier(&self, q: &str) -> bool {
        self.rels.iter().any(|r| r.qualifier == q)
            || self.parent.is_some_and(|p| p.has_qualifier(q))
    }

    fn resolve_here(
        &self,
        qualifier: Option<&str>,
        name: &str,
        span: Option<SourceSpan>,
    ) -> Result<Option<Resolved>, Error> {
        let mut hits: Vec<&ScopeCol> = Vec::new();
        let mut merged = false;
        let mut sql = None;
        for rel in &self.rels {
            if qualifier.is_some_and(|q| q != rel.qualifier) {
                continue;
            }
            if let Some(c) = rel.cols.iter().find(|c| c.name == name) {
                sql = c.sql.map(|col| (rel.qualifier.clone(), col));
                if qualifier.is_none() && rel.merged.iter().any(|m| m == name) {
                    if merged {
                        continue;
                    }
                    merged = true;
                }
                hits.push(c);
            }
        }
        match hits.len() {
            0 => Ok(None),
            1 => {
                let c = hits[0];
                let ty = c.ty.ok_or_else(|| {
                    Error::unsupported(
                        format!("column \"{name}\" of type \"{}\"", c.declared),
                        span,
                        "pgshim does not know this type; give the catalog an override for the declared type, or cast the column",
                    )
                })?;
                Ok(Some(Resolved {
                    ty,
                    name: name.to_string(),
                    typmod: c.typmod,
                    // A merged USING column may be the other side's.
                    not_null: c.not_null && !merged,
                    sql,
                }))
            }
            _ => Err(Error::semantic(
                format!("column reference \"{name}\" is ambiguous"),
                span,
            )),
        }
    }
}
