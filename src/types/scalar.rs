//! PostgreSQL's input and output functions for the non-temporal scalar
//! types (`boolin`, `int4in`, `float8in`, `float8out`, …), used both when
//! the translator folds a literal and by the runtime's cast functions.

/// PostgreSQL's `boolin`: `t`, `true`, `yes`, `on`, `1` and their prefixes,
/// case-insensitive, surrounding white space ignored.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-boolean.html>
///
/// ```
/// use pgshim::types::scalar::bool_in;
/// assert_eq!(bool_in(" TRU "), Ok(true));
/// assert_eq!(bool_in("of"), Ok(false));
/// assert!(bool_in("o").is_err());
/// ```
pub fn bool_in(s: &str) -> Result<bool, String> {
    let v = s
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .to_ascii_lowercase();
    let prefix_of = |word: &str, min: usize| v.len() >= min && word.starts_with(v.as_str());
    let r = match v.as_bytes().first() {
        Some(b't') if prefix_of("true", 1) => Some(true),
        Some(b'f') if prefix_of("false", 1) => Some(false),
        Some(b'y') if prefix_of("yes", 1) => Some(true),
        Some(b'n') if prefix_of("no", 1) => Some(false),
        Some(b'o') if prefix_of("on", 2) => Some(true),
        Some(b'o') if prefix_of("off", 2) => Some(false),
        Some(b'1') if v.len() == 1 => Some(true),
        Some(b'0') if v.len() == 1 => Some(false),
        _ => None,
    };
    r.ok_or_else(|| format!("invalid input syntax for type boolean: \"{s}\""))
}

