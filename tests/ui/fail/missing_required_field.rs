use feishu_api::attendance::v1::user_task_remedy::query::{EmployeeType, QueryRequest};
use feishu_api::time::UnixSeconds;

fn main() {
    // `check_time_to` is required: without it the builder offers no `build()`.
    let _request = QueryRequest::builder()
        .employee_type(EmployeeType::EmployeeId)
        .user_ids(["abd754f7"])
        .check_time_from(UnixSeconds::new(1_566_641_088))
        .build();
}
