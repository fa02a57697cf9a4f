feishu_macros::generate_api!("specs/upload_on_get.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
