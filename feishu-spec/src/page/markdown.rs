//! Block structure of a reference page: front matter, headings, tables and fenced code, each
//! with its 1-based line. Knows both table dialects: one row a line with outer pipes and `<br>`
//! inside cells, and rows with no outer pipes whose cells run on over the following lines
//! (a cell continues after a line ending in a hard break, two spaces; a line with no cell
//! separator after a line without one starts the next row's first cell).

/// One block of the page, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// `#`… heading: level (1–6) and text.
    Heading {
        /// Line of the heading.
        line: usize,
        /// Number of `#`.
        level: usize,
        /// The heading's text.
        text: String,
    },
    /// A table: header cells and rows of cells.
    Table(Table),
    /// A fenced code block: info string and body.
    Code {
        /// Line of the opening fence.
        line: usize,
        /// Language of the fence (`json`, …), possibly empty.
        lang: String,
        /// The text between the fences.
        body: String,
    },
    /// Any other non-blank line.
    Text {
        /// Its line.
        line: usize,
        /// Its text.
        text: String,
    },
}

/// A table as written: header and rows of raw cell text (inline markup still in place).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Line of the header row.
    pub line: usize,
    /// Header cells.
    pub header: Vec<String>,
    /// Rows, each with its first line.
    pub rows: Vec<TableRow>,
}

/// One table row.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's first line.
    pub line: usize,
    /// Its cells, raw; lines of a multi-line cell joined with `\n`.
    pub cells: Vec<String>,
}

/// The front matter (`key: value` lines between `---` fences) and the blocks after it.
pub fn parse(text: &str) -> (Vec<(String, String)>, Vec<Block>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let mut front = Vec::new();
    if lines.first().is_some_and(|l| l.trim() == "---")
        && let Some(end) = lines.iter().skip(1).position(|l| l.trim() == "---")
    {
        {
            for l in &lines[1..=end] {
                if let Some((k, v)) = l.split_once(':') {
                    let v = v.trim().trim_matches('"').to_owned();
                    front.push((k.trim().to_owned(), v));
                }
            }
            i = end + 2;
        }
    }
    let mut blocks = Vec::new();
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            i += 1;
            continue;
        }
        if let Some(fence) = fence_of(trimmed) {
            let lang = trimmed[fence.len()..].trim().to_owned();
            let start = i;
            let mut body = Vec::new();
            i += 1;
            while i < lines.len() && !lines[i].trim().starts_with(fence) {
                body.push(lines[i]);
                i += 1;
            }
            i += 1;
            blocks.push(Block::Code {
                line: start + 1,
                lang,
                body: body.join("\n"),
            });
            continue;
        }
        if let Some(level) = heading_level(trimmed) {
            blocks.push(Block::Heading {
                line: i + 1,
                level,
                text: trimmed[level..]
                    .trim()
                    .trim_end_matches('#')
                    .trim()
                    .to_owned(),
            });
            i += 1;
            continue;
        }
        if i + 1 < lines.len() && is_separator(lines[i + 1]) {
            let (table, next) = table(&lines, i);
            blocks.push(Block::Table(table));
            i = next;
            continue;
        }
        blocks.push(Block::Text {
            line: i + 1,
            text: trimmed.to_owned(),
        });
        i += 1;
    }
    (front, blocks)
}

fn fence_of(line: &str) -> Option<&'static str> {
    if line.starts_with("```") {
        Some("```")
    } else if line.starts_with("~~~") {
        Some("~~~")
    } else {
        None
    }
}

fn heading_level(line: &str) -> Option<usize> {
    let level = line.chars().take_while(|&c| c == '#').count();
    ((1..=6).contains(&level) && line[level..].starts_with(' ')).then_some(level)
}

/// `---|---`, `| --- | :---: |`: a table's header separator.
fn is_separator(line: &str) -> bool {
    let t = line.trim().trim_matches('|');
    !t.is_empty()
        && t.contains('-')
        && t.split('|').all(|c| {
            let c = c.trim().trim_matches(':');
            c.len() >= 3 && c.chars().all(|ch| ch == '-')
        })
}

/// Splits a row on unescaped `|`, dropping the outer pipes' empty cells.
pub fn split_cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '\\' => {
                cur.push('\\');
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            '|' => cells.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    cells.push(cur);
    if t.starts_with('|') && cells.len() > 1 {
        cells.remove(0);
    }
    if t.ends_with('|') && !t.ends_with("\\|") && cells.len() > 1 {
        cells.pop();
    }
    cells.into_iter().map(|c| c.trim().to_owned()).collect()
}

