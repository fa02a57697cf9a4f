//! Spec files as text: the spec model serialized as TOML, a header naming the source.

use super::build::{Decl, Draft, Kind};
use crate::spec;

/// The header comment of an imported file.
pub fn header(title: &str, draft: &Draft) -> String {
    let mut h = format!("# {title}: imported by `feishu-spec import` from its reference page.\n");
    if let Some(url) = draft.spec.doc_url.as_ref() {
        h.push_str(&format!("# Source: {}", url.get_ref()));
        if let Some(updated) = draft.updated.as_deref().map(date) {
            h.push_str(&format!(" (updated {updated})"));
        }
        h.push('\n');
    }
    h.push_str("# Format reference: specs/README.md.\n\n");
    h
}

/// `1724048476000` (milliseconds) as a date; anything else as given.
fn date(updated: &str) -> String {
    let Ok(ms) = updated.parse::<i64>() else {
        return updated.to_owned();
    };
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

/// The method's file: its spec with the declarations it keeps to itself.
pub fn method_file(title: &str, draft: &Draft) -> String {
    let mut spec = draft.spec.clone();
    for d in draft
        .decls
        .iter()
        .filter(|d| d.home == super::build::Home::Method)
    {
        push(&mut spec.objects, &mut spec.enums, d);
    }
    format!("{}{}", header(title, draft), to_toml(&spec))
}

/// A shared types file holding `decls`.
pub fn types_file(service: &str, version: &str, decls: &[&Decl]) -> String {
    let mut file = spec::TypesFile {
        service: Some(super::build::sp(service.to_owned())),
        version: Some(super::build::sp(version.to_owned())),
        description: None,
        objects: Vec::new(),
        enums: Vec::new(),
    };
    for d in decls {
        push(&mut file.objects, &mut file.enums, d);
    }
    format!(
        "# Shared types of {service} {version}: imported by `feishu-spec import`.\n\
         # Format reference: specs/README.md.\n\n{}",
        to_toml(&file)
    )
}

fn push(
    objects: &mut Vec<toml::Spanned<spec::Object>>,
    enums: &mut Vec<toml::Spanned<spec::Enum>>,
    d: &Decl,
) {
    match &d.kind {
        Kind::Object(o) => objects.push(super::build::sp(o.clone())),
        Kind::Enum(e) => enums.push(super::build::sp(e.clone())),
    }
}

fn to_toml<T: serde::Serialize>(value: &T) -> String {
    toml::to_string_pretty(value).expect("the spec model serializes as TOML")
}
