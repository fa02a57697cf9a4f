#!/usr/bin/env python3
"""Synthetic catalogues of N remedy-shaped endpoints, for scripts/build-cost.sh.

  gen.py specs REPO WS N PER  N feishu specs (each the remedy query with its types inlined,
                              as resource resNNNN), PER to a service (svc00, svc01, …, each
                              a crate of its own as in the SDK: feishu-svc00, …), plus the
                              auth specs the runtime needs, into WS/specs; writes the service
                              crates and points the manifests of the facade (WS/feishu-sdk)
                              and of the workspace at them instead of feishu-attendance
  gen.py openapi N OUT.json   the same N operations as an OpenAPI 3.0 document for
                              progenitor: the same parameters, bodies, enums and objects,
                              each operation with its own schemas, as each spec has its own types

Every endpoint is the real remedy query (获取补卡记录) renamed: one query enum, a body of five
fields (an id array, two Unix-second strings, two enums), and an answer of an array of a
twelve-field object with three enums.
"""
import json
import os
import re
import shutil
import sys


def blocks(text, kinds):
    """The top-level [[enums]] / [[objects]] blocks of a TOML text, by name."""
    out = {}
    parts = re.split(r'(?m)^(?=\[\[(?:enums|objects)\]\]\s*$)', text)
    for part in parts:
        m = re.match(r'\[\[(enums|objects)\]\]\s*\nname = "([^"]+)"', part)
        if m and m.group(1) in kinds:
            out[m.group(2)] = part.rstrip() + "\n"
    return out


def specs(repo, ws, n, per):
    out = os.path.join(ws, "specs")
    base = open(os.path.join(repo, "specs/attendance/v1/user_task_remedy/query.toml")).read()
    shared = blocks(open(os.path.join(repo, "specs/attendance/v1/types/tasks.toml")).read(),
                    {"enums", "objects"})
    inlined = "".join("\n" + shared[name] for name in
                      ["EmployeeType", "UserTaskRemedy", "RemedyStatus", "WorkType", "PunchNo"])
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(repo, "specs/auth"), os.path.join(out, "auth"))
    services = []
    for i in range(n):
        res = f"res{i:04}"
        svc = f"svc{i // per:02}"
        if svc not in services:
            services.append(svc)
        text = base.replace('service = "attendance"', f'service = "{svc}"')
        text = text.replace('resource = "user_task_remedy"', f'resource = "{res}"')
        text = text.replace('/open-apis/attendance/v1/user_task_remedys/query',
                            f'/open-apis/bench/v1/{res}s/query')
        # Types go before the error table (the spec's own enums are there already).
        at = text.index("\n[[errors]]")
        text = text[:at] + inlined + text[at:]
        d = os.path.join(out, svc, "v1", res)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "query.toml"), "w") as f:
            f.write(text)
    crates(ws, services)


def crates(ws, services):
    """One crate per service, made like feishu-attendance, and the facade's and the
    workspace's manifests pointing at them (the attendance lines become one line per service;
    the facade's lib.rs gathers the service crates its features name)."""
    for old in os.listdir(ws):
        if old.startswith("feishu-svc"):
            shutil.rmtree(os.path.join(ws, old))
    for svc in services:
        d = os.path.join(ws, f"feishu-{svc}")
        os.makedirs(os.path.join(d, "src"))
        trait = svc.capitalize() + "Api"
        with open(os.path.join(d, "Cargo.toml"), "w") as f:
            f.write(f"""[package]
name = "feishu-{svc}"
version = "0.1.0"
edition = "2024"
publish = false

[features]
server = ["feishu-runtime/server"]

[dependencies]
feishu-macros.workspace = true
feishu-runtime.workspace = true
""")
        shutil.copy(os.path.join(ws, "feishu-runtime", "build.rs"), os.path.join(d, "build.rs"))
        os.symlink(f"../specs/{svc}", os.path.join(d, "specs"))
        with open(os.path.join(d, "src", "lib.rs"), "w") as f:
            f.write(f"""//! The synthetic `{svc}` service.
feishu_macros::generate_api!("../specs", crate = ::feishu_runtime, extension_trait = {trait}, tests = false);
""")

    def per_service(text, template):
        assert template in text, template
        return text.replace(template, "".join(
            template.replace("feishu-attendance", f"feishu-{svc}")
            .replace("feishu_attendance", f"feishu_{svc}")
            .replace("AttendanceApi", svc.capitalize() + "Api")
            .replace("attendance", svc) for svc in services))

    path = os.path.join(ws, "feishu-sdk", "Cargo.toml")
    text = open(path).read()
    text = text.replace('default = ["attendance"]',
                        "default = [" + ", ".join(f'"{s}"' for s in services) + "]")
    text = per_service(text, 'attendance = ["dep:feishu-attendance"]\n')
    text = text.replace(', "feishu-attendance?/server"]',
                        "".join(f', "feishu-{s}?/server"' for s in services) + "]")
    text = text.replace("feishu-attendance = { workspace = true, optional = true }\n", "".join(
        f'feishu-{s} = {{ path = "../feishu-{s}", optional = true }}\n' for s in services))
    open(path, "w").write(text)

    path = os.path.join(ws, "Cargo.toml")
    text = open(path).read()
    text = re.sub(r"(?s)members = \[.*?\]", "members = [" + ", ".join(
        f'"{m}"' for m in ["feishu-macros", "feishu-runtime", "feishu-sdk"]
        + [f"feishu-{s}" for s in services]) + "]", text, count=1)
    text = re.sub(r"(?m)^feishu-(attendance|emulator) = .*\n", "", text)
    open(path, "w").write(text)


