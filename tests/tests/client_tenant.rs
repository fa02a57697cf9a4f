//! The emulator's tenant is one attendance system, proved through the SDK over loopback: every
//! read agrees with the others (remedies, punch results, punch records, approvals, schedules,
//! the punches that may be remedied), and every write is seen by the reads after it, with exact
//! values.

mod client_support;
mod emulator_support;

use feishu_api::prelude::*;
use std::collections::BTreeMap;

use client_support::client;
use emulator_support::builder;
use feishu_api::Client;
use feishu_api::attendance::v1::types::{
    ApprovalEmployeeType, ApprovalLocale, ApprovalTimeUnit, CheckResultSupplement, EmployeeType,
    I18nNames, TaskCheckResult, UserApproval, UserDailyShift, UserFlow, UserFlowType, UserLeave,
    UserSetting, UserTask,
};
use feishu_api::attendance::v1::user_task_remedy::query::{PunchNo, RemedyStatus, WorkType};
use feishu_api::attendance::v1::{
    approval_info, group, shift, user_approval, user_daily_shift, user_flow, user_setting,
    user_task, user_task_remedy,
};
use feishu_api::time::{DateYmd, LocalMinute, UnixSeconds};
use feishu_emulator::{GROUPS, RunningEmulator, Shift};
use futures_util::TryStreamExt;

const NO: EmployeeType = EmployeeType::EmployeeNo;

/// The first employee of each seeded group, as employee numbers.
fn one_per_group(emulator: &RunningEmulator) -> Vec<String> {
    (0..GROUPS.len())
        .filter_map(|g| {
            emulator
                .tenant()
                .employees()
                .iter()
                .find(|e| e.group() == g)
                .map(|e| e.employee_no().to_owned())
        })
        .collect()
}

/// A member of the first group working this pattern, as an employee number.
fn member_with(emulator: &RunningEmulator, zone: &str, shift: Shift) -> String {
    let group = GROUPS
        .iter()
        .position(|g| g.time_zone == zone && g.shift == shift)
        .expect("a seeded group");
    emulator
        .tenant()
        .employees()
        .iter()
        .find(|e| e.group() == group)
        .expect("a member")
        .employee_no()
        .to_owned()
}

async fn tasks(client: &Client, ids: &[String], from: u32, to: u32) -> Vec<UserTask> {
    let request = user_task::query::QueryRequest::builder()
        .employee_type(NO)
        .user_ids(ids.to_vec())
        .check_date_from(DateYmd::from_raw(from))
        .check_date_to(DateYmd::from_raw(to))
        .build();
    client
        .attendance()
        .v1()
        .user_task()
        .query(&request)
        .await
        .unwrap()
        .user_task_results
}

/// One task's result for a punch: (result, supplement, counted record id, its check time).
type Punch = (
    Option<TaskCheckResult>,
    Option<CheckResultSupplement>,
    Option<String>,
    Option<i64>,
);

fn punch(task: &UserTask, punch_no: usize, work_type: WorkType) -> Punch {
    let record = &task.records[punch_no];
    let secs = |f: &Option<UserFlow>| {
        f.as_ref()
            .and_then(|f| f.check_time.as_ref())
            .and_then(|t| t.secs().ok())
    };
    if work_type == WorkType::OffDuty {
        (
            record.check_out_result.clone(),
            record.check_out_result_supplement.clone(),
            record.check_out_record_id.clone(),
            secs(&record.check_out_record),
        )
    } else {
        (
            record.check_in_result.clone(),
            record.check_in_result_supplement.clone(),
            record.check_in_record_id.clone(),
            secs(&record.check_in_record),
        )
    }
}

fn find<'a>(tasks: &'a [UserTask], user: &str, day: u32) -> &'a UserTask {
    tasks
        .iter()
        .find(|t| {
            t.user_id.as_deref() == Some(user)
                && t.day.as_ref().and_then(DateYmd::as_u32) == Some(day)
        })
        .unwrap_or_else(|| panic!("no result for {user} on {day}"))
}

