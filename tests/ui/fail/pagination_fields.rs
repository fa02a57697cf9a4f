feishu_macros::generate_api!("specs/pagination_fields.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
