#!/usr/bin/env python3
"""Describe the official Python SDK (lark-oapi) as JSON, for drift checking.

The SDK is read *as data*: every file under ``lark_oapi/api`` is parsed with
``ast`` and nothing from it is imported or executed.  The SDK is generated
code with a very regular shape, which this script relies on:

* ``api/<service>/<version>/resource/<res>.py`` holds one class per resource.
  Each sync method ``def m(self, request: XRequest, option) -> XResponse`` is
  one API method; its ``async def am`` twin is skipped.  A method that wraps
  the body in ``MultipartEncoder(...)`` uploads a form (``multipart``); one
  that stores ``io.BytesIO(resp.content)`` in ``response.file`` answers with
  a file download (``binary_response``).
* ``api/<service>/<version>/model/*_request.py`` holds ``XRequest(BaseRequest)``
  and ``XRequestBuilder``.  The builder's ``__init__`` sets ``http_method``,
  ``uri`` and ``token_types``; each setter either calls
  ``add_query("<name>", v)`` (query param), sets ``paths["<name>"]`` (path
  param) or sets ``body`` (the request body, whatever class the setter takes).
  Param types come from the setter's annotation.
* Every plain (``object``-based) class in ``model/`` with a ``_types`` dict
  is a model; the ``_types`` values (the types the SDK deserialises with)
  give its field types.  ``XResponse(BaseResponse)`` is the envelope: the
  response body is the class of its ``data`` entry.  Event envelopes
  (``EventContext`` subclasses) are left out; their payload models are in.

Usage:  official.py --sdk .../site-packages/lark_oapi --out official.json

Anomalies (anything that does not fit the shapes above, so the output is
incomplete there) and notes (the SDK contradicts itself; recorded as it is)
go to stderr.  The JSON is written either way; the exit status is 1 when
there were anomalies.
"""

import argparse
import ast
import json
import os
import re
import sys
import time
from pathlib import Path

SDK_NAME = "lark-oapi"
SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool",
           "Any": "any", "object": "any", "bytes": "file"}
TOKENS = {"TENANT": "tenant", "USER": "user", "APP": "app"}

anomalies = []  # could not parse: the output is incomplete there
notes = []      # parsed, but the SDK contradicts itself: recorded as it is


def anomaly(where, msg):
    anomalies.append(f"{where}: {msg}")
    print(f"anomaly: {where}: {msg}", file=sys.stderr)


def note(where, msg):
    notes.append(f"{where}: {msg}")
    print(f"note: {where}: {msg}", file=sys.stderr)


def snake(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


class Module:
    """One parsed source file: its classes and the names it imports."""

    def __init__(self, path, api_root):
        self.path = path
        rel = path.relative_to(api_root).parts  # service, version, kind, file
        self.service, self.version = rel[0], rel[1]
        self.where = "/".join(rel)
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.classes = {c.name: c for c in self.tree.body
                        if isinstance(c, ast.ClassDef)}
        self.imports = {}  # local name -> (module path, class name)
        for node in self.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*node.module.split(".")).with_suffix(".py")
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (target, alias.name)
            elif isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("lark_oapi.api."):
                target = api_root.joinpath(
                    *node.module.split(".")[2:]).with_suffix(".py")
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (target, alias.name)


