import JicengBase

/// The inline SVG bar chart of an HTML page: for one chart series, a `<rect class="bar">`
/// per row on the same scale as the text chart (a zero axis when there are negatives),
/// the label before each bar and the value after it. Sizes are in CSS pixels.
enum SVGBarChart {
    static let rowHeight = 22.0
    static let barHeight = 14.0
    /// Width of one terminal column of text at the 13px chart font: Chinese glyphs are
    /// about 13px wide and count two columns; Latin digits and letters about 7px.
    static let pixelsPerColumn = 7.0
    static let plotWidth = 400.0
    static let gap = 6.0
    static let padding = 4.0
    /// A non-zero value always shows, as the text chart's thinnest eighth does.
    static let minBarLength = 1.0
    static let positiveFill = "#c8102e"
    static let negativeFill = "#5b6b7b"

    static func append(_ series: ChartSeries, _ options: OutputOptions, to out: inout String) {
        let labels = series.labels.map { TerminalText.cell($0, maxWidth: options.maxColumnWidth) }
        let labelWidth = Double(labels.map { DisplayWidth.of($0) }.max() ?? 0) * pixelsPerColumn
        let valueWidth = Double(series.valueTexts.map { DisplayWidth.of(TerminalText.sanitized($0)) }.max() ?? 0) * pixelsPerColumn
        let plotLeft = padding + labelWidth + gap
        let axisX = series.span > 0 ? plotLeft + plotWidth * series.negativeExtent / series.span : plotLeft
        let width = plotLeft + plotWidth + gap + valueWidth + padding
        let height = Double(labels.count) * rowHeight + 2 * padding

        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"")
        HTMLText.append(series.header, to: &out)
        out.append("\">\n")
        for (row, label) in labels.enumerated() {
            let top = padding + Double(row) * rowHeight
            let middle = top + rowHeight / 2
            let value = series.values[row] ?? 0
            var length = series.span > 0 ? plotWidth * abs(value) / series.span : 0
            if value != 0 { length = max(length, minBarLength) }
            let x = value < 0 ? axisX - length : axisX

            out.append("<text class=\"label\" x=\"\(number(plotLeft - gap))\" y=\"\(number(middle))\" text-anchor=\"end\" dominant-baseline=\"middle\">")
            HTMLText.append(label, to: &out)
            out.append("</text>")
            out.append("<rect class=\"bar\" x=\"\(number(x))\" y=\"\(number(top + (rowHeight - barHeight) / 2))\" width=\"\(number(length))\" height=\"\(number(barHeight))\" fill=\"\(value < 0 ? negativeFill : positiveFill)\"><title>")
            HTMLText.append(label, to: &out)
            out.append(": ")
            HTMLText.append(series.valueTexts[row], to: &out)
            out.append("</title></rect>")
            out.append("<text class=\"value\" x=\"\(number((value > 0 ? x + length : axisX) + gap))\" y=\"\(number(middle))\" dominant-baseline=\"middle\">")
            HTMLText.append(series.valueTexts[row], to: &out)
            out.append("</text>\n")
        }
        if series.negativeExtent > 0 {
            out.append("<line class=\"axis\" x1=\"\(number(axisX))\" y1=\"\(number(padding))\" x2=\"\(number(axisX))\" y2=\"\(number(height - padding))\" stroke=\"#333\"/>\n")
        }
        out.append("</svg>\n")
    }

    /// A coordinate with at most one decimal, always with `.` (no locale), trailing `.0` dropped.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths / 10)
        let fraction = abs(tenths % 10)
        let sign = tenths < 0 && tenths > -10 ? "-" : ""
        return fraction == 0 ? sign + whole : sign + whole + "." + String(fraction)
    }
}
