feishu_macros::generate_api!("specs/unknown_key_typo.toml", crate = ::feishu_sdk, extension_trait = DemoApi);

fn main() {}
