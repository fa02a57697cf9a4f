feishu_macros::generate_api!("specs/unknown_enum_base.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
