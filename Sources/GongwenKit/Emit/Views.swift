import Foundation

/// 人读视图: the views for people (the ledger as CSV, the review page as HTML), behind one call
/// that `gongwen extract` and `gongwen corpus --out` share.
public enum Views {
    /// A view of a notice.
    public enum Format: String, CaseIterable, Sendable {
        /// 任务台账: one row per task.
        case csv
        /// 单位台账: one row per unit, role and task, sorted by unit.
        case csvByUnit = "csv-by-unit"
        /// 审阅页面: the text with every value marked, beside the ledger.
        case html

        /// The file name ending for this view, e.g. `NAME.units.csv`.
        public var fileExtension: String {
            switch self {
            case .csv: return "csv"
            case .csvByUnit: return "units.csv"
            case .html: return "html"
            }
        }
    }

    /// The bytes of `format` for `notice`; `source` is the decoded text the notice was read from
    /// (`Decoder.read` then `Pipeline.process`), which the page shows.
    public static func render(_ format: Format, notice: Notice, source: SourceText) -> Data {
        switch format {
        case .csv: return CSVEmitter.tasks(notice)
        case .csvByUnit: return CSVEmitter.byUnit(notice)
        case .html: return HTMLEmitter.page(notice, source: source)
        }
    }
}
