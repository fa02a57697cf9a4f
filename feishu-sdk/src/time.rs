//! The time formats the Feishu API uses on the wire, as small SDK-owned types.
//!
//! Feishu writes times in three different ways, and a plain `String` or integer would lose
//! track of which one a field uses. Each type here keeps the raw wire value reachable and
//! converts to and from [`jiff`] (re-exported as `feishu_api::jiff`) and
//! [`std::time::SystemTime`]:
//!
//! - [`UnixSeconds`]: an instant as whole seconds since the Unix epoch, sent as a decimal
//!   string such as `"1566641088"`.
//! - [`DateYmd`]: a calendar date written as a `yyyyMMdd` integer such as `20210701`.
//! - [`LocalMinute`]: a wall-clock time `yyyy-MM-dd HH:mm` with no zone; the zone comes from
//!   a sibling field (for example `time_zone`), see [`LocalMinute::in_zone`].
//!
//! Decoding a response is tolerant: [`DateYmd`] and [`LocalMinute`] keep whatever value the
//! server sent, and only the conversions (which return [`TimeError`]) check it. That way one
//! odd value never makes a whole response fail to decode.
//!
//! ```
//! use feishu_api::time::{DateYmd, LocalMinute, UnixSeconds};
//!
//! let sent: UnixSeconds = "1566641088".parse()?;
//! assert_eq!(sent.to_timestamp()?.to_string(), "2019-08-24T10:04:48Z");
//!
//! let day = DateYmd::from_raw(20210701);
//! assert_eq!(day.to_date()?, feishu_api::jiff::civil::date(2021, 7, 1));
//!
//! let local = LocalMinute::from_raw("2021-07-01 08:00".to_owned());
//! let zoned = local.in_zone("Asia/Shanghai")?;
//! assert_eq!(UnixSeconds::from(&zoned), UnixSeconds::new(1625097600));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};
use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::{Serialize, Serializer};

/// Why a time value could not be parsed or converted.
///
/// Every message names the offending value and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimeError {
    /// The text is not a decimal integer number of seconds.
    #[error("`{raw}` is not a Unix time in seconds")]
    BadUnixSeconds {
        /// The text as given.
        raw: String,
    },
    /// The integer is not a valid calendar date written as `yyyyMMdd`.
    #[error("`{raw}` is not a valid yyyyMMdd date")]
    BadDateYmd {
        /// The value as given.
        raw: String,
    },
    /// The text is not exactly `yyyy-MM-dd HH:mm` with a valid date and time.
    #[error("`{raw}` is not a `yyyy-MM-dd HH:mm` time")]
    BadLocalMinute {
        /// The text as given.
        raw: String,
    },
    /// The time zone database has no zone by this name.
    #[error("unknown time zone `{name}`")]
    UnknownTimeZone {
        /// The zone name as given.
        name: String,
    },
    /// The value is well formed but does not fit the type it is converted to.
    #[error("`{value}` is out of range for {target}")]
    OutOfRange {
        /// The value being converted, as text.
        value: String,
        /// What it was being converted to.
        target: &'static str,
    },
}

// ---------------------------------------------------------------------------------------------
// UnixSeconds
// ---------------------------------------------------------------------------------------------

/// An instant with one-second precision: whole seconds since 1970-01-01T00:00:00Z.
///
/// On the wire it is a JSON string holding a decimal integer (`"1566641088"`); a bare JSON
/// integer is accepted when decoding too. [`Display`](fmt::Display) prints the plain integer.
///
/// Builder setters take `impl Into<UnixSeconds>`, so a [`jiff::Timestamp`], a
/// [`jiff::ZonedDateTime`] or a [`SystemTime`] can be passed directly; sub-second parts are
/// floored (rounded towards the past).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixSeconds(i64);

impl UnixSeconds {
    /// The instant `secs` seconds after (or, if negative, before) the Unix epoch.
    pub const fn new(secs: i64) -> Self {
        Self(secs)
    }

    /// The number of seconds since the Unix epoch.
    pub const fn as_secs(self) -> i64 {
        self.0
    }

    /// The current time, floored to the second.
    pub fn now() -> Self {
        Self::from(SystemTime::now())
    }