async fn remedies(
    client: &Client,
    ids: &[String],
    status: RemedyStatus,
) -> Vec<feishu_api::attendance::v1::types::UserTaskRemedy> {
    let request = user_task_remedy::query::QueryRequest::builder()
        .employee_type(NO)
        .user_ids(ids.to_vec())
        .check_time_from(UnixSeconds::new(1_740_700_000)) // 2025-02-28
        .check_time_to(UnixSeconds::new(1_743_600_000)) // 2025-04-02
        .status(status)
        .build();
    client
        .attendance()
        .v1()
        .user_task_remedy()
        .query(&request)
        .await
        .unwrap()
        .user_remedys
}

async fn flows(client: &Client, ids: &[String], from: i64, to: i64) -> Vec<UserFlow> {
    let request = user_flow::query::QueryRequest::builder()
        .employee_type(NO)
        .user_ids(ids.to_vec())
        .check_time_from(UnixSeconds::new(from))
        .check_time_to(UnixSeconds::new(to))
        .build();
    client
        .attendance()
        .v1()
        .user_flow()
        .query(&request)
        .await
        .unwrap()
        .user_flow_results
}

async fn schedule(client: &Client, ids: &[String], from: u32, to: u32) -> Vec<UserDailyShift> {
    let request = user_daily_shift::query::QueryRequest::builder()
        .employee_type(NO)
        .user_ids(ids.to_vec())
        .check_date_from(DateYmd::from_raw(from))
        .check_date_to(DateYmd::from_raw(to))
        .build();
    client
        .attendance()
        .v1()
        .user_daily_shift()
        .query(&request)
        .await
        .unwrap()
        .user_daily_shifts
}

async fn approvals(client: &Client, ids: &[String], from: u32, to: u32) -> Vec<UserApproval> {
    let request = user_approval::query::QueryRequest::builder()
        .employee_type(ApprovalEmployeeType::EmployeeNo)
        .user_ids(ids.to_vec())
        .check_date_from(DateYmd::from_raw(from))
        .check_date_to(DateYmd::from_raw(to))
        .build();
    client
        .attendance()
        .v1()
        .user_approval()
        .query(&request)
        .await
        .unwrap()
        .user_approvals
}

fn side(work_type: Option<WorkType>) -> WorkType {
    match work_type {
        Some(WorkType::OffDuty) => WorkType::OffDuty,
        _ => WorkType::OnDuty,
    }
}

fn index(punch_no: Option<PunchNo>) -> usize {
    punch_no.map_or(0, |p| p.wire_value() as usize)
}

