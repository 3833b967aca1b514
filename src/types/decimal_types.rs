//! `rust_decimal::Decimal` as PostgreSQL's `numeric` (feature
//! `rust_decimal`): read exactly from the stored decimal text, scale kept
//! (`1.50` stays `1.50`); NaN, the infinities and values beyond Decimal's
//! 28 digits are refused, not rounded. Bound to a `numeric` parameter (or
//! a `double precision` one, PostgreSQL's implicit cast) as its decimal
//! text.

use rusqlite::types::{Value as SqlValue, ValueRef};
use rust_decimal::Decimal;

use super::PgType;
use super::sql::{Bound, Context, ConversionError, FromSql, ToSql, refuse};

impl FromSql<'_> for Decimal {
    fn accepts(ty: PgType) -> bool {
        ty == PgType::Numeric
    }
    fn from_sql(_: PgType, value: ValueRef<'_>, _: &Context) -> Result<Self, ConversionError> {
        let text = match value {
            ValueRef::Integer(i) => return Ok(Decimal::from(i)),
            ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            ValueRef::Real(f) => f.to_string(),
            _ => {
                return Err(ConversionError::new(
                    "the stored value is not numeric text (written around pgshim?)",
                ));
            }
        };
        text.parse::<Decimal>()
            .ok()
            .filter(|d| d.to_string() == text)
            .ok_or_else(|| {
                ConversionError::new(format!(
                    "{text} does not fit rust_decimal::Decimal exactly (NaN, infinity, or more than 28 digits)"
                ))
            })
    }
}

impl ToSql for Decimal {
    fn to_sql(&self, ty: PgType, _: &Context) -> Result<Bound, ConversionError> {
        match ty {
            PgType::Numeric | PgType::Float8 => Ok(Bound::Input(SqlValue::Text(self.to_string()))),
            _ => Err(refuse(ty, "rust_decimal::Decimal")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_or_refused() {
        let cx = Context::new("UTC").unwrap();
        let read = |s: &'static [u8]| Decimal::from_sql(PgType::Numeric, ValueRef::Text(s), &cx);
        assert_eq!(read(b"1.50").unwrap().to_string(), "1.50");
        assert_eq!(read(b"-0.000001").unwrap().to_string(), "-0.000001");
        assert!(read(b"NaN").is_err());
        assert!(read(b"Infinity").is_err());
        assert!(read(b"123456789012345678901234567890.5").is_err());
    }
}
