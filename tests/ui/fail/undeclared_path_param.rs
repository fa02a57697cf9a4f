feishu_macros::generate_api!("specs/undeclared_path_param.toml", crate = ::feishu_sdk, extension_trait = DemoApi);

fn main() {}
