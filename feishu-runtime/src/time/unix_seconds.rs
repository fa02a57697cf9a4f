//! [`UnixSeconds`]: an instant as whole seconds since the epoch, sent as a decimal string.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jiff::{Timestamp, ZonedDateTime};
use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::{Serialize, Serializer};

use super::TimeError;

/// An instant with one-second precision: whole seconds since 1970-01-01T00:00:00Z.
///
/// On the wire it is a JSON string holding a decimal integer (`"1566641088"`); a bare JSON
/// integer is accepted when decoding too. [`Display`](fmt::Display) prints the wire text.
///
/// A string that is not a decimal integer (`""`, `"abc"`) still decodes: it is kept as
/// received ([`malformed`](Self::malformed) gives it back), re-encodes unchanged, and
/// [`secs`](Self::secs) and the conversions report it as [`TimeError::BadUnixSeconds`].
/// A request holding such a value fails validation before anything is sent.
///
/// Builder setters take `impl Into<UnixSeconds>`, so a [`jiff::Timestamp`], a
/// [`jiff::ZonedDateTime`] or a [`SystemTime`] can be passed directly; sub-second parts are
/// floored (rounded towards the past).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixSeconds(Repr);

/// Well-formed values order before malformed ones, by value; malformed ones by their text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Repr {
    Secs(i64),
    Malformed(Box<str>),
}

impl UnixSeconds {
    /// The instant `secs` seconds after (or, if negative, before) the Unix epoch.
    pub const fn new(secs: i64) -> Self {
        Self(Repr::Secs(secs))
    }

    /// A value exactly as the server sent it, without checking it (as decoding does).
    pub fn from_wire_text(text: &str) -> Self {
        text.parse()
            .unwrap_or_else(|_| Self(Repr::Malformed(text.into())))
    }

    /// The number of seconds since the Unix epoch.
    ///
    /// # Errors
    ///
    /// [`TimeError::BadUnixSeconds`] naming the text, when the server sent one that is not a
    /// decimal integer.
    pub fn secs(&self) -> Result<i64, TimeError> {
        match &self.0 {
            Repr::Secs(secs) => Ok(*secs),
            Repr::Malformed(raw) => Err(TimeError::BadUnixSeconds {
                raw: raw.to_string(),
            }),
        }
    }

    /// The text as received, when it is not a decimal integer; `None` for a well-formed value.
    pub fn malformed(&self) -> Option<&str> {
        match &self.0 {
            Repr::Secs(_) => None,
            Repr::Malformed(raw) => Some(raw),
        }
    }

    /// The current time, floored to the second.
    pub fn now() -> Self {
        Self::from(SystemTime::now())
    }

    /// This instant as a [`jiff::Timestamp`].
    ///
    /// # Errors
    ///
    /// [`TimeError::BadUnixSeconds`] for a malformed value; [`TimeError::OutOfRange`] when
    /// the value is outside jiff's supported range (roughly the years -9999 to 9999).
    pub fn to_timestamp(&self) -> Result<Timestamp, TimeError> {
        let secs = self.secs()?;
        Timestamp::from_second(secs).map_err(|_| TimeError::OutOfRange {
            value: secs.to_string(),
            target: "jiff::Timestamp",
        })
    }

    /// This instant as a [`SystemTime`].
    ///
    /// # Errors
    ///
    /// [`TimeError::BadUnixSeconds`] for a malformed value; [`TimeError::OutOfRange`] when
    /// the platform's `SystemTime` cannot represent it (rather than panicking, as
    /// `UNIX_EPOCH + duration` would).
    pub fn to_system_time(&self) -> Result<SystemTime, TimeError> {
        let secs = self.secs()?;
        let magnitude = Duration::from_secs(secs.unsigned_abs());
        let time = if secs >= 0 {
            UNIX_EPOCH.checked_add(magnitude)
        } else {
            UNIX_EPOCH.checked_sub(magnitude)
        };
        time.ok_or_else(|| TimeError::OutOfRange {
            value: secs.to_string(),
            target: "std::time::SystemTime",
        })
    }
}

