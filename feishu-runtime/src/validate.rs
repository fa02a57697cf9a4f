//! Request validation: the rules a spec states, checked before anything is sent.
//!
//! Generated `validate()` methods collect every broken rule into [`Violations`]; nothing stops
//! at the first one, so a caller sees all that is wrong with a request at once.

use std::fmt;

/// The rule a value broke.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// A required field is absent.
    Required,
    /// An array has fewer items than allowed.
    MinItems {
        /// Smallest allowed count.
        min: usize,
        /// Count found.
        actual: usize,
    },
    /// An array has more items than allowed.
    MaxItems {
        /// Largest allowed count.
        max: usize,
        /// Count found.
        actual: usize,
    },
    /// A string is shorter than allowed (counted in characters).
    MinLength {
        /// Smallest allowed length.
        min: usize,
        /// Length found.
        actual: usize,
    },
    /// A string is longer than allowed (counted in characters).
    MaxLength {
        /// Largest allowed length.
        max: usize,
        /// Length found.
        actual: usize,
    },
    /// A number is below the allowed minimum.
    Minimum {
        /// Smallest allowed value.
        min: String,
        /// Value found.
        actual: String,
    },
    /// A number is above the allowed maximum.
    Maximum {
        /// Largest allowed value.
        max: String,
        /// Value found.
        actual: String,
    },
    /// Two fields are out of the order the spec requires (e.g. a range's start after its end).
    Order {
        /// The other field's path.
        other: String,
        /// The comparison that must hold: `"<"` or `"<="`.
        op: &'static str,
        /// This field's value.
        actual: String,
        /// The other field's value.
        other_value: String,
    },
    /// The value could not be decoded from its wire form (servers and example tests only).
    Malformed {
        /// What was wrong with it.
        detail: String,
    },
}

/// A value whose wire form has a documented format beyond its JSON type (the [`crate::time`]
/// types): decoding keeps a malformed value, and request validation reports it.
pub trait WireFormat {
    /// What is wrong with the value's format, or `None` when it is well formed.
    fn format_error(&self) -> Option<String>;
}

