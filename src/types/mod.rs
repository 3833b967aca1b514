//! PostgreSQL types as pgshim knows them, and how they map to SQLite.
//!
//! Every expression the translator sees gets a [`PgType`], the way
//! PostgreSQL's parser gives every node a type OID. The type decides which
//! PostgreSQL operation applies and how a value is rendered.

use std::fmt;

pub mod array;
mod chrono_types;
#[cfg(feature = "rust_decimal")]
mod decimal_types;
mod domain;
mod interval;
#[cfg(feature = "jiff")]
mod jiff_types;
mod keywords;
pub mod numeric;
pub mod scalar;
pub mod sql;
pub(crate) mod typmod;

pub(crate) use domain::Domain;
pub(crate) use domain::INFORMATION_SCHEMA_OID;
pub use interval::Interval;
pub use sql::{Bound, Context, ConversionError, Date, FromSql, Timestamp, ToSql};

/// A PostgreSQL data type.
///
/// The variants are the types pgshim can store and reason about. `Unknown`
/// is PostgreSQL's type of an untyped string literal (`'2024-03-10'`) before
/// context decides what it is.
///
/// ```
/// use pgshim::PgType;
/// assert_eq!(PgType::parse("timestamp with time zone"), Some(PgType::Timestamptz));
/// assert_eq!(PgType::Int4.name(), "int4");
/// assert_eq!(PgType::Timestamptz.sql_name(), "timestamp with time zone");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PgType {
    /// `boolean`; stored as INTEGER 0/1.
    Bool,
    /// `smallint`.
    Int2,
    /// `integer`.
    Int4,
    /// `bigint`.
    Int8,
    /// `real`.
    Float4,
    /// `double precision`.
    Float8,
    /// `numeric` (not yet supported in expressions).
    Numeric,
    /// `text`.
    Text,
    /// `character varying`.
    Varchar,
    /// `character` (blank-padded).
    Bpchar,
    /// `bytea`.
    Bytea,
    /// `date`; stored as TEXT `YYYY-MM-DD`.
    Date,
    /// `time without time zone`; stored as TEXT `HH:MM:SS.ffffff`.
    Time,
    /// `timestamp without time zone`; stored as TEXT `YYYY-MM-DD HH:MM:SS.ffffff`.
    Timestamp,
    /// `timestamp with time zone`; stored as TEXT in UTC.
    Timestamptz,
    /// `interval`; stored as TEXT in PostgreSQL's output form.
    Interval,
    /// `time with time zone`: produced by `current_time` (as PostgreSQL's
    /// output text) and cast to `time` or text; nothing else.
    Timetz,
    /// The type of an untyped literal (or NULL) before context resolves it.
    Unknown,
    /// `smallint[]`: one-dimensional arrays are stored and shown as
    /// PostgreSQL's array text (`{1,2,NULL}`), as every array type here.
    Int2Array,
    /// `integer[]`.
    Int4Array,
    /// `bigint[]`.
    Int8Array,
    /// `double precision[]`.
    Float8Array,
    /// `numeric[]`.
    NumericArray,
    /// `boolean[]`.
    BoolArray,
    /// `text[]`.
    TextArray,
    /// `character varying[]`.
    VarcharArray,
    /// `void`, what `pg_sleep` returns; shown as an empty string.
    Void,
    /// `oid`: an object identifier (unsigned 32 bits); stored as INTEGER.
    /// The system catalogs' keys.
    Oid,
    /// `name`: a catalog identifier (text, at most 63 bytes).
    Name,
    /// `"char"`: the one-byte type of catalog flags such as `relkind`.
    Char,
    /// `regclass`: a relation's OID, read and shown as its name; stored
    /// as the INTEGER oid.
    Regclass,
    /// `regtype`: a type's OID, read and shown as its name.
    Regtype,
    /// `regnamespace`: a schema's OID, read and shown as its name.
    Regnamespace,
    /// `regproc`: a function's OID, shown as its name (`int4in`).
    Regproc,
    /// `regprocedure`: a function's OID, read and shown with its argument
    /// types (`array_in(cstring,oid,integer)`).
    Regprocedure,
    /// `name[]`, what `current_schemas` returns.
    NameArray,
    /// `oid[]` (`pg_policy.polroles`).
    OidArray,
    /// `"char"[]` (`pg_statistic_ext.stxkind`).
    CharArray,
    /// `aclitem`: one access privilege (`postgres=CTc/postgres`). pgshim
    /// grants nothing, so no value of it exists: its input is refused.
    Aclitem,
    /// `aclitem[]`, the catalogs' privilege lists (`pg_database.datacl`),
    /// always NULL in pgshim's.
    AclitemArray,
    /// `int2vector`: the catalogs' column-number lists (`pg_index.indkey`),
    /// stored as its output text (`1 3`), subscripted from 0.
    Int2vector,
    /// `json`, so far only as `json_build_object`'s result (its text);
    /// not a column or cast type yet.
    Json,
    /// `oidvector`: the catalogs' type lists (`pg_proc.proargtypes`,
    /// `pg_index.indclass`), stored as its output text (`23 25`),
    /// subscripted from 0.
    Oidvector,
    /// `pg_node_tree`: a stored expression (`pg_attrdef.adbin`), readable
    /// only through `pg_get_expr`.
    PgNodeTree,
}

