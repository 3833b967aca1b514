//! Sequences: `CREATE SEQUENCE`, `ALTER SEQUENCE`, `DROP SEQUENCE`, and the
//! functions `nextval`, `currval`, `lastval` and `setval`.
//!
//! A sequence is a row of the `_pgshim_sequences` table (see
//! `runtime::sequences`); the catalog keeps its parameters, so that
//! `ALTER SEQUENCE` and `CREATE SEQUENCE` are checked as PostgreSQL checks
//! them when they are translated.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-createsequence.html>,
//! <https://www.postgresql.org/docs/current/sql-altersequence.html>,
//! <https://www.postgresql.org/docs/current/functions-sequence.html>

use sqlparser::ast::{
    DataType, Expr, Ident, ObjectName, ObjectNamePart, SequenceOptions, Statement, UnaryOperator,
    Value,
};
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};

use super::expr::{Lit, Typed, last_name};
use super::functions::{Call, no_function};
use super::{CatalogEffect, Cx, StatementKind, Translation, build};
use crate::catalog::Sequence;
use crate::error::{Error, Result};
use crate::runtime::sequences::{CREATE_TABLE, relation_name};
use crate::types::PgType;

/// The first name part of a `CreateSequence` that stands for `ALTER
/// SEQUENCE` (sqlparser has no such statement). A NUL cannot occur in SQL
/// text PostgreSQL accepts, so no user name looks like it.
const ALTER_MARK: &str = "\0alter";
/// The second part, for `RESTART` (`\0restart`) or `RESTART WITH n`
/// (`\0restart=n`).
const RESTART_MARK: &str = "\0restart";

/// Parses `ALTER SEQUENCE [IF EXISTS] name option…` (after the two
/// words), as a marked `CreateSequence`.
pub(crate) fn parse_alter_sequence(p: &mut Parser) -> Result<Statement> {
    let err = |e: sqlparser::parser::ParserError| Error::Parse {
        message: e.to_string(),
    };
    let if_exists = p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]);
    let name = p.parse_object_name(false).map_err(err)?;
    let mut options = Vec::new();
    let mut restart: Option<Option<Expr>> = None;
    loop {
        if p.parse_keyword(Keyword::RESTART) {
            let with = p.parse_keyword(Keyword::WITH);
            let n = if with
                || matches!(
                    p.peek_token_ref().token,
                    sqlparser::tokenizer::Token::Number(..) | sqlparser::tokenizer::Token::Minus
                ) {
                Some(p.parse_number().map_err(err)?)
            } else {
                None
            };
            restart = Some(n);
            continue;
        }
        match option(p).map_err(err)? {
            Some(o) => options.push(o),
            None => break,
        }
    }
    if options.is_empty() && restart.is_none() {
        let found = p.peek_token_ref().clone();
        return Err(Error::unsupported(
            format!("ALTER SEQUENCE … {found}"),
            None,
            "ALTER SEQUENCE is translated with its options, RESTART and OWNED BY",
        ));
    }
    let mut parts = vec![ObjectNamePart::Identifier(Ident::new(ALTER_MARK))];
    if let Some(r) = restart {
        let mark = match r {
            Some(n) => format!("{RESTART_MARK}={}", number(&n)?),
            None => RESTART_MARK.to_string(),
        };
        parts.push(ObjectNamePart::Identifier(Ident::new(mark)));
    }
    parts.extend(name.0);
    Ok(Statement::CreateSequence {
        temporary: false,
        if_not_exists: if_exists,
        name: ObjectName(parts),
        sequence_options: options,
    })
}

