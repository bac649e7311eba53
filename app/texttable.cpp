#include "texttable.h"

#include <algorithm>

namespace herald::cli {
namespace {

QString fitted(const QString &text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

} // namespace

void TextTable::addColumn(const QString &title, Align align, qsizetype maximumWidth)
{
    m_columns.append({title, align, std::max<qsizetype>(maximumWidth, 4)});
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QStringList TextTable::lines(int indent) const
{
    QList<qsizetype> widths;
    for (const Column &column : m_columns)
        widths.append(std::min(column.title.size(), column.maximumWidth));
    for (const QStringList &row : m_rows)
        for (qsizetype i = 0; i < std::min(row.size(), m_columns.size()); ++i)
            widths[i] = std::max(widths[i], std::min(row.at(i).size(), m_columns.at(i).maximumWidth));

    auto render = [&](const QStringList &cells) {
        QString line(indent, QLatin1Char(' '));
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString cell = fitted(i < cells.size() ? cells.at(i) : QString(), widths.at(i));
            if (i > 0)
                line += QStringLiteral("  ");
            line += m_columns.at(i).align == Align::Right ? cell.rightJustified(widths.at(i))
                                                          : cell.leftJustified(widths.at(i));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };

    QStringList titles;
    for (const Column &column : m_columns)
        titles.append(column.title);
    QStringList result{render(titles)};
    for (const QStringList &row : m_rows)
        result.append(render(row));
    return result;
}

} // namespace herald::cli
