feishu_macros::generate_api!("specs/unknown_key_typo.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