/// One sequence option (not RESTART), or `None` at anything else.
fn option(p: &mut Parser) -> std::result::Result<Option<SequenceOptions>, ParserError> {
    Ok(Some(if p.parse_keyword(Keyword::INCREMENT) {
        let by = p.parse_keyword(Keyword::BY);
        SequenceOptions::IncrementBy(p.parse_number()?, by)
    } else if p.parse_keywords(&[Keyword::NO, Keyword::MINVALUE]) {
        SequenceOptions::MinValue(None)
    } else if p.parse_keyword(Keyword::MINVALUE) {
        SequenceOptions::MinValue(Some(p.parse_number()?))
    } else if p.parse_keywords(&[Keyword::NO, Keyword::MAXVALUE]) {
        SequenceOptions::MaxValue(None)
    } else if p.parse_keyword(Keyword::MAXVALUE) {
        SequenceOptions::MaxValue(Some(p.parse_number()?))
    } else if p.parse_keyword(Keyword::START) {
        let with = p.parse_keyword(Keyword::WITH);
        SequenceOptions::StartWith(p.parse_number()?, with)
    } else if p.parse_keyword(Keyword::CACHE) {
        SequenceOptions::Cache(p.parse_number()?)
    } else if p.parse_keywords(&[Keyword::NO, Keyword::CYCLE]) {
        SequenceOptions::Cycle(true)
    } else if p.parse_keyword(Keyword::CYCLE) {
        SequenceOptions::Cycle(false)
    } else if p.parse_keyword(Keyword::AS) {
        SequenceOptions::DataType(p.parse_data_type()?)
    } else if p.parse_keywords(&[Keyword::OWNED, Keyword::BY]) {
        let owner = p.parse_object_name(false)?;
        let none = matches!(owner.0.as_slice(),
            [ObjectNamePart::Identifier(i)] if i.quote_style.is_none() && i.value.eq_ignore_ascii_case("none"));
        SequenceOptions::OwnedBy((!none).then_some(owner))
    } else {
        return Ok(None);
    }))
}

/// The first name part of a `CreateSequence` that stands for `ALTER TABLE
/// t ALTER [COLUMN] c ADD GENERATED BY DEFAULT AS IDENTITY [(options)]`,
/// pg_dump's form for identity columns (sqlparser cannot read its
/// `SEQUENCE NAME` option): the table's name parts follow, then the
/// column. `SEQUENCE NAME` rides as the `OWNED BY` option, which an
/// identity's options cannot hold.
const IDENTITY_MARK: &str = "\0identity";
/// The same for `GENERATED ALWAYS`.
const IDENTITY_ALWAYS_MARK: &str = "\0identity always";

/// Parses `ALTER TABLE [IF EXISTS] [ONLY] t ALTER [COLUMN] c ADD GENERATED
/// … AS IDENTITY [(options)]` as a marked `CreateSequence`; an error for
/// any other statement (the caller then parses it as sqlparser does).
pub(crate) fn parse_add_identity(p: &mut Parser) -> std::result::Result<Statement, ParserError> {
    use sqlparser::tokenizer::Token;
    p.expect_keywords(&[Keyword::ALTER, Keyword::TABLE])?;
    let if_exists = p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]);
    let _only = p.parse_keyword(Keyword::ONLY);
    let table = p.parse_object_name(false)?;
    p.expect_keyword(Keyword::ALTER)?;
    let _column = p.parse_keyword(Keyword::COLUMN);
    let column = p.parse_identifier()?;
    p.expect_keywords(&[Keyword::ADD, Keyword::GENERATED])?;
    let always = p.parse_keyword(Keyword::ALWAYS);
    if !always {
        p.expect_keywords(&[Keyword::BY, Keyword::DEFAULT])?;
    }
    p.expect_keywords(&[Keyword::AS, Keyword::IDENTITY])?;
    let mut options = Vec::new();
    if p.consume_token(&Token::LParen) {
        loop {
            if p.parse_keywords(&[Keyword::SEQUENCE, Keyword::NAME]) {
                options.push(SequenceOptions::OwnedBy(Some(p.parse_object_name(false)?)));
            } else if matches!(p.peek_token_ref().token, Token::Word(ref w) if w.keyword == Keyword::OWNED)
            {
                return Err(ParserError::ParserError(
                    "OWNED BY in identity options".into(),
                ));
            } else {
                match option(p)? {
                    Some(o) => options.push(o),
                    None => break,
                }
            }
        }
        p.expect_token(&Token::RParen)?;
    }
    if !matches!(p.peek_token_ref().token, Token::EOF | Token::SemiColon) {
        return Err(ParserError::ParserError("more after the identity".into()));
    }
    let mark = if always {
        IDENTITY_ALWAYS_MARK
    } else {
        IDENTITY_MARK
    };
    let mut parts = vec![ObjectNamePart::Identifier(Ident::new(mark))];
    parts.extend(table.0);
    parts.push(ObjectNamePart::Identifier(column));
    Ok(Statement::CreateSequence {
        temporary: false,
        if_not_exists: if_exists,
        name: ObjectName(parts),
        sequence_options: options,
    })
}