/// PostgreSQL's `boolout` as used by `::text`: `true` / `false`.
pub fn bool_text(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// The integer types' input functions (`int2in`, `int4in`, `int8in` of
/// PostgreSQL 15): optional white space, optional sign, decimal digits.
///
/// `bits` is 16, 32 or 64.
///
/// ```
/// use pgshim::types::scalar::int_in;
/// assert_eq!(int_in(" -42 ", 32), Ok(-42));
/// assert_eq!(int_in("1e3", 32).unwrap_err(), "invalid input syntax for type integer: \"1e3\"");
/// assert_eq!(int_in("40000", 16).unwrap_err(), "value \"40000\" is out of range for type smallint");
/// ```
pub fn int_in(s: &str, bits: u32) -> Result<i64, String> {
    let tyname = match bits {
        16 => "smallint",
        32 => "integer",
        _ => "bigint",
    };
    let bad = || format!("invalid input syntax for type {tyname}: \"{s}\"");
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let range = || format!("value \"{s}\" is out of range for type {tyname}");
    let mut v: i128 = 0;
    for b in digits.bytes() {
        v = v * 10 + i128::from(b - b'0');
        if v > i128::from(i64::MAX) + 1 {
            return Err(range());
        }
    }
    let v = if neg { -v } else { v };
    let (lo, hi) = match bits {
        16 => (i128::from(i16::MIN), i128::from(i16::MAX)),
        32 => (i128::from(i32::MIN), i128::from(i32::MAX)),
        _ => (i128::from(i64::MIN), i128::from(i64::MAX)),
    };
    if v < lo || v > hi {
        return Err(range());
    }
    Ok(v as i64)
}

/// PostgreSQL's `oidin`: an unsigned 32-bit integer, where a negative
/// value down to -2^31 wraps (`'-1'` is 4294967295), as `strtoul` reads it.
///
/// # PostgreSQL
/// `uint32in_subr` in src/backend/utils/adt/numutils.c.
///
/// ```
/// use pgshim::types::scalar::oid_in;
/// assert_eq!(oid_in(" 1259 "), Ok(1259));
/// assert_eq!(oid_in("-1"), Ok(4294967295));
/// assert!(oid_in("4294967296").is_err());
/// ```
pub fn oid_in(s: &str) -> Result<i64, String> {
    let v = int_in(s, 64).map_err(|e| {
        if e.starts_with("invalid") {
            format!("invalid input syntax for type oid: \"{s}\"")
        } else {
            format!("value \"{s}\" is out of range for type oid")
        }
    })?;
    oid_range(v).ok_or_else(|| format!("value \"{s}\" is out of range for type oid"))
}

/// PostgreSQL's `namein`: at most 63 bytes (NAMEDATALEN - 1), cut at a
/// character boundary.
///
/// ```
/// use pgshim::types::scalar::name_in;
/// assert_eq!(name_in("tickets"), "tickets");
/// assert_eq!(name_in(&"x".repeat(70)).len(), 63);
/// ```
pub fn name_in(s: &str) -> &str {
    let mut end = s.len().min(63);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// PostgreSQL's `charin` for the one-byte `"char"` type: the first
/// character, or empty. A non-ASCII first character is refused, since
/// pgshim keeps text, not the byte PostgreSQL would cut from it.
///
/// ```
/// use pgshim::types::scalar::char_in;
/// assert_eq!(char_in("relkind"), Ok("r".to_string()));
/// assert_eq!(char_in(""), Ok(String::new()));
/// assert!(char_in("é").is_err());
/// ```
pub fn char_in(s: &str) -> Result<String, String> {
    match s.chars().next() {
        None => Ok(String::new()),
        Some(c) if c.is_ascii() => Ok(c.to_string()),
        Some(_) => Err("\"char\" of a non-ASCII character".into()),
    }
}

/// Splits a possibly qualified name given as text, as PostgreSQL's
/// `stringToQualifiedNameList` does for `regclass`/`regtype` input:
/// `public.tickets`, `"My Table"`; unquoted parts fold to lower case, and
/// each part is cut to 63 bytes.
///
/// ```
/// use pgshim::types::scalar::name_list;
/// assert_eq!(name_list(" Public . \"My\"\"T\" "), Ok(vec!["public".into(), "My\"T".into()]));
/// assert_eq!(name_list("a..b"), Err("invalid name syntax".into()));
/// ```
pub fn name_list(text: &str) -> Result<Vec<String>, String> {
    let bad = || "invalid name syntax".to_string();
    let mut parts = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut part = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        part.push('"');
                    }
                    Some('"') => break,
                    Some(c) => part.push(c),
                    None => return Err(bad()),
                }
            }
            if part.is_empty() {
                return Err(bad());
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == '.' || c.is_whitespace() {
                    break;
                }
                part.extend(c.to_lowercase());
                chars.next();
            }
            if part.is_empty() {
                return Err(bad());
            }
        }
        parts.push(name_in(&part).to_string());
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next() {
            None => return Ok(parts),
            Some('.') => continue,
            Some(_) => return Err(bad()),
        }
    }
}

