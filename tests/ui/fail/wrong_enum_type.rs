use feishu_api::attendance::v1::user_task_remedy::query::{QueryRequest, RemedyStatus};

fn main() {
    // `employee_type` takes an `EmployeeType`, not some other enum of the endpoint.
    let _builder = QueryRequest::builder().employee_type(RemedyStatus::Approved);
}