/// An integer option's value.
fn number(e: &Expr) -> Result<i64> {
    let text = match e {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.clone(),
            _ => String::new(),
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => return number(expr).map(|v| -v),
        _ => String::new(),
    };
    text.parse::<i64>().map_err(|_| {
        Error::semantic(
            format!("invalid input syntax for type bigint: \"{e}\""),
            None,
        )
    })
}

/// The range of a sequence's data type.
pub(super) fn type_range(ty: PgType) -> (i64, i64) {
    match ty {
        PgType::Int2 => (i16::MIN as i64, i16::MAX as i64),
        PgType::Int4 => (i32::MIN as i64, i32::MAX as i64),
        _ => (i64::MIN, i64::MAX),
    }
}

/// The `AS` type option for a sequence of this integer type.
pub(super) fn data_type(ty: PgType) -> DataType {
    match ty {
        PgType::Int2 => DataType::SmallInt(None),
        PgType::Int4 => DataType::Integer(None),
        _ => DataType::BigInt(None),
    }
}

fn sql_str(s: &str) -> String {
    build::string(s).to_string()
}

/// The SQL that stores a new sequence (its `last_value` is its start, not
/// yet called).
pub(super) fn create_sql(s: &Sequence) -> String {
    format!(
        "{CREATE_TABLE}; INSERT INTO \"_pgshim_sequences\" (name, data_type, start, increment, \
         minvalue, maxvalue, cache, cycle, last_value, is_called, owned_by_table, owned_by_column{}) \
         VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, {}{})",
        if s.identity { ", identity" } else { "" },
        sql_str(&s.name),
        sql_str(s.data_type.name()),
        s.start,
        s.increment,
        s.min,
        s.max,
        s.cache,
        s.cycle as i32,
        s.start,
        owner_sql(s, 0),
        owner_sql(s, 1),
        if s.identity { ", 1" } else { "" },
    )
}

/// The column default that takes the next value of sequence `name`: its
/// name as `regclass` input reads it (quoted where it needs quotes).
pub(super) fn nextval_default(name: &str) -> String {
    format!(
        "(pg_nextval({}))",
        sql_str(&crate::types::scalar::quote_ident(name))
    )
}

/// The SQL that drops these sequences.
pub(super) fn delete_sql(names: &[String]) -> String {
    let list: Vec<String> = names.iter().map(|n| sql_str(n)).collect();
    format!(
        "DELETE FROM \"_pgshim_sequences\" WHERE name IN ({})",
        list.join(", ")
    )
}

/// A relation name: the last part, `public.` allowed, unquoted parts folded.
fn relation(name: &ObjectName) -> Result<String> {
    let parts: Vec<String> = name
        .0
        .iter()
        .map(|p| match p {
            ObjectNamePart::Identifier(i) if i.quote_style.is_none() => i.value.to_lowercase(),
            ObjectNamePart::Identifier(i) => i.value.clone(),
            other => other.to_string(),
        })
        .collect();
    match parts.as_slice() {
        [n] => Ok(n.clone()),
        [s, n] if s == "public" => Ok(n.clone()),
        [s, _] => Err(Error::semantic(
            format!("schema \"{s}\" does not exist"),
            None,
        )),
        _ => Err(Error::unsupported(
            format!("name {name}"),
            None,
            "pgshim has one schema, public",
        )),
    }
}