#[tokio::test]
async fn a_month_of_reads_agrees_with_itself() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let ids = one_per_group(&emulator);
    assert_eq!(ids.len(), 12);
    let march = tasks(&client, &ids, 20250301, 20250331).await;
    assert_eq!(march.len(), 12 * 31);

    // Remedies and results: an approved remedy is a remedied punch whose record is the remedy's
    // time; a pending one shows as pending; the others leave the punch missing.
    let mut seen = BTreeMap::new();
    for status in RemedyStatus::KNOWN {
        for remedy in remedies(&client, &ids, *status).await {
            let day = remedy
                .remedy_date
                .as_ref()
                .and_then(DateYmd::as_u32)
                .unwrap();
            if !(20250301..=20250331).contains(&day) {
                continue;
            }
            let user = remedy.user_id.clone().unwrap();
            let task = find(&march, &user, day);
            let got = punch(task, index(remedy.punch_no), side(remedy.work_type));
            let time = remedy.time.as_ref().and_then(|t| t.secs().ok());
            match status {
                RemedyStatus::Approved => {
                    assert_eq!(
                        (got.0, got.1, got.3),
                        (
                            Some(TaskCheckResult::Normal),
                            Some(CheckResultSupplement::RemedyApproved),
                            time
                        ),
                        "{remedy:?}"
                    );
                    assert!(got.2.unwrap().starts_with('4'));
                }
                RemedyStatus::Pending => assert_eq!(
                    (got.0, got.1, got.2),
                    (
                        Some(TaskCheckResult::Lack),
                        Some(CheckResultSupplement::RemedyPending),
                        None
                    ),
                    "{remedy:?}"
                ),
                _ => assert_eq!(
                    (got.0, got.1, got.2),
                    (
                        Some(TaskCheckResult::Lack),
                        Some(CheckResultSupplement::NoSupplement),
                        None
                    ),
                    "{remedy:?}"
                ),
            }
            *seen.entry(status.wire_value()).or_insert(0) += 1;
        }
    }
    assert!(seen.get(&2).copied().unwrap_or(0) > 0, "{seen:?}");

    // Every record a result counted is a punch record of the same user, id and time.
    let records = flows(&client, &ids, 1_740_700_000, 1_743_600_000).await;
    let by_id: BTreeMap<&str, &UserFlow> = records
        .iter()
        .map(|f| (f.record_id.as_deref().unwrap(), f))
        .collect();
    let mut counted = 0;
    for task in &march {
        for (i, r) in task.records.iter().enumerate() {
            for (id, record) in [
                (&r.check_in_record_id, &r.check_in_record),
                (&r.check_out_record_id, &r.check_out_record),
            ] {
                let Some(id) = id else { continue };
                let flow = by_id
                    .get(id.as_str())
                    .unwrap_or_else(|| panic!("{id} of {:?} pair {i}", task.day));
                assert_eq!(Some(*flow), record.as_ref());
                assert_eq!(flow.user_id, task.user_id);
                counted += 1;
            }
        }
    }
    assert!(counted > 500, "{counted}");

    // A day of approved leave or trip excuses every punch of that day.
    let approvals = approvals(&client, &ids, 20250301, 20250331).await;
    let mut excused = 0;
    for approval in &approvals {
        let day: u32 = approval.date.parse().unwrap();
        let task = find(&march, &approval.user_id, day);
        let expected = if approval.leaves.is_some() {
            CheckResultSupplement::OnLeave
        } else if approval.trips.is_some() {
            CheckResultSupplement::BusinessTrip
        } else {
            continue;
        };
        for r in &task.records {
            assert_eq!(r.check_in_result, Some(TaskCheckResult::NoNeedCheck));
            assert_eq!(r.check_in_result_supplement, Some(expected.clone()));
            assert_eq!(r.check_in_record_id, None);
        }
        excused += 1;
    }
    assert!(excused > 0);

    // The schedule is what the results expect: rest days have no records.
    let schedule = schedule(&client, &ids, 20250301, 20250331).await;
    // Members of the two free-shift groups have no schedule.
    assert_eq!(schedule.len(), 10 * 31);
    for entry in &schedule {
        let day = u32::try_from(entry.month * 100 + entry.day_no).unwrap();
        let task = find(&march, &entry.user_id, day);
        assert_eq!(task.shift_id.as_deref(), Some(entry.shift_id.as_str()));
        assert_eq!(task.group_id.as_deref(), Some(entry.group_id.as_str()));
        assert_eq!(entry.shift_id == "0", task.records.is_empty(), "{entry:?}");
    }

    // The punches that may be remedied are exactly the missing, late and early ones that no
    // remedy is pending for.
    let open = |result: &Option<TaskCheckResult>, supplement: &Option<CheckResultSupplement>| {
        matches!(
            result,
            Some(TaskCheckResult::Lack | TaskCheckResult::Late | TaskCheckResult::Early)
        ) && *supplement != Some(CheckResultSupplement::RemedyPending)
    };
    let mut checked = 0;
    for task in &march {
        let mut wanted = Vec::new();
        for (i, r) in task.records.iter().enumerate() {
            let no = Some(PunchNo::KNOWN[i]);
            if open(&r.check_in_result, &r.check_in_result_supplement) {
                wanted.push((no, Some(WorkType::OnDuty), r.check_in_result.clone()));
            }
            if open(&r.check_out_result, &r.check_out_result_supplement) {
                wanted.push((no, Some(WorkType::OffDuty), r.check_out_result.clone()));
            }
        }
        if wanted.is_empty() || checked == 8 {
            continue;
        }
        let request =
            user_task_remedy::query_user_allowed_remedys::QueryUserAllowedRemedysRequest::builder()
                .employee_type(NO)
                .user_id(task.user_id.clone().unwrap())
                .remedy_date(task.day.clone().unwrap())
                .build();
        let allowed = client
            .attendance()
            .v1()
            .user_task_remedy()
            .query_user_allowed_remedys(&request)
            .await
            .unwrap()
            .user_allowed_remedys;
        let got: Vec<(Option<PunchNo>, Option<WorkType>, Option<TaskCheckResult>)> = allowed
            .iter()
            .map(|a| (a.punch_no, a.work_type, a.punch_status.clone()))
            .collect();
        assert_eq!(got, wanted);
        checked += 1;
    }
    // A day with nothing to remedy is 1226501.
    let fine = march
        .iter()
        .find(|t| {
            !t.records.is_empty()
                && t.records.iter().all(|r| {
                    r.check_in_result == Some(TaskCheckResult::Normal)
                        && r.check_out_result == Some(TaskCheckResult::Normal)
                })
        })
        .unwrap();
    let request =
        user_task_remedy::query_user_allowed_remedys::QueryUserAllowedRemedysRequest::builder()
            .employee_type(NO)
            .user_id(fine.user_id.clone().unwrap())
            .remedy_date(fine.day.clone().unwrap())
            .build();
    let error = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_user_allowed_remedys(&request)
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(1226501));
    assert!(checked > 0);
}

