//! Inline text of a table cell: markup to plain text, and the facts a description cell carries
//! behind its bold markers (`**示例值**`, `**可选值有**`, `**默认值**`, `**数据校验规则**`).

/// Inline markup to plain text: `<br>` to a line break, HTML entities, markdown escapes,
/// backticks and emphasis around a whole name removed.
pub fn plain(raw: &str) -> String {
    let mut s = raw
        .replace("<br/>", "\n")
        .replace("<br />", "\n")
        .replace("<br>", "\n")
        .replace("&nbsp;", " ")
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    for c in [
        "\\[", "\\]", "\\-", "\\_", "\\*", "\\(", "\\)", "\\<", "\\>", "\\#", "\\`",
    ] {
        s = s.replace(c, &c[1..]);
    }
    s
}

/// A name or type cell: plain text without backticks, nesting marks or spaces.
pub fn bare(raw: &str) -> String {
    plain(raw)
        .replace(['`', '└', '∟', '\u{a0}', '\u{200b}'], "")
        .replace("&emsp;", "")
        .replace("&ensp;", "")
        .replace("**", "")
        .trim()
        .to_owned()
}

/// How deep a mirror-dialect row nests: the indentation before its `└` in units of two spaces
/// (`&nbsp;&nbsp;└` is 1), or `None` with no `└`.
pub fn depth(raw: &str) -> Option<usize> {
    let before = raw.split('└').next().filter(|_| raw.contains('└'))?;
    let spaces = before
        .replace("&nbsp;", " ")
        .chars()
        .filter(|c| *c == ' ')
        .count();
    Some(spaces / 2 + usize::from(spaces < 2))
}

/// Inclusive bounds, `(min, max)`, either possibly open.
pub type Bounds = (Option<i64>, Option<i64>);

/// One documented value of an enumeration.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumItem {
    /// The wire value as written.
    pub value: String,
    /// Its meaning.
    pub meaning: String,
}

/// What a description cell says besides its prose.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Described {
    /// The prose, markers and their sections removed.
    pub text: String,
    /// `**示例值**`, as written (quotes kept).
    pub example: Option<String>,
    /// `**默认值**`.
    pub default: Option<String>,
    /// `**可选值有**` items.
    pub values: Vec<EnumItem>,
    /// `**数据校验规则**`: length, item count or value range.
    pub range: Option<Bounds>,
    /// Whether the range is a length (`长度`) rather than a value range (`取值范围`).
    pub range_is_length: bool,
    /// Whether `values` were read from the prose rather than from a `可选值有` list: weaker
    /// evidence, dropped when the page's example is none of them.
    pub values_from_prose: bool,
}

const EXAMPLE: &[&str] = &["示例值"];
const DEFAULT: &[&str] = &["默认值"];
const VALUES: &[&str] = &["可选值有", "可选值", "可能值有"];
const RULES: &[&str] = &["数据校验规则"];

/// A bold marker at `s[i..]`: its name (trailing colon removed) and the byte length it spans
/// (with a colon right after it).
fn marker_at(s: &str, i: usize) -> Option<(String, usize)> {
    let rest = &s[i..];
    let inner = rest.strip_prefix("**")?;
    let end = inner.find("**")?;
    let name = inner[..end]
        .trim()
        .trim_end_matches(['：', ':'])
        .trim()
        .to_owned();
    if name.is_empty() || name.chars().count() > 12 {
        return None;
    }
    let mut len = 2 + end + 2;
    let after = &rest[len..];
    if let Some(c) = after.chars().next().filter(|c| matches!(c, '：' | ':')) {
        len += c.len_utf8();
    }
    Some((name, len))
}

