//! PostgreSQL's `numeric`: exact decimals with a display scale.
//!
//! A value is an arbitrary-precision integer and a scale (`dscale`, the
//! digits shown after the point), so `1.50` and `1.5` are equal but print
//! differently, as in PostgreSQL. Arithmetic follows `numeric.c`: sums keep
//! the larger scale, products the sum of the scales, quotients the scale
//! chosen by `select_div_scale`; rounding is half away from zero.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-NUMERIC-DECIMAL>

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The most digits after the point a result may carry
/// (`NUMERIC_MAX_DISPLAY_SCALE`).
const MAX_DISPLAY_SCALE: i64 = 1000;
/// Significant digits a quotient keeps at least (`NUMERIC_MIN_SIG_DIGITS`).
const MIN_SIG_DIGITS: i64 = 16;

/// A PostgreSQL `numeric` value.
///
/// ```
/// use pgshim::types::numeric::Numeric;
/// let a: Numeric = "1234.5".parse().unwrap();
/// let b: Numeric = "0.05".parse().unwrap();
/// assert_eq!(a.add(&b).to_string(), "1234.55");
/// assert_eq!(Numeric::from(5).div(&"2.0".parse().unwrap()).unwrap().to_string(), "2.5000000000000000");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Numeric {
    /// `NaN`: equal to itself and greater than every other value.
    NaN,
    /// `Infinity`.
    PosInf,
    /// `-Infinity`.
    NegInf,
    /// `digits × 10^-scale`.
    Finite {
        /// The unscaled value.
        digits: BigInt,
        /// Digits shown after the point.
        scale: u32,
    },
}

impl From<i64> for Numeric {
    fn from(v: i64) -> Self {
        Numeric::Finite {
            digits: BigInt::from(v),
            scale: 0,
        }
    }
}

fn pow10(n: u32) -> BigInt {
    num_traits::pow(BigInt::from(10u8), n as usize)
}

/// `n / d` rounded half away from zero.
fn div_round(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_rem(d);
    if (r.abs() * 2u8) >= d.abs() {
        if (n.sign() == Sign::Minus) != (d.sign() == Sign::Minus) {
            q - 1u8
        } else {
            q + 1u8
        }
    } else {
        q
    }
}

fn syntax(s: &str) -> String {
    format!("invalid input syntax for type numeric: \"{s}\"")
}

impl std::str::FromStr for Numeric {
    type Err = String;

    /// `numeric_in`: surrounding spaces, a sign, digits with an optional
    /// point, an optional exponent; `NaN`, `Infinity`, `inf` in any case.
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
        let (neg, body) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        if body.eq_ignore_ascii_case("nan") && body.len() == t.len() {
            return Ok(Numeric::NaN);
        }
        if body.eq_ignore_ascii_case("infinity") || body.eq_ignore_ascii_case("inf") {
            return Ok(if neg {
                Numeric::NegInf
            } else {
                Numeric::PosInf
            });
        }
        let (mantissa, exp) = match body.find(['e', 'E']) {
            Some(i) => {
                let e = &body[i + 1..];
                let ok = !e.is_empty()
                    && e.trim_start_matches(['+', '-']).len() + 1 >= e.len()
                    && e.trim_start_matches(['+', '-'])
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                    && !e.trim_start_matches(['+', '-']).is_empty();
                if !ok {
                    return Err(syntax(s));
                }
                let v: i64 = e
                    .parse()
                    .map_err(|_| "value overflows numeric format".to_string())?;
                (&body[..i], v)
            }
            None => (body, 0),
        };
        let (int_part, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if (int_part.is_empty() && frac.is_empty())
            || !int_part.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(syntax(s));
        }
        if exp.abs() > 1000 * 4 {
            return Err("value overflows numeric format".into());
        }
        let mut digits: BigInt = if int_part.len() + frac.len() <= 36 {
            // Up to 36 digits fit an i128: no string to build.
            let v = int_part
                .bytes()
                .chain(frac.bytes())
                .fold(0i128, |v, b| v * 10 + i128::from(b - b'0'));
            BigInt::from(v)
        } else {
            format!("{int_part}{frac}").parse().unwrap_or_default()
        };
        let scale = frac.len() as i64 - exp;
        let scale = if scale < 0 {
            digits *= pow10((-scale) as u32);
            0
        } else {
            scale
        };
        if scale > MAX_DISPLAY_SCALE * 2 {
            return Err("value overflows numeric format".into());
        }
        if neg {
            digits = -digits;
        }
        Ok(Numeric::Finite {
            digits,
            scale: scale as u32,
        })
    }
}