#[tokio::test]
async fn shift_times_follow_each_zone_and_its_daylight_saving() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let london = member_with(&emulator, "Europe/London", Shift::Standard);
    let shanghai = member_with(&emulator, "Asia/Shanghai", Shift::Standard);
    let night = member_with(&emulator, "Asia/Shanghai", Shift::Night);
    let ids = vec![london.clone(), shanghai.clone(), night.clone()];
    // Friday 28 March (London on GMT) and Monday 31 March (on BST).
    let results = tasks(&client, &ids, 20250328, 20250331).await;
    let times = |user: &str, day: u32| {
        let r = &find(&results, user, day).records[0];
        (
            r.check_in_shift_time.as_ref().and_then(|t| t.secs().ok()),
            r.check_out_shift_time.as_ref().and_then(|t| t.secs().ok()),
        )
    };
    // 09:00 and 18:00 GMT, then 09:00 and 18:00 BST (08:00 and 17:00 UTC).
    assert_eq!(
        times(&london, 20250328),
        (Some(1_743_152_400), Some(1_743_184_800))
    );
    assert_eq!(
        times(&london, 20250331),
        (Some(1_743_408_000), Some(1_743_440_400))
    );
    // 09:00 and 18:00 in Shanghai (UTC+8).
    assert_eq!(
        times(&shanghai, 20250331),
        (Some(1_743_382_800), Some(1_743_415_200))
    );
    // 22:00 on the 31st to 06:00 on 1 April, Shanghai time.
    assert_eq!(
        times(&night, 20250331),
        (Some(1_743_429_600), Some(1_743_458_400))
    );
    // Weekends are rest days.
    assert!(find(&results, &london, 20250329).records.is_empty());
    assert_eq!(
        find(&results, &london, 20250329).shift_id.as_deref(),
        Some("0")
    );
}

/// The first (user, day, pair) of March whose on-duty punch is simply missing (no remedy).
fn first_missing(march: &[UserTask]) -> (String, u32, usize, i64) {
    for task in march {
        for (i, r) in task.records.iter().enumerate() {
            if r.check_in_result == Some(TaskCheckResult::Lack)
                && r.check_in_result_supplement == Some(CheckResultSupplement::NoSupplement)
            {
                return (
                    task.user_id.clone().unwrap(),
                    task.day.as_ref().and_then(DateYmd::as_u32).unwrap(),
                    i,
                    r.check_in_shift_time.as_ref().unwrap().secs().unwrap(),
                );
            }
        }
    }
    panic!("no missing punch in March");
}

