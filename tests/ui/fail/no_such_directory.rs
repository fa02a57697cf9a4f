feishu_macros::generate_api!("specs/does_not_exist", crate = ::feishu_sdk, extension_trait = DemoApi);

fn main() {}