    /// This instant as a [`jiff::Timestamp`].
    ///
    /// # Errors
    ///
    /// [`TimeError::OutOfRange`] when the value is outside jiff's supported range
    /// (roughly the years -9999 to 9999).
    pub fn to_timestamp(self) -> Result<Timestamp, TimeError> {
        Timestamp::from_second(self.0).map_err(|_| TimeError::OutOfRange {
            value: self.0.to_string(),
            target: "jiff::Timestamp",
        })
    }

    /// This instant as a [`SystemTime`].
    ///
    /// # Errors
    ///
    /// [`TimeError::OutOfRange`] when the platform's `SystemTime` cannot represent it
    /// (rather than panicking, as `UNIX_EPOCH + duration` would).
    pub fn to_system_time(self) -> Result<SystemTime, TimeError> {
        let magnitude = Duration::from_secs(self.0.unsigned_abs());
        let time = if self.0 >= 0 {
            UNIX_EPOCH.checked_add(magnitude)
        } else {
            UNIX_EPOCH.checked_sub(magnitude)
        };
        time.ok_or_else(|| TimeError::OutOfRange {
            value: self.0.to_string(),
            target: "std::time::SystemTime",
        })
    }
}

impl fmt::Display for UnixSeconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for UnixSeconds {
    type Err = TimeError;

    /// Parses a decimal integer with an optional leading `-` (no `+`, no spaces).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.strip_prefix('-').unwrap_or(s);
        // `i64::from_str` alone would also accept a leading `+`, which the wire form never has.
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(TimeError::BadUnixSeconds { raw: s.to_owned() });
        }
        s.parse()
            .map(Self)
            .map_err(|_| TimeError::BadUnixSeconds { raw: s.to_owned() })
    }
}

impl From<UnixSeconds> for i64 {
    fn from(value: UnixSeconds) -> Self {
        value.0
    }
}

impl From<Timestamp> for UnixSeconds {
    /// Floors to whole seconds, so -1.5 s becomes -2 s.
    fn from(ts: Timestamp) -> Self {
        // `as_second` truncates towards zero; a negative fraction means we must step back one.
        let secs = ts.as_second();
        if ts.subsec_nanosecond() < 0 {
            Self(secs - 1)
        } else {
            Self(secs)
        }
    }
}

impl From<ZonedDateTime> for UnixSeconds {
    /// The zoned time's instant, floored to whole seconds.
    fn from(zoned: ZonedDateTime) -> Self {
        Self::from(zoned.timestamp())
    }
}

impl From<&ZonedDateTime> for UnixSeconds {
    /// The zoned time's instant, floored to whole seconds.
    fn from(zoned: &ZonedDateTime) -> Self {
        Self::from(zoned.timestamp())
    }
}

impl From<SystemTime> for UnixSeconds {
    /// Floors to whole seconds (also before the epoch), saturating at the `i64` bounds.
    fn from(time: SystemTime) -> Self {
        let secs: i128 = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => i128::from(after.as_secs()),
            Err(err) => {
                let before = err.duration();
                let partial = i128::from(before.subsec_nanos() > 0);
                -i128::from(before.as_secs()) - partial
            }
        };
        Self(i64::try_from(secs).unwrap_or(if secs < 0 { i64::MIN } else { i64::MAX }))
    }
}

impl Serialize for UnixSeconds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for UnixSeconds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct UnixSecondsVisitor;

        impl Visitor<'_> for UnixSecondsVisitor {
            type Value = UnixSeconds;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Unix time in seconds, as a decimal string or an integer")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<UnixSeconds, E> {
                v.parse()
                    .map_err(|_| E::invalid_value(Unexpected::Str(v), &self))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<UnixSeconds, E> {
                Ok(UnixSeconds(v))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<UnixSeconds, E> {
                i64::try_from(v)
                    .map(UnixSeconds)
                    .map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
            }
        }

        deserializer.deserialize_any(UnixSecondsVisitor)
    }
}

// ---------------------------------------------------------------------------------------------
// DateYmd
// ---------------------------------------------------------------------------------------------

/// A calendar date written as a `yyyyMMdd` integer, e.g. `20210701` for 2021-07-01.
///
/// It holds the integer exactly as received and never rejects it on decoding;
/// [`to_date`](Self::to_date) checks it. On the wire it is a JSON integer (a string of digits
/// is accepted when decoding too). [`Display`](fmt::Display) prints the raw integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateYmd(u32);

