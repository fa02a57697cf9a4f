//! What every data behaviour does the same way: decode the request with the generated decoder,
//! encode the answer with the generated type, cut a list into pages, and refuse unknown users.

use jiff::civil::Date;
use serde_json::{Value, json};

use super::data::{Employee, Tenant};
use super::world;
use feishu_api::attendance::v1::types::EmployeeType;
use feishu_api::time::DateYmd;

use super::server::{ApiError, Call};
use feishu_api::Endpoint;
use feishu_api::endpoint::EndpointInfo;

/// The page size the list methods use when the request gives none (the specs' server default).
const DEFAULT_PAGE_SIZE: usize = 10;

/// The message of 1220004, the attendance specs' unknown-user code.
pub(crate) const USER_NOT_FOUND_MSG: &str = "user_id is not exist or does not have permission";
/// The attendance specs' unknown-user code (`UserNotFound`).
pub(crate) const USER_NOT_FOUND: i64 = 1_220_004;

/// The employees `user_ids` names in an id space, each once in request order, or 1220004
/// listing the ids not found.
pub(crate) fn employees<'t>(
    info: &EndpointInfo,
    tenant: &'t Tenant,
    kind: &EmployeeType,
    ids: &[String],
) -> Result<Vec<&'t Employee>, ApiError> {
    world::resolve(tenant, kind, ids).map_err(|unknown| users_not_found(info, "user_ids", &unknown))
}

/// The dates `check_date_from..=check_date_to`, or a parameter error naming the field.
pub(crate) fn dates(
    info: &EndpointInfo,
    from: &DateYmd,
    to: &DateYmd,
) -> Result<Vec<Date>, ApiError> {
    let bad = |name: &str| ApiError::param_invalid(info, format!("{name}: not a yyyyMMdd date"));
    let from = from.to_date().map_err(|_| bad("check_date_from"))?;
    let to = to.to_date().map_err(|_| bad("check_date_to"))?;
    let mut out = Vec::new();
    let mut date = from;
    while date <= to {
        out.push(date);
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => break,
        }
    }
    Ok(out)
}

/// 1220004 for these ids, each listed in `error.field_violations` under `field`.
pub(crate) fn users_not_found(info: &EndpointInfo, field: &str, ids: &[String]) -> ApiError {
    let fields: Vec<Value> = ids
        .iter()
        .map(|id| json!({ "field": field, "value": id, "description": USER_NOT_FOUND_MSG }))
        .collect();
    ApiError::spec(info, USER_NOT_FOUND, USER_NOT_FOUND_MSG)
        .detail("field_violations", Value::Array(fields))
}

pub(crate) fn decode<E: Endpoint>(call: &Call<'_>) -> Result<E, ApiError> {
    E::from_wire(call.query, call.path_params, call.body)
        .map_err(|violations| ApiError::param_invalid(E::INFO, violations.to_string()))
}

pub(crate) fn encode(value: &impl serde::Serialize) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| {
        ApiError::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            // The attendance specs' `Internal` code.
            1225000,
            format!("encoding the answer failed: {e}"),
        )
    })
}

/// One page of `items` from a request's `page_token` and `page_size`: the items, the next
/// token and whether more follow.
pub(crate) fn page<T: Clone>(
    info: &EndpointInfo,
    items: &[T],
    token: Option<&str>,
    size: Option<i64>,
) -> Result<(Vec<T>, Option<String>, bool), ApiError> {
    let start = match token.filter(|t| !t.is_empty()) {
        None => 0,
        Some(t) => t
            .strip_prefix("pt")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n <= items.len())
            .ok_or_else(|| ApiError::param_invalid(info, "page_token invalid"))?,
    };
    let size = size
        .and_then(|s| usize::try_from(s).ok())
        .unwrap_or(DEFAULT_PAGE_SIZE);
    let end = (start + size).min(items.len());
    let more = end < items.len();
    let next = more.then(|| format!("pt{end}"));
    Ok((items[start..end].to_vec(), next, more))
}
