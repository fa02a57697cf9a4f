///Types of `attendance.v1.user_stats_data.query`: Query employees' daily or monthly attendance statistics (查询统计数据).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_stats_data/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, Locale, StatsType};
    ///The statistics of one employee (用户统计数据).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserStatsData {
        /**The employee's name (用户姓名).

Wire name `name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub name: ::core::option::Option<::std::string::String>,
        /**The employee's id, of the kind named by the request's `employee_type`.

Wire name `user_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_id: ::core::option::Option<::std::string::String>,
        /**The employee's values, one per report column (用户的统计数据); the codes are those of
查询统计表头 (user_stats_field query).

Wire name `datas`.*/
        pub datas: ::std::vec::Vec<UserStatsDataCell>,
    }
    impl ::feishu_api::wire::DecodeObject for UserStatsData {
        const FIELDS: &'static [&'static str] = &["name", "user_id", "datas"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.name = map.next_value()?,
                1usize => self.user_id = map.next_value()?,
                2usize => {
                    self.datas = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserStatsData {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///One column's value in an employee's statistics (统计数据).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserStatsDataCell {
        /**The column's code (字段编号).

Wire name `code`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub code: ::core::option::Option<::std::string::String>,
        /**The value (数据值).

Wire name `value`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub value: ::core::option::Option<::std::string::String>,
        /**Extra attributes of the value (数据属性).

Wire name `features`.*/
        pub features: ::std::vec::Vec<UserStatsDataFeature>,
        /**The column's title (字段标题).

Wire name `title`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /**The value as a duration in each time unit (时长). Not in the Go SDK snapshot (2024-03); the
Java SDK has it.

Wire name `duration_num`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub duration_num: ::core::option::Option<UserStatsDataDuration>,
    }
    impl ::feishu_api::wire::DecodeObject for UserStatsDataCell {
        const FIELDS: &'static [&'static str] = &[
            "code",
            "value",
            "features",
            "title",
            "duration_num",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.code = map.next_value()?,
                1usize => self.value = map.next_value()?,
                2usize => {
                    self.features = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                3usize => self.title = map.next_value()?,
                4usize => self.duration_num = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserStatsDataCell {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///An extra attribute of a statistics value (数据属性).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserStatsDataFeature {
        /**The attribute's name (统计数据列附加属性的名称).

Wire name `key`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub key: ::core::option::Option<::std::string::String>,
        /**The attribute's value. The on- and off-duty punch results come first, then the times of leave
or other requests, if any (先展示上下班的打卡结果，再展示假勤申请时间).

Wire name `value`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub value: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for UserStatsDataFeature {
        const FIELDS: &'static [&'static str] = &["key", "value"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.key = map.next_value()?,
                1usize => self.value = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserStatsDataFeature {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**A duration expressed in several time units (时长): the page calls it a map from time unit to
amount, with these five keys.*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserStatsDataDuration {
        /**In days (天).

Wire name `day`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub day: ::core::option::Option<::std::string::String>,
        /**In half days (半天).

Wire name `half_day`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub half_day: ::core::option::Option<::std::string::String>,
        /**In hours (小时).

Wire name `hour`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub hour: ::core::option::Option<::std::string::String>,
        /**In half hours (半小时).

Wire name `half_hour`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub half_hour: ::core::option::Option<::std::string::String>,
        /**In minutes (分钟).

Wire name `minute`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub minute: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for UserStatsDataDuration {
        const FIELDS: &'static [&'static str] = &[
            "day",
            "half_day",
            "hour",
            "half_hour",
            "minute",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.day = map.next_value()?,
                1usize => self.half_day = map.next_value()?,
                2usize => self.hour = map.next_value()?,
                3usize => self.half_hour = map.next_value()?,
                4usize => self.minute = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for UserStatsDataDuration {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`query`](super::UserStatsDataResource::query): Query employees' daily or monthly attendance statistics (查询统计数据).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The kind of employee id used by `user_ids` and `user_id` in the request and by `user_id` in the
response. Without admin-console access, ids can be looked up by phone number or email with the
contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The language of the titles and values returned (语言类型).

Wire name `locale`.*/
        pub locale: Locale,
        /**Whether to query the daily or the monthly report (统计类型).

Wire name `stats_type`.*/
        pub stats_type: StatsType,
        /**The first day to query (yyyyMMdd).

Wire name `start_date`.*/
        pub start_date: ::feishu_api::time::DateYmd,
        /**The last day to query (yyyyMMdd); at most 31 days after `start_date` (时间间隔不超过 31 天).

Wire name `end_date`.*/
        pub end_date: ::feishu_api::time::DateYmd,
        /**The employees to query, of the kind named by `employee_type`; at most 200. Optional in the
page's table, but the page adds that every tenant now runs the new system, which requires it
(已全部升级到新系统，新系统要求必填).

Wire name `user_ids`; at most 200 items.*/
        pub user_ids: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        /**Whether to include employees who have left or moved out (是否包含离职人员和转出人员).

Wire name `need_history`; the server assumes `false` when absent.*/
        pub need_history: ::core::option::Option<bool>,
        /**`true`: only the data of each employee's current attendance group; `false`: the data of all
their attendance groups (只展示当前考勤组).

Wire name `current_group_only`; the server assumes `false` when absent.*/
        pub current_group_only: ::core::option::Option<bool>,
        /**The operator's id, of the kind named by `employee_type` (操作者的 user_id). Each operator
(administrator) may have different column settings for a report; the statistics follow those
of this operator. Optional in the page's table, but the page adds that the new system, to which
every tenant has moved, requires it.

Wire name `user_id`.*/
        pub user_id: ::core::option::Option<::std::string::String>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `locale` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct locale;
        ///Marks the required field `stats_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct stats_type;
        ///Marks the required field `start_date` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct start_date;
        ///Marks the required field `end_date` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct end_date;
    }
    ///Builder for [`QueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __Locale = ::feishu_api::builder::Unset,
        __StatsType = ::feishu_api::builder::Unset,
        __StartDate = ::feishu_api::builder::Unset,
        __EndDate = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        locale: __Locale,
        stats_type: __StatsType,
        start_date: __StartDate,
        end_date: __EndDate,
        user_ids: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        need_history: ::core::option::Option<bool>,
        current_group_only: ::core::option::Option<bool>,
        user_id: ::core::option::Option<::std::string::String>,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                locale: ::feishu_api::builder::Unset,
                stats_type: ::feishu_api::builder::Unset,
                start_date: ::feishu_api::builder::Unset,
                end_date: ::feishu_api::builder::Unset,
                user_ids: ::core::option::Option::None,
                need_history: ::core::option::Option::None,
                current_group_only: ::core::option::Option::None,
                user_id: ::core::option::Option::None,
            }
        }
        /// Checks the request against the spec's constraints, reporting every violation
        /// (the client calls this before sending anything).
        pub fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            let mut all = ::feishu_api::Violations::new();
            {
                let violations = &mut all;
                let prefix = "";
                let _ = (prefix, &violations);
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.start_date,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "start_date");
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.end_date,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "end_date");
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = self.user_ids.as_ref() {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "user_ids");
                    violations
                        .check_items(
                            &path,
                            value.len(),
                            ::core::option::Option::None,
                            ::core::option::Option::Some(200),
                        );
                }
                if let (
                    ::core::option::Option::Some(left),
                    ::core::option::Option::Some(right),
                ) = (
                    ::core::option::Option::Some(&self.start_date),
                    ::core::option::Option::Some(&self.end_date),
                ) {
                    violations
                        .check_order(
                            &::feishu_api::wire::FieldPath::new(prefix, "start_date"),
                            left,
                            "<=",
                            &::feishu_api::wire::FieldPath::new(prefix, "end_date"),
                            right,
                        );
                }
            }
            all.into_result()
        }
    }
    impl<
        __EmployeeType,
        __Locale,
        __StatsType,
        __StartDate,
        __EndDate,
    > QueryRequestBuilder<
        __EmployeeType,
        __Locale,
        __StatsType,
        __StartDate,
        __EndDate,
    > {
        /**The kind of employee id used by `user_ids` and `user_id` in the request and by `user_id` in the
response. Without admin-console access, ids can be looked up by phone number or email with the
contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> QueryRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __Locale,
            __StatsType,
            __StartDate,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                locale: self.locale,
                stats_type: self.stats_type,
                start_date: self.start_date,
                end_date: self.end_date,
                user_ids: self.user_ids,
                need_history: self.need_history,
                current_group_only: self.current_group_only,
                user_id: self.user_id,
            }
        }
        /**The language of the titles and values returned (语言类型).

Wire name `locale`.*/
        pub fn locale(
            self,
            value: Locale,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<Locale>,
            __StatsType,
            __StartDate,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: ::feishu_api::builder::Set::new(value),
                stats_type: self.stats_type,
                start_date: self.start_date,
                end_date: self.end_date,
                user_ids: self.user_ids,
                need_history: self.need_history,
                current_group_only: self.current_group_only,
                user_id: self.user_id,
            }
        }
        /**Whether to query the daily or the monthly report (统计类型).

Wire name `stats_type`.*/
        pub fn stats_type(
            self,
            value: StatsType,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __Locale,
            ::feishu_api::builder::Set<StatsType>,
            __StartDate,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                stats_type: ::feishu_api::builder::Set::new(value),
                start_date: self.start_date,
                end_date: self.end_date,
                user_ids: self.user_ids,
                need_history: self.need_history,
                current_group_only: self.current_group_only,
                user_id: self.user_id,
            }
        }
        /**The first day to query (yyyyMMdd).

Wire name `start_date`.*/
        pub fn start_date(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __Locale,
            __StatsType,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                stats_type: self.stats_type,
                start_date: ::feishu_api::builder::Set::new(value),
                end_date: self.end_date,
                user_ids: self.user_ids,
                need_history: self.need_history,
                current_group_only: self.current_group_only,
                user_id: self.user_id,
            }
        }
        /**The last day to query (yyyyMMdd); at most 31 days after `start_date` (时间间隔不超过 31 天).

Wire name `end_date`.*/
        pub fn end_date(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __Locale,
            __StatsType,
            __StartDate,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                stats_type: self.stats_type,
                start_date: self.start_date,
                end_date: ::feishu_api::builder::Set::new(value),
                user_ids: self.user_ids,
                need_history: self.need_history,
                current_group_only: self.current_group_only,
                user_id: self.user_id,
            }
        }
        /**The employees to query, of the kind named by `employee_type`; at most 200. Optional in the
page's table, but the page adds that every tenant now runs the new system, which requires it
(已全部升级到新系统，新系统要求必填).

Wire name `user_ids`; at most 200 items.*/
        pub fn user_ids(
            mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.user_ids = ::core::option::Option::Some(
                value.into_iter().map(::core::convert::Into::into).collect(),
            );
            self
        }
        /**Whether to include employees who have left or moved out (是否包含离职人员和转出人员).

Wire name `need_history`; the server assumes `false` when absent.*/
        pub fn need_history(mut self, value: bool) -> Self {
            self.need_history = ::core::option::Option::Some(value);
            self
        }
        /**`true`: only the data of each employee's current attendance group; `false`: the data of all
their attendance groups (只展示当前考勤组).

Wire name `current_group_only`; the server assumes `false` when absent.*/
        pub fn current_group_only(mut self, value: bool) -> Self {
            self.current_group_only = ::core::option::Option::Some(value);
            self
        }
        /**The operator's id, of the kind named by `employee_type` (操作者的 user_id). Each operator
(administrator) may have different column settings for a report; the statistics follow those
of this operator. Optional in the page's table, but the page adds that the new system, to which
every tenant has moved, requires it.

Wire name `user_id`.*/
        pub fn user_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.user_id = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
    }
    impl<
        __EmployeeType,
        __Locale,
        __StatsType,
        __StartDate,
        __EndDate,
    > QueryRequestBuilder<__EmployeeType, __Locale, __StatsType, __StartDate, __EndDate>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __Locale: ::feishu_api::builder::IsSet<__field::locale, Value = Locale>,
        __StatsType: ::feishu_api::builder::IsSet<
            __field::stats_type,
            Value = StatsType,
        >,
        __StartDate: ::feishu_api::builder::IsSet<
            __field::start_date,
            Value = ::feishu_api::time::DateYmd,
        >,
        __EndDate: ::feishu_api::builder::IsSet<
            __field::end_date,
            Value = ::feishu_api::time::DateYmd,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> QueryRequest {
            QueryRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                locale: ::feishu_api::builder::IsSet::into_value(self.locale),
                stats_type: ::feishu_api::builder::IsSet::into_value(self.stats_type),
                start_date: ::feishu_api::builder::IsSet::into_value(self.start_date),
                end_date: ::feishu_api::builder::IsSet::into_value(self.end_date),
                user_ids: self.user_ids,
                need_history: self.need_history,
                current_group_only: self.current_group_only,
                user_id: self.user_id,
            }
        }
    }
    /**The statistics found.

Absent optional fields decode as `None` (arrays as empty); unknown fields are ignored.*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct QueryResponse {
        /**The statistics, one entry per employee (用户统计数据); at most 1000 entries, more are cut off
(限制1000条，超过1000条会截断).

Wire name `user_datas`.*/
        pub user_datas: ::std::vec::Vec<UserStatsData>,
        /**Requested ids whose data the app may not read (无权限获取的用户列表), of the kind named by
`employee_type`.

Wire name `invalid_user_list`.*/
        pub invalid_user_list: ::std::vec::Vec<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryResponse {
        const FIELDS: &'static [&'static str] = &["user_datas", "invalid_user_list"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.user_datas = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                1usize => {
                    self.invalid_user_list = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for QueryResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `query`, to match a failed call's code by name: `QueryErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum QueryErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220004` (HTTP 400): param is invalid

Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
        UserNotFound,
        /**`1228000` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 5usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "param is invalid",
            hint: "The parameters failed validation: check them against the message returned, e.g. \"employee_type invalid\" means the employee type is wrong.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220002i64,
            name: "TenantIdEmpty",
            message: "tenant_id is empty",
            hint: "Check that the tenant_access_token sent is correct.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220004i64,
            name: "UserNotFound",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"user_id is not exist or does not have permission\" means a user id sent does not exist or is outside the app's permission.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1228000i64,
            name: "Legacy",
            message: "历史错误码，不再使用",
            hint: "A historical code that is no longer used.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl QueryErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::Legacy,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220004i64 => ::core::option::Option::Some(Self::UserNotFound),
                1228000i64 => ::core::option::Option::Some(Self::Legacy),
                1220600i64 => ::core::option::Option::Some(Self::General),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::UserNotFound => &ERRORS[2usize],
                Self::Legacy => &ERRORS[3usize],
                Self::General => &ERRORS[4usize],
            }
        }
        /// The body `code`.
        pub fn code(self) -> i64 {
            self.info().code
        }
        /// The troubleshooting hint.
        pub fn hint(self) -> &'static str {
            self.info().hint
        }
    }
    impl ::feishu_api::Endpoint for QueryRequest {
        type Response = QueryResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_stats_data",
            method: "query",
            summary: "Query employees' daily or monthly attendance statistics (查询统计数据).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_stats_datas/query",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task", "attendance:task:readonly"],
            app_types: &[
                ::feishu_api::endpoint::AppType::SelfBuilt,
                ::feishu_api::endpoint::AppType::Store,
            ],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_data/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_datas\": [\n            {\n                \"name\": \"小李\",\n                \"user_id\": \"ec8ddg56\",\n                \"datas\": [\n                    {\n                        \"code\": \"50102\",\n                        \"value\": \"无需打卡(-), 无需打卡(-)\",\n                        \"features\": [\n                            {\n                                \"key\": \"Abnormal\",\n                                \"value\": \"false\"\n                            }\n                        ],\n                        \"title\": \"姓名\",\n                        \"duration_num\": {\n                            \"day\": \"1\",\n                            \"half_day\": \"1\",\n                            \"hour\": \"1\",\n                            \"half_hour\": \"1\",\n                            \"minute\": \"1\"\n                        }\n                    }\n                ]\n            }\n        ],\n        \"invalid_user_list\": [\n            \"af5ddg73\"\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_stats_datas/query",
            )
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            {
                let values = &self.employee_type;
                let value = values;
                query
                    .push((
                        "employee_type",
                        ::feishu_api::wire::QueryValue::to_query(value),
                    ));
            }
            query
        }
        fn body(
            &self,
        ) -> ::core::result::Result<
            ::core::option::Option<::std::vec::Vec<u8>>,
            ::feishu_api::__private::serde_json::Error,
        > {
            #[derive(::feishu_api::__private::serde::Serialize)]
            #[serde(crate = "::feishu_api::__private::serde")]
            struct __Body<'a> {
                #[serde(rename = "locale")]
                locale: &'a Locale,
                #[serde(rename = "stats_type")]
                stats_type: &'a StatsType,
                #[serde(rename = "start_date")]
                start_date: &'a ::feishu_api::time::DateYmd,
                #[serde(rename = "end_date")]
                end_date: &'a ::feishu_api::time::DateYmd,
                #[serde(
                    rename = "user_ids",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                user_ids: ::core::option::Option<
                    &'a ::std::vec::Vec<::std::string::String>,
                >,
                #[serde(
                    rename = "need_history",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                need_history: ::core::option::Option<&'a bool>,
                #[serde(
                    rename = "current_group_only",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                current_group_only: ::core::option::Option<&'a bool>,
                #[serde(
                    rename = "user_id",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                user_id: ::core::option::Option<&'a ::std::string::String>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                locale: &self.locale,
                stats_type: &self.stats_type,
                start_date: &self.start_date,
                end_date: &self.end_date,
                user_ids: self.user_ids.as_ref(),
                need_history: self.need_history.as_ref(),
                current_group_only: self.current_group_only.as_ref(),
                user_id: self.user_id.as_ref(),
                _marker: ::core::marker::PhantomData,
            };
            ::feishu_api::__private::serde_json::to_vec(&body)
                .map(::core::option::Option::Some)
        }
        #[cfg(any(test, feature = "server"))]
        fn from_wire_with_headers(
            query: &str,
            path_params: &[(&str, &str)],
            headers: &[(&str, &str)],
            body: &[u8],
        ) -> ::core::result::Result<Self, ::feishu_api::Violations> {
            let mut violations = ::feishu_api::Violations::new();
            let _ = headers;
            let pairs = ::feishu_api::wire::query_pairs(query);
            #[allow(unused_mut)]
            let mut body = ::feishu_api::wire::body_object(body, &mut violations);
            let _ = path_params;
            let __employee_type: ::core::option::Option<EmployeeType> = ::feishu_api::wire::take_query::<
                EmployeeType,
            >(&pairs, "employee_type", &mut violations);
            let __employee_type = ::feishu_api::wire::require(
                __employee_type,
                "employee_type",
                &mut violations,
            );
            let __locale: ::core::option::Option<Locale> = ::feishu_api::wire::take_body::<
                Locale,
            >(&mut body, "locale", &mut violations);
            let __locale = ::feishu_api::wire::require(
                __locale,
                "locale",
                &mut violations,
            );
            let __stats_type: ::core::option::Option<StatsType> = ::feishu_api::wire::take_body::<
                StatsType,
            >(&mut body, "stats_type", &mut violations);
            let __stats_type = ::feishu_api::wire::require(
                __stats_type,
                "stats_type",
                &mut violations,
            );
            let __start_date: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "start_date", &mut violations);
            let __start_date = ::feishu_api::wire::require(
                __start_date,
                "start_date",
                &mut violations,
            );
            let __end_date: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "end_date", &mut violations);
            let __end_date = ::feishu_api::wire::require(
                __end_date,
                "end_date",
                &mut violations,
            );
            let __user_ids: ::core::option::Option<
                ::std::vec::Vec<::std::string::String>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<::std::string::String>,
            >(&mut body, "user_ids", &mut violations);
            let __need_history: ::core::option::Option<bool> = ::feishu_api::wire::take_body::<
                bool,
            >(&mut body, "need_history", &mut violations);
            let __current_group_only: ::core::option::Option<bool> = ::feishu_api::wire::take_body::<
                bool,
            >(&mut body, "current_group_only", &mut violations);
            let __user_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "user_id", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __locale, __stats_type, __start_date, __end_date) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__locale),
                    ::core::option::Option::Some(__stats_type),
                    ::core::option::Option::Some(__start_date),
                    ::core::option::Option::Some(__end_date),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        locale: __locale,
                        stats_type: __stats_type,
                        start_date: __start_date,
                        end_date: __end_date,
                        user_ids: __user_ids,
                        need_history: __need_history,
                        current_group_only: __current_group_only,
                        user_id: __user_id,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
    impl ::feishu_api::Batchable for QueryRequest {
        type Item = UserStatsData;
        const CHUNK: usize = 200usize;
        fn batch_ids(&self) -> &[::std::string::String] {
            self.user_ids.as_deref().unwrap_or_default()
        }
        fn with_batch_ids(&self, ids: ::std::vec::Vec<::std::string::String>) -> Self {
            Self {
                user_ids: ::core::option::Option::Some(ids),
                employee_type: ::core::clone::Clone::clone(&self.employee_type),
                locale: ::core::clone::Clone::clone(&self.locale),
                stats_type: ::core::clone::Clone::clone(&self.stats_type),
                start_date: ::core::clone::Clone::clone(&self.start_date),
                end_date: ::core::clone::Clone::clone(&self.end_date),
                need_history: ::core::clone::Clone::clone(&self.need_history),
                current_group_only: ::core::clone::Clone::clone(
                    &self.current_group_only,
                ),
                user_id: ::core::clone::Clone::clone(&self.user_id),
            }
        }
        fn into_items(page: QueryResponse) -> ::std::vec::Vec<UserStatsData> {
            page.user_datas
        }
        fn item_count(page: &QueryResponse) -> usize {
            page.user_datas.len()
        }
    }
    #[cfg(test)]
    mod __spec_examples {
        #[test]
        fn example_request_matches_the_spec() {
            use ::feishu_api::Endpoint as _;
            use ::feishu_api::__private::serde_json::{self, Value};
            const QUERY: &str = "employee_type=employee_id";
            const BODY: &str = "{\n    \"locale\": \"zh\",\n    \"stats_type\": \"month\",\n    \"start_date\": 20210316,\n    \"end_date\": 20210323,\n    \"user_ids\": [\n        \"ec8ddg56\",\n        \"af5ddg73\"\n    ],\n    \"need_history\": true,\n    \"current_group_only\": true,\n    \"user_id\": \"ec8ddg56\"\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::QueryRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
                QUERY,
                path_params,
                headers,
                BODY.as_bytes(),
            ) {
                Ok(request) => request,
                Err(violations) => {
                    panic!("the spec's example request does not decode: {violations}")
                }
            };
            if let Err(violations) = request.validate() {
                panic!(
                    "the spec's example request breaks the spec's own rules: {violations}"
                );
            }
            let query = ::feishu_api::__private::form_urlencoded::Serializer::new(
                    String::new(),
                )
                .extend_pairs(request.query())
                .finish();
            assert_eq!(query, QUERY, "the example request's query string");
            let sent: Vec<(&str, String)> = request.headers();
            let expected: Vec<(&str, String)> = headers
                .iter()
                .map(|(k, v)| (*k, (*v).to_owned()))
                .collect();
            assert_eq!(sent, expected, "the example request's headers");
            let body: Option<Value> = request
                .body()
                .expect("generated types encode")
                .map(|bytes| {
                    serde_json::from_slice(&bytes).expect("the encoded body is JSON")
                });
            let expected: Option<Value> = if BODY.trim().is_empty() {
                body.as_ref()
                    .filter(|b| b.as_object().is_some_and(|o| o.is_empty()))
                    .cloned()
            } else {
                Some(serde_json::from_str(BODY).expect("the example body is JSON"))
            };
            let same = match (&body, &expected) {
                (Some(a), Some(b)) => ::feishu_api::wire::same_json(a, b),
                (a, b) => a == b,
            };
            assert!(same, "the example request's body: {body:?} for {expected:?}");
        }
        #[test]
        fn example_response_decodes_without_loss() {
            use ::feishu_api::__private::serde_json::{self, Value};
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_datas\": [\n            {\n                \"name\": \"小李\",\n                \"user_id\": \"ec8ddg56\",\n                \"datas\": [\n                    {\n                        \"code\": \"50102\",\n                        \"value\": \"无需打卡(-), 无需打卡(-)\",\n                        \"features\": [\n                            {\n                                \"key\": \"Abnormal\",\n                                \"value\": \"false\"\n                            }\n                        ],\n                        \"title\": \"姓名\",\n                        \"duration_num\": {\n                            \"day\": \"1\",\n                            \"half_day\": \"1\",\n                            \"hour\": \"1\",\n                            \"half_hour\": \"1\",\n                            \"minute\": \"1\"\n                        }\n                    }\n                ]\n            }\n        ],\n        \"invalid_user_list\": [\n            \"af5ddg73\"\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_datas",
                "user_datas[].name",
                "user_datas[].user_id",
                "user_datas[].datas",
                "user_datas[].datas[].code",
                "user_datas[].datas[].value",
                "user_datas[].datas[].features",
                "user_datas[].datas[].features[].key",
                "user_datas[].datas[].features[].value",
                "user_datas[].datas[].title",
                "user_datas[].datas[].duration_num",
                "user_datas[].datas[].duration_num.day",
                "user_datas[].datas[].duration_num.half_day",
                "user_datas[].datas[].duration_num.hour",
                "user_datas[].datas[].duration_num.half_hour",
                "user_datas[].datas[].duration_num.minute",
                "invalid_user_list",
            ];
            let envelope: Value = serde_json::from_str(RESPONSE)
                .expect("the example response is JSON");
            assert_eq!(
                envelope.get("code").and_then(Value::as_i64), Some(0),
                "the example is a success"
            );
            let data = envelope
                .get("data")
                .cloned()
                .unwrap_or_else(|| Value::Object(Default::default()));
            let absent = ::feishu_api::wire::absent_paths(DOCUMENTED, &data);
            assert!(
                absent.is_empty(),
                "documented fields the example never shows: {absent:?}"
            );
            let decoded: super::QueryResponse = match serde_json::from_value(
                data.clone(),
            ) {
                Ok(decoded) => decoded,
                Err(e) => panic!("the spec's example response does not decode: {e}"),
            };
            let encoded = serde_json::to_value(&decoded)
                .expect("generated types encode");
            assert!(
                ::feishu_api::wire::same_json(& encoded, & data),
                "re-encoding the decoded example changed it:\n{encoded}\n{data}"
            );
        }
    }
}
impl Resource<'_> {
    /**Query employees' daily or monthly attendance statistics (查询统计数据).

Returns the statistics of a daily or monthly attendance report for each employee: basic
information, attendance group, attendance, anomalies, leave, overtime, punch times, results
and custom columns, as in the admin console's reports (考勤统计 > 报表). The columns follow the
report settings of the operator named by `user_id` (see 查询统计设置 / 更新统计设置); their codes
are listed by 查询统计表头 (user_stats_field query). Days on which an employee was in no
attendance group have no statistics.

查询日度统计或月度统计的统计数据；当天不在考勤组时没有相关统计数据。

- **HTTP:** `POST /open-apis/attendance/v1/user_stats_datas/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`, `attendance:task:readonly`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_data/query>

# Errors

Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 500 | 1228000 | `Legacy` | A historical code that is no longer used. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
*/
    pub async fn query(
        &self,
        request: &query::QueryRequest,
    ) -> ::core::result::Result<query::QueryResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`query`](Self::query) with per-request options (a token override, a timeout).
    pub async fn query_with(
        &self,
        request: &query::QueryRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<query::QueryResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
    ///[`query`](Self::query) for any number of `user_ids`: repeats dropped, split into calls of at most 200, run concurrently as fast as the rate limit allows. Each call's records (or its failure, naming its ids) come as calls finish; see [`Client::batch`](::feishu_api::Client::batch).
    pub fn query_batch(
        &self,
        request: &query::QueryRequest,
        options: &::feishu_api::BatchOptions,
    ) -> impl ::feishu_api::Stream<
        Item = ::core::result::Result<
            ::feishu_api::streams::Chunk<query::UserStatsData>,
            ::feishu_api::streams::ChunkFailure,
        >,
    > + Send + use<> {
        self.client.batch(request, options)
    }
    ///[`query_batch`](Self::query_batch), collected: every record, every failed call.
    pub async fn query_batch_all(
        &self,
        request: &query::QueryRequest,
        options: &::feishu_api::BatchOptions,
    ) -> ::feishu_api::streams::BatchOutcome<query::UserStatsData> {
        self.client.batch_all(request, options).await
    }
}
