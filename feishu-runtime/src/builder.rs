//! Typestate for generated request builders: a required field starts [`Unset`] and becomes
//! [`Set`] when its setter is called; `build()` exists only when every required field is set,
//! so forgetting one is a compile error that names the field.

/// A required builder field that has not been given a value yet.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unset;

/// A required builder field holding its value.
#[derive(Debug, Clone)]
pub struct Set<T>(pub(crate) T);

impl<T> Set<T> {
    /// Wraps a value (used by generated setters).
    #[doc(hidden)]
    pub fn new(value: T) -> Self {
        Set(value)
    }
}

/// Implemented by [`Set`] only: `Field` is a marker type named after the field, so the compiler
/// error for a missing field says which one it is.
#[diagnostic::on_unimplemented(
    message = "the required field `{Field}` is not set",
    label = "`{Field}` is still unset here",
    note = "call the builder method named after the field before `.build()`"
)]
pub trait IsSet<Field> {
    /// The field's value type.
    type Value;
    /// Takes the value out.
    #[doc(hidden)]
    fn into_value(self) -> Self::Value;
}

impl<Field, T> IsSet<Field> for Set<T> {
    type Value = T;
    fn into_value(self) -> T {
        self.0
    }
}
