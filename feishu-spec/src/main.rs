//! `feishu-spec`: the command-line front end of the library (see `feishu-spec --help`).

fn main() {
    eprintln!("feishu-spec: no commands yet");
    std::process::exit(2);
}