class Sdk:
    def __init__(self, sdk_dir):
        self.api = Path(sdk_dir).resolve() / "api"
        if not self.api.is_dir():
            sys.exit(f"{sdk_dir}: no api/ directory; pass the lark_oapi package dir")
        self._modules = {}
        self.models = {}  # qualified name -> {field: type}
        self._origin = {}  # qualified name -> defining file

    def module(self, path):
        path = Path(os.path.normpath(path))
        if path not in self._modules:
            self._modules[path] = Module(path, self.api) if path.is_file() else None
        return self._modules[path]

    # --- types ------------------------------------------------------------

    def qualify(self, mod, name):
        """Qualified model name of class ``name`` as seen from ``mod``."""
        if name in mod.classes:
            target, cls = mod, name
        elif name in mod.imports:
            path, cls = mod.imports[name]
            target = self.module(path)
            if target is None or cls not in target.classes:
                anomaly(mod.where, f"import of {name} does not resolve")
                return None
        else:
            anomaly(mod.where, f"unknown type name {name}")
            return None
        return f"{target.service}.{target.version}.{cls}", target, cls

    def type_of(self, mod, node, refs=None):
        """Map an annotation AST to the type grammar of the output.

        Each model it names is appended to ``refs`` as (module, class name).
        """
        if refs is None:
            refs = []
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node = ast.parse(node.value, mode="eval").body  # forward reference
        if isinstance(node, ast.Name):
            if node.id in SCALARS:
                return SCALARS[node.id]
            if node.id == "list":
                return "list<any>"
            if node.id == "dict":
                return "map<str,any>"
            found = self.qualify(mod, node.id)
            if not found:
                return "any"
            refs.append(found[1:])
            return f"model:{found[0]}"
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            head = node.value.id
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if head == "Optional":
                return self.type_of(mod, args[0], refs)
            if head in ("List", "Set") and len(args) == 1:
                return f"list<{self.type_of(mod, args[0], refs)}>"
            if head == "Dict" and len(args) == 2:
                key = self.type_of(mod, args[0], refs)
                if key != "str":
                    anomaly(mod.where, f"map key {key} in {ast.unparse(node)}")
                return f"map<str,{self.type_of(mod, args[1], refs)}>"
            if head == "IO":
                return "file"
        anomaly(mod.where, f"unsupported annotation {ast.unparse(node)}")
        return "any"

    def model(self, mod, cls_name):
        """Record model ``cls_name`` of ``mod`` (and what it refers to)."""
        qname = f"{mod.service}.{mod.version}.{cls_name}"
        if qname in self.models:
            if self._origin[qname] != mod.path:
                anomaly(mod.where, f"{qname} also defined in {self._origin[qname]}")
            return qname
        self._origin[qname] = mod.path
        self.models[qname] = fields = {}
        cls = mod.classes[cls_name]
        types = class_attr(cls, "_types")
        if not isinstance(types, ast.Dict):
            anomaly(mod.where, f"{cls_name} has no _types dict")
            return qname
        declared = {k.value for k in types.keys}
        if declared != init_attrs(cls):
            note(mod.where, f"{cls_name}: _types and __init__ disagree on "
                            f"{sorted(declared ^ init_attrs(cls))}; using _types")
        for key, value in zip(types.keys, types.values):
            refs = []
            fields[key.value] = self.type_of(mod, value, refs)
            for ref_mod, ref_cls in refs:
                self.model(ref_mod, ref_cls)
        return qname

    def body_type(self, where, mod, node):
        """Qualified name of the model ``node`` names, recording it; or None."""
        refs = []
        t = self.type_of(mod, node, refs)
        if not t.startswith("model:"):
            anomaly(where, f"body of type {t}")
            return None
        return self.model(*refs[0])

    def all_models(self):
        for path in sorted(self.api.glob("*/*/model/*.py")):
            mod = self.module(path)
            for name, cls in mod.classes.items():
                bases = [ast.unparse(b) for b in cls.bases]
                if bases == ["object"] and class_attr(cls, "_types") is not None:
                    self.model(mod, name)

    # --- methods ----------------------------------------------------------

    def methods(self):
        out = []
        for version_py in sorted(self.api.glob("*/*/version.py")):
            resources = resource_names(version_py)
            for path in sorted(version_py.parent.glob("resource/*.py")):
                mod = self.module(path)
                for cls_name, cls in mod.classes.items():
                    res = resources.get(cls_name)
                    if res is None:
                        res = snake(cls_name)
                        anomaly(mod.where, f"{cls_name} not in version.py")
                    out.extend(self.resource_methods(mod, cls, res))
        out.sort(key=lambda m: (m["service"], m["version"], m["resource"], m["method"]))
        return out

    def resource_methods(self, mod, cls, res):
        sync = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)
                and not f.name.startswith("_")}
        for f in cls.body:
            if isinstance(f, ast.AsyncFunctionDef) and f.name[1:] not in sync:
                anomaly(mod.where, f"async {f.name} has no sync twin")
        for name, fn in sync.items():
            where = f"{mod.where} {cls.name}.{name}"
            args = fn.args.args
            if len(args) < 2 or args[1].annotation is None or fn.returns is None:
                anomaly(where, "unexpected signature")
                continue
            req = self.qualify(mod, ast.unparse(args[1].annotation))
            resp = self.qualify(mod, ast.unparse(fn.returns))
            if not req or not resp:
                continue
            m = {"service": mod.service, "version": mod.version,
                 "resource": res, "method": name,
                 "http_method": None, "uri": None, "token_types": [],
                 "path_params": {}, "query_params": {},
                 "request_body": None, "response_body": None,
                 "multipart": calls(fn, "MultipartEncoder"),
                 "binary_response": calls(fn, "BytesIO")}
            self.read_request(where, req[1], req[2], m)
            self.read_response(where, resp[1], resp[2], m)
            yield m

    def read_request(self, where, mod, cls_name, m):
        builder = mod.classes.get(cls_name + "Builder")
        if builder is None:
            anomaly(where, f"no {cls_name}Builder")
            return
        for fn in builder.body:
            if not isinstance(fn, ast.FunctionDef) or fn.name == "build":
                continue
            for st in fn.body:
                if fn.name == "__init__":
                    self.init_stmt(where, st, m)
                else:
                    self.setter_stmt(where, mod, fn, st, m)
        if not m["http_method"] or not m["uri"]:
            anomaly(where, "builder sets no http_method/uri")
        in_uri = set(re.findall(r":(\w+)", m["uri"] or ""))
        if in_uri != set(m["path_params"]):
            note(where, f"uri params {sorted(in_uri)} != path setters "
                        f"{sorted(m['path_params'])}")
        if m["multipart"] and m["request_body"] is None:
            note(where, "multipart upload without a request body")

    def init_stmt(self, where, st, m):
        if not (isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Attribute)):
            return  # `x = XRequest()` and `self._x = x`
        attr, v = st.targets[0].attr, st.value
        if attr == "http_method" and isinstance(v, ast.Attribute):
            m["http_method"] = v.attr
        elif attr == "uri" and isinstance(v, ast.Constant):
            m["uri"] = v.value
        elif attr == "token_types" and isinstance(v, (ast.Set, ast.Dict)):
            elts = v.elts if isinstance(v, ast.Set) else v.keys  # `{}` is empty
            m["token_types"] = sorted(token(where, e) for e in elts)
        else:
            anomaly(where, f"builder __init__: {ast.unparse(st)}")

    def setter_stmt(self, where, mod, fn, st, m):
        """One statement of a builder setter ``def name(self, v: T)``."""
        if isinstance(st, ast.Return):
            return
        if len(fn.args.args) != 2:
            anomaly(where, f"setter {fn.name} does not take one argument")
            return
        param = fn.args.args[1]
        target = st.targets[0] if isinstance(st, ast.Assign) else None
        if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) and \
                getattr(st.value.func, "attr", None) == "add_query":
            # add_query expands a list into repeated `k=v` pairs: type list<T>
            key = st.value.args[0].value
            m["query_params"][key] = self.type_of(mod, param.annotation)
        elif isinstance(target, ast.Subscript) and \
                getattr(target.value, "attr", None) == "paths":
            key = target.slice.value
            m["path_params"][key] = self.type_of(mod, param.annotation)
        elif isinstance(target, ast.Attribute) and target.attr == "body":
            m["request_body"] = self.body_type(where, mod, param.annotation)
        elif isinstance(target, ast.Attribute) and \
                isinstance(st.value, ast.Name) and st.value.id == param.arg:
            pass  # `self._x.name = name`: the request keeps a copy
        else:
            anomaly(where, f"setter {fn.name}: {ast.unparse(st)}")

    def read_response(self, where, mod, cls_name, m):
        types = class_attr(mod.classes[cls_name], "_types")
        fields = {k.value: v for k, v in zip(types.keys, types.values)} if types else {}
        if m["binary_response"] != ("file" in fields):
            anomaly(where, f"binary_response={m['binary_response']} but response "
                           f"fields are {sorted(fields)}")
        if "data" in fields:
            m["response_body"] = self.body_type(where, mod, fields["data"])
            if m["binary_response"]:
                note(where, "file download that also declares a data body")
        if set(fields) - {"data", "file", "file_name"}:
            anomaly(where, f"unexpected response fields {sorted(fields)}")


