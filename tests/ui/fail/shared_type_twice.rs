feishu_macros::generate_api!("specs/shared_twice", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
