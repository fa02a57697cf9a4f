feishu_macros::generate_api!("specs/many_problems.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
