//! `feishu-spec import`: reference pages into spec files, exactly in the format the macro
//! reads, each checked by the same checks before it is written.
//!
//! [`tree`] rebuilds a table's nesting, [`build`] makes a page into a draft spec and its type
//! declarations, [`emit`] writes them as TOML; this module gathers the drafts of a run, makes
//! the objects the pages name into one shared type per service version (a conflicting shape
//! gets a distinct name, reported), checks every service version's files as the macro will,
//! and writes only what checks, never a partial file.

pub mod build;
pub mod emit;
pub mod examples;
pub mod tree;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use build::{Decl, Draft, Home, Kind, Text};

use crate::diag::{Diagnostics, Source};
use crate::page::Page;
use crate::{check, load, spec};

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The spec directory written to.
    pub out: PathBuf,
    /// Overwrite existing method specs.
    pub force: bool,
    /// Facts only, or the page's text.
    pub text: Text,
    /// Check and report, write nothing.
    pub dry_run: bool,
}

/// What happened to one page.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Written (or would be, in a dry run) to this path.
    Wrote(PathBuf),
    /// The same spec is already there.
    Unchanged(PathBuf),
    /// Failed, at this line of the page.
    Error {
        /// 1-based line of the page.
        line: usize,
        /// Why.
        reason: String,
    },
}

/// The result of an import run.
#[derive(Debug, Default)]
pub struct Report {
    /// Each page with its outcome, in input order.
    pub pages: Vec<(PathBuf, Outcome)>,
    /// Notes for standard error: renamed conflicting types, shared files written.
    pub notes: Vec<String>,
}

impl Report {
    /// Whether any page failed.
    pub fn failed(&self) -> bool {
        self.pages
            .iter()
            .any(|(_, o)| matches!(o, Outcome::Error { .. }))
    }
}

/// Every page file named by `inputs`: files as given, directories searched for `*.md` and
/// `*.txt`, sorted.
pub fn page_files(inputs: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut stack = vec![input.clone()];
            let mut found = Vec::new();
            while let Some(d) = stack.pop() {
                for entry in std::fs::read_dir(&d)? {
                    let p = entry?.path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if p.extension().is_some_and(|e| e == "md" || e == "txt") {
                        found.push(p);
                    }
                }
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(input.clone());
        }
    }
    Ok(out)
}

/// One page read and drafted, or where it failed.
struct Item {
    page: PathBuf,
    title: String,
    draft: Result<Draft, (usize, String)>,
}

/// Imports `pages` (their texts, with the paths shown in the report).
pub fn import(pages: &[(PathBuf, String)], opts: &Options) -> Report {
    let mut report = Report::default();
    let mut items: Vec<Item> = pages
        .iter()
        .map(|(path, text)| {
            let parsed = Page::parse(text).map_err(|e| (e.line, e.message));
            if let Ok(p) = &parsed {
                for note in &p.notes {
                    report.notes.push(format!("{}: {note}", path.display()));
                }
            }
            let title = parsed.as_ref().map(|p| p.title.clone()).unwrap_or_default();
            let draft =
                parsed.and_then(|p| build::draft(&p, opts.text).map_err(|e| (e.line, e.message)));
            Item {
                page: path.clone(),
                title,
                draft,
            }
        })
        .collect();
    // Two pages for one method: the second is an error, not a silent overwrite.
    let mut targets = BTreeMap::new();
    for item in &mut items {
        if let Ok(d) = &item.draft {
            let key = (
                d.service.clone(),
                d.version.clone(),
                d.resource.clone(),
                d.method.clone(),
            );
            if let Some(first) = targets.insert(key, item.page.clone()) {
                item.draft = Err((1, format!("the same method as {}", first.display())));
            }
        }
    }
    share_types(&mut items, opts, &mut report.notes);
    unrequire_answers(&mut items);
    // Check each service version's files together, dropping failing pages until the rest
    // checks (a page's shared types can only fail with it).
    let mut failures: BTreeMap<usize, (usize, String)> = BTreeMap::new();
    loop {
        let files = render(&items, &failures, opts);
        let bad = verify(&files, &items, &failures, opts);
        if bad.is_empty() {
            write_all(&files, &items, &failures, opts, &mut report);
            break;
        }
        for (i, (line, reason)) in bad {
            // A page whose example disagrees with its own tables keeps its spec without the
            // example (the tables are the facts; the example only illustrates them).
            let example_only =
                reason.contains("check: example ") && !reason.contains("does not fit");
            match &mut items[i].draft {
                Ok(d) if example_only && d.spec.example.is_some() => {
                    d.spec.example = None;
                    report.notes.push(format!(
                        "{}: example left out: {}",
                        items[i].page.display(),
                        reason.trim_start_matches("the spec it makes does not check: ")
                    ));
                }
                _ => {
                    failures.insert(i, (line, reason));
                }
            }
        }
    }
    for (i, item) in items.iter().enumerate() {
        if let Err((line, reason)) = &item.draft {
            set(
                &mut report,
                &item.page,
                Outcome::Error {
                    line: *line,
                    reason: reason.clone(),
                },
            );
        } else if let Some((line, reason)) = failures.get(&i) {
            set(
                &mut report,
                &item.page,
                Outcome::Error {
                    line: *line,
                    reason: reason.clone(),
                },
            );
        }
    }
    let order: Vec<&PathBuf> = items.iter().map(|i| &i.page).collect();
    report
        .pages
        .sort_by_key(|(p, _)| order.iter().position(|o| *o == p));
    report
}

