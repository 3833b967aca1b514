//! Mathematical functions with PostgreSQL's semantics: double precision
//! through the platform's C math library (as PostgreSQL calls it), with
//! PostgreSQL's domain, overflow and underflow errors; numeric `div`,
//! `sqrt`, `ln`, `log` and `exp` exact to PostgreSQL's result scales.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-math.html>

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use rusqlite::types::Value;
use rusqlite::{Connection, Result};

use super::numeric::num_arg;
use super::{check_float, float_arg, pg_err, pure};
use crate::types::numeric::Numeric;

/// `RADIANS_PER_DEGREE`, as PostgreSQL spells it out.
const RADIANS_PER_DEGREE: f64 = 0.017_453_292_519_943_295;
/// `NUMERIC_MIN_SIG_DIGITS`.
const MIN_SIG_DIGITS: i64 = 16;
/// `NUMERIC_MAX_DISPLAY_SCALE`.
const MAX_DISPLAY_SCALE: i64 = 1000;
/// log10(e) as PostgreSQL writes it when it estimates a result's decimal
/// weight (`0.434294481903252`, not quite `LOG10_E`: the estimate must
/// truncate exactly as PostgreSQL's does).
#[allow(clippy::approx_constant)]
const PG_LOG10_E: f64 = 0.434_294_481_903_252;
/// `NUMERIC_MAX_RESULT_SCALE`.
const MAX_RESULT_SCALE: f64 = 2000.0;

/// Registers the math functions.
pub fn register(conn: &Connection) -> Result<()> {
    type F1 = fn(f64) -> std::result::Result<f64, String>;
    let unary: [(&str, F1); 7] = [
        ("pg_float8_sqrt", float8_sqrt),
        ("pg_float8_cbrt", float8_cbrt),
        ("pg_float8_exp", float8_exp),
        ("pg_float8_ln", |v| float8_log(v, f64::ln)),
        ("pg_float8_log10", |v| float8_log(v, f64::log10)),
        ("pg_float8_degrees", |v| {
            checked(v / RADIANS_PER_DEGREE, v.is_infinite(), v == 0.0)
        }),
        ("pg_float8_radians", |v| {
            checked(v * RADIANS_PER_DEGREE, v.is_infinite(), v == 0.0)
        }),
    ];
    for (name, f) in unary {
        conn.create_scalar_function(name, 1, pure(), move |ctx| {
            let Some(v) = float_arg(ctx, 0)? else {
                return Ok(None);
            };
            let r = f(v).map_err(pg_err)?;
            check_float(r, true, true).map(Some)
        })?;
    }
    conn.create_scalar_function("pg_float8_pow", 2, pure(), |ctx| {
        let (Some(x), Some(y)) = (float_arg(ctx, 0)?, float_arg(ctx, 1)?) else {
            return Ok(None);
        };
        let r = float8_pow(x, y).map_err(pg_err)?;
        check_float(r, true, true).map(Some)
    })?;
    numeric_fn(conn, "pg_numeric_div_trunc", 2, |a| div_trunc(&a[0], &a[1]))?;
    numeric_fn(conn, "pg_numeric_sqrt", 1, |a| numeric_sqrt(&a[0]))?;
    numeric_fn(conn, "pg_numeric_exp", 1, |a| numeric_exp(&a[0]))?;
    numeric_fn(conn, "pg_numeric_ln", 1, |a| numeric_ln(&a[0]))?;
    numeric_fn(conn, "pg_numeric_log", 2, |a| numeric_log(&a[0], &a[1]))?;
    Ok(())
}

fn numeric_fn(
    conn: &Connection,
    name: &str,
    n: usize,
    f: fn(&[Numeric]) -> std::result::Result<Numeric, String>,
) -> Result<()> {
    conn.create_scalar_function(name, n as i32, pure(), move |ctx| {
        let mut args = Vec::with_capacity(n);
        for i in 0..n {
            match num_arg(ctx, i)? {
                Some(v) => args.push(v),
                None => return Ok(Value::Null),
            }
        }
        f(&args).map(|v| Value::Text(v.to_string())).map_err(pg_err)
    })
}

/// PostgreSQL's overflow/underflow check of a double result.
fn checked(r: f64, inf_input: bool, zero_ok: bool) -> std::result::Result<f64, String> {
    if r.is_infinite() && !inf_input {
        return Err("value out of range: overflow".into());
    }
    if r == 0.0 && !zero_ok {
        return Err("value out of range: underflow".into());
    }
    Ok(r)
}