impl std::fmt::Display for Numeric {
    /// `numeric_out`: plain digits, exactly `scale` after the point.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Numeric::NaN => f.write_str("NaN"),
            Numeric::PosInf => f.write_str("Infinity"),
            Numeric::NegInf => f.write_str("-Infinity"),
            Numeric::Finite { digits, scale } => {
                // Most values fit a u64, whose digits come without the
                // big integer's radix conversion.
                let s = match digits.magnitude().to_u64() {
                    Some(small) => small.to_string(),
                    None => digits.magnitude().to_string(),
                };
                let scale = *scale as usize;
                let s = if s.len() <= scale {
                    format!("{}{s}", "0".repeat(scale + 1 - s.len()))
                } else {
                    s
                };
                if digits.sign() == Sign::Minus {
                    f.write_str("-")?;
                }
                let (i, fr) = s.split_at(s.len() - scale);
                f.write_str(i)?;
                if scale > 0 {
                    f.write_str(".")?;
                    f.write_str(fr)?;
                }
                Ok(())
            }
        }
    }
}

impl Numeric {
    /// The value at a larger scale (same value, more digits shown).
    fn widen(digits: &BigInt, from: u32, to: u32) -> BigInt {
        digits * pow10(to - from)
    }

    /// Two finite values at their common (larger) scale.
    fn aligned(a: &Numeric, b: &Numeric) -> Option<(BigInt, BigInt, u32)> {
        match (a, b) {
            (
                Numeric::Finite {
                    digits: x,
                    scale: sx,
                },
                Numeric::Finite {
                    digits: y,
                    scale: sy,
                },
            ) => {
                let s = (*sx).max(*sy);
                Some((Self::widen(x, *sx, s), Self::widen(y, *sy, s), s))
            }
            _ => None,
        }
    }

    fn zero(scale: u32) -> Numeric {
        Numeric::Finite {
            digits: BigInt::zero(),
            scale,
        }
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        matches!(self, Numeric::Finite { digits, .. } if digits.is_zero())
    }

    /// The display scale (0 for the special values).
    pub fn scale(&self) -> u32 {
        match self {
            Numeric::Finite { scale, .. } => *scale,
            _ => 0,
        }
    }

