import Foundation

/// 预期错误: the baseline of a notice gongwen must refuse (empty, binary, …), stored as `NAME.error.json`:
/// the stable code, the exit code and the message, with the path given relative to the corpus folder.
public struct ExpectedError: Codable, Hashable, Sendable {
    public var code: String
    public var exitCode: Int32
    public var message: String

    public init(code: String, exitCode: Int32, message: String) {
        self.code = code
        self.exitCode = exitCode
        self.message = message
    }

    /// The error as the baseline records it: `name` stands in for the path the error was raised with.
    public init(_ error: InputError, name: String) {
        self.init(code: error.code, exitCode: error.exitCode,
                  message: error.path == name ? error.description : error.description.replacingOccurrences(of: error.path, with: name))
    }

    /// The artifact name of an error baseline (`NAME.error.json`).
    public static let artifact = "error.json"

    public func encoded() throws -> Data { try JSONEmitter.encode(self) }
}