/// `sqrt(double precision)`.
fn float8_sqrt(v: f64) -> std::result::Result<f64, String> {
    if v < 0.0 {
        return Err("cannot take square root of a negative number".into());
    }
    checked(v.sqrt(), v.is_infinite(), v == 0.0)
}

/// `cbrt(double precision)`: the C library's `cbrt`, as PostgreSQL calls
/// it (glibc's is not correctly rounded: `cbrt(27)` is
/// `3.0000000000000004`, which Rust's own `cbrt` does not reproduce).
fn float8_cbrt(v: f64) -> std::result::Result<f64, String> {
    let r = c_cbrt(v)?;
    checked(r, v.is_infinite(), v == 0.0)
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn c_cbrt(v: f64) -> std::result::Result<f64, String> {
    // glibc exports its `cbrt` also as `cbrtf64` (glibc 2.27+); Rust's
    // runtime defines a `cbrt` of its own that would shadow the plain name.
    unsafe extern "C" {
        fn cbrtf64(x: f64) -> f64;
    }
    // SAFETY: a pure C math function of one double.
    Ok(unsafe { cbrtf64(v) })
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn c_cbrt(_: f64) -> std::result::Result<f64, String> {
    Err("pgshim: cbrt() needs the C library's cube root (glibc); this build has none".into())
}

/// `exp(double precision)`.
fn float8_exp(v: f64) -> std::result::Result<f64, String> {
    if v.is_infinite() {
        return Ok(if v > 0.0 { v } else { 0.0 });
    }
    checked(v.exp(), false, false)
}

/// `ln`/`log10(double precision)`.
fn float8_log(v: f64, f: fn(f64) -> f64) -> std::result::Result<f64, String> {
    if v == 0.0 {
        return Err("cannot take logarithm of zero".into());
    }
    if v < 0.0 {
        return Err("cannot take logarithm of a negative number".into());
    }
    let r = f(v);
    checked(r, v.is_infinite(), v == 1.0)
}

/// `x ^ y`, `power(x, y)` on doubles (`dpow`): POSIX's NaN and infinity
/// rules, PostgreSQL's errors for 0 to a negative power and a negative
/// number to a non-integer power, then the C library's `pow`.
fn float8_pow(x: f64, y: f64) -> std::result::Result<f64, String> {
    if x.is_nan() {
        return Ok(if y == 0.0 { 1.0 } else { f64::NAN });
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { f64::NAN });
    }
    if x == 0.0 && y < 0.0 {
        return Err("zero raised to a negative power is undefined".into());
    }
    if x < 0.0 && y.floor() != y {
        return Err(
            "a negative number raised to a non-integer power yields a complex result".into(),
        );
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        if y == 0.0 {
            return Ok(1.0);
        }
        if x > 0.0 {
            return Ok(if y > 0.0 { x } else { 0.0 });
        }
        let odd = y.floor() == y && (y * 0.5).floor() != y * 0.5;
        return Ok(match (y > 0.0, odd) {
            (true, true) => x,
            (true, false) => -x,
            (false, true) => -0.0,
            (false, false) => 0.0,
        });
    }
    let r = x.powf(y);
    checked(r, false, x == 0.0)
}

// ---------------------------------------------------------------------------
// numeric
// ---------------------------------------------------------------------------

fn pow10(n: u32) -> BigInt {
    num_traits::pow(BigInt::from(10u8), n as usize)
}

fn finite(digits: BigInt, scale: i64) -> Numeric {
    Numeric::Finite {
        digits,
        scale: scale as u32,
    }
}

/// `div(a, b)`: the quotient truncated toward zero, scale 0
/// (`numeric_div_trunc`).
fn div_trunc(a: &Numeric, b: &Numeric) -> std::result::Result<Numeric, String> {
    use Numeric::*;
    match (a, b) {
        (NaN, _) | (_, NaN) => Ok(NaN),
        (PosInf | NegInf, Finite { digits, .. }) => match digits.sign() {
            Sign::NoSign => Err("division by zero".into()),
            s => Ok(if (s == Sign::Plus) == (*a == PosInf) {
                PosInf
            } else {
                NegInf
            }),
        },
        (PosInf | NegInf, _) => Ok(NaN),
        (Finite { .. }, PosInf | NegInf) => Ok(Numeric::from(0)),
        (
            Finite {
                digits: x,
                scale: sx,
            },
            Finite {
                digits: y,
                scale: sy,
            },
        ) => {
            if y.is_zero() {
                return Err("division by zero".into());
            }
            let s = (*sx).max(*sy);
            let (x, y) = (x * pow10(s - sx), y * pow10(s - sy));
            Ok(finite(x / y, 0))
        }
    }
}

/// PostgreSQL's base-10000 form of a finite non-zero value: the weight of
/// its first digit group and its first two (non-zero-stripped) groups.
fn nbase(digits: &BigInt, scale: u32) -> (i64, u32, Option<u32>) {
    let pad = (4 - scale % 4) % 4;
    let s = (digits.abs() * pow10(pad)).to_string();
    let frac_groups = i64::from((scale + pad) / 4);
    let lead = (4 - s.len() % 4) % 4;
    let s = format!("{}{s}", "0".repeat(lead));
    let mut groups: Vec<u32> = s
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or("0").parse().unwrap_or(0))
        .collect();
    while groups.len() > 1 && groups.last() == Some(&0) {
        groups.pop();
    }
    let n = (s.len() / 4) as i64;
    (n - 1 - frac_groups, groups[0], groups.get(1).copied())
}