#[tokio::test]
async fn an_imported_punch_counts_until_it_is_deleted() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let ids = one_per_group(&emulator);
    let march = tasks(&client, &ids, 20250301, 20250331).await;
    let (user, day, pair, scheduled) = first_missing(&march);

    // Imported five minutes after the shift starts: on time, and the record the result counts.
    let mut record = UserFlow::new();
    record.user_id = Some(user.clone());
    record.creator_id = Some(user.clone());
    record.location_name = Some("Gate 3".to_owned());
    record.check_time = Some(UnixSeconds::new(scheduled + 300));
    record.comment = Some("badge reader log".to_owned());
    let request = user_flow::batch_create::BatchCreateRequest::builder()
        .employee_type(NO)
        .flow_records(vec![record])
        .build();
    let imported = client
        .attendance()
        .v1()
        .user_flow()
        .batch_create(&request)
        .await
        .unwrap()
        .flow_records;
    let id = imported[0].record_id.clone().unwrap();
    assert_eq!(imported[0].r#type, Some(UserFlowType::OpenPlatformImport));

    let after = tasks(&client, std::slice::from_ref(&user), day, day).await;
    let got = punch(&after[0], pair, WorkType::OnDuty);
    assert_eq!(
        got,
        (
            Some(TaskCheckResult::Normal),
            Some(CheckResultSupplement::NoSupplement),
            Some(id.clone()),
            Some(scheduled + 300)
        )
    );
    let listed = flows(
        &client,
        std::slice::from_ref(&user),
        scheduled,
        scheduled + 600,
    )
    .await;
    let mine: Vec<_> = listed
        .iter()
        .filter(|f| f.record_id.as_deref() == Some(&id))
        .collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].location_name.as_deref(), Some("Gate 3"));
    assert_eq!(mine[0].comment.as_deref(), Some("badge reader log"));
    let request = user_flow::get::GetRequest::builder()
        .user_flow_id(id.clone())
        .employee_type(NO)
        .build();
    let fetched = client
        .attendance()
        .v1()
        .user_flow()
        .get(&request)
        .await
        .unwrap();
    assert_eq!(fetched.check_time, Some(UnixSeconds::new(scheduled + 300)));

    // Deleted: gone from the records, and the punch is missing again.
    let request = user_flow::batch_del::BatchDelRequest::builder()
        .record_ids(vec![id.clone(), "6999999999999999999".to_owned()])
        .build();
    let deleted = client
        .attendance()
        .v1()
        .user_flow()
        .batch_del(&request)
        .await
        .unwrap();
    assert_eq!(deleted.success_record_ids, std::slice::from_ref(&id));
    assert_eq!(deleted.fail_record_ids, ["6999999999999999999"]);
    let again = tasks(&client, std::slice::from_ref(&user), day, day).await;
    assert_eq!(
        punch(&again[0], pair, WorkType::OnDuty),
        (
            Some(TaskCheckResult::Lack),
            Some(CheckResultSupplement::NoSupplement),
            None,
            None
        )
    );
    let request = user_flow::get::GetRequest::builder()
        .user_flow_id(id)
        .employee_type(NO)
        .build();
    assert!(
        client
            .attendance()
            .v1()
            .user_flow()
            .get(&request)
            .await
            .is_err()
    );
}

