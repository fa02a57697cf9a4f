feishu_macros::generate_api!("specs/bad_rules.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