def token(where, node):
    """``AccessTokenType.TENANT`` -> ``tenant``."""
    name = getattr(node, "attr", None)
    if name not in TOKENS:
        anomaly(where, f"unknown token type {ast.unparse(node)}")
    return TOKENS.get(name, str(name).lower())


def class_attr(cls, name):
    for st in cls.body:
        if isinstance(st, ast.Assign) and getattr(st.targets[0], "id", None) == name:
            return st.value
    return None


def init_attrs(cls):
    """Attributes that ``cls.__init__`` declares (``self.x: T = ...``)."""
    return {st.target.attr for fn in cls.body
            if isinstance(fn, ast.FunctionDef) and fn.name == "__init__"
            for st in fn.body
            if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Attribute)}


def calls(fn, name):
    """Does ``fn`` call something named ``name`` (``name(...)``/``x.name(...)``)?"""
    return any(isinstance(n, ast.Call) and
               getattr(n.func, "id", getattr(n.func, "attr", None)) == name
               for n in ast.walk(fn))


def resource_names(version_py):
    """Resource class name -> attribute name, from ``self.x: X = X(config)``."""
    names = {}
    for node in ast.walk(ast.parse(version_py.read_text(encoding="utf-8"))):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Attribute):
            names[ast.unparse(node.annotation)] = node.target.attr
    return names


def sdk_version(sdk_dir):
    """Version from the ``lark_oapi-<version>.dist-info`` next to the package."""
    for meta in sorted(Path(sdk_dir).resolve().parent.glob("lark_oapi-*.dist-info/METADATA")):
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.startswith("Version:"):
                return line.split(":", 1)[1].strip()
    anomaly(sdk_dir, "no lark_oapi-*.dist-info/METADATA, version unknown")
    return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sdk", required=True, help="path of the lark_oapi package dir")
    ap.add_argument("--out", required=True, help="JSON file to write")
    opts = ap.parse_args()
    start = time.monotonic()

    sdk = Sdk(opts.sdk)
    methods = sdk.methods()  # records every model reachable from a method
    sdk.all_models()         # ... and then all the others

    doc = {"sdk": SDK_NAME, "version": sdk_version(opts.sdk), "methods": methods,
           "models": sdk.models}
    out = Path(opts.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                   encoding="utf-8")

    services = {m["service"] for m in methods}
    versions = {(m["service"], m["version"]) for m in methods}
    print(f"{len(services)} services, {len(versions)} service versions, "
          f"{len(methods)} methods, {len(sdk.models)} models, "
          f"{len(anomalies)} anomalies, {len(notes)} notes, "
          f"{time.monotonic() - start:.1f}s -> {out}",
          file=sys.stderr)
    return 1 if anomalies else 0


if __name__ == "__main__":
    sys.exit(main())