#[tokio::test]
async fn a_remedy_is_pending_then_approved_through_the_api() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let ids = one_per_group(&emulator);
    let march = tasks(&client, &ids, 20250301, 20250331).await;
    let (user, day, pair, scheduled) = first_missing(&march);
    let local = find(&march, &user, day);
    let zone = emulator
        .tenant()
        .employee(&NO, &user)
        .unwrap()
        .time_zone()
        .to_owned();
    let at = feishu_api::jiff::Timestamp::from_second(scheduled)
        .unwrap()
        .in_tz(&zone)
        .unwrap();
    let request = user_task_remedy::create::CreateRequest::builder()
        .employee_type(NO)
        .user_id(user.clone())
        .remedy_date(local.day.clone().unwrap())
        .punch_no(PunchNo::KNOWN[pair])
        .work_type(WorkType::OnDuty)
        .remedy_time(LocalMinute::from_raw(
            at.strftime("%Y-%m-%d %H:%M").to_string(),
        ))
        .reason("Badge forgotten at home")
        .build();
    let created = client
        .attendance()
        .v1()
        .user_task_remedy()
        .create(&request)
        .await
        .unwrap()
        .user_remedy
        .unwrap();
    let approval_id = created.approval_id.clone().unwrap();
    assert_eq!(created.status, Some(RemedyStatus::Pending));
    assert_eq!(created.time, Some(UnixSeconds::new(scheduled)));

    let pending = remedies(&client, std::slice::from_ref(&user), RemedyStatus::Pending).await;
    assert!(
        pending
            .iter()
            .any(|r| r.approval_id.as_deref() == Some(&approval_id))
    );
    let results = tasks(&client, std::slice::from_ref(&user), day, day).await;
    assert_eq!(
        punch(&results[0], pair, WorkType::OnDuty).1,
        Some(CheckResultSupplement::RemedyPending)
    );

    // Approved: listed as approved, and the punch is remedied at the remedy's time.
    let request = approval_info::process::ProcessRequest::builder()
        .approval_id(approval_id.clone())
        .approval_type(approval_info::process::ApprovalType::Remedy)
        .status(approval_info::process::ApprovalTargetStatus::Approved)
        .build();
    let processed = client
        .attendance()
        .v1()
        .approval_info()
        .process(&request)
        .await
        .unwrap()
        .approval_info
        .unwrap();
    assert_eq!(processed.status.map(|s| s.wire_value()), Some(2));
    let approved = remedies(&client, std::slice::from_ref(&user), RemedyStatus::Approved).await;
    assert!(
        approved
            .iter()
            .any(|r| r.approval_id.as_deref() == Some(&approval_id))
    );
    let results = tasks(&client, std::slice::from_ref(&user), day, day).await;
    let got = punch(&results[0], pair, WorkType::OnDuty);
    assert_eq!(
        (got.0, got.1, got.3),
        (
            Some(TaskCheckResult::Normal),
            Some(CheckResultSupplement::RemedyApproved),
            Some(scheduled)
        )
    );

    // An approved remedy cannot be approved again.
    let again = client
        .attendance()
        .v1()
        .approval_info()
        .process(&request)
        .await;
    let error = again.unwrap_err();
    assert_eq!(error.code(), Some(1220600), "{error}");
}

#[tokio::test]
async fn written_leave_excuses_the_day_until_withdrawn() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let ids = one_per_group(&emulator);
    let march = tasks(&client, &ids, 20250301, 20250331).await;
    let (user, day, pair, scheduled) = first_missing(&march);
    let zone = emulator
        .tenant()
        .employee(&NO, &user)
        .unwrap()
        .time_zone()
        .to_owned();
    let start = feishu_api::jiff::Timestamp::from_second(scheduled - 3600)
        .unwrap()
        .in_tz(&zone)
        .unwrap();
    let end = start
        .checked_add(feishu_api::jiff::SignedDuration::from_hours(12))
        .unwrap();
    let mut names = I18nNames::new();
    names.en = Some("Sick leave".to_owned());
    let leave = UserLeave::new(
        ApprovalTimeUnit::Hour,
        12 * 3600,
        start.strftime("%Y-%m-%d %H:%M:%S").to_string(),
        end.strftime("%Y-%m-%d %H:%M:%S").to_string(),
        names,
        ApprovalLocale::En,
        "Flu".to_owned(),
    );
    let mut approval = UserApproval::new(user.clone(), day.to_string());
    approval.leaves = Some(vec![leave]);
    let request = user_approval::create::CreateRequest::builder()
        .employee_type(ApprovalEmployeeType::EmployeeNo)
        .user_approval(approval)
        .build();
    let written = client
        .attendance()
        .v1()
        .user_approval()
        .create(&request)
        .await
        .unwrap()
        .user_approval
        .unwrap();
    let leaves = written.leaves.unwrap();
    let approval_id = leaves[0].approval_id.clone().unwrap();
    assert_eq!(leaves[0].reason, "Flu");

    let found = approvals(&client, std::slice::from_ref(&user), day, day).await;
    let listed: Vec<String> = found
        .iter()
        .flat_map(|a| a.leaves.iter().flatten())
        .filter_map(|l| l.approval_id.clone())
        .collect();
    assert!(listed.contains(&approval_id), "{listed:?}");
    let results = tasks(&client, std::slice::from_ref(&user), day, day).await;
    assert_eq!(
        punch(&results[0], pair, WorkType::OnDuty),
        (
            Some(TaskCheckResult::NoNeedCheck),
            Some(CheckResultSupplement::OnLeave),
            None,
            None
        )
    );

    // Withdrawn: no longer listed as approved, and the punch is missing again.
    let request_withdraw = approval_info::process::ProcessRequest::builder()
        .approval_id(approval_id.clone())
        .approval_type(approval_info::process::ApprovalType::Leave)
        .status(approval_info::process::ApprovalTargetStatus::Withdrawn)
        .build();
    client
        .attendance()
        .v1()
        .approval_info()
        .process(&request_withdraw)
        .await
        .unwrap();
    let found = approvals(&client, std::slice::from_ref(&user), day, day).await;
    assert!(
        !found
            .iter()
            .flat_map(|a| a.leaves.iter().flatten())
            .any(|l| l.approval_id.as_deref() == Some(&approval_id))
    );
    let results = tasks(&client, std::slice::from_ref(&user), day, day).await;
    assert_eq!(
        punch(&results[0], pair, WorkType::OnDuty).0,
        Some(TaskCheckResult::Lack)
    );
}

