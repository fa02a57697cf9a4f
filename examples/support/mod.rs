//! What the examples share: choosing between a real tenant and the embedded emulator.

use feishu_api::Client;
use feishu_emulator::RunningEmulator;

/// Whether app credentials are set in the environment (then a real tenant is queried).
pub fn credentials_set() -> bool {
    ["FEISHU_APP_ID", "FEISHU_APP_SECRET"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

/// The line saying the emulator is in use (its URL and demo app id; never the secret).
pub fn emulator_notice(emulator: &RunningEmulator) -> String {
    format!(
        "No FEISHU_APP_ID/FEISHU_APP_SECRET set: using the embedded emulator at {} (demo app {})",
        emulator.url(),
        emulator.app_id()
    )
}

/// A client of the emulator's demo app.
pub fn emulator_client(emulator: &RunningEmulator) -> Result<Client, feishu_api::Error> {
    Client::builder()
        .app_credentials(emulator.app_id(), emulator.app_secret())
        .base_url(emulator.url())
        .build()
}

/// The value of the option just parsed, as UTF-8 text.
pub fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
    parser
        .value()
        .and_then(lexopt::ValueExt::string)
        .map_err(|e| e.to_string())
}
