feishu_macros::generate_api!("specs/empty_enum.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