fn clamp_scale(r: i64) -> i64 {
    r.clamp(0, MAX_DISPLAY_SCALE)
}

/// `sqrt(numeric)`: correctly rounded at PostgreSQL's scale (at least 16
/// significant digits, at least the argument's scale).
fn numeric_sqrt(x: &Numeric) -> std::result::Result<Numeric, String> {
    let negative = || "cannot take square root of a negative number".to_string();
    let (digits, scale) = match x {
        Numeric::NaN => return Ok(Numeric::NaN),
        Numeric::PosInf => return Ok(Numeric::PosInf),
        Numeric::NegInf => return Err(negative()),
        Numeric::Finite { digits, scale } => (digits, *scale),
    };
    if digits.is_negative() {
        return Err(negative());
    }
    let weight = if digits.is_zero() {
        0
    } else {
        nbase(digits, scale).0
    };
    let sweight = (weight + 1) * 4 / 2 - 1;
    let rscale = clamp_scale((MIN_SIG_DIGITS - sweight).max(i64::from(scale)));
    // sqrt(d / 10^s) * 10^r = sqrt(d * 10^(2r - s)); 2r ≥ s.
    let n = digits * pow10((2 * rscale - i64::from(scale)) as u32);
    let r = n.sqrt();
    let twice: BigInt = &r * 2u8 + 1u8;
    let r = if &n * 4u8 >= &twice * &twice {
        r + 1u8
    } else {
        r
    };
    Ok(finite(r, rscale))
}

/// A value known to lie in `[lo, hi]`, both in units of `10^-w`.
#[derive(Clone, Debug)]
struct Bounds {
    lo: BigInt,
    hi: BigInt,
}

fn ceil_div(a: &BigInt, b: &BigInt) -> BigInt {
    Integer::div_ceil(a, b)
}

fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    Integer::div_floor(a, b)
}

/// `value(digits, scale)` at `w` fractional digits, rounded down and up.
fn fixed(digits: &BigInt, scale: u32, w: u32) -> Bounds {
    if w >= scale {
        let v = digits * pow10(w - scale);
        Bounds {
            lo: v.clone(),
            hi: v,
        }
    } else {
        let unit = pow10(scale - w);
        Bounds {
            lo: floor_div(digits, &unit),
            hi: ceil_div(digits, &unit),
        }
    }
}

