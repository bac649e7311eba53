#include "csvsniffer.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <array>
#include <map>

namespace herald {
namespace {

// lupdate files Tr::tr() calls under the enclosing class, which is this context; CsvSniffer is not a QObject.
// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::CsvSniffer)
};

// Field count of each of the sample's first lines when split by `delimiter`, honouring quotes.
QList<int> fieldCounts(QStringView sample, QChar delimiter, bool complete, int maxRecords)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool atFieldStart = true;
    bool hasContent = false;
    const qsizetype size = sample.size();
    for (qsizetype i = 0; i < size && counts.size() < maxRecords; ++i) {
        const QChar c = sample[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && sample[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (hasContent)
                counts.append(fields);
            if (c == u'\r' && i + 1 < size && sample[i + 1] == u'\n')
                ++i;
            fields = 1;
            atFieldStart = true;
            hasContent = false;
            continue;
        }
        hasContent = true;
        if (c == delimiter) {
            ++fields;
            atFieldStart = true;
            continue;
        }
        if (c == u'"' && atFieldStart)
            inQuotes = true;
        atFieldStart = false;
    }
    // An incomplete sample's last line may be cut short.
    if (complete && hasContent && !inQuotes && counts.size() < maxRecords)
        counts.append(fields);
    return counts;
}

bool looksNumericOrDate(QStringView value)
{
    bool digit = false;
    for (QChar c : value) {
        if (c.isDigit())
            digit = true;
        else if (!QStringView(u" .,:/-+%$\u20AC\u00A3").contains(c))
            return false;
    }
    return digit;
}

bool looksLikeEmail(QStringView value)
{
    const qsizetype at = value.indexOf(u'@');
    return at > 0 && !value.contains(u' ') && value.indexOf(u'.', at) > at + 1;
}

} // namespace

QChar CsvSniffer::sniffDelimiter(QStringView sample, bool complete)
{
    constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    QChar best = QLatin1Char(',');
    double bestConsistency = -1;
    int bestFields = 1;
    for (char16_t candidate : candidates) {
        const QList<int> counts = fieldCounts(sample, QChar(candidate), complete, 50);
        if (counts.isEmpty())
            continue;
        std::map<int, int> frequency;
        for (int count : counts)
            ++frequency[count];
        int mode = 0;
        int modeFrequency = 0;
        for (const auto &[count, times] : frequency) {
            if (times >= modeFrequency) { // ties go to the larger count
                mode = count;
                modeFrequency = times;
            }
        }
        if (mode <= 1)
            continue;
        const double consistency = double(modeFrequency) / double(counts.size());
        if (consistency > bestConsistency + 1e-9 || (consistency > bestConsistency - 1e-9 && mode > bestFields)) {
            best = QChar(candidate);
            bestConsistency = consistency;
            bestFields = mode;
        }
    }
    return best;
}

bool CsvSniffer::looksLikeHeader(const QStringList &firstRow, const QList<QStringList> &dataRows)
{
    QSet<QString> seen;
    for (const QString &cell : firstRow) {
        const QString value = cell.trimmed();
        if (value.isEmpty())
            continue;
        if (looksNumericOrDate(value) || looksLikeEmail(value))
            return false;
        const QString key = value.toCaseFolded();
        if (seen.contains(key))
            return false;
        seen.insert(key);
    }
    if (seen.isEmpty())
        return false;
    // Column names rarely show up again as values of their own column ("List" in Mailchimp's campaign report
    // does); data rows repeat each other's values far more often.
    QSet<qsizetype> repeated;
    for (const QStringList &row : dataRows) {
        for (qsizetype i = 0; i < std::min(row.size(), firstRow.size()); ++i) {
            const QString name = firstRow.at(i).trimmed();
            if (!name.isEmpty() && row.at(i).trimmed() == name)
                repeated.insert(i);
        }
    }
    if (repeated.size() * 2 >= seen.size())
        return false;
    return true;
}

Result<CsvSniffResult> CsvSniffer::sniff(QIODevice &device, const CsvOptions &options, int sampleRows)
{
    const qint64 startPos = device.isSequential() ? -1 : device.pos();
    CsvSniffResult result;
    QList<QStringList> rows;
    QList<qint64> lines;
    {
        CsvReader reader(&device, options);
        CsvRecord record;
        while (rows.size() <= sampleRows && reader.next(record)) {
            rows.append(record.fields);
            lines.append(record.line);
            result.issues.append(record.issues);
        }
        if (startPos >= 0)
            device.seek(startPos);
        if (reader.hasError())
            return reader.error();
        result.format = reader.format();
        result.reachedEnd = reader.atEnd();
        result.issues = reader.warnings() + result.issues;
    }
    if (rows.isEmpty())
        return Error{Tr::tr("The file has no rows."), options.fileName};
    result.fieldCount = rows.first().size();
    result.hasHeader = looksLikeHeader(rows.first(), rows.mid(1));
    const qsizetype firstData = result.hasHeader ? 1 : 0;
    if (result.hasHeader)
        result.header = rows.first();
    result.sampleRows = rows.mid(firstData, sampleRows);
    result.sampleLines = lines.mid(firstData, sampleRows);
    return result;
}

Result<CsvSniffResult> CsvSniffer::sniff(const QString &path, const CsvOptions &options, int sampleRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The file cannot be opened: %1").arg(file.errorString()), QDir::toNativeSeparators(path)};
    return sniff(file, options, sampleRows);
}

} // namespace herald
