#include "csvencoding.h"

#include <array>

namespace herald {
namespace {

// Windows-1252 0x80-0x9F; the rest of the code page is Latin-1.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool startsWith(QByteArrayView bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && bytes.first(length) == QByteArrayView(prefix, length);
}

// UTF-16 text without a BOM that is mostly ASCII has a NUL in every other byte.
std::optional<CsvEncoding> guessBomlessUtf16(QByteArrayView sample)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        evenNul += sample[i] == 0;
        oddNul += sample[i + 1] == 0;
    }
    if (oddNul * 10 > pairs * 4 && evenNul * 20 < pairs)
        return CsvEncoding::Utf16LE;
    if (evenNul * 10 > pairs * 4 && oddNul * 20 < pairs)
        return CsvEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

int csvBomLength(QByteArrayView bytes, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    case CsvEncoding::Utf16LE:
        return startsWith(bytes, "\xFF\xFE", 2) ? 2 : 0;
    case CsvEncoding::Utf16BE:
        return startsWith(bytes, "\xFE\xFF", 2) ? 2 : 0;
    case CsvEncoding::Auto:
    case CsvEncoding::Windows1252:
        return 0;
    }
    return 0;
}

CsvEncodingGuess detectCsvEncoding(QByteArrayView sample, bool wholeFile)
{
    for (CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE}) {
        if (int bom = csvBomLength(sample, encoding))
            return {encoding, bom};
    }
    if (auto utf16 = guessBomlessUtf16(sample))
        return {*utf16, 0};
    if (isValidUtf8(sample, !wholeFile))
        return {CsvEncoding::Utf8, 0};
    return {CsvEncoding::Windows1252, 0};
}

bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = lead & 0x07;
        } else {
            return false;
        }
        for (int i = 1; i < length; ++i) {
            if (p + i == end)
                return allowTruncatedEnd;
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

bool looksBinary(QStringView decodedSample)
{
    qsizetype controls = 0;
    for (QChar c : decodedSample) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7F)
            ++controls;
    }
    return controls > 0 && controls * 100 > decodedSample.size();
}

namespace windows1252 {

char16_t toUnicode(uchar byte)
{
    return byte >= 0x80 && byte <= 0x9F ? cp1252High[byte - 0x80] : char16_t(byte);
}

int fromUnicode(char16_t ch)
{
    if (ch < 0x80 || (ch >= 0xA0 && ch <= 0xFF))
        return ch;
    for (int i = 0; i < int(cp1252High.size()); ++i) {
        if (cp1252High[i] == ch)
            return 0x80 + i;
    }
    return -1;
}

} // namespace windows1252

namespace {

QStringDecoder makeDecoder(CsvEncoding encoding, bool forceBuiltinTable)
{
    switch (encoding) {
    case CsvEncoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case CsvEncoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case CsvEncoding::Windows1252:
        return forceBuiltinTable ? QStringDecoder() : QStringDecoder("windows-1252");
    case CsvEncoding::Auto:
    case CsvEncoding::Utf8:
        break;
    }
    return QStringDecoder(QStringDecoder::Utf8);
}

} // namespace

CsvTextDecoder::CsvTextDecoder(CsvEncoding encoding, bool forceBuiltinTable)
    : m_decoder(makeDecoder(encoding, forceBuiltinTable))
{
    m_builtinTable = encoding == CsvEncoding::Windows1252 && !m_decoder.isValid();
}

qsizetype CsvTextDecoder::requiredSpace(qsizetype bytes) const
{
    return m_builtinTable ? bytes : m_decoder.requiredSpace(bytes);
}

QChar *CsvTextDecoder::appendToBuffer(QChar *out, QByteArrayView bytes)
{
    if (!m_builtinTable)
        return m_decoder.appendToBuffer(out, bytes);
    for (char byte : bytes)
        *out++ = QChar(windows1252::toUnicode(uchar(byte)));
    return out;
}

bool CsvTextDecoder::hasError() const
{
    return !m_builtinTable && m_decoder.hasError();
}

} // namespace herald
