#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace herald::cli {

// A plain-text table for the terminal: columns padded to their widest cell, numbers aligned right, long cells
// cut with an ellipsis.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    void addColumn(const QString &title, Align align = Align::Left, qsizetype maximumWidth = 40);
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // One line per row, the header first, each indented by `indent` spaces; no trailing spaces.
    QStringList lines(int indent = 0) const;

private:
    struct Column
    {
        QString title;
        Align align;
        qsizetype maximumWidth;
    };
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace herald::cli
