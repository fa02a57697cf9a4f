//! A table's rows into a tree of fields. Rows with `└` marks nest by their depth. Rows without
//! (the dialect that writes an object's fields flat below it) are placed by the JSON example:
//! each goes under the deepest open object whose example has its name; an object's first row
//! belongs to it; anything else is ambiguous and an error naming the row.

use serde_json::Value;

use crate::page::{PageError, Row};

/// A row and the rows nested in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The row.
    pub row: Row,
    /// Its fields, when it is an object or an array of objects.
    pub children: Vec<Node>,
}

/// Whether a type as written holds fields of its own: anything but a scalar, an array of
/// scalars or a map.
pub fn is_object_type(ty: &str) -> bool {
    let base = ty.trim_end_matches("[]").trim();
    !(is_scalar(base) || base.starts_with("map<"))
}

/// The page's scalar type names.
pub fn is_scalar(base: &str) -> bool {
    let b = base.to_ascii_lowercase();
    matches!(
        b.as_str(),
        "string"
            | "int"
            | "integer"
            | "int32"
            | "int64"
            | "long"
            | "boolean"
            | "bool"
            | "float"
            | "double"
            | "number"
            | "number(float)"
            | "number(double)"
            | "float64"
            | "file"
            | "binary"
    )
}

/// The tree of `rows`. `example` is the JSON the rows describe (the request body, or the
/// whole response), used only for rows without marks.
pub fn build(rows: &[Row], example: Option<&Value>) -> Result<Vec<Node>, PageError> {
    if rows.iter().all(|r| r.depth.is_some()) {
        by_depth(rows)
    } else {
        by_example(rows, example)
    }
}

fn by_depth(rows: &[Row]) -> Result<Vec<Node>, PageError> {
    // The path of open nodes, as indices from the root.
    let mut roots: Vec<Node> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for row in rows {
        let depth = row.depth.unwrap_or(0);
        if depth > open.len() {
            return Err(PageError {
                line: row.line,
                message: format!(
                    "`{}` is nested {depth} levels deep, below a row {} deep",
                    row.name,
                    open.len().saturating_sub(1)
                ),
            });
        }
        open.truncate(depth);
        let siblings = children_at(&mut roots, &open);
        siblings.push(Node {
            row: row.clone(),
            children: Vec::new(),
        });
        open.push(siblings.len() - 1);
    }
    Ok(roots)
}

fn children_at<'a>(roots: &'a mut Vec<Node>, path: &[usize]) -> &'a mut Vec<Node> {
    let mut list = roots;
    for &i in path {
        list = &mut list[i].children;
    }
    list
}

/// The example objects at one open object: every object found there (every item of arrays).
fn objects_in(values: &[&Value], key: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for v in values {
        if let Some(child) = v.get(key) {
            collect(child, &mut out);
        }
    }
    out
}

fn collect(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
        Value::Object(_) => out.push(v.clone()),
        _ => {}
    }
}

fn by_example(rows: &[Row], example: Option<&Value>) -> Result<Vec<Node>, PageError> {
    struct Frame {
        path: Vec<usize>,
        name: String,
        examples: Option<Vec<Value>>,
        children: usize,
    }
    let mut roots: Vec<Node> = Vec::new();
    let mut stack = vec![Frame {
        path: Vec::new(),
        name: "(top level)".into(),
        examples: example.map(|e| vec![e.clone()]),
        children: 0,
    }];
    for row in rows {
        let has = |f: &Frame| {
            f.examples
                .as_ref()
                .is_some_and(|ex| ex.iter().any(|e| e.get(&row.name).is_some()))
        };
        let with_key: Vec<usize> = (0..stack.len()).filter(|&i| has(&stack[i])).collect();
        let top = stack.len() - 1;
        let parent = if let Some(&deepest) = with_key.last() {
            deepest
        } else if top == 0 || stack[top].children == 0 {
            top
        } else {
            let open: Vec<String> = stack
                .iter()
                .rev()
                .map(|f| format!("`{}`", f.name))
                .collect();
            return Err(PageError {
                line: row.line,
                message: format!(
                    "cannot tell where `{}` belongs: the table has no nesting marks and the \
                     example does not show it under any of {}",
                    row.name,
                    open.join(", ")
                ),
            });
        };
        stack.truncate(parent + 1);
        let frame = &mut stack[parent];
        frame.children += 1;
        let parent_path = frame.path.clone();
        let examples = frame.examples.as_ref().map(|ex| {
            let refs: Vec<&Value> = ex.iter().collect();
            objects_in(&refs, &row.name)
        });
        let siblings = children_at(&mut roots, &parent_path);
        siblings.push(Node {
            row: row.clone(),
            children: Vec::new(),
        });
        let index = siblings.len() - 1;
        if is_object_type(&row.ty) || row.name == "data" {
            let mut path = parent_path;
            path.push(index);
            stack.push(Frame {
                path,
                name: row.name.clone(),
                examples: examples.filter(|e| !e.is_empty()),
                children: 0,
            });
        }
    }
    Ok(roots)
}
