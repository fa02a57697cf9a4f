//! Naming rules shared by the checks and code generation.

/// `lower_snake_case` with no leading digit or empty segments.
pub fn is_snake(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && !s.contains("__")
        && !s.ends_with('_')
}

/// Names Rust accepts neither as plain nor as raw (`r#…`) identifiers.
pub fn is_reserved(s: &str) -> bool {
    matches!(s, "self" | "super" | "crate" | "Self")
}

/// `PascalCase`: starts upper-case, letters and digits only.
pub fn is_pascal(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('A'..='Z')) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Wire name to snake_case: `userIds` → `user_ids`, `user-ids` → `user_ids`.
pub fn snake(s: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            if prev_lower {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else if c == '-' || c == '.' || c == ' ' {
            out.push('_');
            prev_lower = false;
        } else {
            out.push(c);
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// snake_case to PascalCase: `user_task_remedy` → `UserTaskRemedy`.
pub fn pascal(s: &str) -> String {
    s.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_convert() {
        assert_eq!(snake("userIds"), "user_ids");
        assert_eq!(snake("check_time_from"), "check_time_from");
        assert_eq!(pascal("user_task_remedy"), "UserTaskRemedy");
        assert!(is_snake("v1") && !is_snake("V1") && !is_snake("a__b"));
        assert!(is_pascal("RemedyStatus") && !is_pascal("remedy_status"));
    }
}
