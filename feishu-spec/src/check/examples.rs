//! The `[example]` table: its query, path, body and response checked against the fields.

use super::endpoint::ResponseShape;
use super::{Cx, suggest};
use crate::ir;
use crate::spec::{self, S};

impl Cx<'_> {
    pub(super) fn example(
        &mut self,
        ex: Option<&spec::Example>,
        query: &[ir::Field],
        body: &[ir::Field],
        shape: &ResponseShape,
        path: &[ir::Field],
    ) -> ir::Example {
        let response = &shape.fields;
        let Some(ex) = ex else {
            return ir::Example::default();
        };
        let mut out = ir::Example::default();
        if let Some(q) = &ex.query {
            for pair in q.get_ref().split('&').filter(|p| !p.is_empty()) {
                let key = pair.split('=').next().unwrap_or_default();
                if !query.iter().any(|f| f.wire == key) {
                    let hint = suggest(
                        key,
                        query.iter().map(|f| f.wire.as_str()),
                        "the example's query names only declared query parameters",
                    );
                    self.err(
                        q.span(),
                        format!("example query names unknown parameter `{key}`"),
                        hint,
                    );
                }
            }
            out.query = Some(q.get_ref().clone());
        }
        for (k, v) in &ex.path {
            if !path.iter().any(|f| &f.wire == k) {
                self.err(
                    0..0,
                    format!("example path names unknown parameter `{k}`"),
                    "declare it under [[request.path]]",
                );
            }
            out.path.push((
                k.clone(),
                match v {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Integer(i) => i.to_string(),
                    other => format!("{other:?}"),
                },
            ));
        }
        if let Some(b) = &ex.request_body {
            if let Some(keys) = self.json_object_keys(b, None, "request_body") {
                for k in keys {
                    if !body.iter().any(|f| f.wire == k) {
                        let hint = suggest(
                            &k,
                            body.iter().map(|f| f.wire.as_str()),
                            "the example body names only declared body fields",
                        );
                        self.err(
                            b.span(),
                            format!("example request_body has unknown field `{k}`"),
                            hint,
                        );
                    }
                }
            }
            out.request_body = Some(b.get_ref().clone());
        }
        if let Some(r) = &ex.response {
            if shape.binary {
                self.err(
                    r.span(),
                    "a binary response has no JSON example",
                    "remove `response` from [example]",
                );
            }
            let inner = match shape.envelope {
                ir::Envelope::Data => Some("data"),
                ir::Envelope::None => None,
            };
            let keys = self.json_object_keys(r, inner, "response");
            // An object response's fields are checked by the generated example test.
            if let Some(keys) = keys.filter(|_| shape.object.is_none()) {
                for k in keys {
                    let envelope_key = matches!(k.as_str(), "code" | "msg" | "error")
                        && shape.envelope == ir::Envelope::None;
                    if !envelope_key && !response.iter().any(|f| f.wire == k) {
                        let hint = suggest(
                            &k,
                            response.iter().map(|f| f.wire.as_str()),
                            "the example's data names only declared response fields",
                        );
                        self.err(
                            r.span(),
                            format!("example response has unknown data field `{k}`"),
                            hint,
                        );
                    }
                }
            }
            out.response = Some(r.get_ref().clone());
        }
        out
    }

    /// The keys of a JSON object given as text (of its member `inner`, if given).
    pub(super) fn json_object_keys(
        &mut self,
        s: &S,
        inner: Option<&str>,
        key: &str,
    ) -> Option<Vec<String>> {
        let value: serde_json::Value = match serde_json::from_str(s.get_ref()) {
            Ok(v) => v,
            Err(e) => {
                self.err(
                    s.span(),
                    format!("example `{key}` is not valid JSON: {e}"),
                    "paste the reference page's example as it is",
                );
                return None;
            }
        };
        let target = match inner {
            Some(i) => value
                .get(i)
                .cloned()
                .unwrap_or(serde_json::Value::Object(Default::default())),
            None => value,
        };
        match target {
            serde_json::Value::Object(map) => Some(map.keys().cloned().collect()),
            _ => {
                self.err(
                    s.span(),
                    format!("example `{key}` is not a JSON object"),
                    "examples are whole JSON objects",
                );
                None
            }
        }
    }
}
