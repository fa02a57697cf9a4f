//! [`DateYmd`]: a calendar date written as a `yyyyMMdd` integer.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

use super::TimeError;

/// A calendar date written as a `yyyyMMdd` integer, e.g. `20210701` for 2021-07-01.
///
/// It holds the value exactly as received and never rejects it on decoding: an integer that is
/// no real date (`20210231`, `-1`) or a string (`"20210701"`, `"2021-07-01"`) is kept as is and
/// re-encodes unchanged; [`to_date`](Self::to_date) checks it. On the wire it is a JSON
/// integer. [`Display`](fmt::Display) prints the wire text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateYmd(Repr);

/// Integers order before strings, by value; strings by their text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Repr {
    Int(i64),
    /// An integer above `i64::MAX`, as received.
    Big(u64),
    Text(Box<str>),
}

impl DateYmd {
    /// Wraps a raw `yyyyMMdd` integer without checking it.
    pub const fn from_raw(raw: u32) -> Self {
        Self(Repr::Int(raw as i64))
    }

    /// A string value exactly as the server sent it, without checking it (as decoding does).
    pub fn from_wire_text(text: &str) -> Self {
        Self(Repr::Text(text.into()))
    }

    /// The `yyyyMMdd` integer, when the value is one that fits a `u32` (a string of digits
    /// counts); not checked to be a real date.
    pub fn as_u32(&self) -> Option<u32> {
        match &self.0 {
            Repr::Int(int) => u32::try_from(*int).ok(),
            Repr::Big(_) => None,
            Repr::Text(text) => parse_digits_u32(text),
        }
    }

    /// The calendar date this value denotes.
    ///
    /// # Errors
    ///
    /// [`TimeError::BadDateYmd`] naming the value when it is not a real date in the years 0 to
    /// 9999 written `yyyyMMdd` (e.g. `20210231`, `"2021-07-01"`).
    pub fn to_date(&self) -> Result<Date, TimeError> {
        let invalid = || TimeError::BadDateYmd {
            raw: self.to_string(),
        };
        let raw = self.as_u32().ok_or_else(invalid)?;
        let year = i16::try_from(raw / 10_000).map_err(|_| invalid())?;
        if year > 9999 {
            return Err(invalid());
        }
        // Both are below 100, so they fit an `i8`.
        let month = i8::try_from(raw / 100 % 100).map_err(|_| invalid())?;
        let day = i8::try_from(raw % 100).map_err(|_| invalid())?;
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
        Ok(Self::from_raw(
            year * 10_000 + u32::from(month) * 100 + u32::from(day),
        ))
    }
}

impl fmt::Display for DateYmd {
    /// The wire text: the integer, or the string as received.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Int(int) => fmt::Display::fmt(int, f),
            Repr::Big(int) => fmt::Display::fmt(int, f),
            Repr::Text(text) => f.write_str(text),
        }
    }
}

impl FromStr for DateYmd {
    type Err = TimeError;

    /// Parses the raw integer (ASCII digits only); like decoding, it does not check the date.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_digits_u32(s)
            .map(Self::from_raw)
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

impl Serialize for DateYmd {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Repr::Int(int) => serializer.serialize_i64(*int),
            Repr::Big(int) => serializer.serialize_u64(*int),
            Repr::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for DateYmd {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateYmdVisitor;

        impl Visitor<'_> for DateYmdVisitor {
            type Value = DateYmd;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a yyyyMMdd date as an integer")
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateYmd, E> {
                Ok(DateYmd(match i64::try_from(v) {
                    Ok(int) => Repr::Int(int),
                    Err(_) => Repr::Big(v),
                }))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateYmd, E> {
                Ok(DateYmd(Repr::Int(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateYmd, E> {
                Ok(DateYmd(Repr::Text(v.into())))
            }
        }

        deserializer.deserialize_any(DateYmdVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    fn from_json<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn serde_round_trip() {
        let d = DateYmd::from_raw(20210701);
        assert_eq!(json(&d), "20210701");
        assert_eq!(from_json::<DateYmd>("20210701"), Ok(d));
        // Invalid dates are kept raw.
        assert_eq!(
            from_json::<DateYmd>("20210231"),
            Ok(DateYmd::from_raw(20210231))
        );
        assert_eq!(from_json::<DateYmd>("0"), Ok(DateYmd::from_raw(0)));
    }

    #[test]
    fn malformed_values_are_kept_as_received() {
        for (wire, date_ok) in [
            (r#""20210701""#, true),
            (r#""2021-07-01""#, false),
            (r#""""#, false),
            ("-1", false),
            ("4294967296", false),
            ("18446744073709551615", false),
        ] {
            let value = from_json::<DateYmd>(wire).unwrap();
            assert_eq!(json(&value), wire, "re-encodes unchanged");
            assert_eq!(value.to_date().is_ok(), date_ok, "{wire}");
        }
        let odd = from_json::<DateYmd>(r#""2021-07-01""#).unwrap();
        assert_eq!(odd.to_string(), "2021-07-01");
        assert_eq!(
            odd.to_date().unwrap_err().to_string(),
            "`2021-07-01` is not a valid yyyyMMdd date"
        );
        assert_eq!(odd.as_u32(), None);
        let digits = from_json::<DateYmd>(r#""20210701""#).unwrap();
        assert_eq!(digits.as_u32(), Some(20210701));
        assert_eq!(digits.to_date(), Ok(date(2021, 7, 1)));
    }

    #[test]
    fn a_wrong_shape_is_an_error() {
        assert!(from_json::<DateYmd>("20210701.0").is_err());
        assert!(from_json::<DateYmd>("true").is_err());
        assert!(from_json::<DateYmd>("[20210701]").is_err());
    }

    #[test]
    fn to_date() {
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
    fn from_date() {
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
    fn display_and_from_str() {
        assert_eq!(DateYmd::from_raw(20210701).to_string(), "20210701");
        assert_eq!(DateYmd::from_raw(20210701).as_u32(), Some(20210701));
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
}