fn set(report: &mut Report, page: &Path, outcome: Outcome) {
    report.pages.retain(|(p, _)| p != page);
    report.pages.push((page.to_path_buf(), outcome));
}

/// Shared types already in the output directory: name → (shape, file).
fn existing_shared(
    opts: &Options,
    service: &str,
    version: &str,
) -> BTreeMap<String, (String, PathBuf)> {
    let dir = opts.out.join(service).join(version);
    let mut out = BTreeMap::new();
    let Ok(files) = load::spec_files(&dir) else {
        return out;
    };
    for file in files.into_iter().filter(|f| load::is_types_file(f)) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let source = Rc::new(Source {
            display: file.display().to_string(),
            text,
        });
        let mut diags = Diagnostics::default();
        let Some(types) = load::parse_as::<spec::TypesFile>(&source, &mut diags) else {
            continue;
        };
        let kinds = types
            .objects
            .into_iter()
            .map(|o| Kind::Object(o.into_inner()))
            .chain(types.enums.into_iter().map(|e| Kind::Enum(e.into_inner())));
        for kind in kinds {
            let name = match &kind {
                Kind::Object(o) => o.name.as_ref(),
                Kind::Enum(e) => e.name.as_ref(),
            }
            .map(|n| n.get_ref().clone())
            .unwrap_or_default();
            let decl = Decl {
                name: name.clone(),
                home: Home::Method,
                kind,
                line: 0,
            };
            out.insert(name, (decl.shape(), file.clone()));
        }
    }
    out
}

/// Makes each shared name one type per service version: the first shape seen (on disk, then
/// in page order) keeps the name; a different shape under the same name is renamed in its
/// page, with a note. Then a method's own type that takes a shared name is renamed too.
fn share_types(items: &mut [Item], opts: &Options, notes: &mut Vec<String>) {
    let mut seen: BTreeMap<(String, String), BTreeMap<String, String>> = BTreeMap::new();
    for pass in [Pass::Shared, Pass::Local] {
        for item in items.iter_mut() {
            let Ok(draft) = &mut item.draft else { continue };
            let key = (draft.service.clone(), draft.version.clone());
            let known = seen.entry(key.clone()).or_insert_with(|| {
                existing_shared(opts, &key.0, &key.1)
                    .into_iter()
                    .map(|(n, (shape, _))| (n, shape))
                    .collect()
            });
            // Renaming a type changes the shape of the objects holding it: repeat until
            // nothing more is renamed.
            loop {
                let mut renames: Vec<(String, String)> = Vec::new();
                for d in &draft.decls {
                    let local = d.home == Home::Method;
                    if local != (pass == Pass::Local) {
                        continue;
                    }
                    match known.get(&d.name) {
                        Some(shape) if !local && *shape == d.shape() => {}
                        Some(_) => {
                            let suffix = format!(
                                "{}{}",
                                crate::names::pascal(&draft.resource),
                                crate::names::pascal(&draft.method)
                            );
                            let new = format!("{}{suffix}", d.name);
                            if !local {
                                notes.push(format!(
                                    "{}: type `{}` differs from the one already shared by {} {}; named `{new}` here",
                                    item.page.display(),
                                    d.name,
                                    key.0,
                                    key.1
                                ));
                            }
                            renames.push((d.name.clone(), new));
                        }
                        None => {}
                    }
                }
                if renames.is_empty() {
                    break;
                }
                for (from, to) in &renames {
                    rename(draft, from, to);
                }
            }
            if pass == Pass::Shared {
                for d in &draft.decls {
                    if d.home != Home::Method {
                        known.entry(d.name.clone()).or_insert_with(|| d.shape());
                    }
                }
            }
        }
    }
}

