//! The domains of PostgreSQL's `information_schema`, the only domains
//! pgshim has: every column of its views is of one of them.
//!
//! A domain acts as its base type everywhere pgshim shows types: in
//! expressions, as PostgreSQL coerces a domain to its base type there,
//! and in a result description, where PostgreSQL sends the base type and
//! the domain's modifier (`getBaseTypeAndTypmod` in printtup.c). Only
//! `pg_type` lists the domains themselves.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/infoschema-datatypes.html>

use super::PgType;

/// A domain of `information_schema`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Domain {
    /// `cardinal_number`: a nonnegative `integer`.
    CardinalNumber,
    /// `character_data`: `character varying`.
    CharacterData,
    /// `sql_identifier`: `name`.
    SqlIdentifier,
    /// `time_stamp`: `timestamp(2) with time zone`.
    TimeStamp,
    /// `yes_or_no`: `character varying(3)`, `YES` or `NO`.
    YesOrNo,
}

/// `information_schema`'s namespace OID in PostgreSQL 15.
pub(crate) const INFORMATION_SCHEMA_OID: u32 = 13207;

impl Domain {
    /// All of them, in OID order.
    pub(crate) const ALL: [Domain; 5] = [
        Domain::CardinalNumber,
        Domain::CharacterData,
        Domain::SqlIdentifier,
        Domain::TimeStamp,
        Domain::YesOrNo,
    ];

    /// Its `pg_type` OID in PostgreSQL 15.
    pub(crate) fn oid(self) -> u32 {
        match self {
            Domain::CardinalNumber => 13221,
            Domain::CharacterData => 13224,
            Domain::SqlIdentifier => 13226,
            Domain::TimeStamp => 13232,
            Domain::YesOrNo => 13234,
        }
    }

    /// Its `typname`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Domain::CardinalNumber => "cardinal_number",
            Domain::CharacterData => "character_data",
            Domain::SqlIdentifier => "sql_identifier",
            Domain::TimeStamp => "time_stamp",
            Domain::YesOrNo => "yes_or_no",
        }
    }

    /// The type it is over (`typbasetype`).
    pub(crate) fn base(self) -> PgType {
        match self {
            Domain::CardinalNumber => PgType::Int4,
            Domain::CharacterData | Domain::YesOrNo => PgType::Varchar,
            Domain::SqlIdentifier => PgType::Name,
            Domain::TimeStamp => PgType::Timestamptz,
        }
    }

    /// The base type's modifier the domain declares (`typtypmod`):
    /// `varchar(3)` and `timestamptz(2)`, else -1.
    pub(crate) fn typmod(self) -> i32 {
        match self {
            Domain::YesOrNo => 7,
            Domain::TimeStamp => 2,
            _ => -1,
        }
    }
}
