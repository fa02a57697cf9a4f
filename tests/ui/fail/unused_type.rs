feishu_macros::generate_api!("specs/unused_type.toml", crate = ::feishu_sdk, extension_trait = DemoApi);

fn main() {}