/// ln(y) for 1 ≤ y ≤ 10 given as `[lo, hi]` at `w` digits: halve the
/// logarithm by square roots down to y < 1.01, then
/// ln z = 2·atanh((z−1)/(z+1)), every step rounded outward.
fn ln_small(y: Bounds, w: u32) -> Bounds {
    let one = pow10(w);
    let limit = &one + &one / 100u8;
    let (mut lo, mut hi) = (y.lo, y.hi);
    let mut halvings = 0u32;
    while hi > limit {
        lo = (lo * &one).sqrt();
        let s = (&hi * &one).sqrt();
        hi = if &s * &s == &hi * &one { s } else { s + 1u8 };
        halvings += 1;
    }
    // u = (z − 1)/(z + 1) grows with z.
    let u_lo = floor_div(&((&lo - &one) * &one), &(&lo + &one)).max(BigInt::zero());
    let u_hi = ceil_div(&((&hi - &one) * &one), &(&hi + &one)).max(BigInt::zero());
    let series = |u: &BigInt, up: bool| -> BigInt {
        let round = |a: BigInt, b: &BigInt| {
            if up {
                ceil_div(&a, b)
            } else {
                floor_div(&a, b)
            }
        };
        let u2 = round(u * u, &one);
        let mut p = u.clone();
        let mut sum = BigInt::zero();
        let mut k = 1u32;
        loop {
            let term = round(p.clone(), &BigInt::from(k));
            sum += &term;
            if term <= BigInt::one() {
                if up {
                    // The rest of the series is below one more unit.
                    sum += 1u8;
                }
                break;
            }
            p = round(&p * &u2, &one);
            k += 2;
        }
        sum
    };
    let factor = BigInt::from(2u8) << halvings;
    Bounds {
        lo: series(&u_lo, false) * &factor,
        hi: series(&u_hi, true) * &factor,
    }
}

/// ln(x) for a finite x > 0 at `w` fractional digits: ln(m) + k·ln(10)
/// with x = m·10^k, 1 ≤ m < 10.
fn ln_bounds(digits: &BigInt, scale: u32, w: u32) -> Bounds {
    let n = digits.to_string().len() as i64;
    let k = n - 1 - i64::from(scale);
    let m = ln_small(fixed(digits, (n - 1) as u32, w), w);
    if k == 0 {
        return m;
    }
    let ten = ln_small(fixed(&BigInt::from(10u8), 0, w), w);
    let k = BigInt::from(k);
    if k.is_positive() {
        Bounds {
            lo: m.lo + &k * ten.lo,
            hi: m.hi + &k * ten.hi,
        }
    } else {
        Bounds {
            lo: m.lo + &k * ten.hi,
            hi: m.hi + &k * ten.lo,
        }
    }
}

/// `v / 10^drop` rounded half away from zero.
fn round_drop(v: &BigInt, drop: u32) -> BigInt {
    let unit = pow10(drop);
    let (q, r) = v.div_rem(&unit);
    if r.abs() * 2u8 >= unit {
        if v.is_negative() { q - 1u8 } else { q + 1u8 }
    } else {
        q
    }
}

/// Computes `f(w)` at growing precision until both bounds round to the
/// same value at `rscale` (the functions here are transcendental at the
/// arguments they get, so this ends): the correctly rounded result.
fn correctly_rounded(
    rscale: i64,
    extra: i64,
    f: impl Fn(u32) -> std::result::Result<Bounds, String>,
) -> std::result::Result<Numeric, String> {
    let mut guard = 12i64;
    while guard <= 12 * 64 {
        let w = (rscale + extra.max(0) + guard) as u32;
        let b = f(w)?;
        let drop = w - rscale as u32;
        let (lo, hi) = (round_drop(&b.lo, drop), round_drop(&b.hi, drop));
        if lo == hi {
            return Ok(finite(lo, rscale));
        }
        guard *= 2;
    }
    Err("pgshim: could not round this result exactly".into())
}

/// PostgreSQL's estimate of the decimal weight of ln(x)
/// (`estimate_ln_dweight`), which sets the result scale of `ln` and `log`.
fn ln_dweight(digits: &BigInt, scale: u32) -> i64 {
    let x = finite(digits.clone(), i64::from(scale));
    let lo: Numeric = finite(BigInt::from(9u8), 1);
    let hi: Numeric = finite(BigInt::from(11u8), 1);
    if x.pg_cmp(&lo).is_ge() && x.pg_cmp(&hi).is_le() {
        let d = x.sub(&Numeric::one());
        return match &d {
            Numeric::Finite { digits, scale } if !digits.is_zero() => {
                let (weight, first, _) = nbase(digits, *scale);
                weight * 4 + f64::from(first).log10() as i64
            }
            _ => 0,
        };
    }
    let (weight, first, second) = nbase(digits, scale);
    let (mut lead, mut dweight) = (f64::from(first), weight * 4);
    if let Some(s) = second {
        lead = lead * 10000.0 + f64::from(s);
        dweight -= 4;
    }
    let ln = lead.ln() + dweight as f64 * std::f64::consts::LN_10;
    ln.abs().log10() as i64
}

