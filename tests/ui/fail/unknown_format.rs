feishu_macros::generate_api!("specs/unknown_format.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
