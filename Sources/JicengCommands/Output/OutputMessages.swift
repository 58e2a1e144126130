/// The few words the renderers write themselves, in both languages.
enum OutputMessages {
    static func rowCount(_ n: Int, _ language: OutputLanguage) -> String {
        switch language {
        case .en: return n == 1 ? "(1 row)" : "(\(n) rows)"
        case .zh: return "(共 \(n) 行)"
        }
    }

    static func bool(_ value: Bool, _ language: OutputLanguage) -> String {
        switch language {
        case .en: return value ? "yes" : "no"
        case .zh: return value ? "是" : "否"
        }
    }

    static func chartShowsFirst(_ shown: Int, of total: Int, _ language: OutputLanguage) -> String {
        switch language {
        case .en: return "The chart shows the first \(shown) of \(total) rows."
        case .zh: return "图表仅显示前 \(shown) 行（共 \(total) 行）。"
        }
    }

    static func defaultTitle(_ language: OutputLanguage) -> String {
        language == .zh ? "基层报表" : "Jiceng report"
    }

    static func noChart(_ language: OutputLanguage) -> String {
        language == .zh ? "(没有可绘制的数值列)" : "(no numeric column to chart)"
    }
}