impl DateYmd {
    /// Wraps a raw `yyyyMMdd` integer without checking it.
    pub const fn from_raw(raw: u32) -> Self {
        Self(raw)
    }

    /// The raw integer as received or given.
    pub const fn raw(self) -> u32 {
        self.0
    }

    /// The calendar date this integer denotes.
    ///
    /// # Errors
    ///
    /// [`TimeError::BadDateYmd`] when the value is not a real date in the years 0 to 9999
    /// (e.g. `20210231`).
    pub fn to_date(self) -> Result<Date, TimeError> {
        let invalid = || TimeError::BadDateYmd {
            raw: self.0.to_string(),
        };
        let year = i16::try_from(self.0 / 10_000).map_err(|_| invalid())?;
        if year > 9999 {
            return Err(invalid());
        }
        // Both are below 100, so they fit an `i8`.
        let month = i8::try_from(self.0 / 100 % 100).map_err(|_| invalid())?;
        let day = i8::try_from(self.0 % 100).map_err(|_| invalid())?;
        Date::new(year, month, day).map_err(|_| invalid())
    }
}

impl TryFrom<Date> for DateYmd {
    type Error = TimeError;

    /// Writes the date as `yyyyMMdd`.
    ///
    /// # Errors
    ///
    /// [`TimeError::OutOfRange`] for years outside 0 to 9999, which need more (or fewer)
    /// than four digits and so have no `yyyyMMdd` form.
    fn try_from(date: Date) -> Result<Self, Self::Error> {
        let year = u32::try_from(date.year())
            .ok()
            .filter(|year| *year <= 9999)
            .ok_or_else(|| TimeError::OutOfRange {
                value: date.to_string(),
                target: "a yyyyMMdd date",
            })?;
        // Month and day are always positive in a valid `Date`.
        let month = date.month().unsigned_abs();
        let day = date.day().unsigned_abs();
        Ok(Self(
            year * 10_000 + u32::from(month) * 100 + u32::from(day),
        ))
    }
}

impl fmt::Display for DateYmd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for DateYmd {
    type Err = TimeError;

    /// Parses the raw integer (ASCII digits only); like decoding, it does not check the date.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_digits_u32(s)
            .map(Self)
            .ok_or_else(|| TimeError::BadDateYmd { raw: s.to_owned() })
    }
}

/// `s` as a `u32` when it is non-empty ASCII digits that fit; `u32::from_str` would also
/// accept a leading `+`.
fn parse_digits_u32(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl From<DateYmd> for u32 {
    fn from(value: DateYmd) -> Self {
        value.0
    }
}

impl Serialize for DateYmd {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.0)
    }
}

impl<'de> Deserialize<'de> for DateYmd {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateYmdVisitor;

        impl Visitor<'_> for DateYmdVisitor {
            type Value = DateYmd;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a yyyyMMdd date as a non-negative integer")
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateYmd, E> {
                u32::try_from(v)
                    .map(DateYmd)
                    .map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateYmd, E> {
                u32::try_from(v)
                    .map(DateYmd)
                    .map_err(|_| E::invalid_value(Unexpected::Signed(v), &self))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateYmd, E> {
                parse_digits_u32(v)
                    .map(DateYmd)
                    .ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
            }
        }

        deserializer.deserialize_any(DateYmdVisitor)
    }
}

// ---------------------------------------------------------------------------------------------
// LocalMinute
// ---------------------------------------------------------------------------------------------

/// A wall-clock time `yyyy-MM-dd HH:mm` (e.g. `2021-07-01 08:00`) with no time zone.
///
/// The zone is carried by a sibling field such as `time_zone`; combine the two with
/// [`in_zone`](Self::in_zone). It holds the text exactly as received and never rejects it on
/// decoding; [`to_datetime`](Self::to_datetime) checks it. On the wire it is a JSON string.
/// [`Display`](fmt::Display) prints the raw text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalMinute(String);

impl LocalMinute {
    /// Wraps raw text without checking it.
    pub fn from_raw(raw: String) -> Self {
        Self(raw)
    }