impl Cx<'_> {
    /// `CREATE SEQUENCE` and (marked) `ALTER SEQUENCE`.
    pub(crate) fn sequence_ddl(&mut self, stmt: &mut Statement) -> Result<Translation> {
        let Statement::CreateSequence {
            temporary,
            if_not_exists,
            name,
            sequence_options,
        } = stmt
        else {
            return Err(Error::Internal(
                "sequence_ddl() on another statement".into(),
            ));
        };
        if *temporary {
            return Err(Error::unsupported(
                "CREATE TEMPORARY SEQUENCE",
                None,
                "create a plain sequence",
            ));
        }
        let mut parts = name.0.clone();
        if let Some(ObjectNamePart::Identifier(i)) = parts.first() {
            if i.value == IDENTITY_MARK || i.value == IDENTITY_ALWAYS_MARK {
                let always = i.value == IDENTITY_ALWAYS_MARK;
                parts.remove(0);
                let options = sequence_options.clone();
                return self.add_identity(always, parts, *if_not_exists, options);
            }
        }
        let alter =
            matches!(parts.first(), Some(ObjectNamePart::Identifier(i)) if i.value == ALTER_MARK);
        let mut restart: Option<Option<i64>> = None;
        if alter {
            parts.remove(0);
            if let Some(ObjectNamePart::Identifier(i)) = parts.first() {
                if let Some(rest) = i.value.strip_prefix(RESTART_MARK) {
                    restart = Some(rest.strip_prefix('=').and_then(|n| n.parse().ok()));
                    parts.remove(0);
                }
            }
        }
        let seq_name = relation(&ObjectName(parts))?;
        let existing = self.catalog.sequence(&seq_name).cloned();
        if alter {
            let Some(old) = existing else {
                if *if_not_exists {
                    return Ok(Translation::other(String::new(), StatementKind::Ddl));
                }
                return Err(Error::semantic(
                    format!("relation \"{seq_name}\" does not exist"),
                    None,
                ));
            };
            let new = self.sequence_params(Some(&old), &seq_name, sequence_options)?;
            let restart_value = restart.map(|r| r.unwrap_or(new.start));
            if let Some(r) = restart_value {
                if r < new.min {
                    return Err(Error::semantic(
                        format!(
                            "RESTART value ({r}) cannot be less than MINVALUE ({})",
                            new.min
                        ),
                        None,
                    ));
                }
                if r > new.max {
                    return Err(Error::semantic(
                        format!(
                            "RESTART value ({r}) cannot be greater than MAXVALUE ({})",
                            new.max
                        ),
                        None,
                    ));
                }
            }
            let mut sql = format!(
                "UPDATE \"_pgshim_sequences\" SET data_type = {}, start = {}, increment = {}, \
                 minvalue = {}, maxvalue = {}, cache = {}, cycle = {}, owned_by_table = {}, \
                 owned_by_column = {}",
                sql_str(new.data_type.name()),
                new.start,
                new.increment,
                new.min,
                new.max,
                new.cache,
                new.cycle as i32,
                owner_sql(&new, 0),
                owner_sql(&new, 1),
            );
            if let Some(r) = restart_value {
                sql.push_str(&format!(", last_value = {r}, is_called = 0"));
            }
            sql.push_str(&format!(" WHERE name = {}", sql_str(&seq_name)));
            let mut t = Translation::other(sql, StatementKind::Ddl);
            t.effect = Some(CatalogEffect::CreateSequence(new));
            return Ok(t);
        }
        if self.catalog.relation_exists(&seq_name) {
            if *if_not_exists {
                return Ok(Translation::other(String::new(), StatementKind::Ddl));
            }
            return Err(Error::semantic(
                format!("relation \"{seq_name}\" already exists"),
                None,
            ));
        }
        let s = self.sequence_params(None, &seq_name, sequence_options)?;
        let sql = create_sql(&s);
        let mut t = Translation::other(sql, StatementKind::Ddl);
        t.effect = Some(CatalogEffect::CreateSequence(s));
        Ok(t)
    }

    /// A sequence's parameters from its options, PostgreSQL's defaults
    /// (ascending from 1 to the type's maximum, descending from -1 to its
    /// minimum) and checks (init_params in sequence.c).
    pub(super) fn sequence_params(
        &self,
        old: Option<&Sequence>,
        name: &str,
        options: &[SequenceOptions],
    ) -> Result<Sequence> {
        let bad = |m: String| Error::semantic(m, None);
        let mut data_type = old.map_or(PgType::Int8, |o| o.data_type);
        let mut increment = old.map_or(1, |o| o.increment);
        let (mut min, mut max, mut start) = (None, None, None);
        let mut reset_min = old.is_none();
        let mut reset_max = old.is_none();
        let mut cache = old.map_or(1, |o| o.cache);
        let mut cycle = old.is_some_and(|o| o.cycle);
        let mut owned_by = old.and_then(|o| o.owned_by.clone());
        for o in options {
            match o {
                SequenceOptions::DataType(dt) => {
                    let ty = match dt {
                        DataType::SmallInt(_) | DataType::Int2(_) => PgType::Int2,
                        DataType::Int(_) | DataType::Integer(_) | DataType::Int4(_) => PgType::Int4,
                        DataType::BigInt(_) | DataType::Int8(_) => PgType::Int8,
                        _ => {
                            return Err(bad(
                                "sequence type must be smallint, integer, or bigint".into()
                            ));
                        }
                    };
                    if let Some(o) = old {
                        // A bound at the old type's limit follows the type.
                        let (omin, omax) = type_range(o.data_type);
                        reset_max |= o.max == omax;
                        reset_min |= o.min == omin;
                    }
                    data_type = ty;
                }
                SequenceOptions::IncrementBy(e, _) => increment = number(e)?,
                SequenceOptions::MinValue(v) => match v {
                    Some(e) => min = Some(number(e)?),
                    None => reset_min = true,
                },
                SequenceOptions::MaxValue(v) => match v {
                    Some(e) => max = Some(number(e)?),
                    None => reset_max = true,
                },
                SequenceOptions::StartWith(e, _) => start = Some(number(e)?),
                SequenceOptions::Cache(e) => {
                    cache = number(e)?;
                    if cache > 1 {
                        // PostgreSQL gives each session its own block of
                        // values, which other sessions then skip.
                        return Err(Error::unsupported(
                            format!("sequence CACHE {cache}"),
                            None,
                            "pgshim's sequences hand out one value at a time, as CACHE 1 does",
                        ));
                    }
                }
                SequenceOptions::Cycle(no) => cycle = !*no,
                SequenceOptions::OwnedBy(None) => owned_by = None,
                SequenceOptions::OwnedBy(Some(target)) => {
                    owned_by = Some(self.sequence_owner(target)?);
                }
            }
        }
        if increment == 0 {
            return Err(bad("INCREMENT must not be zero".into()));
        }
        let (tmin, tmax) = type_range(data_type);
        let max = match max {
            Some(m) => m,
            None if reset_max => {
                if increment > 0 {
                    tmax
                } else {
                    -1
                }
            }
            None => old.map_or(tmax, |o| o.max),
        };
        let min = match min {
            Some(m) => m,
            None if reset_min => {
                if increment > 0 {
                    1
                } else {
                    tmin
                }
            }
            None => old.map_or(1, |o| o.min),
        };
        let tname = data_type.sql_name();
        if max < tmin || max > tmax {
            return Err(bad(format!(
                "MAXVALUE ({max}) is out of range for sequence data type {tname}"
            )));
        }
        if min < tmin || min > tmax {
            return Err(bad(format!(
                "MINVALUE ({min}) is out of range for sequence data type {tname}"
            )));
        }
        if min >= max {
            return Err(bad(format!(
                "MINVALUE ({min}) must be less than MAXVALUE ({max})"
            )));
        }
        let start = match (start, old) {
            (Some(s), _) => s,
            (None, Some(o)) => o.start,
            (None, None) => {
                if increment > 0 {
                    min
                } else {
                    max
                }
            }
        };
        if start < min {
            return Err(bad(format!(
                "START value ({start}) cannot be less than MINVALUE ({min})"
            )));
        }
        if start > max {
            return Err(bad(format!(
                "START value ({start}) cannot be greater than MAXVALUE ({max})"
            )));
        }
        if cache <= 0 {
            return Err(bad(format!("CACHE ({cache}) must be greater than zero")));
        }
        Ok(Sequence {
            name: name.to_string(),
            data_type,
            start,
            increment,
            min,
            max,
            cache,
            cycle,
            owned_by,
            identity: false,
        })
    }

    /// `ALTER TABLE t ALTER COLUMN c ADD GENERATED BY DEFAULT AS IDENTITY`:
    /// a sequence owned by the column (named by `SEQUENCE NAME`, or
    /// `t_c_seq`), and the column's default calls it, with PostgreSQL's
    /// checks (ATExecAddIdentity in tablecmds.c).
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-altertable.html>
    fn add_identity(
        &mut self,
        always: bool,
        mut parts: Vec<ObjectNamePart>,
        if_exists: bool,
        options: Vec<SequenceOptions>,
    ) -> Result<Translation> {
        if always {
            return Err(Error::unsupported(
                "GENERATED ALWAYS AS IDENTITY",
                None,
                "use GENERATED BY DEFAULT AS IDENTITY (pgshim cannot refuse explicit values)",
            ));
        }
        let column = match parts.pop() {
            Some(ObjectNamePart::Identifier(i)) if i.quote_style.is_none() => {
                i.value.to_lowercase()
            }
            Some(ObjectNamePart::Identifier(i)) => i.value,
            _ => String::new(),
        };
        let table_name = relation(&ObjectName(parts))?;
        let Some(table) = self.catalog.table(&table_name).cloned() else {
            if if_exists {
                return Ok(Translation::other(String::new(), StatementKind::Ddl));
            }
            return Err(Error::semantic(
                format!("relation \"{table_name}\" does not exist"),
                None,
            ));
        };
        let Some(col) = table.column(&column).cloned() else {
            return Err(Error::semantic(
                format!("column \"{column}\" of relation \"{table_name}\" does not exist"),
                None,
            ));
        };
        let ty = match col.ty {
            Some(t @ (PgType::Int2 | PgType::Int4 | PgType::Int8)) => t,
            _ => {
                return Err(Error::semantic(
                    "identity column type must be smallint, integer, or bigint",
                    None,
                ));
            }
        };
        if self
            .catalog
            .identity_sequence(&table_name, &column)
            .is_some()
        {
            return Err(Error::semantic(
                format!(
                    "column \"{column}\" of relation \"{table_name}\" is already an identity column"
                ),
                None,
            ));
        }
        let mut name = None;
        let mut rest = vec![SequenceOptions::DataType(data_type(ty))];
        for o in options {
            match o {
                SequenceOptions::OwnedBy(Some(n)) => name = Some(relation(&n)?),
                other => rest.push(other),
            }
        }
        let name = match name {
            Some(n) if self.catalog.relation_exists(&n) => {
                return Err(Error::semantic(
                    format!("relation \"{n}\" already exists"),
                    None,
                ));
            }
            Some(n) => n,
            None => self.free_relation_name(&format!("{table_name}_{column}_seq"), &[]),
        };
        let mut seq = self.sequence_params(None, &name, &rest)?;
        seq.owned_by = Some((table_name.clone(), column.clone()));
        seq.identity = true;
        let default = nextval_default(&name);
        let mut new_table = table.clone();
        for c in new_table.columns.iter_mut().filter(|c| c.name == column) {
            c.default_sql = Some(default.clone());
        }
        let mut t = Translation::other(create_sql(&seq), StatementKind::Ddl);
        t.target_table = Some(table_name.clone());
        t.rebuild = Some(super::ddl::Rebuild {
            table: table_name.clone(),
            change: super::ddl::TableChange::AddIdentity { column, default },
        });
        t.effect = Some(CatalogEffect::Many(vec![
            CatalogEffect::CreateSequence(seq),
            CatalogEffect::ReplaceTable {
                old: table_name,
                table: new_table,
            },
        ]));
        Ok(t)
    }

    /// `OWNED BY table.column`.
    fn sequence_owner(&self, target: &ObjectName) -> Result<(String, String)> {
        let mut parts = target.0.clone();
        if parts.len() < 2 {
            return Err(Error::semantic_hint(
                "invalid OWNED BY option",
                None,
                "Specify OWNED BY table.column or OWNED BY NONE.",
            ));
        }
        let col_part = parts.pop();
        let column = match col_part {
            Some(ObjectNamePart::Identifier(i)) if i.quote_style.is_none() => {
                i.value.to_lowercase()
            }
            Some(ObjectNamePart::Identifier(i)) => i.value,
            _ => String::new(),
        };
        let table = relation(&ObjectName(parts))?;
        let Some(t) = self.catalog.table(&table) else {
            return Err(Error::semantic(
                format!("relation \"{table}\" does not exist"),
                None,
            ));
        };
        if t.column(&column).is_none() {
            return Err(Error::semantic(
                format!("column \"{column}\" of relation \"{table}\" does not exist"),
                None,
            ));
        }
        Ok((t.name.clone(), column))
    }

    /// `DROP SEQUENCE [IF EXISTS] name, …`: PostgreSQL refuses to drop a
    /// sequence that a column default still uses.
    pub(crate) fn drop_sequences(
        &mut self,
        names: &mut [ObjectName],
        if_exists: bool,
    ) -> Result<Translation> {
        let mut dropped = Vec::new();
        for n in names.iter() {
            let name = relation(n)?;
            if self.catalog.sequence(&name).is_none() {
                if if_exists {
                    continue;
                }
                return Err(Error::semantic(
                    format!("sequence \"{name}\" does not exist"),
                    None,
                ));
            }
            for t in self.catalog.tables() {
                for c in &t.columns {
                    if c.default_sql
                        .as_deref()
                        .is_some_and(|d| uses_sequence(d, &name))
                    {
                        return Err(Error::semantic_hint(
                            format!(
                                "cannot drop sequence {name} because other objects depend on it"
                            ),
                            None,
                            "Use DROP ... CASCADE to drop the dependent objects too.",
                        ));
                    }
                }
            }
            dropped.push(name);
        }
        if dropped.is_empty() {
            return Ok(Translation::other(String::new(), StatementKind::Ddl));
        }
        let mut t = Translation::other(delete_sql(&dropped), StatementKind::Ddl);
        t.effect = Some(CatalogEffect::DropSequences(dropped));
        Ok(t)
    }
}

