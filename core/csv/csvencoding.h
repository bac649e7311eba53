#pragma once

#include "csvformat.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace herald {

struct CsvEncodingGuess
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    int bomBytes = 0; // length of the byte order mark the file starts with; 0 when there is none
};

// Guesses the encoding from the first bytes of a file: a BOM decides; else NUL bytes in every other position mean
// UTF-16 without a BOM; else bytes that are valid UTF-8 mean UTF-8; else Windows-1252 (what Excel writes on
// Western-European Windows). `wholeFile`: the sample is the entire file, so a truncated UTF-8 sequence at its end
// is invalid rather than cut off by the sample.
CsvEncodingGuess detectCsvEncoding(QByteArrayView sample, bool wholeFile);

// Length of `encoding`'s BOM at the start of `bytes`, 0 when absent.
int csvBomLength(QByteArrayView bytes, CsvEncoding encoding);

// Strict UTF-8 check (no overlong forms, surrogates or code points above U+10FFFF). `allowTruncatedEnd`: a
// sequence cut off by the end of `bytes` is accepted.
bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd);

// True when decoded text is not something a person wrote: it has NUL characters, or more than 1% of it is other
// control characters. UTF-16 has NUL bytes legitimately, so this looks at decoded text, never at raw bytes.
bool looksBinary(QStringView decodedSample);

namespace windows1252 {
// The character a Windows-1252 byte stands for. 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and map to the C1
// control of the same value, as ICU and the WHATWG encoding standard do, so every byte round-trips.
char16_t toUnicode(uchar byte);
// The byte for `ch`, or -1 when Windows-1252 has no such character.
int fromUnicode(char16_t ch);
} // namespace windows1252

// Turns a file's bytes into UTF-16 chunk by chunk, keeping multi-byte sequences that straddle chunk boundaries.
// Windows-1252 goes through QStringDecoder when Qt is built with ICU; otherwise (or when asked, for testing) through
// the built-in table, because Qt's own codecs stop at Latin-1, which gets 0x80-0x9F (€, „, ‘, ’, “, ”, –, —) wrong.
class CsvTextDecoder
{
public:
    explicit CsvTextDecoder(CsvEncoding encoding, bool forceBuiltinTable = false);

    // Upper bound of the UTF-16 code units `bytes` input bytes can produce.
    qsizetype requiredSpace(qsizetype bytes) const;
    // Decodes `bytes` to `out` and returns the end of what was written.
    QChar *appendToBuffer(QChar *out, QByteArrayView bytes);
    // Whether an invalid byte sequence was replaced by U+FFFD so far.
    bool hasError() const;
    bool usesBuiltinTable() const { return m_builtinTable; }

private:
    QStringDecoder m_decoder;
    bool m_builtinTable = false;
};

} // namespace herald
