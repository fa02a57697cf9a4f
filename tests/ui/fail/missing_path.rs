feishu_macros::generate_api!("specs/missing_path.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