/// Splits a description cell into its prose and its marked sections.
pub fn describe(raw: &str) -> Described {
    let mut s = plain(raw);
    // The same markers written without bold: `可选值有：`, `可选值：`.
    for m in ["可选值有：", "可选值有:", "可选值：", "可选值:"] {
        if !s.contains(&format!("**{m}"))
            && !s.contains(&format!("**{}**", m.trim_end_matches(['：', ':'])))
        {
            s = s.replacen(m, "**可选值有**：", 1);
        }
    }
    let mut out = Described::default();
    // (marker name, section text) in order; text outside sections is prose.
    let mut prose = String::new();
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    let mut current: Option<usize> = None;
    while i < s.len() {
        if let Some((name, len)) = marker_at(&s, i) {
            let known = [EXAMPLE, DEFAULT, VALUES, RULES]
                .iter()
                .any(|set| set.contains(&name.as_str()));
            if known {
                sections.push((name, String::new()));
                current = Some(sections.len() - 1);
                i += len;
                continue;
            }
            // Another bold heading (注意, 注意事项, …) ends a section: back to prose.
            current = None;
        }
        let c = s[i..].chars().next().expect("in bounds");
        match current {
            // An example is one line; a section of values or rules runs to the next marker
            // or a line that is not one of its items.
            Some(k) if c == '\n' => {
                let (name, text) = &sections[k];
                let next_line = s[i + 1..].lines().next().unwrap_or("").trim_start();
                let item = next_line.starts_with("- ") || next_line.starts_with("* ");
                if EXAMPLE.contains(&name.as_str())
                    || DEFAULT.contains(&name.as_str())
                    || (!text.trim().is_empty() && !item)
                {
                    current = None;
                    if !prose.trim_end_matches(' ').ends_with('\n') {
                        prose.push('\n');
                    }
                } else {
                    sections[k].1.push('\n');
                }
            }
            Some(k) => sections[k].1.push(c),
            None => prose.push(c),
        }
        i += c.len_utf8();
    }
    for (name, text) in sections {
        let text = text.trim();
        if EXAMPLE.contains(&name.as_str()) {
            out.example = Some(text.to_owned());
        } else if DEFAULT.contains(&name.as_str()) {
            // A default runs to the next bold marker, however long it is.
            let text = text.split(" **").next().unwrap_or(text).trim();
            out.default = Some(text.trim_matches('`').trim().to_owned());
        } else if VALUES.contains(&name.as_str()) {
            out.values.extend(enum_items(text));
        } else {
            let (range, is_length) = rules(text);
            if range.is_some() {
                out.range = range;
                out.range_is_length = is_length;
            }
        }
    }
    // Values listed in the prose as bullets with quoted values (`* \`v\`：meaning`).
    if out.values.is_empty() {
        let items: Vec<EnumItem> = enum_items(&prose)
            .into_iter()
            .filter(|i| prose.contains(&format!("`{}`", i.value)))
            .collect();
        if items.len() >= 2 {
            out.values = items;
            out.values_from_prose = true;
        }
    }
    let mut lines: Vec<&str> = Vec::new();
    for line in prose.lines().map(str::trim_end) {
        if !(line.is_empty() && lines.last().is_some_and(|l| l.is_empty())) {
            lines.push(line);
        }
    }
    out.text = lines.join("\n").trim().to_owned();
    out
}

/// Where an item starts at byte `i`: `- v：`, ``- `v`: ``, `* v：`; returns the value and the
/// length of the item's head.
fn item_head(s: &str, i: usize) -> Option<(String, usize)> {
    let rest = &s[i..];
    let after_bullet = rest
        .strip_prefix("- ")
        .or_else(|| rest.strip_prefix("* "))?
        .trim_start();
    let bullet_len = rest.len() - after_bullet.len();
    let (value, after) = if let Some(r) = after_bullet.strip_prefix('`') {
        let end = r.find('`')?;
        (&r[..end], &r[end + 1..])
    } else {
        let end = after_bullet
            .find(|c: char| c == ':' || c == '：' || c.is_whitespace())
            .unwrap_or(after_bullet.len());
        (&after_bullet[..end], &after_bullet[end..])
    };
    let value = value.trim();
    let valid = !value.is_empty()
        && value.chars().count() <= 64
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-+/@#$%&:".contains(c));
    if !valid {
        return None;
    }
    let after_trim = after.trim_start();
    let colon = after_trim
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '：'))?;
    let head = rest.len() - after_trim.len() + colon.len_utf8();
    let _ = bullet_len;
    Some((value.to_owned(), head))
}

/// The items of a `可选值有` section.
pub fn enum_items(text: &str) -> Vec<EnumItem> {
    let mut starts = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let at_boundary = i == 0 || text[..i].ends_with(char::is_whitespace);
        if at_boundary && let Some((value, head)) = item_head(text, i) {
            starts.push((i, value, head));
            i += head;
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    let mut items = Vec::new();
    for (k, (start, value, head)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(text.len(), |s| s.0);
        let meaning = text[start + head..end].trim().to_owned();
        items.push(EnumItem {
            value: value.clone(),
            meaning,
        });
    }
    items
}

/// `0：fixed，2：scheduled， 3：free`: integer values with their meanings written in prose,
/// when there are at least two and no value repeats.
pub fn int_items_in_prose(text: &str) -> Vec<EnumItem> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut starts = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        let boundary = k == 0 || !chars[k - 1].1.is_ascii_alphanumeric() && chars[k - 1].1 != '.';
        if c.is_ascii_digit() && boundary {
            let mut j = k;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            if j < chars.len() && chars[j].1 == '：' {
                let head_end = chars[j].0 + '：'.len_utf8();
                starts.push((at, text[at..chars[j].0].to_owned(), head_end));
                k = j + 1;
                continue;
            }
            k = j;
            continue;
        }
        k += 1;
    }
    let mut items = Vec::new();
    for (n, (_, value, head_end)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(text.len(), |s| s.0);
        let meaning = text[*head_end..end]
            .trim()
            .trim_end_matches(['，', ',', '；', ';', '、', '。'])
            .trim()
            .to_owned();
        items.push(EnumItem {
            value: value.clone(),
            meaning,
        });
    }
    let distinct: std::collections::BTreeSet<&str> =
        items.iter().map(|i| i.value.as_str()).collect();
    if items.len() >= 2 && distinct.len() == items.len() {
        items
    } else {
        Vec::new()
    }
}