fn separators(line: &str) -> usize {
    split_cells(line).len().saturating_sub(1)
}

/// The table whose header is at `start`; returns it and the index of the first line after it.
fn table(lines: &[&str], start: usize) -> (Table, usize) {
    let header = split_cells(lines[start]);
    let width = header.len();
    let outer = lines[start].trim_start().starts_with('|');
    let mut rows: Vec<TableRow> = Vec::new();
    let mut i = start + 2;
    // Text of a first cell begun on a line with no separator, waiting for its row.
    let mut pending: Option<(usize, String)> = None;
    let mut hard_break = false;
    while i < lines.len() {
        let raw = lines[i];
        let trimmed = raw.trim();
        if trimmed.is_empty() || heading_level(trimmed).is_some() || fence_of(trimmed).is_some() {
            break;
        }
        let is_row = if outer {
            trimmed.starts_with('|')
        } else {
            separators(raw) > 0 && separators(raw) + 1 >= width
        };
        if is_row {
            let mut cells = split_cells(raw);
            let mut line = i + 1;
            if let Some((l, text)) = pending.take() {
                line = l;
                if let Some(first) = cells.first_mut() {
                    *first = format!("{text} {first}").trim().to_owned();
                }
            }
            rows.push(TableRow { line, cells });
        } else if outer {
            break;
        } else if hard_break && pending.is_none() && !rows.is_empty() {
            let row = rows.last_mut().expect("checked non-empty");
            if let Some(last) = row.cells.last_mut() {
                last.push('\n');
                last.push_str(trimmed);
            }
        } else {
            let (l, text) = pending.get_or_insert((i + 1, String::new()));
            let _ = l;
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(trimmed);
        }
        hard_break = raw.ends_with("  ") || raw.ends_with("<br>");
        i += 1;
    }
    let table = Table {
        line: start + 1,
        header,
        rows,
    };
    (table, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_split_on_unescaped_pipes_only() {
        assert_eq!(split_cells("| a | b \\| c | d |"), ["a", "b | c", "d"]);
        assert_eq!(split_cells("a | b"), ["a", "b"]);
        assert_eq!(split_cells("| `x\\[\\]` | |"), ["`x\\[\\]`", ""]);
    }

    #[test]
    fn piped_tables_have_one_row_a_line() {
        let (_, blocks) =
            parse("## T\n\n| a | b |\n| --- | --- |\n| 1 | x<br>y |\n| 2 | z |\n\nafter\n");
        let Block::Table(t) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(t.header, ["a", "b"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].cells, ["1", "x<br>y"]);
        assert_eq!(t.rows[1].line, 6);
        assert!(matches!(&blocks[2], Block::Text { line: 8, .. }));
    }

    #[test]
    fn unpiped_cells_run_on_after_hard_breaks() {
        let text = "k | v\n---|---\nname | first  \nsecond  \nthird\nlimit | 5\nscope  \n   **any one** | s:read\n";
        let (_, blocks) = parse(text);
        let Block::Table(t) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        let rows: Vec<_> = t.rows.iter().map(|r| (r.line, r.cells.clone())).collect();
        assert_eq!(
            rows,
            [
                (
                    3,
                    vec!["name".to_owned(), "first\nsecond\nthird".to_owned()]
                ),
                (6, vec!["limit".to_owned(), "5".to_owned()]),
                (7, vec!["scope **any one**".to_owned(), "s:read".to_owned()]),
            ]
        );
    }

    #[test]
    fn front_matter_headings_and_fences() {
        let (front, blocks) =
            parse("---\ntitle: \"T\"\nupdateTime: \"1\"\n---\n# H\n```json\n{\"a\": 1}\n```\n");
        assert_eq!(
            front,
            [
                ("title".into(), "T".into()),
                ("updateTime".into(), "1".into())
            ]
        );
        assert_eq!(
            blocks,
            [
                Block::Heading {
                    line: 5,
                    level: 1,
                    text: "H".into()
                },
                Block::Code {
                    line: 6,
                    lang: "json".into(),
                    body: "{\"a\": 1}".into()
                },
            ]
        );
    }
}