/// A name as PostgreSQL's `quote_ident` (`quote_identifier`) writes it:
/// bare when it is lower-case letters, digits, `_` and `$` (not first)
/// and not a keyword that is reserved in any way; double-quoted
/// otherwise.
///
/// ```
/// use pgshim::types::scalar::quote_ident;
/// assert_eq!(quote_ident("tickets"), "tickets");
/// assert_eq!(quote_ident("Tickets"), "\"Tickets\"");
/// assert_eq!(quote_ident("user"), "\"user\"");
/// assert_eq!(quote_ident("name"), "name");
/// ```
pub fn quote_ident(name: &str) -> String {
    let safe = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$')
        && super::keywords::QUOTED_KEYWORDS
            .binary_search(&name)
            .is_err();
    if safe {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// An integer as an oid: 0 to 2^32-1, with -2^31 to -1 wrapping (what
/// `oidin` and the `integer → oid` cast accept); `None` outside.
pub fn oid_range(v: i64) -> Option<i64> {
    if (i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&v) {
        Some(i64::from(v as u32))
    } else {
        None
    }
}

/// Checks that an integer fits the PostgreSQL integer type of `bits` bits,
/// with PostgreSQL's message (`smallint out of range`, `integer out of range`).
pub fn int_range(v: i64, bits: u32) -> Result<i64, String> {
    let ok = match bits {
        16 => i16::try_from(v).is_ok(),
        32 => i32::try_from(v).is_ok(),
        _ => true,
    };
    if ok {
        Ok(v)
    } else {
        Err(match bits {
            16 => "smallint out of range".into(),
            _ => "integer out of range".into(),
        })
    }
}

/// PostgreSQL's float-to-integer casts: round half to even (`rint`), then
/// range-check, with PostgreSQL's messages.
///
/// ```
/// use pgshim::types::scalar::float_to_int;
/// assert_eq!(float_to_int(2.5, 32), Ok(2));
/// assert_eq!(float_to_int(-3.5, 64), Ok(-4));
/// assert_eq!(float_to_int(3e9, 32).unwrap_err(), "integer out of range");
/// ```
pub fn float_to_int(v: f64, bits: u32) -> Result<i64, String> {
    let r = v.round_ties_even();
    let (lo, hi, msg) = match bits {
        16 => (
            f64::from(i16::MIN),
            f64::from(i16::MAX),
            "smallint out of range",
        ),
        32 => (
            f64::from(i32::MIN),
            f64::from(i32::MAX),
            "integer out of range",
        ),
        _ => (-(2f64.powi(63)), 2f64.powi(63), "bigint out of range"),
    };
    if r.is_nan() || r < lo || (bits == 64 && r >= hi) || (bits != 64 && r > hi) {
        return Err(msg.to_string());
    }
    Ok(r as i64)
}

/// PostgreSQL's `float8in`: white space allowed around, `NaN`, `Infinity`,
/// `inf` in any case, and C's `strtod` syntax.
///
/// ```
/// use pgshim::types::scalar::float8_in;
/// assert_eq!(float8_in(" 1.5e3 "), Ok(1500.0));
/// assert!(float8_in("-Infinity").unwrap().is_infinite());
/// assert_eq!(float8_in("x").unwrap_err(), "invalid input syntax for type double precision: \"x\"");
/// ```
pub fn float8_in(s: &str) -> Result<f64, String> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "nan" | "+nan" | "-nan" => Some(f64::NAN),
        "infinity" | "+infinity" | "inf" | "+inf" => Some(f64::INFINITY),
        "-infinity" | "-inf" => Some(f64::NEG_INFINITY),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(v);
    }
    let valid = !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
        && t.bytes().any(|b| b.is_ascii_digit());
    match t.parse::<f64>() {
        Ok(v) if valid => {
            let underflow = v == 0.0 && !mantissa_is_zero(t);
            if v.is_infinite() || underflow {
                Err(format!("\"{t}\" is out of range for type double precision"))
            } else {
                Ok(v)
            }
        }
        _ => Err(format!(
            "invalid input syntax for type double precision: \"{s}\""
        )),
    }
}

fn mantissa_is_zero(t: &str) -> bool {
    let mantissa = t.split(['e', 'E']).next().unwrap_or("");
    !mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

/// The shortest digits that read back as `v` (finite, non-zero), chosen as
/// PostgreSQL's float8out chooses them (Ryu: the closest such digits, an
/// exact tie to an even last digit, where Rust's own formatting may round
/// the other way), with the decimal exponent of the first digit.
fn shortest_digits(v: f64) -> (bool, String, i32) {
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(v);
    let (neg, text) = match text.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, text),
    };
    let (mantissa, e) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = format!("{int}{frac}");
    let lead = all.bytes().take_while(|b| *b == b'0').count();
    let digits = all[lead..].trim_end_matches('0').to_string();
    // The first significant digit's position relative to the point.
    let exp = e + int.len() as i32 - 1 - lead as i32;
    if !on_rounding_boundary(&digits, exp) {
        return (neg, digits, exp);
    }
    // PostgreSQL does not print digits that lie exactly halfway to the
    // neighbouring double (1e23 reads back only through round-half-even):
    // the shortest correctly rounded digits strictly inside instead.
    for precision in digits.len()..17 {
        let sci = format!("{:.*e}", precision, v.abs());
        let (m, e) = sci.split_once('e').unwrap_or((&sci, "0"));
        let d: String = m.chars().filter(|c| *c != '.').collect();
        let d = d.trim_end_matches('0').to_string();
        let e: i32 = e.parse().unwrap_or(0);
        if parse_digits(&d, e) == Some(v.abs()) && !on_rounding_boundary(&d, e) {
            return (neg, d, e);
        }
    }
    (neg, digits, exp)
}