/// Numbers in backticks or bare, in order.
fn numbers(text: &str) -> Vec<i64> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '-' && cur.is_empty()) {
            cur.push(c);
        } else {
            if let Ok(n) = cur.parse() {
                out.push(n);
            }
            cur.clear();
        }
    }
    out
}

/// A `数据校验规则` section: the range it states and whether it is a length.
fn rules(text: &str) -> (Option<Bounds>, bool) {
    let mut min = None;
    let mut max = None;
    let mut is_length = false;
    for line in text.split(['\n']).flat_map(|l| l.split(" - ")) {
        let line = line.trim().trim_start_matches(['-', '*']).trim();
        let Some((key, value)) = line.split_once(['：', ':']) else {
            continue;
        };
        let n = numbers(value);
        if key.contains("长度") {
            is_length = true;
        }
        if key.contains("范围") {
            if let [a, b, ..] = n[..] {
                min = Some(a);
                max = Some(b);
            }
        } else if key.contains("最大") {
            max = n.first().copied();
        } else if key.contains("最小") {
            min = n.first().copied();
        }
    }
    (
        (min.is_some() || max.is_some()).then_some((min, max)),
        is_length,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(v: &str, m: &str) -> EnumItem {
        EnumItem {
            value: v.into(),
            meaning: m.into(),
        }
    }

    #[test]
    fn names_and_types_lose_their_markup() {
        assert_eq!(bare("&nbsp;&nbsp;└ `user_remedys`"), "user_remedys");
        assert_eq!(bare("`user_task_remedy\\[\\]`"), "user_task_remedy[]");
        assert_eq!(depth("&nbsp;&nbsp;&nbsp;&nbsp;└ `x`"), Some(2));
        assert_eq!(depth("&nbsp;&nbsp;└ `x`"), Some(1));
        assert_eq!(depth("`x`"), None);
    }

    #[test]
    fn piped_descriptions_keep_their_sections_apart() {
        let d = describe(
            "Size of a page<br>**示例值**：10<br>**默认值**：`10`<br>**数据校验规则**：<br>- 取值范围：`1` ～ `50`",
        );
        assert_eq!(d.text, "Size of a page");
        assert_eq!(d.example.as_deref(), Some("10"));
        assert_eq!(d.default.as_deref(), Some("10"));
        assert_eq!(d.range, Some((Some(1), Some(50))));
        assert!(!d.range_is_length);
    }

    #[test]
    fn enum_items_inline_multi_line_and_starred() {
        let d = describe(
            "Kind<br>**示例值**：a<br>**可选值有**：<br>- `a_b`: first - `c`: second one - x - `d`: third",
        );
        assert_eq!(
            d.values,
            [
                item("a_b", "first"),
                item("c", "second one - x"),
                item("d", "third")
            ]
        );
        let d = describe("Status  \n**可选值有**：  \n- 0：pending  \n- 1：done\nafter");
        assert_eq!(d.values, [item("0", "pending"), item("1", "done")]);
        assert_eq!(d.text, "Status\nafter");
        let d = describe("Rule<br>**可选值有：** * 1：each time * 2：when suspect");
        assert_eq!(
            d.values,
            [item("1", "each time"), item("2", "when suspect")]
        );
    }

    #[test]
    fn values_in_prose() {
        let d = describe("Kind. 可选值有： * `en`：English * `zh`：Chinese<br>**示例值**：\"zh\"");
        assert_eq!(d.values, [item("en", "English"), item("zh", "Chinese")]);
        let d = describe("Lang * `a`：x * `b`：y<br>**示例值**：a");
        assert_eq!(d.values, [item("a", "x"), item("b", "y")]);
        assert_eq!(
            int_items_in_prose("Type, 0：fixed，2：scheduled， 3：free"),
            [
                item("0", "fixed"),
                item("2", "scheduled"),
                item("3", "free")
            ]
        );
        assert_eq!(int_items_in_prose("at 10：00 only"), []);
    }

    #[test]
    fn length_rules() {
        let d = describe("Name<br>**数据校验规则**：<br>- 长度范围：`1` ～ `100` 字符");
        assert_eq!(d.range, Some((Some(1), Some(100))));
        assert!(d.range_is_length);
        let d = describe("Id<br>**数据校验规则**：<br>- 最大长度：`50` 字符");
        assert_eq!(d.range, Some((None, Some(50))));
    }
}
