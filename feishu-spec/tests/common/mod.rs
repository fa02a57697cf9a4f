//! Helpers shared by the importer's integration tests: the checked-in pages, scratch
//! directories and file trees.

// Each test binary uses a part of these.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// `feishu-spec/tests`.
pub fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// `feishu-spec/tests/pages`.
pub fn pages_dir() -> PathBuf {
    tests_dir().join("pages")
}

/// `feishu-spec/tests/expected`: the golden import of the good pages.
pub fn expected_dir() -> PathBuf {
    tests_dir().join("expected")
}

/// The good pages, as `(path relative to tests/pages, text)`, sorted by path (the order in
/// which `page_files` finds them in a folder).
pub fn good_pages() -> Vec<(PathBuf, String)> {
    pages_under("good")
}

/// The malformed pages, likewise.
pub fn bad_pages() -> Vec<(PathBuf, String)> {
    pages_under("bad")
}

fn pages_under(sub: &str) -> Vec<(PathBuf, String)> {
    let root = pages_dir();
    tree(&root.join(sub))
        .into_iter()
        .map(|(rel, text)| (Path::new(sub).join(rel), text))
        .collect()
}

/// One good page's text by its path under `tests/pages/good`.
pub fn good_page(rel: &str) -> String {
    let path = pages_dir().join("good").join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every file under `dir`, by path relative to it (`/`-separated), with its text.
pub fn tree(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let text =
                    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                out.insert(p.strip_prefix(dir).unwrap().to_path_buf(), text);
            }
        }
    }
    out
}

/// A directory under the system's temporary directory, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new empty directory, its name made of `tag`, the process and a counter.
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "feishu-spec-test-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies every file under `from` to `to`, keeping the layout.
pub fn copy_tree(from: &Path, to: &Path) {
    for (rel, text) in tree(from) {
        let dest = to.join(rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, text).unwrap();
    }
}

/// Whether the golden files are to be rewritten (`UPDATE_EXPECTED=1`).
pub fn updating() -> bool {
    std::env::var_os("UPDATE_EXPECTED").is_some_and(|v| v == "1")
}

/// `text` with `from` replaced by `to` exactly once (a test's edit of a page or spec).
pub fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` should occur exactly once in:\n{text}"
    );
    text.replacen(from, to, 1)
}

/// The line-for-line differences of two texts, for an assertion message.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "line {}:\n  expected: {}\n  actual:   {}\n",
                i + 1,
                x.unwrap_or(&"<none>"),
                y.unwrap_or(&"<none>")
            ));
        }
    }
    out
}
