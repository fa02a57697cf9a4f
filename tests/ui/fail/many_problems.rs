feishu_macros::generate_api!("specs/many_problems.toml", crate = ::feishu_sdk, extension_trait = DemoApi);

fn main() {}
