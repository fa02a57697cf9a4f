feishu_macros::generate_api!("specs/constraint_on_wrong_type.toml", crate = ::feishu_sdk, extension_trait = DemoApi);

fn main() {}
