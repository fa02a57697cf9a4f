#!/usr/bin/env python3
"""Synthetic catalogues of N remedy-shaped endpoints, for scripts/build-cost.sh.

  gen.py specs REPO OUT N     N feishu specs (each the remedy query with its types inlined,
                              as resource resNNNN of a `bench` service) plus the auth specs
                              the runtime needs, into OUT
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


def specs(repo, out, n):
    base = open(os.path.join(repo, "specs/attendance/v1/user_task_remedy/query.toml")).read()
    shared = blocks(open(os.path.join(repo, "specs/attendance/v1/types/tasks.toml")).read(),
                    {"enums", "objects"})
    inlined = "".join("\n" + shared[name] for name in
                      ["EmployeeType", "UserTaskRemedy", "RemedyStatus", "WorkType", "PunchNo"])
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(repo, "specs/auth"), os.path.join(out, "auth"))
    for i in range(n):
        res = f"res{i:04}"
        text = base.replace('service = "attendance"', 'service = "bench"')
        text = text.replace('resource = "user_task_remedy"', f'resource = "{res}"')
        text = text.replace('/open-apis/attendance/v1/user_task_remedys/query',
                            f'/open-apis/bench/v1/{res}s/query')
        # Types go before the error table (the spec's own enums are there already).
        at = text.index("\n[[errors]]")
        text = text[:at] + inlined + text[at:]
        d = os.path.join(out, "bench", "v1", res)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "query.toml"), "w") as f:
            f.write(text)


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
        specs(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif sys.argv[1] == "openapi":
        openapi(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