fn positive(x: &Numeric) -> std::result::Result<(&BigInt, u32), String> {
    match x {
        Numeric::Finite { digits, scale } if digits.is_positive() => Ok((digits, *scale)),
        Numeric::Finite { digits, .. } if digits.is_zero() => {
            Err("cannot take logarithm of zero".into())
        }
        _ => Err("cannot take logarithm of a negative number".into()),
    }
}

/// `ln(numeric)`: correctly rounded at PostgreSQL's scale.
fn numeric_ln(x: &Numeric) -> std::result::Result<Numeric, String> {
    match x {
        Numeric::NaN => return Ok(Numeric::NaN),
        Numeric::PosInf => return Ok(Numeric::PosInf),
        _ => {}
    }
    let (digits, scale) = positive(x)?;
    let rscale = clamp_scale((MIN_SIG_DIGITS - ln_dweight(digits, scale)).max(i64::from(scale)));
    let k = digits.to_string().len() as i64 - i64::from(scale);
    let extra = k.abs().to_string().len() as i64;
    correctly_rounded(rscale, extra, |w| Ok(ln_bounds(digits, scale, w)))
}

/// `log(base, x)` (and `log(x)`, `log10(x)` as `log(10, x)`): ln(x)/ln(base),
/// correctly rounded at PostgreSQL's scale.
fn numeric_log(base: &Numeric, x: &Numeric) -> std::result::Result<Numeric, String> {
    use Numeric::*;
    if *base == NaN || *x == NaN {
        return Ok(NaN);
    }
    for v in [base, x] {
        if *v == NegInf || matches!(v, Finite { digits, .. } if digits.is_negative()) {
            return Err("cannot take logarithm of a negative number".into());
        }
        if v.is_zero() {
            return Err("cannot take logarithm of zero".into());
        }
    }
    match (base, x) {
        (PosInf, PosInf) => return Ok(NaN),
        (PosInf, _) => return Ok(Numeric::from(0)),
        (_, PosInf) => return Ok(PosInf),
        _ => {}
    }
    let (bd, bs) = positive(base)?;
    let (xd, xs) = positive(x)?;
    if base.pg_cmp(&Numeric::one()).is_eq() {
        return Err("division by zero".into());
    }
    let result_dweight = ln_dweight(xd, xs) - ln_dweight(bd, bs);
    let rscale = clamp_scale(
        (MIN_SIG_DIGITS - result_dweight)
            .max(i64::from(bs))
            .max(i64::from(xs)),
    );
    let kx = xd.to_string().len() as i64 - i64::from(xs);
    let kb = bd.to_string().len() as i64 - i64::from(bs);
    let extra = (kx.abs() + kb.abs()).to_string().len() as i64 + result_dweight.max(0);
    correctly_rounded(rscale, extra, |w| {
        // ln(base) near 0 needs more digits than w: work wider.
        let wide = w + 8;
        let lb = ln_bounds(bd, bs, wide);
        let lx = ln_bounds(xd, xs, wide);
        if lb.lo.sign() != lb.hi.sign() || lb.lo.is_zero() {
            // Not yet known to be non-zero: ask for more digits.
            return Ok(Bounds {
                lo: BigInt::from(-1),
                hi: pow10(w + 1),
            });
        }
        let one = pow10(w);
        let mut qs = Vec::with_capacity(8);
        for a in [&lx.lo, &lx.hi] {
            for b in [&lb.lo, &lb.hi] {
                qs.push(floor_div(&(a * &one), b));
                qs.push(ceil_div(&(a * &one), b));
            }
        }
        let lo = qs.iter().min().cloned().unwrap_or_default();
        let hi = qs.iter().max().cloned().unwrap_or_default();
        Ok(Bounds { lo, hi })
    })
}

