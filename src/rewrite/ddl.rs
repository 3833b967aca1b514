//! DDL: CREATE TABLE, CREATE INDEX, DROP, TRUNCATE.
//!
//! A column's declared type in SQLite keeps its PostgreSQL name
//! (`timestamp with time zone`, `varchar(20)`), so that the catalog can be
//! rebuilt from the SQLite file alone. `serial`, `bigserial` and identity
//! columns own a sequence and default to its `nextval`, as in PostgreSQL.
//! No column is SQLite's rowid: a primary key declared `integer` is
//! written `int4`, because the rowid turns NULL into a new id. Tables keep
//! their rowid even with a primary key: a `WITHOUT ROWID` table would put
//! the key in every index, but keeps whole rows in its interior pages, and
//! made the ticket app's reports slower over all (1.33× → 1.25× of
//! PostgreSQL through `pgshim serve`), reports that read rows through an
//! index most.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-createtable.html>,
//! <https://www.postgresql.org/docs/current/sql-createindex.html>

use sqlparser::ast::{
    ColumnDef, ColumnOption, CreateIndex, CreateTable, DataType, Expr, GeneratedAs, ObjectName,
    ObjectNamePart, ObjectType, Statement, TableConstraint, TimezoneInfo,
};

use super::expr::{fold_ident, last_name, span_of};
use super::scope::Scope;
use super::{CatalogEffect, Cx, StatementKind, Translation, casts};
use crate::catalog::{Column, Table};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;

