import ArgumentParser
import GongwenKit

/// Options shared by every command that reads notices.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = Decoder.defaultMaxBytes
}
