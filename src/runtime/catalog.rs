//! The functions of the system catalogs' columns and queries: `oid` and
//! `name` input and casts, `"char"`, the OID alias types' (`regclass`…)
//! lookups, `quote_ident`, `format_type` and `pg_encoding_to_char`.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/datatype-oid.html>,
//! <https://www.postgresql.org/docs/current/functions-info.html>

use rusqlite::{Connection, Result};

use super::{int_arg, pg_err, pure, text_arg};
use crate::types::scalar;

/// PostgreSQL's encodings by number (`pg_enc2name_tbl`, encnames.c).
const ENCODINGS: &[&str] = &[
    "SQL_ASCII",
    "EUC_JP",
    "EUC_CN",
    "EUC_KR",
    "EUC_TW",
    "EUC_JIS_2004",
    "UTF8",
    "MULE_INTERNAL",
    "LATIN1",
    "LATIN2",
    "LATIN3",
    "LATIN4",
    "LATIN5",
    "LATIN6",
    "LATIN7",
    "LATIN8",
    "LATIN9",
    "LATIN10",
    "WIN1256",
    "WIN1258",
    "WIN866",
    "WIN874",
    "KOI8R",
    "WIN1251",
    "WIN1252",
    "ISO_8859_5",
    "ISO_8859_6",
    "ISO_8859_7",
    "ISO_8859_8",
    "WIN1250",
    "WIN1253",
    "WIN1254",
    "WIN1255",
    "WIN1257",
    "KOI8U",
    "SJIS",
    "BIG5",
    "GBK",
    "UHC",
    "GB18030",
    "JOHAB",
    "SHIFT_JIS_2004",
];