    fn sign_of(&self) -> i32 {
        match self {
            Numeric::NaN => 0,
            Numeric::PosInf => 1,
            Numeric::NegInf => -1,
            Numeric::Finite { digits, .. } => match digits.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }

    /// `cmp_numerics`: NaN is equal to itself and above everything, then
    /// `Infinity`; `-Infinity` is below every finite value.
    pub fn pg_cmp(&self, other: &Numeric) -> Ordering {
        use Numeric::*;
        let rank = |n: &Numeric| match n {
            NegInf => 0,
            Finite { .. } => 1,
            PosInf => 2,
            NaN => 3,
        };
        match Self::aligned(self, other) {
            Some((a, b, _)) => a.cmp(&b),
            None => rank(self).cmp(&rank(other)),
        }
    }

    /// `numeric_add`: the larger scale.
    pub fn add(&self, other: &Numeric) -> Numeric {
        use Numeric::*;
        if let Some((a, b, scale)) = Self::aligned(self, other) {
            return Finite {
                digits: a + b,
                scale,
            };
        }
        match (self, other) {
            (NaN, _) | (_, NaN) | (PosInf, NegInf) | (NegInf, PosInf) => NaN,
            (PosInf, _) | (_, PosInf) => PosInf,
            _ => NegInf,
        }
    }

    /// `numeric_uminus`.
    pub fn neg(&self) -> Numeric {
        match self {
            Numeric::NaN => Numeric::NaN,
            Numeric::PosInf => Numeric::NegInf,
            Numeric::NegInf => Numeric::PosInf,
            Numeric::Finite { digits, scale } => Numeric::Finite {
                digits: -digits,
                scale: *scale,
            },
        }
    }

    /// `numeric_sub`.
    pub fn sub(&self, other: &Numeric) -> Numeric {
        self.add(&other.neg())
    }

    /// `numeric_abs`.
    pub fn abs(&self) -> Numeric {
        match self {
            Numeric::NegInf => Numeric::PosInf,
            Numeric::Finite { digits, scale } => Numeric::Finite {
                digits: digits.abs(),
                scale: *scale,
            },
            other => other.clone(),
        }
    }

    /// `numeric_mul`: exact, the sum of the scales.
    pub fn mul(&self, other: &Numeric) -> Result<Numeric, String> {
        use Numeric::*;
        Ok(match (self, other) {
            (NaN, _) | (_, NaN) => NaN,
            (
                Finite {
                    digits: a,
                    scale: sa,
                },
                Finite {
                    digits: b,
                    scale: sb,
                },
            ) => {
                let s = sa + sb;
                if i64::from(s) > MAX_DISPLAY_SCALE {
                    // PostgreSQL rounds the product to its maximum scale.
                    let d = div_round(&(a * b), &pow10(s - MAX_DISPLAY_SCALE as u32));
                    Finite {
                        digits: d,
                        scale: MAX_DISPLAY_SCALE as u32,
                    }
                } else {
                    Finite {
                        digits: a * b,
                        scale: s,
                    }
                }
            }
            _ => match self.sign_of() * other.sign_of() {
                0 => NaN,
                1 => PosInf,
                _ => NegInf,
            },
        })
    }

    /// The weight (power of 10000) and value of the first nonzero base-10000
    /// digit, as PostgreSQL's `NumericVar` holds it; `(0, 0)` for zero.
    fn first_nbase_digit(digits: &BigInt, scale: u32) -> (i64, i64) {
        if digits.is_zero() {
            return (0, 0);
        }
        let s = digits.magnitude().to_string();
        // Decimal exponent of the leading digit.
        let e = s.len() as i64 - 1 - i64::from(scale);
        let w = e.div_euclid(4);
        // The digits from position 4w+3 down to 4w.
        let shift = 4 * w - (-i64::from(scale)); // exponent of the last kept digit
        let v = if shift >= 0 {
            digits.magnitude().clone() / num_bigint::BigUint::from(10u8).pow(shift as u32)
        } else {
            digits.magnitude() * num_bigint::BigUint::from(10u8).pow((-shift) as u32)
        };
        let first = (v % 10000u32).to_i64().unwrap_or(0);
        (w, first)
    }

    /// `select_div_scale`: at least 16 significant digits, and no fewer
    /// digits after the point than either input shows.
    fn div_scale(a: &BigInt, sa: u32, b: &BigInt, sb: u32) -> u32 {
        let (w1, f1) = Self::first_nbase_digit(a, sa);
        let (w2, f2) = Self::first_nbase_digit(b, sb);
        let mut qweight = w1 - w2;
        if f1 <= f2 {
            qweight -= 1;
        }
        let r = MIN_SIG_DIGITS - qweight * 4;
        r.max(i64::from(sa))
            .max(i64::from(sb))
            .clamp(0, MAX_DISPLAY_SCALE) as u32
    }

    /// `numeric_div`: rounded half away from zero at the scale
    /// `select_div_scale` picks.
    pub fn div(&self, other: &Numeric) -> Result<Numeric, String> {
        use Numeric::*;
        Ok(match (self, other) {
            (NaN, _) | (_, NaN) => NaN,
            (_, Finite { digits, .. }) if digits.is_zero() => {
                return Err("division by zero".into());
            }
            (PosInf | NegInf, PosInf | NegInf) => NaN,
            (PosInf | NegInf, _) => {
                if self.sign_of() * other.sign_of() > 0 {
                    PosInf
                } else {
                    NegInf
                }
            }
            (Finite { .. }, PosInf | NegInf) => Self::zero(0),
            (
                Finite {
                    digits: a,
                    scale: sa,
                },
                Finite {
                    digits: b,
                    scale: sb,
                },
            ) => {
                let r = Self::div_scale(a, *sa, b, *sb);
                // a/10^sa ÷ b/10^sb at scale r: a·10^(r+sb-sa) / b.
                let e = i64::from(r) + i64::from(*sb) - i64::from(*sa);
                let q = if e >= 0 {
                    div_round(&(a * pow10(e as u32)), b)
                } else {
                    div_round(a, &(b * pow10((-e) as u32)))
                };
                Finite {
                    digits: q,
                    scale: r,
                }
            }
        })
    }

    /// `numeric_mod`: the remainder's sign follows the dividend; the
    /// larger scale.
    pub fn rem(&self, other: &Numeric) -> Result<Numeric, String> {
        use Numeric::*;
        if other.is_zero() && *self != NaN {
            return Err("division by zero".into());
        }
        if let Some((a, b, scale)) = Self::aligned(self, other) {
            return Ok(Finite {
                digits: a % b,
                scale,
            });
        }
        Ok(match (self, other) {
            (NaN, _) | (_, NaN) | (PosInf | NegInf, _) => NaN,
            _ => self.clone(),
        })
    }

    /// `round(numeric, n)`: half away from zero; `n` digits shown after the
    /// point (none when `n` is negative).
    pub fn round(&self, n: i64) -> Numeric {
        self.rescale(n, true)
    }

    /// `trunc(numeric, n)`: toward zero.
    pub fn trunc(&self, n: i64) -> Numeric {
        self.rescale(n, false)
    }

    fn rescale(&self, n: i64, round: bool) -> Numeric {
        let Numeric::Finite { digits, scale } = self else {
            return self.clone();
        };
        let n = n.clamp(-MAX_DISPLAY_SCALE * 4, MAX_DISPLAY_SCALE);
        let shown = n.max(0) as u32;
        if n >= i64::from(*scale) {
            return Numeric::Finite {
                digits: Self::widen(digits, *scale, shown),
                scale: shown,
            };
        }
        // Drop digits below 10^-n.
        let drop = (i64::from(*scale) - n) as u32;
        let unit = pow10(drop);
        let q = if round {
            div_round(digits, &unit)
        } else {
            digits / &unit
        };
        let v = if n < 0 { q * pow10((-n) as u32) } else { q };
        Numeric::Finite {
            digits: v,
            scale: shown,
        }
    }

    /// `ceil` / `floor`: scale 0.
    pub fn ceil_floor(&self, ceil: bool) -> Numeric {
        let Numeric::Finite { digits, scale } = self else {
            return self.clone();
        };
        let unit = pow10(*scale);
        let d = if ceil {
            Integer::div_ceil(digits, &unit)
        } else {
            Integer::div_floor(digits, &unit)
        };
        Numeric::Finite {
            digits: d,
            scale: 0,
        }
    }

    /// `sign(numeric)`: -1, 0 or 1 at scale 0.
    pub fn signum(&self) -> Numeric {
        match self {
            Numeric::NaN => Numeric::NaN,
            _ => Numeric::from(i64::from(self.sign_of())),
        }
    }

    /// Input through a `numeric(precision, scale)` type modifier
    /// (`apply_typmod`): rounds to `scale` digits, then refuses values whose
    /// integer part does not fit.
    pub fn apply_typmod(&self, precision: u32, scale: u32) -> Result<Numeric, String> {
        // PostgreSQL's DETAIL ("A field with precision p, scale s must round
        // to an absolute value less than 10^(p-s)") has no place in a
        // one-line error; the message is PostgreSQL's.
        const OVERFLOW: &str = "numeric field overflow";
        match self {
            Numeric::NaN => Ok(Numeric::NaN),
            Numeric::PosInf | Numeric::NegInf => Err(OVERFLOW.into()),
            Numeric::Finite { .. } => {
                let r = self.round(i64::from(scale));
                if let Numeric::Finite { digits, .. } = &r {
                    if digits.abs() >= pow10(precision) {
                        return Err(OVERFLOW.into());
                    }
                }
                Ok(r)
            }
        }
    }

    /// `numeric_float8`: the nearest double.
    pub fn to_f64(&self) -> f64 {
        match self {
            Numeric::NaN => f64::NAN,
            Numeric::PosInf => f64::INFINITY,
            Numeric::NegInf => f64::NEG_INFINITY,
            finite => finite.to_string().parse().unwrap_or(f64::NAN),
        }
    }

    /// `float8_numeric`: the double printed with 15 significant digits
    /// (`%.15g`), read back as numeric.
    pub fn from_f64(v: f64) -> Numeric {
        if v.is_nan() {
            return Numeric::NaN;
        }
        if v.is_infinite() {
            return if v > 0.0 {
                Numeric::PosInf
            } else {
                Numeric::NegInf
            };
        }
        if v == 0.0 {
            return Numeric::zero(0);
        }
        // d.dddddddddddddde±x: 15 significant digits.
        let s = format!("{:.14e}", v);
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let neg = mant.starts_with('-');
        let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
        let digits = digits.trim_end_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        // value = digits × 10^(exp - (len-1))
        let e = exp - (digits.len() as i64 - 1);
        let mut m: BigInt = digits.parse().unwrap_or_default();
        if neg {
            m = -m;
        }
        if e >= 0 {
            Numeric::Finite {
                digits: m * pow10(e as u32),
                scale: 0,
            }
        } else {
            Numeric::Finite {
                digits: m,
                scale: (-e) as u32,
            }
        }
    }

    /// `numeric_int8` and friends: rounds half away from zero, then checks
    /// the range of a `bits`-wide integer.
    pub fn to_int(&self, bits: u32) -> Result<i64, String> {
        let name = match bits {
            16 => "smallint",
            32 => "integer",
            _ => "bigint",
        };
        match self {
            Numeric::NaN => Err(format!("cannot convert NaN to {name}")),
            Numeric::PosInf | Numeric::NegInf => Err(format!("cannot convert infinity to {name}")),
            Numeric::Finite { .. } => {
                let v = match self.round(0) {
                    Numeric::Finite { digits, .. } => digits.to_i64(),
                    _ => None,
                };
                let v = v.ok_or_else(|| format!("{name} out of range"))?;
                let (lo, hi) = match bits {
                    16 => (i64::from(i16::MIN), i64::from(i16::MAX)),
                    32 => (i64::from(i32::MIN), i64::from(i32::MAX)),
                    _ => (i64::MIN, i64::MAX),
                };
                if v < lo || v > hi {
                    return Err(format!("{name} out of range"));
                }
                Ok(v)
            }
        }
    }

    /// A text key whose byte order is PostgreSQL's numeric order and whose
    /// equality is numeric equality (`1.5` and `1.50` share a key).
    pub fn key(&self) -> String {
        match self {
            Numeric::NegInf => "/".into(),
            Numeric::PosInf => "3".into(),
            Numeric::NaN => "4".into(),
            Numeric::Finite { digits, scale } => {
                if digits.is_zero() {
                    return "1".into();
                }
                let s = digits.magnitude().to_string();
                let sig = s.trim_end_matches('0');
                // Decimal exponent of the leading digit, offset to be
                // non-negative and fixed width.
                let e = s.len() as i64 - 1 - i64::from(*scale) + 5_000_000;
                if digits.sign() == Sign::Minus {
                    let comp: String = sig.bytes().map(|b| char::from(b'9' - (b - b'0'))).collect();
                    format!("0{:07}{comp}~", 9_999_999 - e)
                } else {
                    format!("2{e:07}{sig}")
                }
            }
        }
    }

    /// [`Numeric::key`] straight from plain decimal text (`-12.50`), without
    /// building the number: the fast path for stored values. `None` for
    /// other spellings (exponents, spaces, special values).
    pub fn key_of_text(s: &str) -> Option<String> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let (int_part, frac) = body.split_once('.').unwrap_or((body, ""));
        if (int_part.is_empty() && frac.is_empty())
            || !int_part.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let int_part = int_part.trim_start_matches('0');
        let (e, digits): (i64, String) = if !int_part.is_empty() {
            (int_part.len() as i64 - 1, format!("{int_part}{frac}"))
        } else {
            let lead = frac.len() - frac.trim_start_matches('0').len();
            (-(lead as i64) - 1, frac[lead..].to_string())
        };
        let sig = digits.trim_end_matches('0');
        if sig.is_empty() {
            return Some("1".into());
        }
        let e = e + 5_000_000;
        Some(if neg {
            let comp: String = sig.bytes().map(|b| char::from(b'9' - (b - b'0'))).collect();
            format!("0{:07}{comp}~", 9_999_999 - e)
        } else {
            format!("2{e:07}{sig}")
        })
    }

