feishu_macros::generate_api!("specs/constraint_on_wrong_type.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