    /// Parses `text`, which must be exactly `yyyy-MM-dd HH:mm` with a valid date and time.
    ///
    /// # Errors
    ///
    /// [`TimeError::BadLocalMinute`] for anything else (e.g. `2021-7-1 8:00`).
    pub fn parse(text: &str) -> Result<Self, TimeError> {
        parse_local_minute(text)?;
        Ok(Self(text.to_owned()))
    }

    /// The raw text as received or given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The raw text, by value.
    pub fn into_raw(self) -> String {
        self.0
    }

    /// The civil (zone-less) date and time, with zero seconds.
    ///
    /// # Errors
    ///
    /// [`TimeError::BadLocalMinute`] when the raw text is not exactly `yyyy-MM-dd HH:mm` with a
    /// valid date and time.
    pub fn to_datetime(&self) -> Result<DateTime, TimeError> {
        parse_local_minute(&self.0)
    }

    /// This wall-clock time in the IANA time zone `zone` (e.g. `Asia/Shanghai`).
    ///
    /// A local time that occurs twice (a backward DST transition) or not at all (a forward
    /// one) is resolved with jiff's "compatible" disambiguation: the earlier of two
    /// occurrences, and for a gap the time shifted forward by the gap's length
    /// (so 02:30 in a 02:00→03:00 gap becomes 03:30).
    ///
    /// # Errors
    ///
    /// [`TimeError::BadLocalMinute`] when the raw text is malformed, [`TimeError::UnknownTimeZone`]
    /// when the zone is unknown, and [`TimeError::OutOfRange`] when the result would fall
    /// outside jiff's supported range.
    pub fn in_zone(&self, zone: &str) -> Result<ZonedDateTime, TimeError> {
        let datetime = self.to_datetime()?;
        let tz = TimeZone::get(zone).map_err(|_| TimeError::UnknownTimeZone {
            name: zone.to_owned(),
        })?;
        tz.to_zoned_datetime(datetime)
            .map_err(|_| TimeError::OutOfRange {
                value: format!("{} {zone}", self.0),
                target: "jiff::ZonedDateTime",
            })
    }
}

/// Strictly parses `yyyy-MM-dd HH:mm`; hand-written because jiff's `%Y` also accepts signs
/// and other widths.
fn parse_local_minute(text: &str) -> Result<DateTime, TimeError> {
    let invalid = || TimeError::BadLocalMinute {
        raw: text.to_owned(),
    };
    let b = text.as_bytes();
    let shape_ok = b.len() == 16
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !shape_ok {
        return Err(invalid());
    }
    // Each field is at most four ASCII digits, so it fits an `i16`.
    let num = |from: usize, to: usize| -> i16 {
        b[from..to]
            .iter()
            .fold(0, |acc, &d| acc * 10 + i16::from(d - b'0'))
    };
    let small = |from: usize| i8::try_from(num(from, from + 2)).map_err(|_| invalid());
    DateTime::new(
        num(0, 4),
        small(5)?,
        small(8)?,
        small(11)?,
        small(14)?,
        0,
        0,
    )
    .map_err(|_| invalid())
}

impl TryFrom<DateTime> for LocalMinute {
    type Error = TimeError;

    /// Writes the date and time as `yyyy-MM-dd HH:mm`, dropping seconds and below.
    ///
    /// # Errors
    ///
    /// [`TimeError::OutOfRange`] for years outside 0 to 9999, which have no four-digit form.
    fn try_from(datetime: DateTime) -> Result<Self, Self::Error> {
        if !(0..=9999).contains(&datetime.year()) {
            return Err(TimeError::OutOfRange {
                value: datetime.to_string(),
                target: "a `yyyy-MM-dd HH:mm` time",
            });
        }
        Ok(Self(format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            datetime.year(),
            datetime.month(),
            datetime.day(),
            datetime.hour(),
            datetime.minute(),
        )))
    }
}

impl FromStr for LocalMinute {
    type Err = TimeError;

