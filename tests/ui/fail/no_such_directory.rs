feishu_macros::generate_api!("specs/does_not_exist", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
