feishu_macros::generate_api!("specs/undeclared_path_param.toml", crate = ::feishu_api, extension_trait = DemoApi);

fn main() {}
