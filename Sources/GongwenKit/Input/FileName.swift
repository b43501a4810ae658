import Foundation

/// 文件名编码: on Linux a file name is bytes, and gongwen handles names as UTF-8 text. A name in
/// another encoding (GBK names from a Windows zip file are common in government offices) would
/// reach the file system changed, every bad byte turned into U+FFFD: the file is "not found", or
/// output goes to a file of another name. Such a name is refused instead, shown with its bad bytes
/// as `\xHH` so the clerk can find the file and rename it.
public enum FileName {
    /// Whether the bytes are valid UTF-8 (an empty name is), by the decoder's own check.
    public static func isUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        ByteSniffer.firstInvalidUTF8(Array(bytes)) == nil
    }

    /// The bytes as text: valid UTF-8 as it is, each byte of an ill-formed sequence as `\xHH`
    /// (sequences as the decoder reads them, `LenientDecoding.utf8Sequence`).
    public static func shown<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        Array(bytes).withUnsafeBufferPointer { p in
            var out = String.UnicodeScalarView()
            var i = 0
            while i < p.count {
                if p[i] < 0x80 { out.append(Unicode.Scalar(p[i])); i += 1; continue }
                let (value, next) = LenientDecoding.utf8Sequence(p, i)
                if let scalar = value.flatMap(Unicode.Scalar.init) {
                    out.append(scalar)
                } else {
                    for byte in p[i..<next] { out.append(contentsOf: hex(byte).unicodeScalars) }
                }
                i = next
            }
            return String(out)
        }
    }

    /// Why such a file is not read, and what to do.
    public static let notUTF8Reason = "the file name is not UTF-8, and gongwen reads file names as UTF-8; "
        + "rename the file (for a GBK name: convmv -f gbk -t utf-8 --notest FILE)"

    /// The message for a name that is not UTF-8; `shown` is the name from `shown(_:)`.
    public static func notUTF8(_ shown: String) -> String { "\(shown): \(notUTF8Reason)" }

    /// The command-line arguments (program name excluded) whose bytes are not UTF-8, by position
    /// (1 is the first argument) and shown as by `shown(_:)`. Swift's `CommandLine.arguments` has
    /// already replaced their bad bytes, so they are read from the raw `argv`.
    public static func argumentsNotUTF8() -> [(position: Int, shown: String)] {
        var found: [(position: Int, shown: String)] = []
        for i in 1..<Int(CommandLine.argc) {
            guard let arg = CommandLine.unsafeArgv[i] else { continue }
            let bytes = UnsafeRawBufferPointer(start: arg, count: strlen(arg))
            if !isUTF8(bytes) { found.append((i, shown(bytes))) }
        }
        return found
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}
