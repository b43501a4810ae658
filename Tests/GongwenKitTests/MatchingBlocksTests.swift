import XCTest
@testable import GongwenKit

/// The alignment must give what Python's difflib gives (the expected blocks were printed by Python 3.11's
/// `SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()`, sentinel left out).
final class MatchingBlocksTests: XCTestCase {
    func blocks(_ a: [Int?], _ b: [Int?]) -> [[Int]] { MatchingBlocks.of(a, b).map { [$0.a, $0.b, $0.size] } }

    func testBlocksAgreeWithDifflib() {
        XCTAssertEqual(blocks([1, 2, 3, 1, 2, 3, 4], [1, 2, 3, 4, 1, 2]), [[3, 0, 4]])
        XCTAssertEqual(blocks([1, 2, 3, 4, 5, 6], [1, 2, 9, 3, 4, 1, 2, 5, 6]), [[0, 0, 2], [2, 3, 2], [4, 7, 2]])
        XCTAssertEqual(blocks([nil, 1, 2, nil], [1, nil, 2]), [[0, 1, 1], [2, 2, 1]])
        XCTAssertEqual(blocks([1, 1, 1, 2], [1, 1, 2, 1, 1]), [[1, 0, 3]])
        XCTAssertEqual(blocks([3, 1, 2, 3, 1, 2, 3], [1, 2, 3]), [[1, 0, 3]])
        XCTAssertEqual(blocks([], [1]), [])
    }

    func testPairsMapPredictedIndexToGoldIndex() {
        XCTAssertEqual(MatchingBlocks.pairs([1, 2, 3, 1, 2], [1, 2, 1, 2]), [0: 0, 1: 1, 2: 3, 3: 4])
    }
}