impl PgType {
    /// PostgreSQL's internal type name (`pg_type.typname`), which is also the
    /// column name PostgreSQL gives an unaliased cast such as `1::int`.
    ///
    /// ```
    /// assert_eq!(pgshim::PgType::Bool.name(), "bool");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PgType::Bool => "bool",
            PgType::Int2 => "int2",
            PgType::Int4 => "int4",
            PgType::Int8 => "int8",
            PgType::Float4 => "float4",
            PgType::Float8 => "float8",
            PgType::Numeric => "numeric",
            PgType::Text => "text",
            PgType::Varchar => "varchar",
            PgType::Bpchar => "bpchar",
            PgType::Bytea => "bytea",
            PgType::Date => "date",
            PgType::Time => "time",
            PgType::Timestamp => "timestamp",
            PgType::Timestamptz => "timestamptz",
            PgType::Interval => "interval",
            PgType::Timetz => "timetz",
            PgType::Unknown => "unknown",
            PgType::Int2Array => "_int2",
            PgType::Int4Array => "_int4",
            PgType::Int8Array => "_int8",
            PgType::Float8Array => "_float8",
            PgType::NumericArray => "_numeric",
            PgType::BoolArray => "_bool",
            PgType::TextArray => "_text",
            PgType::VarcharArray => "_varchar",
            PgType::Void => "void",
            PgType::Oid => "oid",
            PgType::Name => "name",
            PgType::Char => "char",
            PgType::Regclass => "regclass",
            PgType::Regtype => "regtype",
            PgType::Regnamespace => "regnamespace",
            PgType::Regproc => "regproc",
            PgType::Regprocedure => "regprocedure",
            PgType::NameArray => "_name",
            PgType::OidArray => "_oid",
            PgType::CharArray => "_char",
            PgType::Aclitem => "aclitem",
            PgType::AclitemArray => "_aclitem",
            PgType::Int2vector => "int2vector",
            PgType::Oidvector => "oidvector",
            PgType::Json => "json",
            PgType::PgNodeTree => "pg_node_tree",
        }
    }

    /// The SQL-standard spelling PostgreSQL uses in messages
    /// (`format_type`), e.g. `timestamp with time zone`.
    ///
    /// ```
    /// assert_eq!(pgshim::PgType::Int4.sql_name(), "integer");
    /// ```
    pub fn sql_name(self) -> &'static str {
        match self {
            PgType::Bool => "boolean",
            PgType::Int2 => "smallint",
            PgType::Int4 => "integer",
            PgType::Int8 => "bigint",
            PgType::Float4 => "real",
            PgType::Float8 => "double precision",
            PgType::Numeric => "numeric",
            PgType::Text => "text",
            PgType::Varchar => "character varying",
            PgType::Bpchar => "character",
            PgType::Bytea => "bytea",
            PgType::Date => "date",
            PgType::Time => "time without time zone",
            PgType::Timestamp => "timestamp without time zone",
            PgType::Timestamptz => "timestamp with time zone",
            PgType::Interval => "interval",
            PgType::Timetz => "time with time zone",
            PgType::Unknown => "unknown",
            PgType::Int2Array => "smallint[]",
            PgType::Int4Array => "integer[]",
            PgType::Int8Array => "bigint[]",
            PgType::Float8Array => "double precision[]",
            PgType::NumericArray => "numeric[]",
            PgType::BoolArray => "boolean[]",
            PgType::TextArray => "text[]",
            PgType::VarcharArray => "character varying[]",
            PgType::Void => "void",
            PgType::Oid => "oid",
            PgType::Name => "name",
            PgType::Char => "\"char\"",
            PgType::Regclass => "regclass",
            PgType::Regtype => "regtype",
            PgType::Regnamespace => "regnamespace",
            PgType::Regproc => "regproc",
            PgType::Regprocedure => "regprocedure",
            PgType::NameArray => "name[]",
            PgType::OidArray => "oid[]",
            PgType::CharArray => "\"char\"[]",
            PgType::Aclitem => "aclitem",
            PgType::AclitemArray => "aclitem[]",
            PgType::Int2vector => "int2vector",
            PgType::Oidvector => "oidvector",
            PgType::Json => "json",
            PgType::PgNodeTree => "pg_node_tree",
        }
    }

    /// PostgreSQL's type OID (`pg_type.oid`).
    ///
    /// ```
    /// assert_eq!(pgshim::PgType::Int4.oid(), 23);
    /// ```
    pub fn oid(self) -> u32 {
        match self {
            PgType::Bool => 16,
            PgType::Bytea => 17,
            PgType::Int8 => 20,
            PgType::Int2 => 21,
            PgType::Int4 => 23,
            PgType::Text => 25,
            PgType::Float4 => 700,
            PgType::Float8 => 701,
            PgType::Unknown => 705,
            PgType::Bpchar => 1042,
            PgType::Varchar => 1043,
            PgType::Date => 1082,
            PgType::Time => 1083,
            PgType::Timestamp => 1114,
            PgType::Timestamptz => 1184,
            PgType::Interval => 1186,
            PgType::Timetz => 1266,
            PgType::Numeric => 1700,
            PgType::BoolArray => 1000,
            PgType::Int2Array => 1005,
            PgType::Int4Array => 1007,
            PgType::TextArray => 1009,
            PgType::VarcharArray => 1015,
            PgType::Int8Array => 1016,
            PgType::Float8Array => 1022,
            PgType::NumericArray => 1231,
            PgType::Void => 2278,
            PgType::Oid => 26,
            PgType::Name => 19,
            PgType::Char => 18,
            PgType::Regclass => 2205,
            PgType::Regtype => 2206,
            PgType::Regnamespace => 4089,
            PgType::Regproc => 24,
            PgType::Regprocedure => 2202,
            PgType::NameArray => 1003,
            PgType::OidArray => 1028,
            PgType::CharArray => 1002,
            PgType::Aclitem => 1033,
            PgType::AclitemArray => 1034,
            PgType::Int2vector => 22,
            PgType::Oidvector => 30,
            PgType::Json => 114,
            PgType::PgNodeTree => 194,
        }
    }

    /// The type with this OID, where pgshim has it.
    ///
    /// ```
    /// assert_eq!(pgshim::PgType::of_oid(1184), Some(pgshim::PgType::Timestamptz));
    /// ```
    pub fn of_oid(oid: u32) -> Option<PgType> {
        PgType::ALL.into_iter().find(|t| t.oid() == oid)
    }

    /// Every type pgshim has.
    const ALL: [PgType; 44] = {
        use PgType::*;
        [
            Bool,
            Int2,
            Int4,
            Int8,
            Float4,
            Float8,
            Numeric,
            Text,
            Varchar,
            Bpchar,
            Bytea,
            Date,
            Time,
            Timestamp,
            Timestamptz,
            Interval,
            Timetz,
            Unknown,
            Int2Array,
            Int4Array,
            Int8Array,
            Float8Array,
            NumericArray,
            BoolArray,
            TextArray,
            VarcharArray,
            Void,
            Oid,
            Name,
            Char,
            Regclass,
            Regtype,
            Regnamespace,
            Regproc,
            Regprocedure,
            NameArray,
            OidArray,
            CharArray,
            Aclitem,
            AclitemArray,
            Int2vector,
            Oidvector,
            Json,
            PgNodeTree,
        ]
    };

    /// The array type whose elements are this type, where pgshim has one.
    ///
    /// ```
    /// use pgshim::PgType;
    /// assert_eq!(PgType::Int4.array_of(), Some(PgType::Int4Array));
    /// assert_eq!(PgType::Int4Array.element(), Some(PgType::Int4));
    /// ```
    pub fn array_of(self) -> Option<PgType> {
        Some(match self {
            PgType::Int2 => PgType::Int2Array,
            PgType::Int4 => PgType::Int4Array,
            PgType::Int8 => PgType::Int8Array,
            PgType::Float8 => PgType::Float8Array,
            PgType::Numeric => PgType::NumericArray,
            PgType::Bool => PgType::BoolArray,
            PgType::Text => PgType::TextArray,
            PgType::Varchar => PgType::VarcharArray,
            PgType::Name => PgType::NameArray,
            PgType::Oid => PgType::OidArray,
            PgType::Char => PgType::CharArray,
            PgType::Aclitem => PgType::AclitemArray,
            _ => return None,
        })
    }

    /// The element type of an array type.
    pub fn element(self) -> Option<PgType> {
        Some(match self {
            PgType::Int2Array => PgType::Int2,
            PgType::Int4Array => PgType::Int4,
            PgType::Int8Array => PgType::Int8,
            PgType::Float8Array => PgType::Float8,
            PgType::NumericArray => PgType::Numeric,
            PgType::BoolArray => PgType::Bool,
            PgType::TextArray => PgType::Text,
            PgType::VarcharArray => PgType::Varchar,
            PgType::NameArray => PgType::Name,
            PgType::OidArray => PgType::Oid,
            PgType::CharArray => PgType::Char,
            PgType::AclitemArray => PgType::Aclitem,
            _ => return None,
        })
    }

    /// The element type of a catalog vector (`int2vector`, `oidvector`),
    /// which reads as the array of it.
    pub fn vector_element(self) -> Option<PgType> {
        match self {
            PgType::Int2vector => Some(PgType::Int2),
            PgType::Oidvector => Some(PgType::Oid),
            _ => None,
        }
    }

    /// Whether this is an array type.
    pub fn is_array(self) -> bool {
        self.element().is_some()
    }

    /// The type of a [`PgType::name`], as emitted SQL names types
    /// (`pg_output(v, 'timestamptz')`): [`PgType::parse`], and the two
    /// names no column is declared with, `void` and `unknown`.
    pub(crate) fn from_name(name: &str) -> Option<PgType> {
        PgType::ALL
            .into_iter()
            .find(|t| t.name() == name)
            .or_else(|| PgType::parse(name))
    }

    /// Parses a PostgreSQL type name as written in DDL or in a SQLite
    /// declared column type (`int`, `INTEGER`, `varchar(20)`,
    /// `timestamp with time zone`, `timestamptz(3)`, `double precision`).
    /// Returns `None` for a type pgshim does not know.
    ///
    /// ```
    /// use pgshim::PgType;
    /// assert_eq!(PgType::parse("VARCHAR(20)"), Some(PgType::Varchar));
    /// assert_eq!(PgType::parse("bigserial"), Some(PgType::Int8));
    /// assert_eq!(PgType::parse("geometry"), None);
    /// ```
    pub fn parse(name: &str) -> Option<PgType> {
        let lower = name.trim().to_ascii_lowercase();
        // Drop a type modifier such as `(20)` or `(3)` wherever it stands.
        let mut base = String::with_capacity(lower.len());
        let mut depth = 0;
        for c in lower.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => base.push(c),
                _ => {}
            }
        }
        let base = base.split_whitespace().collect::<Vec<_>>().join(" ");
        // `pg_catalog.int4`: the built-in types live in pg_catalog.
        let base = match base.strip_prefix("pg_catalog.") {
            Some(rest) => rest.trim().to_string(),
            None => base,
        };
        // `int[]`, `text[]`, `_int4`: arrays of the element types pgshim has.
        if let Some(elem) = base.strip_suffix("[]").or_else(|| base.strip_prefix('_')) {
            return PgType::parse(elem.trim()).and_then(PgType::array_of);
        }
        // `interval day to second`: an interval with a field restriction.
        // (declared in SQLite as `interval_day_to_second`).
        if base.starts_with("interval ") || base.starts_with("interval_") {
            return crate::time::IntervalRange::of_declared(&base).map(|_| PgType::Interval);
        }
        Some(match base.as_str() {
            "bool" | "boolean" => PgType::Bool,
            "int2" | "smallint" | "smallserial" | "serial2" => PgType::Int2,
            "int" | "int4" | "integer" | "serial" | "serial4" => PgType::Int4,
            "int8" | "bigint" | "bigserial" | "serial8" => PgType::Int8,
            "float4" | "real" => PgType::Float4,
            "float8" | "double precision" | "float" => PgType::Float8,
            // numeric_text: how pgshim declares numeric columns in SQLite.
            "numeric" | "decimal" | "numeric_text" => PgType::Numeric,
            "text" => PgType::Text,
            "varchar" | "character varying" | "char varying" => PgType::Varchar,
            "char" | "character" | "bpchar" => PgType::Bpchar,
            "bytea" => PgType::Bytea,
            "date" => PgType::Date,
            "time" | "time without time zone" => PgType::Time,
            "timestamp" | "timestamp without time zone" => PgType::Timestamp,
            "timestamptz" | "timestamp with time zone" => PgType::Timestamptz,
            "interval" => PgType::Interval,
            "timetz" | "time with time zone" => PgType::Timetz,
            "oid" => PgType::Oid,
            "name" => PgType::Name,
            "\"char\"" => PgType::Char,
            "regclass" => PgType::Regclass,
            "regtype" => PgType::Regtype,
            "regnamespace" => PgType::Regnamespace,
            "regproc" => PgType::Regproc,
            "regprocedure" => PgType::Regprocedure,
            "int2vector" => PgType::Int2vector,
            "oidvector" => PgType::Oidvector,
            "aclitem" => PgType::Aclitem,
            "pg_node_tree" => PgType::PgNodeTree,
            _ => return None,
        })
    }

    /// Whether this is one of PostgreSQL's integer types.
    pub fn is_integer(self) -> bool {
        matches!(self, PgType::Int2 | PgType::Int4 | PgType::Int8)
    }

    /// Whether this is a floating-point type.
    pub fn is_float(self) -> bool {
        matches!(self, PgType::Float4 | PgType::Float8)
    }

    /// Whether this belongs to PostgreSQL's numeric type category (`N`).
    pub fn is_numeric_category(self) -> bool {
        self.is_integer() || self.is_float() || self == PgType::Numeric || self.is_oid()
    }

    /// Whether this is `oid` or an OID alias type (`regclass`…):
    /// PostgreSQL's numeric category, stored as an INTEGER, with no
    /// arithmetic.
    pub fn is_oid(self) -> bool {
        self == PgType::Oid || self.is_reg()
    }

    /// Whether this is an OID alias type (`regclass`, `regtype`,
    /// `regnamespace`): an oid read and shown as an object's name.
    ///
    /// ```
    /// assert!(pgshim::PgType::Regclass.is_reg());
    /// assert!(!pgshim::PgType::Oid.is_reg());
    /// ```
    pub fn is_reg(self) -> bool {
        matches!(
            self,
            PgType::Regclass
                | PgType::Regtype
                | PgType::Regnamespace
                | PgType::Regproc
                | PgType::Regprocedure
        )
    }

    /// Whether this belongs to PostgreSQL's string type category (`S`).
    pub fn is_string(self) -> bool {
        matches!(
            self,
            PgType::Text | PgType::Varchar | PgType::Bpchar | PgType::Name
        )
    }

    /// Whether this is a date/time type (`D`) or interval (`T`).
    pub fn is_temporal(self) -> bool {
        matches!(
            self,
            PgType::Date
                | PgType::Time
                | PgType::Timestamp
                | PgType::Timestamptz
                | PgType::Interval
                | PgType::Timetz
        )
    }
}

impl fmt::Display for PgType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.sql_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_spellings() {
        for (s, t) in [
            ("integer", PgType::Int4),
            ("INT4", PgType::Int4),
            ("timestamp(3) with time zone", PgType::Timestamptz),
            ("character varying(255)", PgType::Varchar),
            ("double  precision", PgType::Float8),
            ("serial", PgType::Int4),
            ("numeric(10,2)", PgType::Numeric),
        ] {
            assert_eq!(PgType::parse(s), Some(t), "{s}");
        }
        assert_eq!(PgType::parse("jsonb"), None);
    }
}