/// The value `0.d1d2… × 10^(exp + 1)` read as a double (correctly rounded).
fn parse_digits(digits: &str, exp: i32) -> Option<f64> {
    format!("0.{digits}e{}", exp + 1).parse().ok()
}

/// Whether the decimal `digits × 10^…` lies exactly halfway between two
/// doubles: nudged up and down by far less than its last digit, it reads
/// as two different doubles.
fn on_rounding_boundary(digits: &str, exp: i32) -> bool {
    let Some(last) = digits.bytes().last().filter(|b| (b'1'..=b'9').contains(b)) else {
        return false;
    };
    // A midpoint between doubles is a dyadic rational: a decimal with `f`
    // digits after the point is one only if 5^f divides its digits, which
    // rules out almost every output without parsing anything.
    let fraction_digits = digits.len() as i32 - 1 - exp;
    if fraction_digits > 0 {
        let Ok(d) = digits.parse::<u64>() else {
            return false;
        };
        if fraction_digits >= 25 || d % 5u64.pow(fraction_digits as u32) != 0 {
            return false;
        }
    }
    let up = format!("{digits}{}1", "0".repeat(30));
    let down = format!(
        "{}{}{}",
        &digits[..digits.len() - 1],
        (last - 1) as char,
        "9".repeat(31)
    );
    parse_digits(&up, exp) != parse_digits(&down, exp)
}

/// PostgreSQL's `float8out` with the default `extra_float_digits = 1`: the
/// shortest text that reads back exactly, in `%e` style (`1e+15`, `1e-05`)
/// when the decimal exponent is below -4 or at least 15.
///
/// ```
/// use pgshim::types::scalar::float8_out;
/// assert_eq!(float8_out(1e15), "1e+15");
/// assert_eq!(float8_out(123456789012345.6), "123456789012345.6");
/// assert_eq!(float8_out(0.00001), "1e-05");
/// assert_eq!(float8_out(3.0), "3");
/// assert_eq!(float8_out(-0.0), "-0");
/// // An exact tie between two shortest forms goes to the even digit.
/// assert_eq!(float8_out(900719925474099.25), "900719925474099.2");
/// assert_eq!(float8_out(f64::NEG_INFINITY), "-Infinity");
/// ```
pub fn float8_out(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let (neg, digits, exp) = shortest_digits(v);
    let sign = if neg { "-" } else { "" };
    if !(-4..15).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{frac}e{esign}{:02}", exp.abs());
    }
    let n = digits.len() as i32;
    let body = if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else if exp + 1 >= n {
        format!("{}{}", digits, "0".repeat((exp + 1 - n) as usize))
    } else {
        let (a, b) = digits.split_at((exp + 1) as usize);
        format!("{a}.{b}")
    };
    format!("{sign}{body}")
}