/// One broken rule, with the path of the field that broke it (e.g. `user_ids` or `items[2].name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The field's path, in wire names.
    pub path: String,
    /// The rule it broke.
    pub rule: Rule,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = &self.path;
        match &self.rule {
            Rule::Required => write!(f, "{path}: is required"),
            Rule::MinItems { min, actual } => {
                write!(
                    f,
                    "{path}: at least {min} item{}, got {actual}",
                    plural(*min)
                )
            }
            Rule::MaxItems { max, actual } => {
                write!(
                    f,
                    "{path}: at most {max} item{}, got {actual}",
                    plural(*max)
                )
            }
            Rule::MinLength { min, actual } => {
                write!(
                    f,
                    "{path}: at least {min} character{}, got {actual}",
                    plural(*min)
                )
            }
            Rule::MaxLength { max, actual } => {
                write!(
                    f,
                    "{path}: at most {max} character{}, got {actual}",
                    plural(*max)
                )
            }
            Rule::Minimum { min, actual } => {
                write!(f, "{path}: must be at least {min}, got {actual}")
            }
            Rule::Maximum { max, actual } => {
                write!(f, "{path}: must be at most {max}, got {actual}")
            }
            Rule::Order {
                other,
                op,
                actual,
                other_value,
            } => {
                let want = if *op == "<" {
                    "be before"
                } else {
                    "not be after"
                };
                write!(
                    f,
                    "{path}: must {want} {other}, got {actual} and {other_value}"
                )
            }
            Rule::Malformed { detail } => write!(f, "{path}: {detail}"),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Every rule a request broke; never empty when returned as an error.
///
/// The `check_*` methods take the field's path as anything `Display` (a `&str`, or
/// [`crate::wire::FieldPath`]): it is written out only when a rule is broken, so checking a
/// valid request allocates nothing for paths.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Violations(Vec<Violation>);

impl Violations {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a violation.
    pub fn push(&mut self, path: impl Into<String>, rule: Rule) {
        self.0.push(Violation {
            path: path.into(),
            rule,
        });
    }

    /// The violations, in the order they were found.
    pub fn as_slice(&self) -> &[Violation] {
        &self.0
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many violations there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// `Ok(())` when empty, otherwise `Err(self)`.
    pub fn into_result(self) -> Result<(), Violations> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }

    /// Appends another collector's findings.
    pub fn extend(&mut self, other: Violations) {
        self.0.extend(other.0);
    }

    /// Checks an array's length against `min..=max` items.
    pub fn check_items(
        &mut self,
        path: &(impl fmt::Display + ?Sized),
        actual: usize,
        min: Option<usize>,
        max: Option<usize>,
    ) {
        if let Some(min) = min.filter(|&min| actual < min) {
            self.push(path.to_string(), Rule::MinItems { min, actual });
        }
        if let Some(max) = max.filter(|&max| actual > max) {
            self.push(path.to_string(), Rule::MaxItems { max, actual });
        }
    }

    /// Checks a string's length, in characters, against `min..=max`.
    pub fn check_length(
        &mut self,
        path: &(impl fmt::Display + ?Sized),
        value: &str,
        min: Option<usize>,
        max: Option<usize>,
    ) {
        let actual = value.chars().count();
        if let Some(min) = min.filter(|&min| actual < min) {
            self.push(path.to_string(), Rule::MinLength { min, actual });
        }
        if let Some(max) = max.filter(|&max| actual > max) {
            self.push(path.to_string(), Rule::MaxLength { max, actual });
        }
    }

    /// Checks a number against `min..=max`.
    pub fn check_range<T: PartialOrd + fmt::Display>(
        &mut self,
        path: &(impl fmt::Display + ?Sized),
        value: T,
        min: Option<T>,
        max: Option<T>,
    ) {
        if let Some(min) = min.filter(|min| value < *min) {
            self.push(
                path.to_string(),
                Rule::Minimum {
                    min: min.to_string(),
                    actual: value.to_string(),
                },
            );
        }
        if let Some(max) = max.filter(|max| value > *max) {
            self.push(
                path.to_string(),
                Rule::Maximum {
                    max: max.to_string(),
                    actual: value.to_string(),
                },
            );
        }
    }

    /// Checks that a value with a documented wire format (a time) is well formed.
    pub fn check_format<T: WireFormat + ?Sized>(
        &mut self,
        path: &(impl fmt::Display + ?Sized),
        value: &T,
    ) {
        if let Some(detail) = value.format_error() {
            self.push(path.to_string(), Rule::Malformed { detail });
        }
    }

    /// Checks that a string carrying a 64-bit integer (an id) is one: decimal digits with an
    /// optional leading `-`, in range.
    pub fn check_int64(&mut self, path: &(impl fmt::Display + ?Sized), value: &str) {
        let digits = value.strip_prefix('-').unwrap_or(value);
        let ok = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && value.parse::<i64>().is_ok();
        if !ok {
            self.push(
                path.to_string(),
                Rule::Malformed {
                    detail: format!("`{value}` is not a 64-bit integer"),
                },
            );
        }
    }

    /// Checks that `left op right` holds, where `op` is `"<"` or `"<="`.
    pub fn check_order<T: PartialOrd + fmt::Display>(
        &mut self,
        left_path: &(impl fmt::Display + ?Sized),
        left: &T,
        op: &'static str,
        right_path: &(impl fmt::Display + ?Sized),
        right: &T,
    ) {
        let holds = if op == "<" {
            left < right
        } else {
            left <= right
        };
        if !holds {
            self.push(
                left_path.to_string(),
                Rule::Order {
                    other: right_path.to_string(),
                    op,
                    actual: left.to_string(),
                    other_value: right.to_string(),
                },
            );
        }
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_field_and_the_rule() {
        let mut v = Violations::new();
        v.check_items("user_ids", 51, Some(1), Some(50));
        v.check_items("user_ids", 0, Some(1), Some(50));
        v.check_length("reason", "ab", Some(3), None);
        v.check_range("status", 7, Some(0), Some(4));
        v.check_order("check_time_from", &20, "<=", "check_time_to", &10);
        let text: Vec<String> = v.as_slice().iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "user_ids: at most 50 items, got 51",
                "user_ids: at least 1 item, got 0",
                "reason: at least 3 characters, got 2",
                "status: must be at most 4, got 7",
                "check_time_from: must not be after check_time_to, got 20 and 10",
            ]
        );
    }

    #[test]
    fn malformed_times_are_reported_with_their_value() {
        use crate::time::{DateYmd, LocalMinute, UnixSeconds};
        let mut v = Violations::new();
        v.check_format("from", &UnixSeconds::from_wire_text(""));
        v.check_format("to", &UnixSeconds::new(5));
        v.check_format("day", &DateYmd::from_raw(20210231));
        v.check_format("ok_day", &DateYmd::from_raw(20210228));
        v.check_format("at", &LocalMinute::from_raw("2021-7-1 8:00".into()));
        let text: Vec<String> = v.as_slice().iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "from: `` is not a Unix time in seconds",
                "day: `20210231` is not a valid yyyyMMdd date",
                "at: `2021-7-1 8:00` is not a `yyyy-MM-dd HH:mm` time",
            ]
        );
    }

    #[test]
    fn int64_strings_are_checked() {
        let mut v = Violations::new();
        for ok in ["0", "6919358128597097404", "-1"] {
            v.check_int64("id", ok);
        }
        assert!(v.is_empty(), "{v}");
        for bad in ["", "x", "+1", "9223372036854775808", "1.0"] {
            v.check_int64("id", bad);
        }
        assert_eq!(v.len(), 5);
        assert_eq!(
            v.as_slice()[1].to_string(),
            "id: `x` is not a 64-bit integer"
        );
    }

    #[test]
    fn order_accepts_equal_only_for_le() {
        let mut v = Violations::new();
        v.check_order("a", &5, "<=", "b", &5);
        assert!(v.is_empty());
        v.check_order("a", &5, "<", "b", &5);
        assert_eq!(v.len(), 1);
        assert_eq!(
            v.into_result().unwrap_err().to_string(),
            "a: must be before b, got 5 and 5"
        );
    }
}