def openapi(n, path):
    paths, schemas = {}, {}
    for i in range(n):
        p = f"Res{i:04}"
        schemas[f"{p}EmployeeType"] = {"type": "string", "enum": ["employee_id", "employee_no"]}
        schemas[f"{p}CheckDateType"] = {"type": "string",
                                        "enum": ["PeriodTime", "CreateTime", "UpdateTime"]}
        schemas[f"{p}RemedyStatus"] = {"type": "integer", "enum": [0, 1, 2, 3, 4]}
        schemas[f"{p}WorkType"] = {"type": "integer", "enum": [0, 1, 2]}
        schemas[f"{p}PunchNo"] = {"type": "integer", "enum": [0, 1, 2]}
        ref = lambda name: {"$ref": f"#/components/schemas/{p}{name}"}
        schemas[f"{p}UserTaskRemedy"] = {
            "type": "object",
            "properties": {
                "user_id": {"type": "string"},
                "remedy_date": {"type": "integer"},
                "punch_no": ref("PunchNo"),
                "work_type": ref("WorkType"),
                "approval_id": {"type": "string"},
                "remedy_time": {"type": "string"},
                "status": ref("RemedyStatus"),
                "reason": {"type": "string"},
                "time": {"type": "string"},
                "time_zone": {"type": "string"},
                "create_time": {"type": "string"},
                "update_time": {"type": "string"},
            },
        }
        schemas[f"{p}QueryBody"] = {
            "type": "object",
            "required": ["user_ids", "check_time_from", "check_time_to"],
            "properties": {
                "user_ids": {"type": "array", "items": {"type": "string"},
                             "minItems": 1, "maxItems": 50},
                "check_time_from": {"type": "string"},
                "check_time_to": {"type": "string"},
                "check_date_type": ref("CheckDateType"),
                "status": ref("RemedyStatus"),
            },
        }
        schemas[f"{p}QueryData"] = {
            "type": "object",
            "properties": {"user_remedys": {"type": "array", "items": ref("UserTaskRemedy")}},
        }
        schemas[f"{p}QueryAnswer"] = {
            "type": "object",
            "required": ["code", "msg"],
            "properties": {"code": {"type": "integer"}, "msg": {"type": "string"},
                           "data": ref("QueryData")},
        }
        paths[f"/open-apis/bench/v1/res{i:04}s/query"] = {"post": {
            "operationId": f"res{i:04}_query",
            "parameters": [{"name": "employee_type", "in": "query", "required": True,
                            "schema": ref("EmployeeType")}],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": ref("QueryBody")}}},
            "responses": {"200": {"description": "the remedy records", "content": {
                "application/json": {"schema": ref("QueryAnswer")}}}},
        }}
    doc = {"openapi": "3.0.3", "info": {"title": "bench", "version": "1"},
           "paths": paths, "components": {"schemas": schemas}}
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)


if __name__ == "__main__":
    if sys.argv[1] == "specs":
        specs(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif sys.argv[1] == "openapi":
        openapi(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
