import XCTest
@testable import GongwenKit

/// The figures of `gongwen eval` on small gold/prediction pairs, worked out by hand.
final class EvalTests: XCTestCase {
    func json(_ s: String) throws -> JSONValue { try JSONValue.parse(Data(s.utf8)) }

    func score(_ gold: String, _ pred: String, strict: Bool = false) throws -> EvalScores {
        EvalScorer.score(gold: try json(gold), predicted: try json(pred), strict: strict).0
    }

    func testTasksAreAlignedOnTheirNumbersAndScoredPerAlignedTask() throws {
        let gold = #"""
        {"documents":[{"title":"某县方案","tasks":[
          {"number":1,"heading":"加强 监管","units":{"lead":["县市场监管局"],"support":["县公安局","县商务局"]},
           "deadlines":[{"text":"6月底前","date":"2024-06-30"}]},
          {"number":2,"heading":"完善制度","units":{"lead":["县司法局"]}},
          {"number":3,"heading":"强化督查","recurring":["每季度"]}]}]}
        """#
        let pred = #"""
        {"documents":[{"title":{"text":"某县方案"},"tasks":[
          {"number":1,"heading":{"text":"加强监管"},"units":{"lead":[{"name":"县市场监管局"}],"support":[{"name":"县公安局"}]},
           "deadlines":[{"text":"6月底前","date":"2024-06-30"},{"text":"年底前","date":"2024-12-31"}]},
          {"number":3,"heading":{"text":"强化督查工作"},"recurring":[{"text":"每季度","frequency":"quarterly"}]},
          {"number":4,"heading":{"text":"多出来的"},"units":{"lead":[{"name":"县财政局"}]}}]}]}
        """#
        let s = try score(gold, pred)
        XCTAssertEqual(s[.documents], EvalTally(tp: 1, fp: 0, fn: 0))
        XCTAssertEqual(s[.tasks], EvalTally(tp: 2, fp: 1, fn: 1), "1 and 3 align; 2 is missed; 4 is extra")
        XCTAssertEqual(s[.headings], EvalTally(tp: 1, fp: 1, fn: 2), "white space is ignored; 强化督查工作 ≠ 强化督查; 完善制度 unmatched")
        XCTAssertEqual(s[.lead], EvalTally(tp: 1, fp: 0, fn: 1), "the extra task's unit is never compared")
        XCTAssertEqual(s[.support], EvalTally(tp: 1, fp: 0, fn: 1))
        XCTAssertEqual(s[.unitsAnyRole], EvalTally(tp: 2, fp: 0, fn: 2))
        XCTAssertEqual(s[.deadlines], EvalTally(tp: 1, fp: 1, fn: 0))
        XCTAssertEqual(s[.recurring], EvalTally(tp: 1, fp: 0, fn: 0))
        XCTAssertEqual(s[.tasks].precision, 2.0 / 3.0)
        XCTAssertEqual(s[.tasks].f1, 2 * (2.0 / 3.0) * (2.0 / 3.0) / (4.0 / 3.0))
    }

    func testRestartedNumberingAlignsInReadingOrder() throws {
        let gold = #"{"documents":[{"title":"T","tasks":[{"number":1},{"number":2},{"number":1},{"number":2},{"number":3}]}]}"#
        let pred = #"{"documents":[{"title":"T","tasks":[{"number":1},{"number":2},{"number":1},{"number":3}]}]}"#
        XCTAssertEqual(try score(gold, pred)[.tasks], EvalTally(tp: 4, fp: 0, fn: 1))
    }

    func testCitationsCountOncePerTitleAndTheirNumbersAreScoredToo() throws {
        let gold = #"{"documents":[],"citations":[{"title":"甲条例"},{"title":"乙规划","docNumber":"国发〔2021〕1号"},{"title":"丙规范","standard":"HJ2026"}]}"#
        let pred = #"{"documents":[],"citations":[{"title":"甲条例"},{"title":"甲条例"},{"title":"乙规划","docNumber":{"text":"国发〔2021〕1号"}},{"title":"丁办法"}]}"#
        let s = try score(gold, pred)
        XCTAssertEqual(s[.citations], EvalTally(tp: 2, fp: 1, fn: 1))
        XCTAssertEqual(s[.citationRefs], EvalTally(tp: 1, fp: 0, fn: 1))
    }

    func testHeaderListsDatesAndTextValues() throws {
        let gold = #"{"documents":[],"header":{"title":"关于印发(方案)的通知","cc":["县委办","人大办"],"printDate":"2023-07-25","issuer":"乡宁县人民政府"}}"#
        let pred = #"{"documents":[],"header":{"title":{"text":"关于印发（方案）的通知"},"cc":[{"name":"县委办"}],"printDate":"2023-07-25T00:00"}}"#
        XCTAssertEqual(try score(gold, pred)[.header], EvalTally(tp: 3, fp: 0, fn: 2), "title (parentheses folded), cc 1 of 2, printDate on 10 characters; issuer missed")
    }

    func testStrictMatchingComparesTextAsWritten() throws {
        let gold = #"{"documents":[{"title":"Ｔ 1","tasks":[{"number":1,"heading":"做好(一)工作"}]}]}"#
        let pred = #"{"documents":[{"title":"T1","tasks":[{"number":1,"heading":"做好（一）工作"}]}]}"#
        let normal = try score(gold, pred), strict = try score(gold, pred, strict: true)
        XCTAssertEqual(normal[.documents].tp, 1)
        XCTAssertEqual(normal[.headings].tp, 1)
        XCTAssertEqual(strict[.documents], EvalTally(tp: 0, fp: 1, fn: 1))
        XCTAssertEqual(strict[.headings], EvalTally(tp: 0, fp: 1, fn: 1), "the task still aligns by position when titles differ")
    }

    func testOverallF1IsTheMeanOfTheLiveKeyFieldsRoundedAsPython() {
        var s = EvalScores()
        s[.tasks] = EvalTally(tp: 2, fp: 1, fn: 0)       // F1 0.8
        s[.headings] = EvalTally(tp: 1, fp: 15, fn: 15)  // F1 0.0625
        s[.starts] = EvalTally(tp: 0, fp: 3, fn: 0)      // not a key field
        XCTAssertEqual(s.overallF1, (0.8 + 0.0625) / 2)
        XCTAssertEqual(EvalScores().overallF1, 1.0, "nothing to find anywhere: every key field counts, each 1.0")
    }

    func testPythonRoundingTiesToEvenOnTheExactBinaryValue() {
        XCTAssertEqual(pythonRound(0.0625, 3), 0.062)
        XCTAssertEqual(pythonRound(0.125, 2), 0.12)
        XCTAssertEqual(pythonRound(2.675, 2), 2.67)
        XCTAssertEqual(pythonRound(0.98765, 4), 0.9877)
    }

    func testPythonViewOfOddValues() {
        XCTAssertEqual(PythonView.int(.string(" ３ ")), 3)
        XCTAssertEqual(PythonView.int(.string("1_0")), 10)
        XCTAssertNil(PythonView.int(.string("三")))
        XCTAssertNil(PythonView.int(.string("1__0")))
        XCTAssertEqual(PythonView.int(.double(2.9)), 2)
        XCTAssertEqual(PythonView.int(.bool(true)), 1)
        XCTAssertNil(PythonView.int(nil))
        XCTAssertEqual(PythonView.str(.double(1)), "1.0")
        XCTAssertEqual(PythonView.str(.null), "None")
        XCTAssertEqual(PythonView.repr(.array([.string("a'b"), .int(1)])), #"["a'b", 1]"#)
        XCTAssertEqual(PythonText.norm(.string("Ａ１ —（x)\u{3000}-\u{1C}"), strict: false), "A1-（x）-")
        XCTAssertEqual(PythonText.norm(.object(["text": .string(""), "name": .string("县 局")]), strict: false), "县局")
    }

    func testAFailedPredictionIsBrokenAndScoredAsEmpty() throws {
        let c = try TempCorpus()
        try Data(#"{"documents":[{"title":"T","tasks":[{"number":1}]}]}"#.utf8).write(to: URL(fileURLWithPath: c.dir + "/x.gold.json"))
        let r = try EvalRun.run(dir: c.dir, predict: { _ in .failure(EvalPredictionError(message: "refused")) })
        XCTAssertEqual(r.broken, ["x: refused"])
        XCTAssertEqual(r.totals[.tasks], EvalTally(tp: 0, fp: 0, fn: 1))
        XCTAssertEqual(r.exitCode(min: 0), ExitCode.checkFailed)
    }

    func testMinSetsTheExitCode() throws {
        let c = try TempCorpus()
        try Data(#"{"documents":[{"title":"T","tasks":[{"number":1},{"number":2}]}]}"#.utf8).write(to: URL(fileURLWithPath: c.dir + "/x.gold.json"))
        let r = try EvalRun.run(dir: c.dir, predict: { _ in .success(.object(["documents": .array([.object(["title": .string("T"), "tasks": .array([.object(["number": .int(1)])])])])])) })
        XCTAssertEqual(r.totals[.tasks], EvalTally(tp: 1, fp: 0, fn: 1))
        XCTAssertEqual(r.exitCode(min: 0.5), ExitCode.ok)
        XCTAssertEqual(r.exitCode(min: 0.99), ExitCode.checkFailed)
        XCTAssertEqual(r.fieldsBelow(0.9), [.tasks], "tasks F1 is 2/3; documents 1.0; fields with nothing to find do not count")
        XCTAssertEqual(r.exitCode(min: 0.5, minField: 0.9), ExitCode.checkFailed)
        XCTAssertThrowsError(try EvalRun.run(dir: c.root, predict: { _ in .failure(EvalPredictionError(message: "")) })) {
            XCTAssertEqual($0 as? EvalError, .noGold(c.root))
        }
    }
}
