//! Proleptic Gregorian calendar arithmetic on day counts (days since
//! 1970-01-01), hand-written for speed (Howard Hinnant's algorithms).

/// Whether `y` is a Gregorian leap year.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` (1–12) of year `y`.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid year/month/day.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = y as i64 - if m <= 2 { 1 } else { 0 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Year, month, day of a day count.
///
/// Neri and Schneider's Euclidean-affine algorithm ("Euclidean affine
/// functions and their application to calendar algorithms", 2022), on
/// 32-bit unsigned arithmetic after shifting the epoch 82 × 400 years
/// back; valid for years −32800 to about +10⁷, far beyond what pgshim
/// stores (0001–9999). Falls back to the general algorithm outside.
#[inline]
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    const SHIFT_CYCLES: u32 = 82;
    const K: i64 = 719_468 + 146_097 * SHIFT_CYCLES as i64;
    const L: i64 = 400 * SHIFT_CYCLES as i64;
    let n = z + K;
    if !(0..=1_000_000_000).contains(&n) {
        return civil_from_days_wide(z);
    }
    let n = n as u32;
    let n1 = 4 * n + 3;
    let c = n1 / 146_097;
    let nc = n1 % 146_097 / 4;
    let n2 = 4 * nc + 3;
    let p2 = 2_939_745u64 * n2 as u64;
    let zz = (p2 >> 32) as u32;
    let ny = (p2 as u32) / 2_939_745 / 4;
    let y = 100 * c + zz;
    let n3 = 2141 * ny + 197_913;
    let m = n3 / 65_536;
    let d = n3 % 65_536 / 2141;
    let j = ny >= 306;
    let year = (y as i64 - L) as i32 + j as i32;
    let month = if j { m - 12 } else { m };
    (year, month, d + 1)
}

/// The general (slower) form of [`civil_from_days`] for any day count.
fn civil_from_days_wide(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + if m <= 2 { 1 } else { 0 }) as i32, m, d)
}

/// Day of week of a day count, 0 = Sunday (PostgreSQL's `dow`).
pub fn weekday(days: i64) -> u32 {
    // 1970-01-01 was a Thursday.
    (days + 4).rem_euclid(7) as u32
}

/// PostgreSQL's `IS_VALID_JULIAN`: November 4714 BC up to May 5874898
/// (astronomical years). The day is not looked at: a timestamptz of
/// 4714-11-23 BC 16:00-08 is 4714-11-24 00:00 UTC, the first valid
/// instant; each type checks its own range after this.
pub(crate) fn valid_julian(y: i32, m: i32) -> bool {
    (y > -4713 || (y == -4713 && m >= 11)) && (y < 5_874_898 || (y == 5_874_898 && m < 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_day_0001_to_9999() {
        let start = days_from_civil(1, 1, 1);
        let end = days_from_civil(9999, 12, 31);
        let mut expect = (1, 1, 1);
        for z in start..=end {
            let got = civil_from_days(z);
            assert_eq!(got, expect, "day {z}");
            assert_eq!(days_from_civil(got.0, got.1, got.2), z);
            let (y, m, d) = expect;
            expect = if d < days_in_month(y, m) {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        for z in [-3_000_000i64, -800_000, 0, 5_000_000, 100_000_000] {
            assert_eq!(civil_from_days(z), civil_from_days_wide(z), "day {z}");
        }
        assert_eq!(weekday(days_from_civil(2024, 11, 3)), 0);
    }
}
