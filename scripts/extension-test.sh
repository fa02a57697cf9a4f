#!/usr/bin/env bash
# The extension promise, tested as a user would: copy the workspace, drop ONE new spec file
# into its specs/, build, and call the new method against the emulator from a new crate outside
# the copy (depending on the copied SDK by path). Nothing else in the copy is touched, and the
# script checks that. Shares this checkout's Cargo.lock and target dir.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/ws"
(cd "$repo" && git ls-files -z | xargs -0 cp -P --parents -t "$work/ws")
# specs/ inside the SDK package is a symlink to ../specs: keep it one.
[ -L "$work/ws/feishu-sdk/specs" ] || { echo "feishu-sdk/specs is not a symlink in the copy" >&2; exit 1; }

spec="$work/ws/specs/demo/v1/greeting/get.toml"
mkdir -p "$(dirname "$spec")"
cat >"$spec" <<'TOML'
# A method the SDK did not have: one new spec file, nothing else.
service = "demo"
version = "v1"
resource = "greeting"
method = "get"
summary = "A greeting for someone."

[http]
method = "GET"
path = "/open-apis/demo/v1/greetings/:name"

[auth]
token_types = ["tenant"]

[[request.path]]
name = "name"
type = "string"
required = true
description = "Who to greet."

[[request.query]]
name = "lang"
type = "Lang"
description = "The greeting's language."

[[response.fields]]
name = "text"
type = "string"
description = "The greeting."

[[enums]]
name = "Lang"
base = "string"
description = "A language."

[[enums.values]]
value = "en"
name = "En"
description = "English."

[example]
path = { name = "Li Lei" }
query = "lang=en"
response = '''{"code": 0, "msg": "success", "data": {"text": "Hello, Li Lei"}}'''
TOML

# Nothing but the new spec differs from the checkout.
changed="$(cd "$work/ws" && diff -rq --no-dereference . "$repo" --exclude=target --exclude=.git 2>/dev/null | grep -v "^Only in $repo" || true)"
expected="Only in ./specs/demo/v1/greeting: get.toml"
[ "$changed" = "Only in ./specs: demo" ] || [ "$changed" = "$expected" ] \
    || { echo "the copy differs in more than the new spec:" >&2; echo "$changed" >&2; exit 1; }

mkdir -p "$work/user/src"
cat >"$work/user/Cargo.toml" <<TOML
[package]
name = "extension-user"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
feishu-api = { path = "$work/ws/feishu-sdk" }
feishu-emulator = { path = "$work/ws/feishu-emulator" }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
TOML
cat >"$work/user/src/main.rs" <<'RUST'
use feishu_api::Client;
use feishu_api::demo::v1::greeting::get::{GetRequest, Lang};
use feishu_api::prelude::*;
use feishu_emulator::Emulator;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::builder().start().await?;
    let client = Client::builder()
        .app_credentials(emulator.app_id(), emulator.app_secret())
        .base_url(emulator.url())
        .build()?;
    let request = GetRequest::builder().name("Li Lei").lang(Lang::En).build();
    let answer = client.demo().v1().greeting().get(&request).await?;
    assert_eq!(answer.text.as_deref(), Some("Hello, Li Lei"));
    let sent = emulator.requests().pop().expect("a request");
    assert_eq!((sent.method.as_str(), sent.path.as_str(), sent.query.as_str()),
               ("GET", "/open-apis/demo/v1/greetings/Li%20Lei", "lang=en"));
    println!("{}", answer.text.unwrap_or_default());
    emulator.shutdown().await;
    Ok(())
}
RUST
cp "$repo/Cargo.lock" "$work/user/Cargo.lock"
out="$(cd "$work/user" && CARGO_TARGET_DIR="$repo/target" cargo run --quiet)"
[ "$out" = "Hello, Li Lei" ] || { echo "unexpected output: $out" >&2; exit 1; }
echo "extension test: ok (one new spec file, a new method called against the emulator)"
