feishu_macros::generate_api!("specs/duplicate_field.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
