feishu_macros::generate_api!("specs/unused_type.toml", runtime = ::feishu_api);

fn main() {}