/// `exp(numeric)`: correctly rounded at PostgreSQL's scale (16
/// significant digits, at least the argument's scale); `value overflows
/// numeric format` from e^6000 up, zero below e^-6000.
fn numeric_exp(x: &Numeric) -> std::result::Result<Numeric, String> {
    let (digits, scale) = match x {
        Numeric::NaN => return Ok(Numeric::NaN),
        Numeric::PosInf => return Ok(Numeric::PosInf),
        Numeric::NegInf => return Ok(Numeric::from(0)),
        Numeric::Finite { digits, scale } => (digits, *scale),
    };
    let val = x.to_f64();
    let weight = (val * PG_LOG10_E).clamp(-MAX_RESULT_SCALE, MAX_RESULT_SCALE);
    let rscale = clamp_scale((MIN_SIG_DIGITS - weight as i64).max(i64::from(scale)));
    if val.abs() >= MAX_RESULT_SCALE * 3.0 {
        if val > 0.0 {
            return Err("value overflows numeric format".into());
        }
        return Ok(finite(BigInt::zero(), rscale));
    }
    let negative = digits.is_negative();
    let a = digits.abs();
    // e^a = (e^(a/2^s))^(2^s) with a/2^s < 0.01.
    let halvings = if val.abs() > 0.01 {
        (val.abs() / 0.01).log2().ceil() as u32
    } else {
        0
    };
    let dweight = (val.abs() * PG_LOG10_E).ceil() as i64 + 1;
    let extra = dweight + i64::from(halvings) / 3 + 1;
    correctly_rounded(rscale, extra, |w| {
        let one = pow10(w);
        let r = fixed(&a, scale, w);
        let two_s = BigInt::one() << halvings;
        let (r_lo, r_hi) = (floor_div(&r.lo, &two_s), ceil_div(&r.hi, &two_s));
        let taylor = |r: &BigInt, up: bool| -> BigInt {
            let round = |a: BigInt, b: &BigInt| {
                if up {
                    ceil_div(&a, b)
                } else {
                    floor_div(&a, b)
                }
            };
            let mut sum = one.clone();
            let mut term = one.clone();
            let mut k = 1u32;
            loop {
                term = round(round(&term * r, &one), &BigInt::from(k));
                sum += &term;
                if term <= BigInt::one() {
                    if up {
                        sum += 1u8;
                    }
                    break;
                }
                k += 1;
            }
            sum
        };
        let (mut lo, mut hi) = (taylor(&r_lo, false), taylor(&r_hi, true));
        for _ in 0..halvings {
            lo = floor_div(&(&lo * &lo), &one);
            hi = ceil_div(&(&hi * &hi), &one);
        }
        if negative {
            let one2 = &one * &one;
            let new_lo = floor_div(&one2, &hi);
            let new_hi = ceil_div(&one2, &lo.max(BigInt::one()));
            lo = new_lo;
            hi = new_hi;
        }
        Ok(Bounds { lo, hi })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Numeric {
        s.parse().unwrap()
    }

    #[test]
    fn numeric_functions() {
        assert_eq!(
            numeric_sqrt(&n("2.0")).unwrap().to_string(),
            "1.414213562373095"
        );
        assert_eq!(
            numeric_sqrt(&n("1e-20")).unwrap().to_string(),
            "0.0000000001000000000000000"
        );
        assert_eq!(
            numeric_sqrt(&n("12345678901234567890"))
                .unwrap()
                .to_string(),
            "3513641828.8201443"
        );
        assert_eq!(
            numeric_exp(&n("1.0")).unwrap().to_string(),
            "2.7182818284590452"
        );
        assert_eq!(
            numeric_exp(&n("-10.5")).unwrap().to_string(),
            "0.00002753644934974716"
        );
        assert_eq!(
            numeric_ln(&n("2.0")).unwrap().to_string(),
            "0.6931471805599453"
        );
        assert_eq!(
            numeric_ln(&n("0.001")).unwrap().to_string(),
            "-6.9077552789821371"
        );
        assert_eq!(
            numeric_ln(&n("1.0")).unwrap().to_string(),
            "0.0000000000000000"
        );
        assert_eq!(
            numeric_log(&n("2.0"), &n("8.0")).unwrap().to_string(),
            "3.0000000000000000"
        );
        assert_eq!(
            numeric_log(&n("10"), &n("0.5")).unwrap().to_string(),
            "-0.3010299956639812"
        );
        assert_eq!(div_trunc(&n("-7.5"), &n("2.25")).unwrap().to_string(), "-3");
        assert!(float8_pow(0.0, -1.0).is_err());
        assert_eq!(
            float8_pow(f64::NEG_INFINITY, -3.0).unwrap().to_string(),
            "-0"
        );
    }
}
