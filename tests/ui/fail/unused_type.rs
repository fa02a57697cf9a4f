feishu_macros::generate_api!("specs/unused_type.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