fn q(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn table_name(name: &mut ObjectName) -> Result<String> {
    let span = name.0.last().and_then(|p| match p {
        ObjectNamePart::Identifier(i) => SourceSpan::from_sql(i.span),
        _ => None,
    });
    if name.0.len() == 2 && last_name(&name.0[..1]) == "public" {
        name.0.remove(0);
    }
    if name.0.len() != 1 {
        return Err(Error::unsupported(
            "schema-qualified name",
            span,
            "pgshim has one schema, public",
        ));
    }
    if let Some(ObjectNamePart::Identifier(id)) = name.0.first_mut() {
        fold_ident(id);
    }
    Ok(last_name(&name.0))
}

impl Cx<'_> {
    pub(crate) fn ddl(&mut self, stmt: &mut Statement) -> Result<Translation> {
        match stmt {
            Statement::CreateTable(ct) => self.create_table(ct),
            Statement::CreateView(cv) => self.create_view(cv),
            Statement::AlterTable(at) => self.alter_table(at),
            Statement::CreateIndex(ci) => self.create_index(ci),
            Statement::Drop {
                object_type,
                if_exists,
                names,
                cascade,
                restrict: _,
                purge,
                temporary,
                table,
            } => {
                if *cascade {
                    return Err(Error::unsupported(
                        "DROP … CASCADE",
                        None,
                        "drop the dependent objects first",
                    ));
                }
                if *purge || *temporary || table.is_some() {
                    return Err(Error::unsupported("this DROP form", None, ""));
                }
                if *object_type == ObjectType::Sequence {
                    return self.drop_sequences(names, *if_exists);
                }
                let kw = match object_type {
                    ObjectType::Table => "TABLE",
                    ObjectType::Index => "INDEX",
                    ObjectType::View => "VIEW",
                    other => return Err(Error::unsupported(format!("DROP {other}"), None, "")),
                };
                let mut stmts = Vec::new();
                let mut dropped = Vec::new();
                for n in names.iter_mut() {
                    let name = table_name(n)?;
                    if *object_type == ObjectType::View {
                        dropped.push(name.clone());
                    }
                    if *object_type == ObjectType::Table {
                        if self.catalog.table(&name).is_none() && !*if_exists {
                            return Err(Error::semantic(
                                format!("table \"{name}\" does not exist"),
                                None,
                            ));
                        }
                        dropped.push(name.clone());
                    }
                    let ie = if *if_exists { "IF EXISTS " } else { "" };
                    stmts.push(format!("DROP {kw} {ie}{}", q(&name)));
                }
                // A table's serial sequences go with it.
                let owned: Vec<String> = if *object_type == ObjectType::Table {
                    dropped
                        .iter()
                        .flat_map(|t| self.catalog.owned_sequences(t))
                        .collect()
                } else {
                    vec![]
                };
                if !owned.is_empty() {
                    stmts.push(super::sequences::delete_sql(&owned));
                }
                let mut t = Translation::other(stmts.join("; "), StatementKind::Ddl);
                if !dropped.is_empty() {
                    t.effect = Some(CatalogEffect::Many(vec![
                        CatalogEffect::DropTables(dropped),
                        CatalogEffect::DropSequences(owned),
                    ]));
                }
                Ok(t)
            }
            // TRUNCATE [ONLY] t, … [RESTART | CONTINUE IDENTITY]
            // [CASCADE | RESTRICT]: run by the connection, which reads the
            // foreign keys between the tables (see crate::truncate).
            Statement::Truncate(tr) => {
                if tr.partitions.is_some() || tr.on_cluster.is_some() {
                    return Err(Error::unsupported("this TRUNCATE form", None, ""));
                }
                let mut tables = Vec::new();
                for target in tr.table_names.iter_mut() {
                    let name = table_name(&mut target.name)?;
                    let Some(t) = self.catalog.table(&name) else {
                        return Err(Error::semantic(
                            format!("relation \"{name}\" does not exist"),
                            None,
                        ));
                    };
                    if !tables.contains(&t.name) {
                        tables.push(t.name.clone());
                    }
                }
                let mut t = Translation::other(String::new(), StatementKind::Ddl);
                t.truncate = Some(Truncate {
                    tables,
                    restart_identity: matches!(
                        tr.identity,
                        Some(sqlparser::ast::TruncateIdentityOption::Restart)
                    ),
                    cascade: matches!(tr.cascade, Some(sqlparser::ast::CascadeOption::Cascade)),
                });
                Ok(t)
            }
            _ => Err(Error::Internal("ddl() on another statement".into())),
        }
    }

    /// `CREATE [OR REPLACE] VIEW v [(cols)] AS query`: the query translated,
    /// its columns (names and PostgreSQL types) kept in the catalog so that
    /// later queries over the view are typed.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-createview.html>
    fn create_view(&mut self, cv: &mut sqlparser::ast::CreateView) -> Result<Translation> {
        if cv.materialized || cv.temporary || cv.or_alter || cv.to.is_some() || cv.params.is_some()
        {
            return Err(Error::unsupported(
                "this CREATE VIEW form",
                None,
                "plain CREATE [OR REPLACE] VIEW is translated",
            ));
        }
        let name = table_name(&mut cv.name)?;
        // The PostgreSQL text after the view's name, kept in the file
        // (`pgshim dump` writes it back; see `catalog::view_source`).
        let source = if cv.columns.is_empty() {
            format!("AS {}", cv.query)
        } else {
            let names: Vec<String> = cv.columns.iter().map(|c| c.name.to_string()).collect();
            format!("({}) AS {}", names.join(", "), cv.query)
        };
        let cols = self.query(&mut cv.query, None)?;
        let mut names: Vec<String> = cols.iter().map(|c| c.name.clone()).collect();
        if !cv.columns.is_empty() {
            if cv.columns.len() > cols.len() {
                return Err(Error::semantic(
                    "CREATE VIEW specifies more column names than columns",
                    None,
                ));
            }
            for (n, c) in names.iter_mut().zip(cv.columns.iter_mut()) {
                fold_ident(&mut c.name);
                *n = c.name.value.clone();
            }
            super::query::rename_outputs(&mut cv.query, &names, None)?;
        }
        if let Some(dup) = names
            .iter()
            .enumerate()
            .find(|(i, n)| names[..*i].contains(n))
            .map(|(_, n)| n)
        {
            return Err(Error::semantic(
                format!("column \"{dup}\" specified more than once"),
                None,
            ));
        }
        let exists = self.catalog.table(&name).is_some();
        if exists && !cv.or_replace {
            return Err(Error::semantic(
                format!("relation \"{name}\" already exists"),
                None,
            ));
        }
        let mut sql = String::new();
        if cv.or_replace {
            sql.push_str(&format!("DROP VIEW IF EXISTS {}; ", q(&name)));
        }
        // SQLite declares no type for a view's computed columns; the file
        // keeps them in a comment of the view's SQL, which SQLite stores
        // as written (see `Catalog::reload_sqlite`), with their modifiers
        // (`varchar(20)`).
        let types: Vec<String> = cols
            .iter()
            .map(|c| crate::types::typmod::declaration(c.ty, c.typmod))
            .collect();
        sql.push_str(&format!(
            "CREATE VIEW {} {}{} */ {} AS {}",
            q(&name),
            crate::catalog::VIEW_TYPES,
            types.join(", "),
            super::deparse::mark(&source),
            cv.query
        ));
        let table = Table {
            name: name.clone(),
            columns: names
                .iter()
                .zip(&cols)
                .map(|(n, c)| Column {
                    name: n.clone(),
                    ty: Some(c.ty),
                    declared: crate::types::typmod::declaration(c.ty, c.typmod),
                    default_sql: None,
                    not_null: false,
                })
                .collect(),
            primary_key: vec![],
        };
        let mut t = Translation::other(sql, StatementKind::Ddl);
        t.effect = Some(CatalogEffect::CreateTable(table));
        Ok(t)
    }

    /// `ALTER TABLE t ADD COLUMN / DROP COLUMN / RENAME COLUMN / RENAME TO`,
    /// one action per statement, as SQLite's ALTER TABLE does them; the
    /// catalog follows.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-altertable.html>
    fn alter_table(&mut self, at: &mut sqlparser::ast::AlterTable) -> Result<Translation> {
        use sqlparser::ast::{AlterTableOperation, RenameTableNameKind};
        let name = table_name(&mut at.name)?;
        let Some(mut table) = self.catalog.table(&name).cloned() else {
            if at.if_exists {
                return Ok(Translation::other(String::new(), StatementKind::Ddl));
            }
            return Err(Error::semantic(
                format!("relation \"{name}\" does not exist"),
                None,
            ));
        };
        // ONLY: pgshim's tables have no inheritance children.
        if at.operations.len() != 1 || at.on_cluster.is_some() {
            return Err(Error::unsupported(
                "ALTER TABLE with several actions",
                None,
                "write one ALTER TABLE statement per action",
            ));
        }
        if let Some(change) = self.table_change(&table, &mut at.operations[0])? {
            let mut t = Translation::other(String::new(), StatementKind::Ddl);
            t.target_table = Some(name.clone());
            t.rebuild = Some(Rebuild {
                table: name.clone(),
                change,
            });
            t.effect = Some(CatalogEffect::Reload);
            return Ok(t);
        }
        let old = name.clone();
        let sql = match &mut at.operations[0] {
            AlterTableOperation::AddColumn {
                if_not_exists,
                column_def,
                column_position: None,
                ..
            } => {
                fold_ident(&mut column_def.name);
                let cname = column_def.name.value.clone();
                if table.column(&cname).is_some() {
                    if *if_not_exists {
                        return Ok(Translation::other(String::new(), StatementKind::Ddl));
                    }
                    return Err(Error::semantic(
                        format!("column \"{cname}\" of relation \"{name}\" already exists"),
                        None,
                    ));
                }
                let span = SourceSpan::from_sql(column_def.name.span);
                let ty = column_pg_type(&column_def.data_type, span)?;
                let not_null_check = added_not_null_as_check(column_def, span)?;
                let mut col = Column {
                    name: cname.clone(),
                    ty: Some(ty.ty),
                    declared: declared_type(&column_def.data_type),
                    default_sql: None,
                    not_null: false,
                };
                let mut all = table.columns.clone();
                all.push(col.clone());
                let scope = Scope::of_table(&name, &all);
                let pk = column_def
                    .options
                    .iter()
                    .any(|o| matches!(o.option, ColumnOption::PrimaryKey(_)));
                let def = self.column_def(column_def, &mut col, &scope, &[], &name)?;
                if !self.serial_sequences.is_empty() {
                    self.serial_sequences.clear();
                    return Err(Error::unsupported(
                        "ALTER TABLE ADD COLUMN … serial",
                        span,
                        "create the sequence, then add the column with DEFAULT nextval(…)",
                    ));
                }
                if pk {
                    return Err(Error::unsupported(
                        "ALTER TABLE ADD COLUMN … PRIMARY KEY",
                        span,
                        "SQLite cannot add a key column to an existing table",
                    ));
                }
                // SQLite fills existing rows only with a constant default.
                if let Some(d) = &col.default_sql {
                    if d.contains("pg_") {
                        return Err(Error::unsupported(
                            "ALTER TABLE ADD COLUMN with a computed DEFAULT",
                            span,
                            "add the column without a default, UPDATE it, then rely on INSERTs",
                        ));
                    }
                }
                table.columns.push(col);
                if not_null_check {
                    let sql = format!(
                        "ALTER TABLE {} ADD COLUMN {def} CHECK ({} IS NOT NULL)",
                        q(&name),
                        q(&cname)
                    );
                    let mut t = Translation::other(sql, StatementKind::Ddl);
                    t.target_table = Some(name.clone());
                    t.added_not_null = Some(cname);
                    t.effect = Some(CatalogEffect::ReplaceTable { old, table });
                    return Ok(t);
                }
                format!("ALTER TABLE {} ADD COLUMN {def}", q(&name))
            }
            AlterTableOperation::DropColumn {
                column_names,
                if_exists,
                drop_behavior,
                ..
            } => {
                // RESTRICT is the default. CASCADE drops what depends on
                // the column: SQLite refuses a drop that would leave a
                // view, index or constraint without it, so a drop that
                // runs had nothing more to drop, as PostgreSQL's would.
                let _ = drop_behavior;
                if column_names.len() != 1 {
                    return Err(Error::unsupported(
                        "DROP COLUMN of several columns",
                        None,
                        "drop one column per statement",
                    ));
                }
                fold_ident(&mut column_names[0]);
                let cname = column_names[0].value.clone();
                if table.column(&cname).is_none() {
                    if *if_exists {
                        return Ok(Translation::other(String::new(), StatementKind::Ddl));
                    }
                    return Err(Error::semantic(
                        format!("column \"{cname}\" of relation \"{name}\" does not exist"),
                        None,
                    ));
                }
                table.columns.retain(|c| c.name != cname);
                table.primary_key.retain(|c| *c != cname);
                format!("ALTER TABLE {} DROP COLUMN {}", q(&name), q(&cname))
            }
            AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => {
                fold_ident(old_column_name);
                fold_ident(new_column_name);
                let (from, to) = (old_column_name.value.clone(), new_column_name.value.clone());
                if table.column(&from).is_none() {
                    return Err(Error::semantic(
                        format!("column \"{from}\" does not exist"),
                        None,
                    ));
                }
                if table.column(&to).is_some() {
                    return Err(Error::semantic(
                        format!("column \"{to}\" of relation \"{name}\" already exists"),
                        None,
                    ));
                }
                for c in table.columns.iter_mut().filter(|c| c.name == from) {
                    c.name = to.clone();
                }
                for c in table.primary_key.iter_mut().filter(|c| **c == from) {
                    *c = to.clone();
                }
                format!(
                    "ALTER TABLE {} RENAME COLUMN {} TO {}",
                    q(&name),
                    q(&from),
                    q(&to)
                )
            }
            AlterTableOperation::RenameTable {
                table_name: RenameTableNameKind::To(new) | RenameTableNameKind::As(new),
            } => {
                let to = table_name(new)?;
                if self.catalog.table(&to).is_some() {
                    return Err(Error::semantic(
                        format!("relation \"{to}\" already exists"),
                        None,
                    ));
                }
                table.name = to.clone();
                format!("ALTER TABLE {} RENAME TO {}", q(&name), q(&to))
            }
            other => {
                return Err(Error::unsupported(
                    format!("ALTER TABLE {other}"),
                    None,
                    "ADD COLUMN, DROP COLUMN, RENAME COLUMN and RENAME TO are translated",
                ));
            }
        };
        let mut t = Translation::other(sql, StatementKind::Ddl);
        t.effect = Some(CatalogEffect::ReplaceTable { old, table });
        Ok(t)
    }

    /// The ALTER TABLE actions that SQLite cannot do in place, done by
    /// rebuilding the table (see `crate::rebuild`): ADD CONSTRAINT (PRIMARY
    /// KEY, UNIQUE, FOREIGN KEY, CHECK), ALTER COLUMN SET/DROP DEFAULT and
    /// SET/DROP NOT NULL. `None` for the other actions.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-altertable.html>
    fn table_change(
        &mut self,
        table: &Table,
        op: &mut sqlparser::ast::AlterTableOperation,
    ) -> Result<Option<TableChange>> {
        use sqlparser::ast::{AlterColumnOperation, AlterTableOperation};
        let name = table.name.clone();
        let scope = Scope::of_table(&name, &table.columns);
        let column = |id: &mut sqlparser::ast::Ident| -> Result<String> {
            fold_ident(id);
            if table.column(&id.value).is_none() {
                return Err(Error::semantic(
                    format!(
                        "column \"{}\" of relation \"{name}\" does not exist",
                        id.value
                    ),
                    SourceSpan::from_sql(id.span),
                ));
            }
            Ok(id.value.clone())
        };
        let change = match op {
            AlterTableOperation::AlterColumn { column_name, op } => {
                let col = column(column_name)?;
                if self.catalog.identity_sequence(&name, &col).is_some()
                    && matches!(
                        op,
                        AlterColumnOperation::SetDefault { .. }
                            | AlterColumnOperation::DropDefault
                            | AlterColumnOperation::DropNotNull
                    )
                {
                    let message =
                        format!("column \"{col}\" of relation \"{name}\" is an identity column");
                    return Err(if matches!(op, AlterColumnOperation::DropDefault) {
                        Error::semantic_hint(
                            message,
                            None,
                            "Use ALTER TABLE ... ALTER COLUMN ... DROP IDENTITY instead.",
                        )
                    } else {
                        Error::semantic(message, None)
                    });
                }
                match op {
                    AlterColumnOperation::SetDefault { value } => {
                        let span = span_of(value);
                        let declared = table.column(&col).map(|c| c.declared.to_ascii_lowercase());
                        if table.primary_key == [col.clone()]
                            && declared.as_deref() == Some("integer")
                        {
                            return Err(Error::unsupported(
                                "ALTER COLUMN … SET DEFAULT on an integer primary key",
                                span,
                                "SQLite ignores a default on its rowid; declare the column with the default when the table is created, or as bigint",
                            ));
                        }
                        let ty = table
                            .column(&col)
                            .and_then(|c| c.ty)
                            .unwrap_or(PgType::Text);
                        let shown = super::deparse::default_text(value, ty);
                        let empty = Scope::default();
                        self.zone_at_run_time = true;
                        let typed = self.expr(value, &empty);
                        let coerced = typed.and_then(|t| self.coerce(value, &t, ty, span));
                        self.zone_at_run_time = false;
                        coerced?;
                        // SET DEFAULT NULL drops the default, as in PostgreSQL.
                        let default = (!super::deparse::is_null(value))
                            .then(|| super::deparse::with_text(&value.to_string(), shown));
                        TableChange::SetDefault {
                            column: col,
                            default,
                        }
                    }
                    AlterColumnOperation::DropDefault => TableChange::SetDefault {
                        column: col,
                        default: None,
                    },
                    AlterColumnOperation::SetNotNull => TableChange::SetNotNull {
                        column: col,
                        not_null: true,
                    },
                    AlterColumnOperation::SetDataType {
                        data_type, using, ..
                    } => self.string_type_change(table, &col, data_type, using.as_ref())?,
                    AlterColumnOperation::DropNotNull => {
                        if table.primary_key.contains(&col) {
                            return Err(Error::semantic(
                                format!("column \"{col}\" is in a primary key"),
                                None,
                            ));
                        }
                        TableChange::SetNotNull {
                            column: col,
                            not_null: false,
                        }
                    }
                    _ => return Ok(None),
                }
            }
            AlterTableOperation::AddConstraint {
                constraint,
                not_valid,
            } => {
                if *not_valid {
                    return Err(Error::unsupported(
                        "ADD CONSTRAINT … NOT VALID",
                        None,
                        "SQLite checks every row when the constraint is added; add it without NOT VALID",
                    ));
                }
                let cols_of = |cols: &mut Vec<sqlparser::ast::IndexColumn>| -> Result<Vec<String>> {
                    let mut out = Vec::new();
                    for ic in cols.iter_mut() {
                        match &mut ic.column.expr {
                            Expr::Identifier(id) => out.push(column(id)?),
                            other => {
                                return Err(Error::unsupported(
                                    format!("constraint over the expression {other}"),
                                    span_of(other),
                                    "",
                                ));
                            }
                        }
                    }
                    Ok(out)
                };
                let list =
                    |cols: &[String]| cols.iter().map(|c| q(c)).collect::<Vec<_>>().join(", ");
                match constraint {
                    TableConstraint::PrimaryKey(pk) => {
                        if !table.primary_key.is_empty() {
                            return Err(Error::semantic(
                                format!(
                                    "multiple primary keys for table \"{name}\" are not allowed"
                                ),
                                None,
                            ));
                        }
                        let cols = cols_of(&mut pk.columns)?;
                        let cname = pk
                            .name
                            .as_ref()
                            .map(|n| n.value.clone())
                            .unwrap_or(format!("{name}_pkey"));
                        TableChange::AddUnique {
                            sql: format!("CONSTRAINT {} PRIMARY KEY ({})", q(&cname), list(&cols)),
                            name: cname,
                            columns: cols,
                            primary: true,
                        }
                    }
                    TableConstraint::Unique(u) => {
                        let cols = cols_of(&mut u.columns)?;
                        let cname = u
                            .name
                            .as_ref()
                            .map(|n| n.value.clone())
                            .unwrap_or(format!("{name}_{}_key", cols.join("_")));
                        TableChange::AddUnique {
                            sql: format!(
                                "CREATE UNIQUE INDEX {} {UNIQUE_CONSTRAINT} ON {} ({})",
                                q(&cname),
                                q(&name),
                                list(&cols)
                            ),
                            name: cname,
                            columns: cols,
                            primary: false,
                        }
                    }
                    TableConstraint::ForeignKey(fk) => {
                        let mut cols = Vec::new();
                        for c in fk.columns.iter_mut() {
                            cols.push(column(c)?);
                        }
                        let cname = fk
                            .name
                            .as_ref()
                            .map(|n| n.value.clone())
                            .unwrap_or(format!("{name}_{}_fkey", cols.join("_")));
                        fk.name = Some(sqlparser::ast::Ident::with_quote('"', cname.clone()));
                        let target = table_name(&mut fk.foreign_table)?;
                        if self.catalog.table(&target).is_none() {
                            return Err(Error::semantic(
                                format!("relation \"{target}\" does not exist"),
                                None,
                            ));
                        }
                        for c in fk.referred_columns.iter_mut() {
                            fold_ident(c);
                        }
                        TableChange::AddConstraint {
                            sql: constraint.to_string(),
                            name: cname,
                            kind: ConstraintKind::ForeignKey,
                            check: None,
                        }
                    }
                    TableConstraint::Check(ck) => {
                        let (cname, sql) = self.check_constraint(ck, &name, &scope)?;
                        TableChange::AddConstraint {
                            sql,
                            name: cname,
                            kind: ConstraintKind::Check,
                            check: Some(ck.expr.to_string()),
                        }
                    }
                    other => {
                        return Err(Error::unsupported(
                            format!("table constraint {other}"),
                            None,
                            "PRIMARY KEY, UNIQUE, FOREIGN KEY and CHECK constraints are translated",
                        ));
                    }
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(change))
    }

    /// A table CHECK constraint: its name (PostgreSQL's default when it has
    /// none) and its SQLite SQL, the expression translated and required to
    /// be boolean.
    fn check_constraint(
        &mut self,
        ck: &mut sqlparser::ast::CheckConstraint,
        table: &str,
        scope: &Scope,
    ) -> Result<(String, String)> {
        let span = span_of(&ck.expr);
        let cname = match &ck.name {
            Some(n) => n.value.clone(),
            None => check_name(table, &ck.expr),
        };
        // The expression as written is kept beside its translation, for
        // pg_get_constraintdef (see deparse::check_text).
        let source = super::deparse::mark(&ck.expr.to_string());
        let t = self.expr(&mut ck.expr, scope)?;
        self.require_bool(&mut ck.expr, &t, "CHECK", span)?;
        let sql = format!("CONSTRAINT {} CHECK ({} {source})", q(&cname), ck.expr);
        Ok((cname, sql))
    }

    fn create_table(&mut self, ct: &mut CreateTable) -> Result<Translation> {
        if ct.or_replace
            || ct.external
            || ct.query.is_some()
            || ct.like.is_some()
            || ct.clone.is_some()
            || ct.inherits.is_some()
            || ct.partition_of.is_some()
            || ct.on_commit.is_some()
            || ct.unlogged
        {
            return Err(Error::unsupported(
                "this CREATE TABLE form",
                None,
                "write a plain CREATE TABLE with columns",
            ));
        }
        let name = table_name(&mut ct.name)?;
        if self.catalog.relation_exists(&name) {
            if ct.if_not_exists {
                // PostgreSQL: a notice, and nothing is done.
                return Ok(Translation::other(String::new(), StatementKind::Ddl));
            }
            return Err(Error::semantic(
                format!("relation \"{name}\" already exists"),
                None,
            ));
        }
        // First pass: the columns and their types, so that CHECK constraints
        // can see all of them.
        let mut columns = Vec::new();
        for c in ct.columns.iter_mut() {
            fold_ident(&mut c.name);
            let span = SourceSpan::from_sql(c.name.span);
            let ty = column_pg_type(&c.data_type, span)?;
            columns.push(Column {
                name: c.name.value.clone(),
                ty: Some(ty.ty),
                declared: declared_type(&c.data_type),
                default_sql: None,
                not_null: false,
            });
        }
        let table_pk: Vec<String> = ct
            .constraints
            .iter()
            .filter_map(|tc| match tc {
                TableConstraint::PrimaryKey(pk) => Some(
                    pk.columns
                        .iter()
                        .map(|ic| ic.column.expr.to_string())
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            })
            .flatten()
            .map(|s| s.trim_matches('"').to_lowercase())
            .collect();
        let scope = Scope::of_table(&name, &columns);
        let mut parts = Vec::new();
        for (c, col) in ct.columns.iter_mut().zip(columns.iter_mut()) {
            parts.push(self.column_def(c, col, &scope, &table_pk, &name)?);
        }
        for tc in ct.constraints.iter_mut() {
            match tc {
                TableConstraint::PrimaryKey(_) => parts.push(tc.to_string()),
                TableConstraint::Unique(_) => parts.push(tc.to_string()),
                TableConstraint::ForeignKey(fk) => {
                    table_name(&mut fk.foreign_table)?;
                    if fk.name.is_none() {
                        let cols: Vec<String> =
                            fk.columns.iter().map(|c| c.value.to_lowercase()).collect();
                        fk.name = Some(sqlparser::ast::Ident::with_quote(
                            '"',
                            format!("{name}_{}_fkey", cols.join("_")),
                        ));
                    }
                    parts.push(tc.to_string());
                }
                TableConstraint::Check(ck) => {
                    parts.push(self.check_constraint(ck, &name, &scope)?.1);
                }
                other => {
                    return Err(Error::unsupported(
                        format!("table constraint {other}"),
                        None,
                        "",
                    ));
                }
            }
        }
        let temp = if ct.temporary { "TEMP " } else { "" };
        let ine = if ct.if_not_exists {
            "IF NOT EXISTS "
        } else {
            ""
        };
        let sql = format!(
            "CREATE {temp}TABLE {ine}{} ({})",
            q(&name),
            parts.join(", ")
        );
        let mut sql = sql;
        for seq in &self.serial_sequences {
            sql.push_str("; ");
            sql.push_str(&super::sequences::create_sql(seq));
        }
        let mut t = Translation::other(sql, StatementKind::Ddl);
        if self.catalog.table(&name).is_none() {
            let mut primary_key = table_pk.clone();
            for c in ct.columns.iter() {
                if c.options
                    .iter()
                    .any(|o| matches!(o.option, ColumnOption::PrimaryKey(_)))
                {
                    primary_key = vec![c.name.value.clone()];
                }
            }
            let mut effects = vec![CatalogEffect::CreateTable(Table {
                name,
                columns,
                primary_key,
            })];
            effects.extend(
                std::mem::take(&mut self.serial_sequences)
                    .into_iter()
                    .map(CatalogEffect::CreateSequence),
            );
            t.effect = Some(CatalogEffect::Many(effects));
        }
        Ok(t)
    }

    /// One column: `"name" <declared PG type> <constraints>`, its SQL. A
    /// column of the primary key is declared NOT NULL (SQLite lets a
    /// primary key hold NULL), and an `integer` one `int4`, so that it is
    /// not SQLite's rowid (which turns NULL into a new id and ignores a
    /// DEFAULT).
    fn column_def(
        &mut self,
        c: &mut ColumnDef,
        col: &mut Column,
        scope: &Scope,
        table_pk: &[String],
        table: &str,
    ) -> Result<String> {
        let span = SourceSpan::from_sql(c.name.span);
        let ty = col.ty.unwrap_or(PgType::Text);
        let type_text = c.data_type.to_string().to_lowercase();
        let is_serial = matches!(
            type_text.as_str(),
            "serial" | "bigserial" | "smallserial" | "serial4" | "serial8" | "serial2"
        );
        let mut identity = None;
        let mut identity_options = Vec::new();
        let mut not_null = false;
        let mut inline_pk = false;
        // `[CONSTRAINT name] PRIMARY KEY`, the name kept for error messages.
        let mut pk_clause = String::from("PRIMARY KEY");
        let mut others = Vec::new();
        for opt in c.options.iter_mut() {
            let cname = opt
                .name
                .as_ref()
                .map(|n| format!("CONSTRAINT {} ", q(&n.value)))
                .unwrap_or_default();
            match &mut opt.option {
                ColumnOption::Null => others.push("NULL".to_string()),
                ColumnOption::NotNull => {
                    not_null = true;
                    others.push(format!("{cname}NOT NULL"));
                }
                ColumnOption::Default(e) => {
                    let dspan = span_of(e);
                    let shown = super::deparse::default_text(e, ty);
                    let empty = Scope::default();
                    self.zone_at_run_time = true;
                    let typed = self.expr(e, &empty);
                    let coerced = typed.and_then(|t| self.coerce(e, &t, ty, dspan));
                    self.zone_at_run_time = false;
                    coerced?;
                    // A NULL default is no default (PostgreSQL stores none).
                    if !super::deparse::is_null(e) {
                        let default = super::deparse::with_text(&e.to_string(), shown);
                        others.push(format!("DEFAULT {default}"));
                        col.default_sql = Some(default);
                    }
                }
                ColumnOption::PrimaryKey(_) => {
                    inline_pk = true;
                    pk_clause = format!("{cname}PRIMARY KEY");
                }
                ColumnOption::Unique(_) => others.push(format!("{cname}UNIQUE")),
                ColumnOption::ForeignKey(fk) => {
                    table_name(&mut fk.foreign_table)?;
                    // PostgreSQL's default name, which error messages use.
                    let n = match &opt.name {
                        Some(n) => n.value.clone(),
                        None => format!("{table}_{}_fkey", col.name),
                    };
                    others.push(format!("CONSTRAINT {} {}", q(&n), opt.option));
                }
                ColumnOption::Check(ck) => {
                    let cspan = span_of(&ck.expr);
                    let n = match &opt.name {
                        Some(n) => n.value.clone(),
                        None => check_name(table, &ck.expr),
                    };
                    let source = super::deparse::mark(&ck.expr.to_string());
                    let t = self.expr(&mut ck.expr, scope)?;
                    self.require_bool(&mut ck.expr, &t, "CHECK", cspan)?;
                    others.push(format!("CONSTRAINT {} CHECK ({} {source})", q(&n), ck.expr));
                }
                ColumnOption::Generated {
                    generated_as,
                    generation_expr: None,
                    sequence_options,
                    ..
                } => {
                    identity = Some(matches!(generated_as, GeneratedAs::Always));
                    identity_options = sequence_options.clone().unwrap_or_default();
                }
                other => {
                    return Err(Error::unsupported(
                        format!("column option {other}"),
                        span,
                        "",
                    ));
                }
            }
        }
        let pk = inline_pk || (table_pk.len() == 1 && table_pk[0] == col.name);
        if (inline_pk || table_pk.contains(&col.name)) && !not_null {
            others.push("NOT NULL".into());
        }
        col.not_null = (not_null || inline_pk || table_pk.contains(&col.name))
            && !others.iter().any(|o| o == "NULL");
        if identity == Some(true) {
            // PostgreSQL then refuses an explicit value in INSERT (unless
            // OVERRIDING SYSTEM VALUE); SQLite cannot tell the two apart.
            return Err(Error::unsupported(
                "GENERATED ALWAYS AS IDENTITY",
                span,
                "use GENERATED BY DEFAULT AS IDENTITY (pgshim cannot refuse explicit values)",
            ));
        }
        if is_serial || identity.is_some() {
            if col.default_sql.is_some() {
                return Err(Error::semantic(
                    if is_serial {
                        format!(
                            "multiple default values specified for column \"{}\" of table \"{table}\"",
                            col.name
                        )
                    } else {
                        format!(
                            "both default and identity specified for column \"{}\" of table \"{table}\"",
                            col.name
                        )
                    },
                    span,
                ));
            }
            if !ty.is_integer() {
                return Err(Error::semantic(
                    "identity column type must be smallint, integer, or bigint",
                    span,
                ));
            }
            let options = identity.is_some().then_some(identity_options.as_slice());
            let clause = inline_pk.then_some(pk_clause.as_str());
            return self.serial_column(col, others, table, pk, clause, options);
        }
        if matches!(ty, PgType::Bpchar | PgType::Float4) {
            return Err(Error::unsupported(
                format!("column of type {}", ty.sql_name()),
                span,
                "use text/varchar or double precision",
            ));
        }
        // `int4`, PostgreSQL's other name, keeps it a plain key.
        if pk && col.declared.eq_ignore_ascii_case("integer") {
            col.declared = "int4".into();
        }
        let mut sql = format!("{} {}", q(&col.name), col.declared);
        if inline_pk {
            sql.push(' ');
            sql.push_str(&pk_clause);
        }
        for o in others {
            sql.push(' ');
            sql.push_str(&o);
        }
        if let DataType::Varchar(Some(sqlparser::ast::CharacterLength::IntegerLength {
            length,
            ..
        }))
        | DataType::CharacterVarying(Some(sqlparser::ast::CharacterLength::IntegerLength {
            length,
            ..
        })) = &c.data_type
        {
            // PostgreSQL rejects a longer value on assignment.
            sql.push_str(&format!(
                " CHECK (pg_varchar_fits({}, {length}))",
                q(&col.name)
            ));
        }
        Ok(sql)
    }

    /// A serial or `GENERATED BY DEFAULT AS IDENTITY` column: as in
    /// PostgreSQL, a sequence `table_column_seq` (or the first free name
    /// after it) owned by the column, and `NOT NULL DEFAULT nextval(…)`.
    /// An explicit value does not move the sequence, as in PostgreSQL.
    /// `identity` holds the identity's sequence options.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL>,
    /// <https://www.postgresql.org/docs/current/sql-createtable.html> (`GENERATED … AS IDENTITY`)
    fn serial_column(
        &mut self,
        col: &mut Column,
        others: Vec<String>,
        table: &str,
        pk: bool,
        inline_pk: Option<&str>,
        identity: Option<&[sqlparser::ast::SequenceOptions]>,
    ) -> Result<String> {
        let ty = col.ty.unwrap_or(PgType::Int4);
        let taken: Vec<String> = self
            .serial_sequences
            .iter()
            .map(|s| s.name.clone())
            .collect();
        let name = self.free_relation_name(&format!("{table}_{}_seq", col.name), &taken);
        let mut options = vec![sqlparser::ast::SequenceOptions::DataType(
            super::sequences::data_type(ty),
        )];
        options.extend(identity.unwrap_or_default().iter().cloned());
        let mut seq = self.sequence_params(None, &name, &options)?;
        seq.owned_by = Some((table.to_string(), col.name.clone()));
        seq.identity = identity.is_some();
        self.serial_sequences.push(seq);
        // `int4`, not `integer`: a single-column integer primary key
        // declared `integer` would be SQLite's rowid.
        col.declared = if pk && ty == PgType::Int4 {
            "int4".into()
        } else {
            ty.name().into()
        };
        let default = super::sequences::nextval_default(&name);
        col.default_sql = Some(default.clone());
        col.not_null = true;
        let mut sql = format!(
            "{} {} NOT NULL DEFAULT {default}",
            q(&col.name),
            col.declared
        );
        if let Some(clause) = inline_pk {
            sql.push(' ');
            sql.push_str(clause);
        }
        for o in others.into_iter().filter(|o| o != "NOT NULL") {
            sql.push(' ');
            sql.push_str(&o);
        }
        Ok(sql)
    }

    /// `base`, or, when a relation (or one of `taken`) has that name, the
    /// first of `base1`, `base2`, … that is free, as PostgreSQL's
    /// ChooseRelationName picks a serial column's sequence name.
    pub(crate) fn free_relation_name(&self, base: &str, taken: &[String]) -> String {
        let used = |n: &str| self.catalog.relation_exists(n) || taken.iter().any(|t| t == n);
        if !used(base) {
            return base.to_string();
        }
        (1..)
            .map(|i| format!("{base}{i}"))
            .find(|n| !used(n))
            .unwrap_or_default()
    }

    fn create_index(&mut self, ci: &mut CreateIndex) -> Result<Translation> {
        if !ci.include.is_empty()
            || ci.nulls_distinct.is_some()
            || !ci.with.is_empty()
            || !ci.index_options.is_empty()
            || !ci.alter_options.is_empty()
        {
            return Err(Error::unsupported("CREATE INDEX options", None, ""));
        }
        if let Some(u) = &ci.using {
            if !u.to_string().eq_ignore_ascii_case("btree") {
                return Err(Error::unsupported(
                    format!("index method {u}"),
                    None,
                    "SQLite indexes are b-trees",
                ));
            }
        }
        let table = table_name(&mut ci.table_name)?;
        let Some(t) = self.catalog.table(&table).cloned() else {
            return Err(Error::semantic(
                format!("relation \"{table}\" does not exist"),
                None,
            ));
        };
        let scope = Scope::of_table(&table, &t.columns);
        let mut cols = Vec::new();
        let mut names = Vec::new();
        for ic in ci.columns.iter_mut() {
            let opclass = match ic.operator_class.take() {
                Some(o) => Some(pattern_opclass(&o.to_string(), &ic.column.expr, &t)?),
                None => None,
            };
            let e: &mut Expr = &mut ic.column.expr;
            if let Expr::Identifier(id) = e {
                names.push(id.value.to_lowercase());
            } else {
                names.push("expr".into());
            }
            self.expr(e, &scope)?;
            let mut text = e.to_string();
            match &ic.column.options.sort {
                Some(sqlparser::ast::OrderBySort::Desc) => text.push_str(" DESC"),
                Some(sqlparser::ast::OrderBySort::Asc) => text.push_str(" ASC"),
                Some(sqlparser::ast::OrderBySort::Using(_)) => {
                    return Err(Error::unsupported("ORDER BY … USING in an index", None, ""));
                }
                None => {}
            }
            if ic.column.options.nulls_first.is_some() {
                return Err(Error::unsupported("NULLS FIRST/LAST in an index", None, ""));
            }
            // The operator class only chooses comparisons a SQLite index
            // does not have; it is kept for pg_get_indexdef.
            if let Some(o) = opclass {
                text.push(' ');
                text.push_str(&super::deparse::mark(o));
            }
            cols.push(text);
        }
        let name = match ci.name.as_mut() {
            Some(n) => table_name(n)?,
            // PostgreSQL's default name: table_col1_col2_idx.
            None => format!("{table}_{}_idx", names.join("_")),
        };
        let mut sql = format!(
            "CREATE {}INDEX {}{} ON {} ({})",
            if ci.unique { "UNIQUE " } else { "" },
            if ci.if_not_exists {
                "IF NOT EXISTS "
            } else {
                ""
            },
            q(&name),
            q(&table),
            cols.join(", ")
        );
        if let Some(p) = ci.predicate.as_mut() {
            let span = span_of(p);
            // PostgreSQL's text of the predicate, kept beside it for
            // pg_get_indexdef (see deparse::predicate_text).
            let source = p.to_string();
            let tt = self.expr(p, &scope)?;
            self.require_bool(p, &tt, "WHERE", span)?;
            sql.push_str(&format!(" WHERE ({p} {})", super::deparse::mark(&source)));
        }
        Ok(Translation::other(sql, StatementKind::Ddl))
    }
}

/// An index column's operator class: the `*_pattern_ops` classes, which
/// make a PostgreSQL b-tree compare strings byte by byte so that it
/// serves `LIKE 'abc%'` (Django creates them for its `_like` indexes).
/// They change no answer, so the SQLite index is the plain one. Others
/// are refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/indexes-opclass.html>
fn pattern_opclass(name: &str, column: &Expr, table: &Table) -> Result<&'static str> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.trim_start_matches("pg_catalog.");
    let (class, accepts): (&'static str, &[PgType]) = match lower {
        "text_pattern_ops" => (
            "text_pattern_ops",
            &[PgType::Text, PgType::Varchar, PgType::Name],
        ),
        "varchar_pattern_ops" => (
            "varchar_pattern_ops",
            &[PgType::Text, PgType::Varchar, PgType::Name],
        ),
        "bpchar_pattern_ops" => ("bpchar_pattern_ops", &[PgType::Bpchar]),
        _ => {
            return Err(Error::unsupported(
                format!("index operator class {name}"),
                None,
                "text_pattern_ops, varchar_pattern_ops and bpchar_pattern_ops are translated",
            ));
        }
    };
    let ty = match column {
        Expr::Identifier(id) => table
            .column(&id.value.to_lowercase())
            .or_else(|| table.column(&id.value))
            .and_then(|c| c.ty),
        _ => None,
    };
    match ty {
        Some(t) if accepts.contains(&t) => Ok(class),
        Some(t) => Err(Error::semantic(
            format!(
                "operator class \"{class}\" does not accept data type {}",
                t.sql_name()
            ),
            None,
        )),
        None => Err(Error::unsupported(
            format!("index operator class {name} on an expression"),
            None,
            "name a text column",
        )),
    }
}

/// A TRUNCATE: its tables, whether their sequences restart, and whether
/// it cascades to the tables whose foreign keys refer to them.
#[derive(Debug, Clone)]
pub(crate) struct Truncate {
    pub tables: Vec<String>,
    pub restart_identity: bool,
    pub cascade: bool,
}

/// An ALTER TABLE action done by rebuilding the table.
#[derive(Debug, Clone)]
pub(crate) struct Rebuild {
    pub table: String,
    pub change: TableChange,
}

/// What the rebuilt table's definition changes.
#[derive(Debug, Clone)]
pub(crate) enum TableChange {
    /// A CHECK or FOREIGN KEY table constraint (SQLite SQL) appended.
    AddConstraint {
        sql: String,
        name: String,
        kind: ConstraintKind,
        /// A CHECK's expression (SQLite SQL), to test the rows with.
        check: Option<String>,
    },
    /// A PRIMARY KEY (the table constraint, whose columns become NOT
    /// NULL) or a UNIQUE constraint (a unique index of the constraint's
    /// name, `sql` creating it).
    AddUnique {
        sql: String,
        name: String,
        columns: Vec<String>,
        primary: bool,
    },
    /// A column's default (translated SQL), or none.
    SetDefault {
        column: String,
        default: Option<String>,
    },
    /// An identity column: the column, which must be NOT NULL and have no
    /// default, gets `default`, calling its sequence.
    AddIdentity {
        column: String,
        default: String,
    },
    SetNotNull {
        column: String,
        not_null: bool,
    },
    /// A string column's type changes to another string type: `declared`
    /// (`varchar(255)`, `text`), checked by `pg_varchar_fits` when it has
    /// a `length`.
    SetStringType {
        column: String,
        declared: String,
        length: Option<u64>,
    },
}

impl Cx<'_> {
    /// `ALTER COLUMN c [SET DATA] TYPE t` between the string types (text,
    /// varchar, varchar(n)): the stored text stays, a longer value is
    /// PostgreSQL's error (trailing spaces past the length are cut, as its
    /// assignment cast cuts them). Other type changes, and USING, are
    /// refused.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DATA-TYPE>
    fn string_type_change(
        &self,
        table: &Table,
        col: &str,
        data_type: &sqlparser::ast::DataType,
        using: Option<&Expr>,
    ) -> Result<TableChange> {
        let refuse = || {
            Error::unsupported(
                format!("ALTER COLUMN … TYPE {data_type}"),
                None,
                "a change between text, varchar and varchar(n) is translated; for others add a new column, UPDATE it and drop the old one",
            )
        };
        let target = super::casts::target_type(data_type, None)?;
        let old = table.column(col).and_then(|c| c.ty);
        let stringy = |t: PgType| matches!(t, PgType::Text | PgType::Varchar);
        if !(old.is_some_and(stringy) && stringy(target.ty)) {
            return Err(refuse());
        }
        if let Some(u) = using {
            let same = matches!(u, Expr::Identifier(id) if id.value.eq_ignore_ascii_case(col));
            if !same {
                return Err(refuse());
            }
        }
        let length = if target.ty == PgType::Varchar {
            target.len
        } else {
            None
        };
        let declared = match (target.ty, length) {
            (PgType::Varchar, Some(n)) => format!("varchar({n})"),
            (PgType::Varchar, None) => "varchar".into(),
            _ => "text".into(),
        };
        Ok(TableChange::SetStringType {
            column: col.to_string(),
            declared,
            length,
        })
    }
}

/// The kind of an added constraint, for PostgreSQL's error when the rows
/// already in the table break it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ConstraintKind {
    ForeignKey,
    Check,
}

