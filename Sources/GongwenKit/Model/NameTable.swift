/// 名称表: one copy of each unit name a notice repeats. A large notice names a few hundred units
/// hundreds of thousands of times; each naming then shares its name's storage.
struct NameTable {
    private var known = Set<TextKey>()

    /// The stored copy of `name` (stored now if it is new).
    mutating func intern(_ name: String) -> String { known.insert(TextKey(name)).memberAfterInsert.text }
}