#[tokio::test]
async fn written_schedules_and_settings_read_back() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let user = member_with(&emulator, "Asia/Shanghai", Shift::Standard);
    let ids = vec![user.clone()];
    // A new 10:00–19:00 shift, worked on Saturday 1 March; Monday 3 March becomes a rest day.
    let rule = shift::create::CreateRequest::builder()
        .shift_name("Late start")
        .punch_times(1)
        .punch_time_rule(vec![feishu_api::attendance::v1::types::PunchTimeRule::new(
            "10:00".to_owned(),
            "19:00".to_owned(),
            15,
            60,
            60,
            15,
            60,
            120,
        )])
        .build();
    let created = client
        .attendance()
        .v1()
        .shift()
        .create(&rule)
        .await
        .unwrap()
        .shift
        .unwrap();
    let shift_id = created.shift_id.unwrap();
    let before = tasks(&client, &ids, 20250301, 20250303).await;
    let group_id = before[0].group_id.clone().unwrap();
    assert!(before[0].records.is_empty());
    assert_eq!(before[2].records.len(), 1);
    let request = user_daily_shift::batch_create::BatchCreateRequest::builder()
        .employee_type(NO)
        .user_daily_shifts(vec![
            UserDailyShift::new(group_id.clone(), shift_id.clone(), 202503, user.clone(), 1),
            UserDailyShift::new(group_id.clone(), "0".to_owned(), 202503, user.clone(), 3),
        ])
        .build();
    client
        .attendance()
        .v1()
        .user_daily_shift()
        .batch_create(&request)
        .await
        .unwrap();
    let schedule = schedule(&client, &ids, 20250301, 20250303).await;
    let shifts: Vec<&str> = schedule.iter().map(|s| s.shift_id.as_str()).collect();
    assert_eq!(shifts, [shift_id.as_str(), "0", "0"]);
    let after = tasks(&client, &ids, 20250301, 20250303).await;
    // Nobody punches on a Saturday: both punches of the new shift are missing, at 10:00 and
    // 19:00 Shanghai time.
    let saturday = &after[0].records[0];
    assert_eq!(after[0].shift_id.as_deref(), Some(shift_id.as_str()));
    assert_eq!(
        (
            saturday.check_in_result.clone(),
            saturday.check_in_shift_time.clone(),
            saturday.check_out_shift_time.clone()
        ),
        (
            Some(TaskCheckResult::Lack),
            Some(UnixSeconds::new(1_740_794_400)),
            Some(UnixSeconds::new(1_740_826_800))
        )
    );
    assert!(after[2].records.is_empty());

    // A face key written, then read back with its update time.
    let request = user_setting::modify::ModifyRequest::builder()
        .employee_type(NO)
        .user_setting(UserSetting::new(user.clone(), "face-key-2025".to_owned()))
        .build();
    client
        .attendance()
        .v1()
        .user_setting()
        .modify(&request)
        .await
        .unwrap();
    let request = user_setting::query::QueryRequest::builder()
        .employee_type(NO)
        .user_ids(ids.clone())
        .build();
    let settings = client
        .attendance()
        .v1()
        .user_setting()
        .query(&request)
        .await
        .unwrap()
        .user_settings;
    assert_eq!(settings.len(), 1);
    assert_eq!(settings[0].face_key, "face-key-2025");
    assert!(settings[0].face_key_update_time.is_some());
}