/// The comment that marks a unique index as the index of a UNIQUE
/// constraint (`ALTER TABLE … ADD CONSTRAINT … UNIQUE`), which pg_constraint
/// lists, rather than of CREATE UNIQUE INDEX.
pub(crate) const UNIQUE_CONSTRAINT: &str = "/*pgshim:unique constraint*/";

/// PostgreSQL's default name for a CHECK constraint: `table_col_check` when
/// the expression uses one column, `table_check` otherwise.
fn check_name(table: &str, e: &Expr) -> String {
    let mut cols: Vec<String> = Vec::new();
    let _ = sqlparser::ast::visit_expressions(e, |x| {
        let c = match x {
            Expr::Identifier(i) => Some(i.value.to_lowercase()),
            Expr::CompoundIdentifier(p) => p.last().map(|i| i.value.to_lowercase()),
            _ => None,
        };
        if let Some(c) = c {
            if !cols.contains(&c) {
                cols.push(c);
            }
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    match cols.as_slice() {
        [one] => format!("{table}_{one}_check"),
        _ => format!("{table}_check"),
    }
}

/// The PostgreSQL type of a column definition's data type.
fn column_pg_type(dt: &DataType, span: Option<SourceSpan>) -> Result<casts::Target> {
    if let DataType::Custom(name, _) = dt {
        let n = name.to_string().to_lowercase();
        if let Some(ty) = PgType::parse(&n) {
            return Ok(casts::Target::plain(ty));
        }
    }
    if let DataType::Array(_) = dt {
        return Err(Error::unsupported(
            "array column",
            span,
            "arrays are not translated",
        ));
    }
    casts::target_type(dt, span)
}

/// The declared type written to SQLite: the PostgreSQL spelling, lower
/// case; numeric is declared `numeric_text(p,s)`, whose TEXT affinity keeps
/// the stored output text (`1234.50`) as written, where a `numeric`
/// declaration would let SQLite turn it into a double.
fn declared_type(dt: &DataType) -> String {
    match dt {
        DataType::Numeric(info) | DataType::Decimal(info) | DataType::Dec(info) => match info {
            sqlparser::ast::ExactNumberInfo::None => "numeric_text".into(),
            sqlparser::ast::ExactNumberInfo::Precision(p) => format!("numeric_text({p})"),
            sqlparser::ast::ExactNumberInfo::PrecisionAndScale(p, s) => {
                format!("numeric_text({p},{s})")
            }
        },
        // SQLite's type names end at a `(n)`: `timestamp(6) without time
        // zone` (what Rails and pg_dump write) is declared by PostgreSQL's
        // own short name, which keeps the precision.
        DataType::Timestamp(Some(p), tz) | DataType::Time(Some(p), tz) => {
            let base = match (dt, tz) {
                (DataType::Timestamp(..), TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => {
                    "timestamptz"
                }
                (DataType::Timestamp(..), _) => "timestamp",
                (_, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => "timetz",
                _ => "time",
            };
            format!("{base}({p})")
        }
        // SQLite's type names cannot hold `TO`: `interval day to second(3)`
        // is declared `interval_day_to_second(3)`.
        DataType::Interval {
            fields: Some(f),
            precision,
        } => {
            let words = f.to_string().to_lowercase().replace(' ', "_");
            match precision {
                Some(p) => format!("interval_{words}({p})"),
                None => format!("interval_{words}"),
            }
        }
        _ => dt.to_string().to_lowercase(),
    }
}

/// `ALTER TABLE … ADD COLUMN … NOT NULL` without a default: PostgreSQL adds
/// it when no row exists (and otherwise fails with "column … contains null
/// values"), SQLite refuses it outright. The NOT NULL is taken out of the
/// column definition and becomes an unnamed column CHECK, which SQLite
/// checks against the existing rows and reports under the column's name.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-altertable.html>
fn added_not_null_as_check(c: &mut ColumnDef, span: Option<SourceSpan>) -> Result<bool> {
    let has = |c: &ColumnDef, f: fn(&ColumnOption) -> bool| c.options.iter().any(|o| f(&o.option));
    if !has(c, |o| matches!(o, ColumnOption::NotNull))
        || has(c, |o| matches!(o, ColumnOption::Default(_)))
    {
        return Ok(false);
    }
    if has(c, |o| matches!(o, ColumnOption::Check(_))) {
        // SQLite would not say which of the checks existing rows fail.
        return Err(Error::unsupported(
            "ALTER TABLE ADD COLUMN … NOT NULL with a CHECK and no DEFAULT",
            span,
            "give the column a DEFAULT, or leave out NOT NULL and keep the CHECK",
        ));
    }
    c.options
        .retain(|o| !matches!(o.option, ColumnOption::NotNull));
    Ok(true)
}