    /// The comparison key of an integer: the bytes [`Numeric::key_of_text`]
    /// gives for its decimal text, written into `out` without building a
    /// number or a string; returns their length (at most 28).
    pub fn key_of_int(i: i64, out: &mut [u8; 32]) -> usize {
        if i == 0 {
            out[0] = b'1';
            return 1;
        }
        let mut digits = [0u8; 20];
        let mut n = i.unsigned_abs();
        let mut len = 0;
        while n > 0 {
            digits[len] = (n % 10) as u8;
            n /= 10;
            len += 1;
        }
        digits[..len].reverse();
        let sig = digits[..len]
            .iter()
            .rposition(|&d| d != 0)
            .map_or(0, |last| last + 1);
        let e = len as u32 - 1 + 5_000_000;
        let (lead, exp) = if i < 0 {
            (b'0', 9_999_999 - e)
        } else {
            (b'2', e)
        };
        out[0] = lead;
        let mut x = exp;
        for k in (1..=7).rev() {
            out[k] = b'0' + (x % 10) as u8;
            x /= 10;
        }
        for (k, &d) in digits[..sig].iter().enumerate() {
            out[8 + k] = b'0' + if i < 0 { 9 - d } else { d };
        }
        let mut end = 8 + sig;
        if i < 0 {
            out[end] = b'~';
            end += 1;
        }
        end
    }