#[tokio::test]
async fn groups_are_created_updated_listed_with_members_and_deleted() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let groups = client.attendance().v1().group();
    let shift_id = {
        let request = shift::list::ListRequest::builder().page_size(1).build();
        let page = client
            .attendance()
            .v1()
            .shift()
            .list(&request)
            .await
            .unwrap();
        page.shift_list[0].shift_id.clone().unwrap()
    };
    let members: Vec<String> = emulator.tenant().employees()[..25]
        .iter()
        .map(|e| e.employee_no().to_owned())
        .collect();
    let mut wanted = feishu_api::attendance::v1::types::Group::new(
        "Night desk".to_owned(),
        "Asia/Singapore".to_owned(),
        Vec::new(),
        feishu_api::attendance::v1::types::GroupType::Fixed,
        vec![shift_id.clone(), shift_id.clone(), "0".to_owned()],
        feishu_api::attendance::v1::types::CountryCalendar::Singapore,
    );
    wanted.bind_user_ids = Some(members.clone());
    let request = group::create::CreateRequest::builder()
        .employee_type(NO)
        .dept_type(feishu_api::attendance::v1::types::DeptType::OpenId)
        .group(wanted.clone())
        .build();
    let created = groups.create(&request).await.unwrap().group.unwrap();
    let id = created.group_id.clone().unwrap();

    let listed: Vec<_> = groups
        .list_items(&group::list::ListRequest::builder().page_size(50).build())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 13);
    assert_eq!(listed[12].group_name.as_deref(), Some("Night desk"));
    let request = group::get::GetRequest::builder()
        .group_id(id.clone())
        .employee_type(NO)
        .dept_type(feishu_api::attendance::v1::types::DeptType::OpenId)
        .build();
    let fetched = groups.get(&request).await.unwrap();
    assert_eq!(fetched.time_zone.as_deref(), Some("Asia/Singapore"));
    assert_eq!(fetched.bind_user_ids, members);
    let request = group::list_user::ListUserRequest::builder()
        .group_id(id.clone())
        .employee_type(NO)
        .dept_type(feishu_api::attendance::v1::types::DeptType::OpenId)
        .member_clock_type(group::list_user::MemberClockType::All)
        .page_size(10)
        .build();
    let users: Vec<String> = groups
        .list_user_items(&request)
        .map_ok(|u| u.user_id.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(users, members);

    // The same id again replaces the whole group.
    wanted.group_id = Some(id.clone());
    wanted.group_name = "Night desk (SG)".to_owned();
    wanted.bind_user_ids = Some(members[..2].to_vec());
    let request = group::create::CreateRequest::builder()
        .employee_type(NO)
        .dept_type(feishu_api::attendance::v1::types::DeptType::OpenId)
        .group(wanted)
        .build();
    groups.create(&request).await.unwrap();
    let found = groups
        .search(
            &group::search::SearchRequest::builder()
                .group_name("Night desk")
                .build(),
        )
        .await
        .unwrap()
        .group_list;
    let names: Vec<_> = found.iter().filter_map(|g| g.group_name.clone()).collect();
    assert_eq!(names, ["Night desk (SG)"]);

    let request = group::delete::DeleteRequest::builder()
        .group_id(id.clone())
        .build();
    groups.delete(&request).await.unwrap();
    let listed: Vec<_> = groups
        .list_items(&group::list::ListRequest::builder().page_size(50).build())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 12);
    let request = group::get::GetRequest::builder()
        .group_id(id)
        .employee_type(NO)
        .dept_type(feishu_api::attendance::v1::types::DeptType::OpenId)
        .build();
    assert!(groups.get(&request).await.is_err());
}
