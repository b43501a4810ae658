import Foundation

/// 模糊测试: libFuzzer's entry for the extraction pipeline. Arbitrary bytes go through
/// decode → normalize → parse → extract → JSON → XML (checked against the XSD in-process) and the
/// CSV and HTML views; refusals are fine, crashes and broken invariants are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func extractOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    let source: SourceText
    do {
        source = try Decoder.decode(bytes, name: "fuzz.txt")
    } catch let error as InputError {
        precondition(error.description.hasPrefix("fuzz.txt: "), "a refusal must name the file: \(error)")
        return 0
    } catch {
        preconditionFailure("the decoder threw something that is not an InputError: \(error)")
    }
    let notice = Pipeline.process(source)
    FuzzChecks.json(notice, count: source.scalars.count)
    FuzzChecks.xml(notice)
    FuzzChecks.views(notice, source)
    return 0
}
