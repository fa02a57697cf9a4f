//! [`LocalMinute`]: a `yyyy-MM-dd HH:mm` wall-clock time whose zone is a sibling field.

use std::fmt;
use std::str::FromStr;

use jiff::ZonedDateTime;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::TimeError;
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
    use crate::time::UnixSeconds;
    use jiff::civil::datetime;

    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    fn from_json<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
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