    /// The same strict parse as [`LocalMinute::parse`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for LocalMinute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for LocalMinute {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LocalMinute {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Any string is kept as is: the format is only checked on conversion.
        String::deserialize(deserializer).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, datetime};

    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    fn from_json<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    // --- UnixSeconds ---

    #[test]
    fn unix_seconds_serde_round_trip() {
        let t = UnixSeconds::new(1566641088);
        assert_eq!(json(&t), r#""1566641088""#);
        assert_eq!(from_json::<UnixSeconds>(r#""1566641088""#), Ok(t));
        assert_eq!(
            from_json::<UnixSeconds>(r#""-5""#),
            Ok(UnixSeconds::new(-5))
        );
        assert_eq!(json(&UnixSeconds::new(-5)), r#""-5""#);
    }

    #[test]
    fn unix_seconds_tolerates_json_integers() {
        assert_eq!(
            from_json::<UnixSeconds>("1566641088"),
            Ok(UnixSeconds::new(1566641088))
        );
        assert_eq!(from_json::<UnixSeconds>("-1"), Ok(UnixSeconds::new(-1)));
    }

    #[test]
    fn unix_seconds_rejects_other_json() {
        assert_eq!(
            from_json::<UnixSeconds>(r#""abc""#),
            Err(
                "invalid value: string \"abc\", expected a Unix time in seconds, as a decimal \
                 string or an integer at line 1 column 5"
                    .to_owned()
            )
        );
        assert_eq!(
            from_json::<UnixSeconds>("1.5"),
            Err(
                "invalid type: floating point `1.5`, expected a Unix time in seconds, as a \
                 decimal string or an integer at line 1 column 3"
                    .to_owned()
            )
        );
        assert!(from_json::<UnixSeconds>("true").is_err());
        assert!(from_json::<UnixSeconds>("null").is_err());
        assert!(from_json::<UnixSeconds>("18446744073709551615").is_err());
    }

    #[test]
    fn unix_seconds_display_and_from_str() {
        assert_eq!(UnixSeconds::new(1566641088).to_string(), "1566641088");
        assert_eq!(UnixSeconds::new(-20).to_string(), "-20");
        assert_eq!("1566641088".parse(), Ok(UnixSeconds::new(1566641088)));
        assert_eq!("-2".parse(), Ok(UnixSeconds::new(-2)));
        assert_eq!("0".parse(), Ok(UnixSeconds::new(0)));
        for bad in [
            "abc",
            "",
            "-",
            "+5",
            " 5",
            "5 ",
            "1.5",
            "99999999999999999999",
        ] {
            let err = bad.parse::<UnixSeconds>().unwrap_err();
            assert_eq!(
                err,
                TimeError::BadUnixSeconds {
                    raw: bad.to_owned()
                }
            );
        }
        assert_eq!(
            "abc".parse::<UnixSeconds>().unwrap_err().to_string(),
            "`abc` is not a Unix time in seconds"
        );
    }

    #[test]
    fn unix_seconds_order_and_accessors() {
        assert!(UnixSeconds::new(10) < UnixSeconds::new(20));
        assert_eq!(UnixSeconds::new(7).as_secs(), 7);
        assert_eq!(i64::from(UnixSeconds::new(7)), 7);
    }

    #[test]
    fn unix_seconds_jiff_timestamp() {
        let ts = Timestamp::from_second(1566641088).unwrap();
        assert_eq!(UnixSeconds::from(ts), UnixSeconds::new(1566641088));
        assert_eq!(UnixSeconds::new(1566641088).to_timestamp(), Ok(ts));
        // Floor, not truncation, for negative fractions.
        let neg = Timestamp::new(-5, -500_000_000).unwrap();
        assert_eq!(UnixSeconds::from(neg), UnixSeconds::new(-6));
        let neg_small = Timestamp::new(0, -1).unwrap();
        assert_eq!(UnixSeconds::from(neg_small), UnixSeconds::new(-1));
        let neg_whole = Timestamp::new(-5, 0).unwrap();
        assert_eq!(UnixSeconds::from(neg_whole), UnixSeconds::new(-5));
        let pos = Timestamp::new(5, 999_999_999).unwrap();
        assert_eq!(UnixSeconds::from(pos), UnixSeconds::new(5));
        assert_eq!(
            UnixSeconds::from(Timestamp::MIN).to_timestamp(),
            Ok(Timestamp::MIN)
        );
    }

    #[test]
    fn unix_seconds_to_timestamp_out_of_range() {
        let err = UnixSeconds::new(i64::MAX).to_timestamp().unwrap_err();
        assert_eq!(
            err,
            TimeError::OutOfRange {
                value: i64::MAX.to_string(),
                target: "jiff::Timestamp"
            }
        );
        assert_eq!(
            err.to_string(),
            "`9223372036854775807` is out of range for jiff::Timestamp"
        );
        assert!(UnixSeconds::new(i64::MIN).to_timestamp().is_err());
    }

    #[test]
    fn unix_seconds_from_zoned() {
        let zoned = Timestamp::from_second(1625097600)
            .unwrap()
            .in_tz("Asia/Shanghai")
            .unwrap();
        assert_eq!(UnixSeconds::from(&zoned), UnixSeconds::new(1625097600));
        assert_eq!(UnixSeconds::from(zoned), UnixSeconds::new(1625097600));
    }

    #[test]
    fn unix_seconds_system_time() {
        let before = UNIX_EPOCH - Duration::from_millis(1500);
        assert_eq!(UnixSeconds::from(before), UnixSeconds::new(-2));
        let whole_before = UNIX_EPOCH - Duration::from_secs(1);
        assert_eq!(UnixSeconds::from(whole_before), UnixSeconds::new(-1));
        let after = UNIX_EPOCH + Duration::from_millis(1500);
        assert_eq!(UnixSeconds::from(after), UnixSeconds::new(1));
        assert_eq!(UnixSeconds::from(UNIX_EPOCH), UnixSeconds::new(0));

        assert_eq!(
            UnixSeconds::new(1566641088).to_system_time(),
            Ok(UNIX_EPOCH + Duration::from_secs(1566641088))
        );
        assert_eq!(
            UnixSeconds::new(-2).to_system_time(),
            Ok(UNIX_EPOCH - Duration::from_secs(2))
        );
        // Never panics, whatever the platform's range.
        for secs in [i64::MIN, i64::MIN + 1, i64::MAX] {
            match UnixSeconds::new(secs).to_system_time() {
                Ok(time) => assert_eq!(UnixSeconds::from(time), UnixSeconds::new(secs)),
                Err(err) => assert_eq!(
                    err,
                    TimeError::OutOfRange {
                        value: secs.to_string(),
                        target: "std::time::SystemTime"
                    }
                ),
            }
        }
    }

    #[test]
    fn unix_seconds_now_is_recent() {
        let now = UnixSeconds::now();
        // 2024-01-01T00:00:00Z; the clock is later than that.
        assert!(now.as_secs() > 1_704_067_200);
        assert!(now.to_timestamp().is_ok());
    }

    // --- DateYmd ---

    #[test]
    fn date_ymd_serde_round_trip() {
        let d = DateYmd::from_raw(20210701);
        assert_eq!(json(&d), "20210701");
        assert_eq!(from_json::<DateYmd>("20210701"), Ok(d));
        // Tolerance: a string of digits, and invalid dates are kept raw.
        assert_eq!(from_json::<DateYmd>(r#""20210701""#), Ok(d));
        assert_eq!(
            from_json::<DateYmd>("20210231"),
            Ok(DateYmd::from_raw(20210231))
        );
        assert_eq!(from_json::<DateYmd>("0"), Ok(DateYmd::from_raw(0)));
    }

    #[test]
    fn date_ymd_rejects_other_json() {
        assert_eq!(
            from_json::<DateYmd>("-1"),
            Err(
                "invalid value: integer `-1`, expected a yyyyMMdd date as a non-negative \
                 integer at line 1 column 2"
                    .to_owned()
            )
        );
        assert_eq!(
            from_json::<DateYmd>("4294967296"),
            Err(
                "invalid value: integer `4294967296`, expected a yyyyMMdd date as a \
                 non-negative integer at line 1 column 10"
                    .to_owned()
            )
        );
        assert!(from_json::<DateYmd>(r#""2021-07-01""#).is_err());
        assert!(from_json::<DateYmd>("20210701.0").is_err());
    }

    #[test]
    fn date_ymd_to_date() {
        assert_eq!(DateYmd::from_raw(20210701).to_date(), Ok(date(2021, 7, 1)));
        assert_eq!(DateYmd::from_raw(20240229).to_date(), Ok(date(2024, 2, 29)));
        assert_eq!(
            DateYmd::from_raw(99991231).to_date(),
            Ok(date(9999, 12, 31))
        );
        let err = DateYmd::from_raw(20210231).to_date().unwrap_err();
        assert_eq!(
            err,
            TimeError::BadDateYmd {
                raw: "20210231".to_owned()
            }
        );
        assert_eq!(err.to_string(), "`20210231` is not a valid yyyyMMdd date");
        for bad in [0, 20211301, 20210700, 20230229, 100000101, u32::MAX] {
            assert_eq!(
                DateYmd::from_raw(bad).to_date(),
                Err(TimeError::BadDateYmd {
                    raw: bad.to_string()
                })
            );
        }
    }

    #[test]
    fn date_ymd_from_date() {
        assert_eq!(
            DateYmd::try_from(date(2021, 7, 1)),
            Ok(DateYmd::from_raw(20210701))
        );
        assert_eq!(
            DateYmd::try_from(date(9999, 12, 31)),
            Ok(DateYmd::from_raw(99991231))
        );
        assert_eq!(
            DateYmd::try_from(date(33, 1, 2)),
            Ok(DateYmd::from_raw(330102))
        );
        assert_eq!(DateYmd::from_raw(330102).to_date(), Ok(date(33, 1, 2)));
        let err = DateYmd::try_from(date(-5, 1, 1)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`-000005-01-01` is out of range for a yyyyMMdd date"
        );
    }

    #[test]
    fn date_ymd_display_and_from_str() {
        assert_eq!(DateYmd::from_raw(20210701).to_string(), "20210701");
        assert_eq!(DateYmd::from_raw(20210701).raw(), 20210701);
        assert_eq!(u32::from(DateYmd::from_raw(20210701)), 20210701);
        assert_eq!("20210701".parse(), Ok(DateYmd::from_raw(20210701)));
        assert_eq!("20210231".parse(), Ok(DateYmd::from_raw(20210231)));
        for bad in ["", "-1", "+20210701", "2021-07-01", "4294967296"] {
            assert_eq!(
                bad.parse::<DateYmd>(),
                Err(TimeError::BadDateYmd {
                    raw: bad.to_owned()
                })
            );
        }
        assert_eq!(
            "abc".parse::<DateYmd>().unwrap_err().to_string(),
            "`abc` is not a valid yyyyMMdd date"
        );
        assert!(DateYmd::from_raw(20210630) < DateYmd::from_raw(20210701));
    }

    // --- LocalMinute ---

    #[test]
    fn local_minute_serde_round_trip() {
        let t = LocalMinute::parse("2021-07-01 08:00").unwrap();
        assert_eq!(json(&t), r#""2021-07-01 08:00""#);
        assert_eq!(from_json::<LocalMinute>(r#""2021-07-01 08:00""#), Ok(t));
        // Tolerance: an unexpected format still decodes, keeping the text.
        let odd = from_json::<LocalMinute>(r#""2021-7-1 8:00""#).unwrap();
        assert_eq!(odd.as_str(), "2021-7-1 8:00");
        assert_eq!(json(&odd), r#""2021-7-1 8:00""#);
        assert!(from_json::<LocalMinute>("20210701").is_err());
    }

    #[test]
    fn local_minute_strict_parse() {
        let t = LocalMinute::parse("2021-07-01 08:00").unwrap();
        assert_eq!(t.as_str(), "2021-07-01 08:00");
        assert_eq!(t.to_string(), "2021-07-01 08:00");
        assert_eq!(t.to_datetime(), Ok(datetime(2021, 7, 1, 8, 0, 0, 0)));
        assert_eq!("2021-07-01 08:00".parse::<LocalMinute>(), Ok(t.clone()));
        assert_eq!(t.into_raw(), "2021-07-01 08:00");

        let err = LocalMinute::parse("2021-7-1 8:00").unwrap_err();
        assert_eq!(
            err,
            TimeError::BadLocalMinute {
                raw: "2021-7-1 8:00".to_owned()
            }
        );
        assert_eq!(
            err.to_string(),
            "`2021-7-1 8:00` is not a `yyyy-MM-dd HH:mm` time"
        );
        for bad in [
            "",
            "2021-07-01",
            "2021-07-01 08:00:00",
            "2021-07-01T08:00",
            "2021/07/01 08:00",
            "2021-02-30 08:00",
            "2021-13-01 08:00",
            "2021-07-01 24:00",
            "2021-07-01 08:60",
            "+021-07-01 08:00",
            " 2021-07-01 08:00",
            "２021-07-01 08:00",
        ] {
            assert_eq!(
                LocalMinute::parse(bad),
                Err(TimeError::BadLocalMinute {
                    raw: bad.to_owned()
                }),
                "{bad:?}"
            );
        }
        assert_eq!(
            LocalMinute::parse("0000-01-01 00:00")
                .unwrap()
                .to_datetime(),
            Ok(datetime(0, 1, 1, 0, 0, 0, 0))
        );
        assert_eq!(
            LocalMinute::parse("9999-12-31 23:59")
                .unwrap()
                .to_datetime(),
            Ok(datetime(9999, 12, 31, 23, 59, 0, 0))
        );
    }

    #[test]
    fn local_minute_from_raw_is_tolerant() {
        let odd = LocalMinute::from_raw("tomorrow".to_owned());
        assert_eq!(odd.as_str(), "tomorrow");
        assert_eq!(odd.to_string(), "tomorrow");
        assert_eq!(
            odd.to_datetime(),
            Err(TimeError::BadLocalMinute {
                raw: "tomorrow".to_owned()
            })
        );
        assert_eq!(
            odd.in_zone("Asia/Shanghai"),
            Err(TimeError::BadLocalMinute {
                raw: "tomorrow".to_owned()
            })
        );
    }

    #[test]
    fn local_minute_from_datetime() {
        assert_eq!(
            LocalMinute::try_from(datetime(2021, 7, 1, 8, 5, 59, 999)),
            Ok(LocalMinute::from_raw("2021-07-01 08:05".to_owned()))
        );
        assert_eq!(
            LocalMinute::try_from(datetime(33, 1, 2, 3, 4, 0, 0)).map(LocalMinute::into_raw),
            Ok("0033-01-02 03:04".to_owned())
        );
        let err = LocalMinute::try_from(datetime(-1, 1, 1, 0, 0, 0, 0)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`-000001-01-01T00:00:00` is out of range for a `yyyy-MM-dd HH:mm` time"
        );
    }

    #[test]
    fn local_minute_in_zone() {
        let t = LocalMinute::parse("2021-07-01 08:00").unwrap();
        let zone = String::from("Asia/Shanghai");
        let zoned = t.in_zone(&zone).unwrap();
        assert_eq!(zoned.timestamp().as_second(), 1625097600);
        assert_eq!(UnixSeconds::from(&zoned), UnixSeconds::new(1625097600));
        assert_eq!(zoned.time_zone().iana_name(), Some("Asia/Shanghai"));

        let ny = t.in_zone("America/New_York").unwrap();
        assert_eq!(ny.timestamp().as_second(), 1625140800);
    }

    #[test]
    fn local_minute_in_zone_disambiguation() {
        // Gap: 02:30 does not exist on 2024-03-10 in New York; compatible moves it forward.
        let gap = LocalMinute::parse("2024-03-10 02:30")
            .unwrap()
            .in_zone("America/New_York");
        assert_eq!(
            gap.unwrap().to_string(),
            "2024-03-10T03:30:00-04:00[America/New_York]"
        );
        // Fold: 01:30 happens twice on 2024-11-03; compatible takes the earlier one.
        let fold = LocalMinute::parse("2024-11-03 01:30")
            .unwrap()
            .in_zone("America/New_York");
        assert_eq!(
            fold.unwrap().to_string(),
            "2024-11-03T01:30:00-04:00[America/New_York]"
        );
    }

    #[test]
    fn local_minute_unknown_zone() {
        let err = LocalMinute::parse("2021-07-01 08:00")
            .unwrap()
            .in_zone("Mars/Base")
            .unwrap_err();
        assert_eq!(
            err,
            TimeError::UnknownTimeZone {
                name: "Mars/Base".to_owned()
            }
        );
        assert_eq!(err.to_string(), "unknown time zone `Mars/Base`");
    }
}