    /// One as a numeric.
    pub fn one() -> Numeric {
        Numeric::Finite {
            digits: BigInt::one(),
            scale: 0,
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn integer_keys_are_their_texts_keys() {
        let mut values = vec![
            0,
            1,
            -1,
            9,
            10,
            -10,
            100,
            2024,
            -2024,
            1_000_000,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..5000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = x as i64 >> (x % 60);
            values.push(v);
            values.push(v / 1000 * 1000);
        }
        for v in values {
            let mut buf = [0u8; 32];
            let n = Numeric::key_of_int(v, &mut buf);
            let want = Numeric::key_of_text(&v.to_string()).unwrap();
            assert_eq!(std::str::from_utf8(&buf[..n]).unwrap(), want, "{v}");
        }
    }

    use super::*;

    fn n(s: &str) -> Numeric {
        s.parse().unwrap()
    }

    #[test]
    fn input_output() {
        for (i, o) in [
            ("1234.50", "1234.50"),
            (" -0.5 ", "-0.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("1e3", "1000"),
            ("1.5e-3", "0.0015"),
            ("-0", "0"),
            ("nan", "NaN"),
            ("-inf", "-Infinity"),
            ("000123.4500", "123.4500"),
        ] {
            assert_eq!(n(i).to_string(), o, "{i}");
        }
        assert!("1.2.3".parse::<Numeric>().is_err());
        assert!("".parse::<Numeric>().is_err());
        assert!("e5".parse::<Numeric>().is_err());
    }

    #[test]
    fn division_scale() {
        assert_eq!(
            n("5").div(&n("2.0")).unwrap().to_string(),
            "2.5000000000000000"
        );
        assert_eq!(
            n("1").div(&n("3")).unwrap().to_string(),
            "0.33333333333333333333"
        );
        assert_eq!(
            n("10000").div(&n("3")).unwrap().to_string(),
            "3333.3333333333333333"
        );
        assert_eq!(
            n("2").div(&n("3")).unwrap().to_string(),
            "0.66666666666666666667"
        );
    }

    #[test]
    fn keys_order_like_values() {
        let vals = [
            "-Infinity",
            "-1000",
            "-1.51",
            "-1.5",
            "-0.001",
            "0",
            "0.001",
            "1.5",
            "1.51",
            "2",
            "1000",
            "Infinity",
            "NaN",
        ];
        for w in vals.windows(2) {
            assert!(n(w[0]).key() < n(w[1]).key(), "{} < {}", w[0], w[1]);
            assert_eq!(n(w[0]).pg_cmp(&n(w[1])), Ordering::Less);
        }
        assert_eq!(n("1.5").key(), n("1.500").key());
        for v in [
            "0",
            "-0",
            "0.000",
            "1",
            "-1",
            "10",
            "100.00",
            "0.001",
            "-0.0010",
            "123.456",
            "-98765.4321",
            "007.50",
            ".5",
            "5.",
        ] {
            assert_eq!(Numeric::key_of_text(v), Some(n(v).key()), "{v}");
        }
        assert_eq!(Numeric::key_of_text("1e3"), None);
        assert_eq!(Numeric::key_of_text("NaN"), None);
        assert_eq!(n("-1.5").key(), n("-1.500").key());
    }

    #[test]
    fn typmod_rounds_and_overflows() {
        assert_eq!(
            n("1234.555").apply_typmod(10, 2).unwrap().to_string(),
            "1234.56"
        );
        assert_eq!(n("-0.005").apply_typmod(3, 2).unwrap().to_string(), "-0.01");
        assert!(n("999.995").apply_typmod(5, 2).is_err());
    }

    #[test]
    fn float_round_trip() {
        assert_eq!(Numeric::from_f64(0.1).to_string(), "0.1");
        assert_eq!(Numeric::from_f64(1e20).to_string(), "100000000000000000000");
        assert_eq!(Numeric::from_f64(1.5e-7).to_string(), "0.00000015");
        assert_eq!(
            Numeric::from_f64(2.0 / 3.0).to_string(),
            "0.666666666666667"
        );
    }
}