/// Whether a translated default calls `pg_nextval` on the sequence.
fn uses_sequence(default: &str, name: &str) -> bool {
    default.split("pg_nextval('").skip(1).any(|rest| {
        let mut lit = String::new();
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                } else {
                    break;
                }
            }
            lit.push(c);
        }
        relation_name(&lit).is_ok_and(|n| n == name)
    })
}

fn owner_sql(s: &Sequence, i: usize) -> String {
    match &s.owned_by {
        Some((t, c)) => sql_str(if i == 0 { t } else { c }),
        None => "NULL".into(),
    }
}

/// `'name'::regclass` as a sequence function's argument: the name's text,
/// which the runtime reads as regclass input does.
pub(crate) fn strip_regclass(e: &mut Expr) {
    if let Expr::Cast {
        expr, data_type, ..
    } = e
    {
        let is_regclass = matches!(data_type, DataType::Regclass)
            || matches!(data_type, DataType::Custom(n, _) if last_name(&n.0) == "regclass");
        let is_text =
            matches!(&**expr, Expr::Value(v) if matches!(v.value, Value::SingleQuotedString(_)));
        if is_regclass && is_text {
            let inner = std::mem::replace(&mut **expr, build::null());
            *e = inner;
        }
    }
}

/// The sequence argument: text, checked against the catalog when it is a
/// literal (PostgreSQL reads a literal `regclass` when it parses).
fn sequence_arg(cx: &mut Cx, c: &mut Call) -> Result<()> {
    let span = c.span;
    let Some((_, t)) = c.args.first_mut() else {
        return Err(no_function(c));
    };
    if let Lit::Unknown(text) = &t.lit {
        let name = relation_name(text).map_err(|m| Error::semantic(m, span))?;
        if cx.catalog.sequence(&name).is_none() {
            let msg = if cx.catalog.table(&name).is_some() {
                format!("\"{name}\" is not a sequence")
            } else {
                format!("relation \"{name}\" does not exist")
            };
            return Err(Error::semantic(msg, span));
        }
        t.ty = PgType::Text;
        return Ok(());
    }
    if !matches!(t.ty, PgType::Text | PgType::Varchar) {
        return Err(no_function(c));
    }
    Ok(())
}

