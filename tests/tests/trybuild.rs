//! Compile-time behaviour: the generated API compiles warning-free and is usable as a user
//! would use it (`ui/pass`), and bad specs and misuse of the generated API fail with the
//! messages checked in next to each case (`ui/fail/*.stderr`). Regenerate those deliberately
//! with `TRYBUILD=overwrite cargo test -p feishu-tests --test trybuild` and read every diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}
