// The scanning half of CsvReader: turns decoded text into one record at a time.
#include "csvreader.h"
#include "csvscan.h"

#include <QCoreApplication>

#include <cstring>

namespace herald {
namespace {

// lupdate files Tr::tr() calls under the enclosing class, which is this context; CsvReader is not a QObject.
// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::CsvReader)
};

// The record's field `index` as the previous row left it: refilling it keeps its capacity, so that steady-state
// parsing does not allocate.
QString &reuseField(CsvRecord &record, qsizetype index)
{
    if (index >= record.positions.size())
        record.positions.emplace_back();
    if (index >= record.fields.size())
        return record.fields.emplace_back();
    return record.fields[index];
}

void assign(QString &field, const char16_t *from, qsizetype length)
{
    field.resize(length);
    if (length > 0)
        std::memcpy(static_cast<void *>(field.data()), from, size_t(length) * sizeof(char16_t));
}

} // namespace

// Parses the record at m_pos. Returns NeedMore when the text ends before the record does and the file has more:
// the caller refills and parsing restarts at the record's start (refills grow geometrically, so a long record costs
// amortised linear time). Member state is only committed once a record is complete.
CsvReader::Parse CsvReader::parseRecord(CsvRecord &record)
{
    const char16_t *const begin = reinterpret_cast<const char16_t *>(m_text.constData());
    const char16_t *const end = begin + m_textSize;
    const char16_t *p = begin + m_pos;
    const char16_t delimiter = m_format.delimiter.unicode();
    const bool eof = m_eof;
    const qint64 maxField = m_options.maxFieldChars;
    const auto position = [&](const char16_t *at) { return m_base + (at - begin); };

    if (m_options.skipEmptyLines) {
        while (p < end && (*p == u'\n' || *p == u'\r')) {
            if (*p == u'\r') {
                if (p + 1 == end && !eof)
                    break;
                if (p + 1 < end && p[1] == u'\n') {
                    ++m_crlf;
                    ++p;
                } else {
                    ++m_cr;
                }
            } else {
                ++m_lf;
            }
            ++p;
            ++m_line;
            m_lineStart = position(p);
        }
        m_pos = p - begin; // blank lines belong to no record: skipping them is final
    }
    if (p == end || (p + 1 == end && *p == u'\r' && !eof))
        return eof && p == end ? Parse::End : Parse::NeedMore;

    qint64 line = m_line;
    qint64 lineStart = m_lineStart;
    record.issues.clear();
    qsizetype count = 0;

    const auto needMore = [&](qint64 fieldLine, qint64 fieldColumn, qint64 length) {
        if (length > maxField) {
            fail(Tr::tr("The field starting on line %1, column %2 (field %3) is longer than %4 characters. "
                        "Check the delimiter, or look for a quote that is never closed.")
                     .arg(fieldLine)
                     .arg(fieldColumn)
                     .arg(count + 1)
                     .arg(maxField),
                 fieldLine, fieldColumn);
            return Parse::Failed;
        }
        return Parse::NeedMore;
    };
    const auto strayQuote = [&](const char16_t *at, const QString &message) {
        const qint64 column = position(at) - lineStart + 1;
        if (m_options.strictQuotes) {
            fail(message.arg(line).arg(column), line, column);
            return false;
        }
        if (record.issues.size() < 16)
            record.issues.append({CsvIssue::Kind::StrayQuote, line, column, message.arg(line).arg(column)});
        return true;
    };

    for (;;) {
        QString &field = reuseField(record, count);
        const qint64 fieldLine = line;
        const qint64 fieldColumn = position(p) - lineStart + 1;
        record.positions[count] = {fieldLine, fieldColumn};
        bool unquoted = true;
        bool afterQuotes = false;

        if (p < end && *p == u'"') {
            unquoted = false;
            field.resize(0);
            ++p;
            const char16_t *segment = p;
            for (;;) {
                p = csvscan::findAny(p, end, u'"', u'\n', u'\r', u'\r');
                if (p == end || (p + 1 == end && !eof)) {
                    if (!eof)
                        return needMore(fieldLine, fieldColumn, field.size() + (p - segment));
                    if (p == end) {
                        fail(Tr::tr("The quoted field that opens on line %1, column %2 is never closed: a quote is "
                                    "missing before the end of the file.")
                                 .arg(fieldLine)
                                 .arg(fieldColumn),
                             fieldLine, fieldColumn);
                        return Parse::Failed;
                    }
                }
                if (*p == u'"') {
                    field.append(reinterpret_cast<const QChar *>(segment), p - segment);
                    if (p + 1 < end && p[1] == u'"') {
                        field.append(QLatin1Char('"'));
                        p += 2;
                        segment = p;
                        continue;
                    }
                    ++p;
                    break;
                }
                // A line break inside quotes is part of the field but still starts a new physical line.
                if (*p == u'\r' && p + 1 < end && p[1] == u'\n')
                    ++p;
                ++p;
                ++line;
                lineStart = position(p);
            }
            if (field.size() > maxField)
                return needMore(fieldLine, fieldColumn, field.size());
            if (p < end && *p != delimiter && *p != u'\n' && *p != u'\r') {
                // Text after the closing quote: keep the quote and go on as an unquoted field.
                if (!strayQuote(p - 1, Tr::tr("Line %1, column %2: text follows the closing quote of a field; the "
                                              "quote was kept as part of the value.")))
                    return Parse::Failed;
                field.append(QLatin1Char('"'));
                unquoted = true;
                afterQuotes = true;
            }
        }

        if (unquoted) {
            const char16_t *start = p;
            for (;;) {
                p = csvscan::findAny(p, end, delimiter, u'\n', u'\r', u'"');
                if (p == end || *p != u'"')
                    break;
                if (!strayQuote(p, Tr::tr("Line %1, column %2: a quote inside an unquoted field was kept as part of "
                                          "the value.")))
                    return Parse::Failed;
                ++p;
            }
            const qint64 length = (afterQuotes ? field.size() : 0) + (p - start);
            if (length > maxField || (p == end && !eof))
                return needMore(fieldLine, fieldColumn, length);
            if (afterQuotes)
                field.append(reinterpret_cast<const QChar *>(start), p - start);
            else
                assign(field, start, p - start);
        }

        ++count;
        if (p == end) {
            if (!eof)
                return Parse::NeedMore;
            record.endLine = line;
            break;
        }
        if (*p == delimiter) {
            ++p;
            continue;
        }
        // Line break ending the record; CR at the very end of the text may be the first half of CRLF.
        if (*p == u'\r') {
            if (p + 1 == end && !eof)
                return Parse::NeedMore;
            if (p + 1 < end && p[1] == u'\n') {
                ++m_crlf;
                ++p;
            } else {
                ++m_cr;
            }
        } else {
            ++m_lf;
        }
        ++p;
        record.endLine = line;
        ++line;
        lineStart = position(p);
        break;
    }

    if (record.fields.size() != count)
        record.fields.resize(count);
    if (record.positions.size() != count)
        record.positions.resize(count);
    record.line = m_line;
    record.number = ++m_recordCount;
    m_pos = p - begin;
    m_line = line;
    m_lineStart = lineStart;
    return Parse::Record;
}

} // namespace herald
