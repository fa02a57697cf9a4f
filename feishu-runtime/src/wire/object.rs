//! Decoding generated objects from a table of wire names.
//!
//! Generated code declares each object's fields as a table ([`DecodeObject::FIELDS`]) and one
//! `match` that reads the value of field `i`; the loop over the JSON object, the lookup of a key
//! in the table and skipping unknown keys live here, once, instead of in a derived visitor per
//! type. Decoding is tolerant as the derive was: absent fields keep their default, unknown ones
//! are skipped, and a repeated key keeps its last value.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

/// An object decoded field by field (implemented by generated code).
pub trait DecodeObject: Default {
    /// The wire names of the fields, in declaration order.
    const FIELDS: &'static [&'static str];

    /// Reads the value of field `index` (a position in [`FIELDS`](Self::FIELDS)) into `self`.
    ///
    /// # Errors
    /// The value's decoding error.
    fn decode_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Decodes a [`DecodeObject`] from a JSON object: what generated `Deserialize` impls call.
///
/// # Errors
/// Anything but an object, or a field whose value does not decode.
pub fn deserialize_object<'de, T: DecodeObject, D: de::Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: DecodeObject> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut out = T::default();
        while let Some(found) = map.next_key_seed(FieldIndex(T::FIELDS))? {
            match found {
                Some(index) => out.decode_field(index, &mut map)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(out)
    }
}

/// A key's position in a field table (`None`: not a field); one instance per deserializer,
/// shared by every object.
struct FieldIndex(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldIndex {
    type Value = Option<usize>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldIndex {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|name| *name == key))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|name| name.as_bytes() == key))
    }
}

/// A value where `null` means the type's default: servers send `null` for empty lists now
/// and then.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NullAsDefault<T>(pub T);

impl<'de, T: de::Deserialize<'de> + Default> de::Deserialize<'de> for NullAsDefault<T> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(|value| NullAsDefault(value.unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq)]
    struct Item {
        id: Option<String>,
        tags: Vec<String>,
        count: Option<i64>,
    }

    impl DecodeObject for Item {
        const FIELDS: &'static [&'static str] = &["id", "tags", "count"];
        fn decode_field<'de, A: MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> Result<(), A::Error> {
            match index {
                0 => self.id = map.next_value()?,
                1 => self.tags = map.next_value::<NullAsDefault<_>>()?.0,
                _ => self.count = map.next_value()?,
            }
            Ok(())
        }
    }

    impl<'de> de::Deserialize<'de> for Item {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize_object(d)
        }
    }

    #[test]
    fn fields_by_table_unknown_skipped_null_lists_empty() {
        let item: Item = serde_json::from_str(
            r#"{"extra": {"deep": [1, 2]}, "count": 3, "tags": null, "id": "a", "id": "b"}"#,
        )
        .unwrap();
        assert_eq!(
            item,
            Item {
                id: Some("b".into()),
                tags: vec![],
                count: Some(3)
            }
        );
        assert_eq!(serde_json::from_str::<Item>("{}").unwrap(), Item::default());
        let err = serde_json::from_str::<Item>(r#"{"count": "x"}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid type: string \"x\", expected i64 at line 1 column 13"
        );
        let err = serde_json::from_str::<Item>("[1]").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid type: sequence, expected an object at line 1 column 0"
        );
    }

    #[test]
    fn errors_name_the_path() {
        let mut de = serde_json::Deserializer::from_str(r#"{"tags": ["a", 2]}"#);
        let err = serde_path_to_error::deserialize::<_, Item>(&mut de).unwrap_err();
        assert_eq!(err.path().to_string(), "tags[1]");
    }
}
