/// A seeded generator of text that looks like damaged notice text: CJK and ASCII words, spaces of
/// every width, line ends of every kind, page-number lines, brackets, list markers, TeX residue,
/// full-width digits and letters. The same seed always gives the same text.
struct RandomNoticeText {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let han = Array("关于印发县政府重点工作实施方案的通知各乡镇人民政府牵头单位配合责任局委办年月日前完成推进加强落实")
    static let ascii = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:-/()")
    static let fullWidth = Array("０１２３４５６７８９ＡＢＣＸＹＺａｂｃ")
    static let spaces: [String] = [" ", "  ", "\u{3000}", "\t", "\u{A0}", "\u{3000}\u{3000}", "\u{2003}"]
    static let lineEnds: [String] = ["\n", "\r\n", "\r", "\n\n", "\u{0C}", "\n\u{0C}\n", "\u{2028}", "\u{0B}"]
    static let pageNumbers: [String] = ["— 3 —", "- 12 -", "第3页", "第 3 页 共 12 页", "－ 7 －"]
    static let brackets: [String] = ["（", "）", "《", "》", "(", ")", "〔", "〕", "【", "】", "“", "”"]
    static let markers: [String] = ["一、", "二、", "（一）", "(二)", "1.", "2、", "3．", "（1）", "(2)", "1）", "①", "⑵", "⒊"]
    static let tex: [String] = ["$PM_{2.5}$", "O_3", "NO_x", "m^{3}", "$\\mathrm{CO}_2$", "$x$", "H_2O", "PM_{10}"]
    static let words: [String] = ["牵头单位：", "配合单位：", "2024年6月底前", "某政发〔2023〕12号", "GB/T 9704-2012", "---", "#", "附件：", "。", "，", "、", "；"]

    /// One piece of text of a kind chosen at random.
    mutating func piece() -> String {
        switch below(14) {
        case 0, 1, 2: return String((0..<(1 + below(8))).map { _ in pick(Self.han) })
        case 3: return String((0..<(1 + below(6))).map { _ in pick(Self.ascii) })
        case 4: return String((0..<(1 + below(4))).map { _ in pick(Self.fullWidth) })
        case 5: return pick(Self.spaces)
        case 6, 7: return pick(Self.lineEnds)
        case 8: return pick(Self.lineEnds) + pick(Self.pageNumbers) + pick(Self.lineEnds)
        case 9: return pick(Self.brackets)
        case 10: return pick(Self.lineEnds) + pick(Self.markers)
        case 11: return pick(Self.tex)
        case 12: return pick(Self.words)
        default: return String(repeating: pick(Self.spaces), count: 1 + below(3)) + pick(Self.lineEnds)
        }
    }

    /// A text of `pieces` pieces.
    mutating func text(pieces: Int) -> String { (0..<pieces).map { _ in piece() }.joined() }
}
