feishu_macros::generate_api!("specs/json_example.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
