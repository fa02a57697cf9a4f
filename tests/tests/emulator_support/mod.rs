//! Helpers shared by the `emulator_*` suites: a plain HTTP client, token and query calls, and
//! expected remedy records computed from the seeded tenant's public accessors alone.
#![allow(dead_code)] // each suite uses a different subset

use std::sync::{Arc, OnceLock};

use feishu_api::attendance::v1::user_task_remedy::query::{EmployeeType, RemedyStatus};
use feishu_emulator::{Emulator, EmulatorBuilder, RunningEmulator, Tenant};
use serde_json::{Value, json};

pub const TOKEN_PATH: &str = "/open-apis/auth/v3/tenant_access_token/internal";
pub const QUERY_PATH: &str = "/open-apis/attendance/v1/user_task_remedys/query";

/// 2025-01-01T00:00:00Z and 2026-01-01T00:00:00Z: a window holding every record of 2025
/// (records are dated in local time, so a few hours either side matter only at the edges).
pub const YEAR_FROM: i64 = 1_735_689_600 - 86_400;
pub const YEAR_TO: i64 = 1_767_225_600 + 86_400;

/// A tenant shared by every emulator of a suite, so each test does not regenerate one.
pub fn tenant() -> Arc<Tenant> {
    static TENANT: OnceLock<Arc<Tenant>> = OnceLock::new();
    TENANT
        .get_or_init(|| Arc::new(Tenant::generate(300, 7, 2025)))
        .clone()
}

/// A builder serving the shared tenant, with seed 7.
pub fn builder() -> EmulatorBuilder {
    Emulator::builder().seed(7).tenant(tenant())
}

pub fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("an HTTP client")
}

/// One HTTP answer, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    pub fn code(&self) -> i64 {
        self.json()["code"].as_i64().expect("a code")
    }

    pub fn msg(&self) -> String {
        self.json()["msg"].as_str().expect("a msg").to_owned()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn log_id(&self) -> &str {
        self.header("x-tt-logid")
            .expect("every response carries X-Tt-Logid")
    }

    /// Asserts an error answer: HTTP status, code, msg, and `error.log_id` equal to the header.
    #[track_caller]
    pub fn assert_error(&self, status: u16, code: i64, msg: &str) {
        assert_eq!(
            (self.status, self.code(), self.msg().as_str()),
            (status, code, msg),
            "{}",
            self.text
        );
        assert_eq!(
            self.json()["error"]["log_id"],
            json!(self.log_id()),
            "{}",
            self.text
        );
    }

    /// The records of a successful query.
    #[track_caller]
    pub fn records(&self) -> Vec<Value> {
        assert_eq!((self.status, self.code()), (200, 0), "{}", self.text);
        assert_eq!(self.msg(), "success");
        self.json()["data"]["user_remedys"]
            .as_array()
            .expect("user_remedys")
            .clone()
    }
}

pub async fn read(response: reqwest::Response) -> Reply {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.expect("a whole body");
    Reply {
        status,
        headers,
        text,
    }
}

pub async fn post(
    client: &reqwest::Client,
    url: String,
    token: Option<&str>,
    body: &Value,
) -> Reply {
    let mut request = client.post(url).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    read(request.send().await.expect("an answer")).await
}

pub async fn token_reply(
    client: &reqwest::Client,
    emulator: &RunningEmulator,
    app_id: &str,
    secret: &str,
) -> Reply {
    post(
        client,
        format!("{}{TOKEN_PATH}", emulator.url()),
        None,
        &json!({ "app_id": app_id, "app_secret": secret }),
    )
    .await
}

/// A tenant access token of the demo app.
pub async fn token(client: &reqwest::Client, emulator: &RunningEmulator) -> String {
    let reply = token_reply(client, emulator, emulator.app_id(), emulator.app_secret()).await;
    assert_eq!((reply.status, reply.code()), (200, 0), "{}", reply.text);
    reply.json()["tenant_access_token"]
        .as_str()
        .expect("a token")
        .to_owned()
}

pub async fn query(
    client: &reqwest::Client,
    emulator: &RunningEmulator,
    token: &str,
    employee_type: &str,
    body: &Value,
) -> Reply {
    let url = format!(
        "{}{QUERY_PATH}?employee_type={employee_type}",
        emulator.url()
    );
    post(client, url, Some(token), body).await
}

/// The body of a query for `ids` over `[from, to]`.
pub fn window(ids: &[&str], from: i64, to: i64) -> Value {
    json!({ "user_ids": ids, "check_time_from": from.to_string(), "check_time_to": to.to_string() })
}

/// What the query must return for these users, written out field by field from the tenant's
/// accessors (not through the emulator's own encoding).
pub fn expected(
    tenant: &Tenant,
    kind: &EmployeeType,
    ids: &[&str],
    from: i64,
    to: i64,
    status: RemedyStatus,
) -> Vec<Value> {
    let mut out = Vec::new();
    let mut done = Vec::new();
    for id in ids {
        let employee = tenant.employee(kind, id).expect("a known user");
        if done.contains(&employee.index()) {
            continue;
        }
        done.push(employee.index());
        for r in tenant.remedies(employee) {
            let t = r.time().as_second();
            if t < from || t > to || r.status() != status {
                continue;
            }
            let d = r.remedy_date();
            let m = r.remedy_time();
            out.push(json!({
                "user_id": id,
                "remedy_date": i64::from(d.year()) * 10_000 + i64::from(d.month()) * 100 + i64::from(d.day()),
                "punch_no": r.punch_no().wire_value(),
                "work_type": r.work_type().wire_value(),
                "approval_id": r.approval_id(),
                "remedy_time": format!("{:04}-{:02}-{:02} {:02}:{:02}", m.year(), m.month(), m.day(), m.hour(), m.minute()),
                "status": r.status().wire_value(),
                "reason": r.reason(),
                "time": t.to_string(),
                "time_zone": r.time_zone(),
                "create_time": r.create_time().as_second().to_string(),
                "update_time": r.update_time().as_second().to_string(),
            }));
        }
    }
    out
}