/// `nextval(regclass)`: advances the sequence and returns its new value.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-sequence.html>
pub(crate) fn nextval(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() != 1 || c.star {
        return Err(no_function(c));
    }
    sequence_arg(cx, c)?;
    super::strings::emit_call(c, "pg_nextval", PgType::Int8)
}

/// `currval(regclass)`: the value `nextval` last returned for the sequence
/// in this session.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-sequence.html>
pub(crate) fn currval(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() != 1 || c.star {
        return Err(no_function(c));
    }
    sequence_arg(cx, c)?;
    super::strings::emit_call(c, "pg_currval", PgType::Int8)
}

/// `lastval()`: the value `nextval` last returned in this session.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-sequence.html>
pub(crate) fn lastval(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !c.args.is_empty() || c.star {
        return Err(no_function(c));
    }
    super::strings::emit_call(c, "pg_lastval", PgType::Int8)
}

/// `setval(regclass, bigint [, boolean])`: sets the sequence's value;
/// `nextval` then returns the next one, or this one when the third
/// argument is false.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-sequence.html>
pub(crate) fn setval(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !(2..=3).contains(&c.args.len()) || c.star {
        return Err(no_function(c));
    }
    sequence_arg(cx, c)?;
    let span = c.span;
    let targets = [PgType::Int8, PgType::Bool];
    for (i, target) in targets.iter().enumerate().take(c.args.len() - 1) {
        let (x, t) = &mut c.args[i + 1];
        let t2 = t.clone();
        cx.coerce(x, &t2, *target, span)?;
    }
    super::strings::emit_call(c, "pg_setval", PgType::Int8)
}

/// `pg_get_serial_sequence(table text, column text)`: the name of the
/// sequence the column owns (a serial or identity column's, or one given
/// `OWNED BY`), schema-qualified, or NULL.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
pub(crate) fn get_serial_sequence(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() != 2 || c.star {
        return Err(no_function(c));
    }
    let span = c.span;
    for (x, t) in c.args.iter_mut() {
        let t2 = t.clone();
        cx.coerce(x, &t2, PgType::Text, span)?;
    }
    super::strings::emit_call(c, "pg_get_serial_sequence", PgType::Text)
}
