feishu_macros::generate_api!("specs/toml_syntax.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
