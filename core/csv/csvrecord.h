#pragma once

#include <QList>
#include <QString>

namespace herald {

// Something odd about a row that did not stop the reading: the row is still delivered, and an import decides
// whether to keep it.
struct CsvIssue
{
    enum class Kind
    {
        FieldCount,   // the row has fewer or more fields than the header
        StrayQuote,   // a quote inside an unquoted field, or text after a closing quote; kept literally
        InvalidBytes, // bytes that are not valid in the file's encoding were replaced with U+FFFD
    };
    Kind kind = Kind::FieldCount;
    qint64 line = 0;   // 1-based physical line
    qint64 column = 0; // 1-based character position in that line; 0 for the whole row
    QString message;   // translated, names line and column
};

// Where a field starts in the file.
struct CsvFieldPosition
{
    qint64 line = 0; // 1-based physical line (a quoted line break in an earlier field moves it past the record's line)
    qint64 column = 0; // 1-based character position in that line
};

// One row of a CSV file. A reader refills the same record for every row so that field storage is reused.
struct CsvRecord
{
    qint64 line = 0;    // 1-based physical line the record starts on
    qint64 endLine = 0; // last physical line it covers (> line when a quoted field holds line breaks)
    qint64 number = 0;  // 1-based count of records read so far, header included
    QList<QString> fields;
    QList<CsvFieldPosition> positions; // one per field
    QList<CsvIssue> issues;            // empty for a clean row

    qsizetype size() const { return fields.size(); }
    const QString &at(qsizetype i) const { return fields.at(i); }
    // The field, or an empty string past the end (ragged rows).
    QString value(qsizetype i) const { return i < fields.size() ? fields.at(i) : QString(); }
    bool hasIssue(CsvIssue::Kind kind) const
    {
        for (const CsvIssue &issue : issues) {
            if (issue.kind == kind)
                return true;
        }
        return false;
    }
};

} // namespace herald
