feishu_macros::generate_api!("specs/unknown_type.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
