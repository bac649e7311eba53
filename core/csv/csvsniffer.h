#pragma once

#include "csvformat.h"
#include "csvrecord.h"
#include "result.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace herald {

// What a first look at a CSV file found: enough for an import wizard's preview and for choosing a mapping.
struct CsvSniffResult
{
    CsvFormat format;
    bool hasHeader = false;
    QStringList header;            // the first row when hasHeader, else empty
    QList<QStringList> sampleRows; // the first data rows (after the header)
    QList<qint64> sampleLines;     // the line each sample row starts on
    qsizetype fieldCount = 0;      // fields in the first row
    bool reachedEnd = false;       // the whole file fit in the sample, so the counts below are final
    QList<CsvIssue> issues;        // from the sample rows, plus the reader's warnings about the file

    // A header and nothing else: not an error, but an import would add nothing.
    bool headerOnly() const { return reachedEnd && hasHeader && sampleRows.isEmpty(); }
};

// Detects a CSV file's encoding, delimiter, line endings and header row from its first rows.
class CsvSniffer
{
public:
    // Reads up to `sampleRows` data rows from the device's current position. A seekable device is put back where
    // it was; a sequential one (a ZIP member) is consumed and must be opened again for the import.
    static Result<CsvSniffResult> sniff(QIODevice &device, const CsvOptions &options = {}, int sampleRows = 20);
    static Result<CsvSniffResult> sniff(const QString &path, const CsvOptions &options = {}, int sampleRows = 20);

    // The candidate among , ; tab | that splits the sample's lines into the most consistent number of fields
    // (quoted text ignored), preferring more fields, then that order. A comma when none splits anything.
    // `complete`: the sample is the whole file, so its last line is not cut off.
    static QChar sniffDelimiter(QStringView sample, bool complete);

    // Whether `firstRow` names columns rather than holding data: no number, date or email address among its
    // values, the values distinct, and no more than a few of them repeated in the same column of `dataRows`.
    static bool looksLikeHeader(const QStringList &firstRow, const QList<QStringList> &dataRows);
};

} // namespace herald