/// PostgreSQL's `float4out`: like [`float8_out`] for single precision, with
/// `%e` style from exponent 6 up (`FLT_DIG`).
///
/// ```
/// assert_eq!(pgshim::types::scalar::float4_out(1.1), "1.1");
/// ```
pub fn float4_out(v: f32) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{v:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let (neg, m) = match mantissa.strip_prefix('-') {
            Some(m) => ("-", m),
            None => ("", mantissa),
        };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{neg}{m}e{esign}{:02}", exp.abs());
    }
    format!("{v}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bool_spellings() {
        for s in ["t", "TRUE", "y", "yes", "on", "1", " true\n"] {
            assert_eq!(bool_in(s), Ok(true), "{s}");
        }
        for s in ["f", "fal", "n", "no", "off", "of", "0"] {
            assert_eq!(bool_in(s), Ok(false), "{s}");
        }
        for s in ["", "o", "2", "truex", "10"] {
            assert!(bool_in(s).is_err(), "{s}");
        }
    }

    #[test]
    fn float_out_matches_pg_recorded() {
        // Values and outputs as PostgreSQL 15 prints them (float8out).
        for (v, s) in [
            (1e14, "100000000000000"),
            (1234567890123456.0, "1.234567890123456e+15"),
            (0.0001, "0.0001"),
            (1.5e-5, "1.5e-05"),
            (1e300, "1e+300"),
            (0.1, "0.1"),
            (1e-310, "1e-310"),
        ] {
            assert_eq!(float8_out(v), s);
        }
    }

    #[test]
    fn int_bounds() {
        assert_eq!(int_in("-2147483648", 32), Ok(-2147483648));
        assert!(int_in("2147483648", 32).is_err());
        assert_eq!(int_in("-9223372036854775808", 64), Ok(i64::MIN));
        assert!(int_in("9223372036854775808", 64).is_err());
        assert!(int_in("", 32).is_err());
        assert!(int_in("-", 32).is_err());
    }
}

/// numeric → integer from a numeric's exact decimal text (`-12.50`):
/// rounds half away from zero, then PostgreSQL's range check
/// (numeric_int4 and friends).
///
/// ```
/// use pgshim::types::scalar::numeric_text_to_int;
/// assert_eq!(numeric_text_to_int("-12.50", 32), Ok(-13));
/// assert_eq!(numeric_text_to_int("40000.5", 16).unwrap_err(), "smallint out of range");
/// ```
pub fn numeric_text_to_int(s: &str, bits: u32) -> Result<i64, String> {
    let t = s.trim();
    match t {
        "NaN" => return Err(format!("cannot convert NaN to {}", int_name(bits))),
        "Infinity" | "-Infinity" => {
            return Err(format!("cannot convert infinity to {}", int_name(bits)));
        }
        _ => {}
    }
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (int_part, frac) = body.split_once('.').unwrap_or((body, ""));
    let bad = || format!("invalid input syntax for type numeric: \"{s}\"");
    if int_part.is_empty() && frac.is_empty()
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let range = || format!("{} out of range", int_name(bits));
    let mut v: i128 = 0;
    for b in int_part.bytes() {
        v = v * 10 + i128::from(b - b'0');
        if v > i128::from(i64::MAX) + 1 {
            return Err(range());
        }
    }
    if frac.as_bytes().first().is_some_and(|d| *d >= b'5') {
        v += 1;
    }
    let v = if neg { -v } else { v };
    let v = i64::try_from(v).map_err(|_| range())?;
    int_range(v, bits)
}

fn int_name(bits: u32) -> &'static str {
    match bits {
        16 => "smallint",
        32 => "integer",
        _ => "bigint",
    }
}

#[cfg(test)]
mod numeric_tests {
    use super::numeric_text_to_int;

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(numeric_text_to_int("-12.50", 32), Ok(-13));
        assert_eq!(numeric_text_to_int("12.49", 32), Ok(12));
        assert_eq!(numeric_text_to_int("0.5", 16), Ok(1));
        assert!(numeric_text_to_int("40000.000000", 16).is_err());
        assert!(numeric_text_to_int("Infinity", 32).is_err());
    }
}
