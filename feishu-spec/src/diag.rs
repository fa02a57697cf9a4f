//! Diagnostics: every problem found in a spec, with `path:line:column`, the offending text and a
//! hint, collected rather than stopping at the first (the `Ctxt` idea of serde_derive).

use std::fmt;
use std::ops::Range;
use std::rc::Rc;

/// A spec file's text and the name to show for it.
#[derive(Debug)]
pub struct Source {
    /// The path as shown in messages (relative to the invoking crate where possible).
    pub display: String,
    /// The file's text.
    pub text: String,
}

impl Source {
    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    fn line_text(&self, line: usize) -> &str {
        self.text.lines().nth(line - 1).unwrap_or("")
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem, located in a spec file (or in the macro input when `source` is `None`).
#[derive(Debug, Clone)]
pub struct Diagnostic {
    source: Option<Rc<Source>>,
    span: Range<usize>,
    message: String,
    hint: Option<String>,
}

impl Diagnostic {
    /// A problem at `span` of `source`.
    pub fn new(source: &Rc<Source>, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            source: Some(Rc::clone(source)),
            span,
            message: message.into(),
            hint: None,
        }
    }

    /// A problem with the macro input itself, not located in any spec file.
    pub fn input(message: impl Into<String>) -> Self {
        Diagnostic {
            source: None,
            span: 0..0,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint (`= help: …`).
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `path:line:column` of the problem, if it is in a spec file.
    pub fn location(&self) -> Option<String> {
        let src = self.source.as_ref()?;
        let (line, col) = src.line_col(self.span.start);
        Some(format!("{}:{line}:{col}", src.display))
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:col: message`, then the offending line with carets and the hint, like rustc.
    /// The location leads so that editors can jump to it and tools that rewrite rustc's own
    /// `-->` lines leave it alone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(src) = &self.source else {
            f.write_str(&self.message)?;
            if let Some(hint) = &self.hint {
                write!(f, "\n = help: {hint}")?;
            }
            return Ok(());
        };
        let (line, col) = src.line_col(self.span.start);
        write!(f, "{}:{line}:{col}: {}", src.display, self.message)?;
        let text = src.line_text(line);
        let pad = " ".repeat(line.to_string().len());
        // Underline to the end of the span or of the line, whichever comes first.
        let (end_line, end_col) = src.line_col(self.span.end);
        let line_chars = text.chars().count();
        let width = if end_line == line {
            end_col.saturating_sub(col)
        } else {
            line_chars + 1 - col
        };
        let width = width.clamp(1, (line_chars + 1).saturating_sub(col).max(1));
        write!(
            f,
            "\n{pad} |\n{line} | {text}\n{pad} | {}{}",
            " ".repeat(col - 1),
            "^".repeat(width)
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n{pad} = help: {hint}")?;
        }
        Ok(())
    }
}

/// Collects diagnostics; the pipeline keeps going after a problem so that all are reported.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    /// Keys suggested for unknown (misspelt) keys: a later "missing key" for one of them
    /// would only repeat the same mistake.
    pub suggested_keys: std::collections::BTreeSet<String>,
}

impl Diagnostics {
    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// How many problems were recorded.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The problems, in file order (stable, so problems at one place keep the order found).
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            let key = |d: &Diagnostic| (d.source.as_ref().map(|s| s.display.clone()), d.span.start);
            key(a).cmp(&key(b))
        });
        self.items
    }
}

/// The closest of `candidates` to `word`, when close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Rc<Source> {
        Rc::new(Source {
            display: "specs/x.toml".into(),
            text: text.into(),
        })
    }

    #[test]
    fn line_and_column_count_characters() {
        let s = src("a = 1\n名字 = \"x\"\n");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(6), (2, 1));
        // "名字 = " is 2 chars + 3: the value starts at column 6.
        let offset = s.text.find('"').unwrap();
        assert_eq!(s.line_col(offset), (2, 6));
    }

    #[test]
    fn renders_location_snippet_and_hint() {
        let s = src("service = \"attendance\"\ntype = \"strng\"\n");
        let start = s.text.find("\"strng\"").unwrap();
        let d = Diagnostic::new(&s, start..start + 7, "unknown type `strng`")
            .hint("did you mean `string`?");
        assert_eq!(d.location().as_deref(), Some("specs/x.toml:2:8"));
        assert_eq!(
            d.to_string(),
            "specs/x.toml:2:8: unknown type `strng`\n  |\n2 | type = \"strng\"\n  |        ^^^^^^^\n  = help: did you mean `string`?"
        );
    }

    #[test]
    fn suggests_only_close_words() {
        assert_eq!(
            did_you_mean("sumary", ["summary", "service"]),
            Some("summary")
        );
        assert_eq!(did_you_mean("zzz", ["summary", "service"]), None);
    }
}
