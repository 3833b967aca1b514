//! PostgreSQL's lenient date/time input (ParseDateTime / DecodeDateTime /
//! DecodeInterval in datetime.c) with DateStyle ISO, MDY.
//!
//! CONTRACT (filled in by the input work): the functions below.

use super::{Date, Interval, TResult, Time, TimeError, Timestamp, Timestamptz, Zone};

/// What input needs besides the text: the session zone (for values written
/// without an offset, and for `today`) and the transaction's `now`.
#[derive(Debug, Clone, Copy)]
pub struct InputCx<'a> {
    /// The session time zone.
    pub zone: &'a Zone,
    /// The transaction start (`now`).
    pub now: Timestamptz,
}

/// `date` input.
pub fn date(s: &str, _cx: &InputCx) -> TResult<Date> {
    Err(TimeError::syntax("date", s))
}

/// `time` input.
pub fn time(s: &str, _cx: &InputCx) -> TResult<Time> {
    Err(TimeError::syntax("time without time zone", s))
}

/// `timestamp` input.
pub fn timestamp(s: &str, _cx: &InputCx) -> TResult<Timestamp> {
    Err(TimeError::syntax("timestamp without time zone", s))
}

/// `timestamptz` input.
pub fn timestamptz(s: &str, _cx: &InputCx) -> TResult<Timestamptz> {
    Err(TimeError::syntax("timestamp with time zone", s))
}

/// `interval` input.
pub fn interval(s: &str) -> TResult<Interval> {
    Err(TimeError::syntax("interval", s))
}