/// The type names a draft's response reaches, through its declarations.
fn response_types(draft: &Draft) -> BTreeSet<String> {
    let base = |t: &str| {
        let t = t.trim_end_matches("[]");
        t.strip_prefix("map<string, ")
            .and_then(|v| v.strip_suffix('>'))
            .unwrap_or(t)
            .trim_end_matches("[]")
            .to_owned()
    };
    let mut todo: Vec<String> = Vec::new();
    if let Some(r) = &draft.spec.response {
        todo.extend(
            r.fields
                .iter()
                .filter_map(|f| f.get_ref().ty.as_ref().map(|t| base(t.get_ref()))),
        );
        todo.extend(r.object.as_ref().map(|o| o.get_ref().clone()));
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        for d in draft.decls.iter().filter(|d| d.name == name) {
            if let Kind::Object(o) = &d.kind {
                todo.extend(
                    o.fields
                        .iter()
                        .filter_map(|f| f.get_ref().ty.as_ref().map(|t| base(t.get_ref()))),
                );
            }
        }
    }
    seen
}

/// An object that answers carry (in any method of its service version) marks no field
/// required: a required field is a plain value, and one answer without it would fail to
/// decode whole. Requests keep their required flags where the object is theirs alone.
fn unrequire_answers(items: &mut [Item]) {
    let mut answered: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for item in items.iter() {
        let Ok(d) = &item.draft else { continue };
        let key = (d.service.clone(), d.version.clone());
        let reached = response_types(d);
        let shared = d
            .decls
            .iter()
            .filter(|x| x.home != Home::Method && reached.contains(&x.name));
        answered
            .entry(key)
            .or_default()
            .extend(shared.map(|x| x.name.clone()));
    }
    for item in items.iter_mut() {
        let Ok(d) = &mut item.draft else { continue };
        let key = (d.service.clone(), d.version.clone());
        let local = response_types(d);
        let shared = answered.get(&key).cloned().unwrap_or_default();
        for decl in &mut d.decls {
            let answers = if decl.home == Home::Method {
                local.contains(&decl.name)
            } else {
                shared.contains(&decl.name)
            };
            if let (true, Kind::Object(o)) = (answers, &mut decl.kind) {
                for f in &mut o.fields {
                    f.get_mut().required = None;
                }
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Shared,
    Local,
}

/// Renames a declared type and every reference to it within one draft.
fn rename(draft: &mut Draft, from: &str, to: &str) {
    let fix = |ty: &mut Option<spec::S>| {
        if let Some(t) = ty {
            let text = t.get_ref().clone();
            let base = text.trim_end_matches("[]");
            if base == from {
                *t = build::sp(format!("{to}{}", &text[base.len()..]));
            }
        }
    };
    let fix_fields = |fields: &mut Vec<toml::Spanned<spec::Field>>| {
        for f in fields {
            fix(&mut f.get_mut().ty);
        }
    };
    if let Some(r) = &mut draft.spec.request {
        fix_fields(&mut r.path);
        fix_fields(&mut r.query);
        fix_fields(&mut r.body);
    }
    if let Some(r) = &mut draft.spec.response {
        fix_fields(&mut r.fields);
        fix(&mut r.object);
    }
    for d in &mut draft.decls {
        if d.name == from {
            d.name = to.to_owned();
            if matches!(d.home, Home::Shared(_)) {
                d.home = Home::Shared(crate::names::snake(to));
            }
        }
        match &mut d.kind {
            Kind::Object(o) => {
                if o.name.as_ref().is_some_and(|n| n.get_ref() == from) {
                    o.name = Some(build::sp(to.to_owned()));
                }
                fix_fields(&mut o.fields);
            }
            Kind::Enum(e) => {
                if e.name.as_ref().is_some_and(|n| n.get_ref() == from) {
                    e.name = Some(build::sp(to.to_owned()));
                }
            }
        }
    }
}

/// A file to write: its path, text, and the pages it serves.
struct File {
    path: PathBuf,
    text: String,
    pages: BTreeSet<usize>,
    method_of: Option<usize>,
}

fn method_path(out: &Path, d: &Draft) -> PathBuf {
    out.join(&d.service)
        .join(&d.version)
        .join(&d.resource)
        .join(format!("{}.toml", d.method))
}

fn render(
    items: &[Item],
    failures: &BTreeMap<usize, (usize, String)>,
    opts: &Options,
) -> Vec<File> {
    let mut files = Vec::new();
    // Shared files: (service, version, file) → first declarations of each name.
    // (service, version, file) → the first declaration of each name, and the pages using it.
    type SharedFiles = BTreeMap<(String, String, String), (Vec<Decl>, BTreeSet<usize>)>;
    let mut shared: SharedFiles = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let Ok(d) = &item.draft else { continue };
        if failures.contains_key(&i) {
            continue;
        }
        files.push(File {
            path: method_path(&opts.out, d),
            text: emit::method_file(&item.title, d),
            pages: [i].into(),
            method_of: Some(i),
        });
        for decl in &d.decls {
            if let Home::Shared(file) = &decl.home {
                let entry = shared
                    .entry((d.service.clone(), d.version.clone(), file.clone()))
                    .or_default();
                entry.1.insert(i);
                if !entry.0.iter().any(|x| x.name == decl.name) {
                    entry.0.push(decl.clone());
                }
            }
        }
    }
    for ((service, version, file), (decls, pages)) in shared {
        let existing = existing_shared(opts, &service, &version);
        let new: Vec<&Decl> = decls
            .iter()
            .filter(|d| !existing.contains_key(&d.name))
            .collect();
        if new.is_empty() {
            continue;
        }
        files.push(File {
            path: opts
                .out
                .join(&service)
                .join(&version)
                .join("types")
                .join(format!("{file}.toml")),
            text: emit::types_file(&service, &version, &new),
            pages,
            method_of: None,
        });
    }
    files
}

/// Checks every service version the files touch, with the files already in the output
/// directory; returns the pages to drop, with the first problem each has.
fn verify(
    files: &[File],
    items: &[Item],
    failures: &BTreeMap<usize, (usize, String)>,
    opts: &Options,
) -> BTreeMap<usize, (usize, String)> {
    let _ = failures;
    let mut versions: BTreeSet<PathBuf> = BTreeSet::new();
    for f in files {
        if let Some(v) = f.path.strip_prefix(&opts.out).ok().and_then(|rel| {
            let mut c = rel.components();
            Some(opts.out.join(c.next()?).join(c.next()?))
        }) {
            versions.insert(v);
        }
    }
    let mut bad = BTreeMap::new();
    for dir in versions {
        let mut texts: BTreeMap<PathBuf, String> = BTreeMap::new();
        if let Ok(existing) = load::spec_files(&dir) {
            for p in existing {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    texts.insert(p, t);
                }
            }
        }
        for f in files.iter().filter(|f| f.path.starts_with(&dir)) {
            texts.insert(f.path.clone(), f.text.clone());
        }
        let mut diags = Diagnostics::default();
        let inputs = texts
            .iter()
            .filter_map(|(path, text)| {
                let source = Rc::new(Source {
                    display: path.display().to_string(),
                    text: text.clone(),
                });
                let parsed = if load::is_types_file(path) {
                    load::parse_as(&source, &mut diags).map(check::Parsed::Types)
                } else {
                    load::parse(&source, &mut diags).map(|s| check::Parsed::Method(Box::new(s)))
                };
                Some(check::Input {
                    source,
                    file: path.clone(),
                    parsed: parsed?,
                })
            })
            .collect();
        // Checked like the macro will; then the examples like the generated tests will.
        if let Some(api) = check::check_all(inputs, &mut diags) {
            for e in &api.endpoints {
                let Some(file) = files
                    .iter()
                    .find(|f| f.method_of.is_some() && f.path == e.file)
                else {
                    continue;
                };
                if let Some(problem) = examples::problem(e, &api.shared) {
                    for &p in &file.pages {
                        bad.entry(p).or_insert_with(|| {
                            (1, format!("the spec it makes does not check: {problem}"))
                        });
                    }
                }
            }
        }
        for diag in diags.into_vec() {
            let location = diag.location().unwrap_or_default();
            let Some(file) = files
                .iter()
                .find(|f| location.starts_with(&format!("{}:", f.path.display())))
            else {
                continue;
            };
            // `path:line:col: message`: the message, and the page row of the field the spec
            // line belongs to (the nearest `name = "…"` at or above it).
            let rest = &location[file.path.display().to_string().len() + 1..];
            let spec_line: usize = rest
                .split(':')
                .next()
                .and_then(|l| l.parse().ok())
                .unwrap_or(1);
            let text = diag.to_string();
            let first = text.lines().next().unwrap_or("");
            let message = first
                .strip_prefix(&format!("{location}: "))
                .unwrap_or(first);
            let lines: Vec<&str> = file.text.lines().collect();
            let field = lines[..spec_line.min(lines.len())]
                .iter()
                .rev()
                .find_map(|l| {
                    l.strip_prefix("name = \"")
                        .and_then(|n| n.strip_suffix('"'))
                });
            let offending = lines
                .get(spec_line.saturating_sub(1))
                .map_or("", |l| l.trim());
            for &p in &file.pages {
                let page_line = match (&items[p].draft, field) {
                    (Ok(d), Some(name)) => d.lines.get(name).copied().unwrap_or(1),
                    _ => 1,
                };
                bad.entry(p).or_insert_with(|| {
                    (
                        page_line,
                        format!("the spec it makes does not check: {message} (at `{offending}`)"),
                    )
                });
            }
        }
    }
    bad
}

fn write_all(
    files: &[File],
    items: &[Item],
    failures: &BTreeMap<usize, (usize, String)>,
    opts: &Options,
    report: &mut Report,
) {
    let _ = failures;
    for f in files {
        let existing = std::fs::read_to_string(&f.path).ok();
        let outcome = match (&existing, f.method_of) {
            (Some(old), _) if *old == f.text => Outcome::Unchanged(f.path.clone()),
            (Some(old), Some(_)) if !opts.force => Outcome::Error {
                line: 1,
                reason: format!(
                    "{} exists; --force overwrites it ({})",
                    f.path.display(),
                    changes(old, &f.text)
                ),
            },
            _ => {
                if !opts.dry_run
                    && let Err(e) = write_atomically(&f.path, &f.text)
                {
                    Outcome::Error {
                        line: 1,
                        reason: format!("cannot write {}: {e}", f.path.display()),
                    }
                } else {
                    Outcome::Wrote(f.path.clone())
                }
            }
        };
        match f.method_of {
            Some(i) => set(report, &items[i].page, outcome),
            None => match outcome {
                Outcome::Wrote(p) => report
                    .notes
                    .push(format!("wrote shared types {}", p.display())),
                Outcome::Error { reason, .. } => report.notes.push(reason),
                Outcome::Unchanged(_) => {}
            },
        }
    }
}

/// What an overwrite would change: lines added and removed (counted as multisets), and the
/// first line, in file order, that would differ.
fn changes(old: &str, new: &str) -> String {
    let count = |text: &str| {
        let mut m: BTreeMap<String, i64> = BTreeMap::new();
        for l in text.lines() {
            *m.entry(l.to_owned()).or_default() += 1;
        }
        m
    };
    let (o, n) = (count(old), count(new));
    let surplus = |a: &BTreeMap<String, i64>, b: &BTreeMap<String, i64>| -> i64 {
        a.iter()
            .map(|(l, c)| (c - b.get(l).copied().unwrap_or(0)).max(0))
            .sum()
    };
    let (added, removed) = (surplus(&n, &o), surplus(&o, &n));
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let first = (0..old_lines.len().max(new_lines.len()))
        .find(|&i| old_lines.get(i) != new_lines.get(i))
        .map(|i| match new_lines.get(i) {
            Some(l) => format!("; first changed line {}: `{}`", i + 1, l.trim()),
            None => format!("; the file would end after line {i}"),
        })
        .unwrap_or_default();
    let moved = if added == 0 && removed == 0 {
        " (the same lines in another order)"
    } else {
        ""
    };
    format!("{added} lines would be added and {removed} removed{moved}{first}")
}

/// Writes through a temporary file renamed into place: a reader never sees half a spec.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("toml.tmp{}", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

/// The shape of what a page says: the page imported (facts only) into a scratch directory,
/// checked, and read back. An error is `(line, reason)`.
pub fn page_shape(text: &str) -> Result<crate::shape::Shape, (usize, String)> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "feishu-spec-page-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let opts = Options {
        out: dir.clone(),
        ..Options::default()
    };
    let report = import(&[(PathBuf::from("page"), text.to_owned())], &opts);
    let result = match report.pages.first().map(|(_, o)| o) {
        Some(Outcome::Wrote(path)) => crate::shape::of_spec_file(path).map_err(|e| (1, e)),
        Some(Outcome::Error { line, reason }) => Err((*line, reason.clone())),
        _ => Err((1, "the page imported to nothing".to_owned())),
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}
