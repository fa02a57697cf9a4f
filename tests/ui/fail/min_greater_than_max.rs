feishu_macros::generate_api!("specs/min_greater_than_max.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
