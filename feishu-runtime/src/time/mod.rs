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
//! Decoding is lenient about the *format* and strict about the *shape*: a value that breaks
//! its documented format (an empty or non-numeric Unix-seconds string, `20210231`, a date
//! written `"2021-07-01"`) is kept exactly as received, re-encodes unchanged, and only the
//! conversions (which return [`TimeError`] naming the value) reject it. One odd value never
//! makes a whole answer fail. A wrong JSON shape (an object where a string is documented) is
//! still a decoding error.
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

mod date_ymd;
mod local_minute;
mod unix_seconds;

pub use date_ymd::DateYmd;
pub use local_minute::LocalMinute;
pub use unix_seconds::UnixSeconds;

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
    /// The value is not a valid calendar date written as `yyyyMMdd`.
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

impl crate::validate::WireFormat for UnixSeconds {
    fn format_error(&self) -> Option<String> {
        self.secs().err().map(|e| e.to_string())
    }
}

impl crate::validate::WireFormat for DateYmd {
    fn format_error(&self) -> Option<String> {
        self.to_date().err().map(|e| e.to_string())
    }
}

impl crate::validate::WireFormat for LocalMinute {
    fn format_error(&self) -> Option<String> {
        self.to_datetime().err().map(|e| e.to_string())
    }
}