impl fmt::Display for UnixSeconds {
    /// The wire text: the integer, or the malformed text as received.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Secs(secs) => fmt::Display::fmt(secs, f),
            Repr::Malformed(raw) => f.write_str(raw),
        }
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
            .map(Self::new)
            .map_err(|_| TimeError::BadUnixSeconds { raw: s.to_owned() })
    }
}

impl TryFrom<&UnixSeconds> for i64 {
    type Error = TimeError;

    fn try_from(value: &UnixSeconds) -> Result<Self, Self::Error> {
        value.secs()
    }
}

impl From<Timestamp> for UnixSeconds {
    /// Floors to whole seconds, so -1.5 s becomes -2 s.
    fn from(ts: Timestamp) -> Self {
        // `as_second` truncates towards zero; a negative fraction means we must step back one.
        let secs = ts.as_second();
        if ts.subsec_nanosecond() < 0 {
            Self::new(secs - 1)
        } else {
            Self::new(secs)
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
        Self::new(i64::try_from(secs).unwrap_or(if secs < 0 { i64::MIN } else { i64::MAX }))
    }
}

impl Serialize for UnixSeconds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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
                Ok(UnixSeconds::from_wire_text(v))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<UnixSeconds, E> {
                Ok(UnixSeconds::new(v))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<UnixSeconds, E> {
                i64::try_from(v)
                    .map(UnixSeconds::new)
                    .map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
            }
        }

        deserializer.deserialize_any(UnixSecondsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    fn from_json<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn serde_round_trip() {
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
    fn tolerates_json_integers() {
        assert_eq!(
            from_json::<UnixSeconds>("1566641088"),
            Ok(UnixSeconds::new(1566641088))
        );
        assert_eq!(from_json::<UnixSeconds>("-1"), Ok(UnixSeconds::new(-1)));
    }

    #[test]
    fn a_malformed_string_is_kept_and_reported_on_use() {
        for raw in ["", "abc", "+5", " 5", "1.5", "99999999999999999999"] {
            let value = from_json::<UnixSeconds>(&json(&raw)).unwrap();
            assert_eq!(value.malformed(), Some(raw));
            assert_eq!(value.to_string(), raw);
            assert_eq!(json(&value), json(&raw), "re-encodes unchanged");
            let bad = TimeError::BadUnixSeconds {
                raw: raw.to_owned(),
            };
            assert_eq!(value.secs(), Err(bad.clone()));
            assert_eq!(value.to_timestamp(), Err(bad.clone()));
            assert_eq!(value.to_system_time(), Err(bad));
        }
        assert_eq!(
            UnixSeconds::from_wire_text("")
                .secs()
                .unwrap_err()
                .to_string(),
            "`` is not a Unix time in seconds"
        );
        assert_eq!(UnixSeconds::from_wire_text("12"), UnixSeconds::new(12));
        assert_eq!(UnixSeconds::new(12).malformed(), None);
    }

    #[test]
    fn a_wrong_shape_is_an_error() {
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
        assert!(from_json::<UnixSeconds>("{}").is_err());
        assert!(from_json::<UnixSeconds>("18446744073709551615").is_err());
    }

    #[test]
    fn display_and_from_str() {
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
    fn order_and_accessors() {
        assert!(UnixSeconds::new(10) < UnixSeconds::new(20));
        assert!(UnixSeconds::new(i64::MAX) < UnixSeconds::from_wire_text(""));
        assert_eq!(UnixSeconds::new(7).secs(), Ok(7));
        assert_eq!(i64::try_from(&UnixSeconds::new(7)), Ok(7));
    }

    #[test]
    fn jiff_timestamp() {
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
    fn to_timestamp_out_of_range() {
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
    fn from_zoned() {
        let zoned = Timestamp::from_second(1625097600)
            .unwrap()
            .in_tz("Asia/Shanghai")
            .unwrap();
        assert_eq!(UnixSeconds::from(&zoned), UnixSeconds::new(1625097600));
        assert_eq!(UnixSeconds::from(zoned), UnixSeconds::new(1625097600));
    }

    #[test]
    fn system_time() {
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
    fn now_is_recent() {
        let now = UnixSeconds::now();
        // 2024-01-01T00:00:00Z; the clock is later than that.
        assert!(now.secs().unwrap() > 1_704_067_200);
        assert!(now.to_timestamp().is_ok());
    }
}
