import Foundation

/// 模糊测试: libFuzzer's entry for `gongwen validate`'s readers. Arbitrary bytes are checked as a
/// JSON file and as an XML file (the strict JSON parser, libxml2 with no network, no entities and
/// no DTD, then the schemas and span checks). Any verdict is fine; a crash, a leak or a hang is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func validateOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    for path in ["fuzz.json", "fuzz.xml"] {
        do {
            let report = try OutputValidator.validate(bytes, path: path)
            for p in report.problems { precondition(!p.message.isEmpty, "a problem without a message at \(p.location)") }
        } catch let error as InputError {
            precondition(error.description.hasPrefix(path), "a refusal must name the file: \(error)")
        } catch {
            preconditionFailure("validate threw \(error)")
        }
    }
    return 0
}