pub(super) fn register(conn: &Connection) -> Result<()> {
    conn.create_scalar_function("pg_oid_in", 1, pure(), |ctx| {
        text_arg(ctx, 0)?
            .map(|s| scalar::oid_in(&s).map_err(pg_err))
            .transpose()
    })?;
    // integer → oid: binary coercible, so a negative int4 wraps.
    conn.create_scalar_function("pg_int4_to_oid", 1, pure(), |ctx| {
        Ok(int_arg(ctx, 0)?.map(|v| i64::from(v as i32 as u32)))
    })?;
    conn.create_scalar_function("pg_int8_to_oid", 1, pure(), |ctx| {
        int_arg(ctx, 0)?
            .map(|v| {
                if (0..=i64::from(u32::MAX)).contains(&v) {
                    Ok(v)
                } else {
                    Err(pg_err("OID out of range"))
                }
            })
            .transpose()
    })?;
    conn.create_scalar_function("pg_oid_to_int4", 1, pure(), |ctx| {
        Ok(int_arg(ctx, 0)?.map(|v| i64::from(v as u32 as i32)))
    })?;
    conn.create_scalar_function("pg_name_in", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| scalar::name_in(&s).to_string()))
    })?;
    conn.create_scalar_function("pg_char_in", 1, pure(), |ctx| {
        text_arg(ctx, 0)?
            .map(|s| {
                scalar::char_in(&s)
                    .map_err(|what| pg_err(format!("pgshim: {what} is not supported")))
            })
            .transpose()
    })?;
    // An OID alias type's input: the OID the name lookup found, or the
    // error PostgreSQL raises for a name nothing has.
    conn.create_scalar_function("pg_reg_found", 2, pure(), |ctx| match int_arg(ctx, 0)? {
        Some(oid) => Ok(oid),
        None => Err(pg_err(text_arg(ctx, 1)?.unwrap_or_default())),
    })?;
    // regclass of a computed name (see rewrite::catalog_functions::
    // regclass_in): the OID found, else PostgreSQL's error.
    conn.create_scalar_function("pg_regclass_found", 3, pure(), |ctx| {
        let Some(text) = text_arg(ctx, 0)? else {
            return Ok(None);
        };
        if let Some(oid) = int_arg(ctx, 1)? {
            return Ok(Some(oid));
        }
        // A number is an OID, taken as it is (as regclassin takes it).
        if let Ok(oid) = scalar::oid_in(&text) {
            if text.trim().bytes().all(|b| b.is_ascii_digit()) {
                return Ok(Some(oid));
            }
        }
        let parts = scalar::name_list(&text).map_err(pg_err)?;
        Err(pg_err(match parts.as_slice() {
            [schema, _] if int_arg(ctx, 2)? == Some(0) => {
                format!("schema \"{schema}\" does not exist")
            }
            [_] | [_, _] => format!("relation \"{text}\" does not exist"),
            [_, _, _] => format!(
                "cross-database references are not implemented: \"{}\"",
                parts.join(".")
            ),
            _ => format!(
                "improper relation name (too many dotted names): {}",
                parts.join(".")
            ),
        }))
    })?;
    // An OID alias type's output: the object's name (looked up in the
    // catalog), `-` for 0, or the number for an OID nothing has.
    conn.create_scalar_function("pg_reg_out", 2, pure(), |ctx| {
        if let Some(name) = text_arg(ctx, 0)? {
            return Ok(Some(name));
        }
        Ok(int_arg(ctx, 1)?.map(|oid| {
            if oid == 0 {
                "-".to_string()
            } else {
                oid.to_string()
            }
        }))
    })?;
    // int2vector (`1 3`) and oidvector (`23 25`): the length, element i
    // (from 0), and the array of the elements.
    conn.create_scalar_function("pg_int2vector_len", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| s.split_whitespace().count() as i64))
    })?;
    conn.create_scalar_function("pg_int2vector_at", 2, pure(), |ctx| {
        let (Some(v), Some(i)) = (text_arg(ctx, 0)?, int_arg(ctx, 1)?) else {
            return Ok(None);
        };
        Ok(usize::try_from(i)
            .ok()
            .and_then(|i| v.split_whitespace().nth(i))
            .and_then(|x| x.parse::<i64>().ok()))
    })?;
    conn.create_scalar_function("pg_int2vector_array", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?
            .map(|v| format!("{{{}}}", v.split_whitespace().collect::<Vec<_>>().join(","))))
    })?;
    // `v::int2[]`, which keeps the subscripts from 0: `[0:1]={2,1}`.
    conn.create_scalar_function("pg_int2vector_int2_array", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|v| {
            let elems: Vec<Option<String>> =
                v.split_whitespace().map(|x| Some(x.to_string())).collect();
            crate::types::array::format_bounded(0, &elems)
        }))
    })?;
    conn.create_scalar_function("pg_get_expr", 1, pure(), |ctx| {
        let Some(tree) = text_arg(ctx, 0)? else {
            return Ok(None);
        };
        match tree.strip_prefix(crate::system_catalog::UNSHOWN) {
            Some(what) => Err(pg_err(format!(
                "pgshim: showing {what} as PostgreSQL does is not supported"
            ))),
            None => Ok(Some(tree)),
        }
    })?;
    // A name given as text, split as regclass input splits it: its last
    // part ('name') or the schema before it ('schema', NULL for none).
    conn.create_scalar_function("pg_name_part", 2, pure(), |ctx| {
        let (Some(text), Some(which)) = (text_arg(ctx, 0)?, text_arg(ctx, 1)?) else {
            return Ok(None);
        };
        let parts = scalar::name_list(&text).map_err(pg_err)?;
        Ok(match (which.as_str(), parts.as_slice()) {
            ("name", [.., last]) => Some(last.clone()),
            ("schema", [schema, _]) => Some(schema.clone()),
            ("schema", [_]) => None,
            // A name with more parts than schema.name finds nothing.
            _ => Some(String::new()),
        })
    })?;
    // The OID of a built-in type named as regtype input names it.
    conn.create_scalar_function("pg_builtin_type_oid", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?
            .and_then(|t| crate::rewrite::builtin_type(&t))
            .map(|t| i64::from(t.oid())))
    })?;
    conn.create_scalar_function("pg_quote_ident", 1, pure(), |ctx| {
        Ok(text_arg(ctx, 0)?.map(|s| scalar::quote_ident(&s)))
    })?;
    // format_type(oid, typmod, the name pg_type has for a type pgshim does
    // not know itself, such as a table's row type).
    conn.create_scalar_function("pg_format_type", 3, pure(), |ctx| {
        let Some(oid) = int_arg(ctx, 0)? else {
            return Ok(None);
        };
        let typmod = int_arg(ctx, 1)?.unwrap_or(-1) as i32;
        if let Some(ty) = crate::types::PgType::of_oid(oid as u32) {
            return Ok(Some(crate::types::typmod::format_type(ty, typmod)));
        }
        Ok(Some(text_arg(ctx, 2)?.unwrap_or_else(|| "???".into())))
    })?;
    conn.create_scalar_function("pg_encoding_to_char", 1, pure(), |ctx| {
        Ok(int_arg(ctx, 0)?.map(|n| {
            usize::try_from(n)
                .ok()
                .and_then(|n| ENCODINGS.get(n))
                .copied()
                .unwrap_or("")
                .to_string()
        }))
    })?;
    Ok(())
}
