#include "customfieldsjson.h"

#include <QJsonObject>

#include <QVarLengthArray>

#include <cstdio>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace herald {
namespace {

// Writes `text` as a JSON string in UTF-8, at most jsonStringBound() bytes. Hand-rolled: converting and escaping
// each short value through Qt costs an allocation or two per value, and a contact has a dozen of them.
qsizetype jsonStringBound(QStringView text)
{
    return 6 * text.size() + 2; // the longest form: every unit escaped as \u00XX
}

char *writeJsonString(char *p, QStringView text)
{
    *p++ = '"';
    const char16_t *c = text.utf16();
    const char16_t *end = c + text.size();
    for (; c < end; ++c) {
#if defined(__SSE2__)
        // Most values are plain ASCII: eight units at a time while none needs escaping or more than a byte.
        while (end - c >= 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(c));
            // As signed 16-bit numbers, units from 0x8000 are negative: below 0x20 too.
            const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(units, _mm_set1_epi16(0x20)),
                                                              _mm_cmpgt_epi16(units, _mm_set1_epi16(0x7f))),
                                                 _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16('"')),
                                                              _mm_cmpeq_epi16(units, _mm_set1_epi16('\\'))));
            if (_mm_movemask_epi8(special))
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(p), _mm_packus_epi16(units, units));
            p += 8;
            c += 8;
        }
        if (c == end)
            break;
#endif
        const char32_t u = *c;
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *p++ = char(u);
        } else if (u < 0x80) {
            *p++ = '\\';
            switch (u) {
            case '"':
            case '\\':
                *p++ = char(u);
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\r':
                *p++ = 'r';
                break;
            case '\t':
                *p++ = 't';
                break;
            default:
                p += std::snprintf(p, 6, "u%04x", unsigned(u));
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else {
            char32_t point = u;
            if (QChar::isHighSurrogate(u) && c + 1 < end && QChar::isLowSurrogate(c[1]))
                point = QChar::surrogateToUcs4(u, *++c);
            else if (QChar::isSurrogate(u))
                point = 0xfffd; // a lone half of a pair, as Qt's own conversion writes it
            if (point < 0x10000) {
                *p++ = char(0xe0 | (point >> 12));
            } else {
                *p++ = char(0xf0 | (point >> 18));
                *p++ = char(0x80 | ((point >> 12) & 0x3f));
            }
            *p++ = char(0x80 | ((point >> 6) & 0x3f));
            *p++ = char(0x80 | (point & 0x3f));
        }
    }
    *p++ = '"';
    return p;
}

// Keys in order (a small insertion sort over indexes: a contact has a few dozen fields at most). The rows of an
// import name the same fields in the same order, so the last order is kept, with the names it was for, per thread.
const QVarLengthArray<qsizetype, 32> &keyOrder(const QList<QPair<QString, QString>> &fields)
{
    struct Cache
    {
        QStringList names; // copies of their own: nothing frees them under the cache
        QVarLengthArray<qsizetype, 32> order;
    };
    thread_local Cache cache;
    bool same = cache.names.size() == fields.size();
    for (qsizetype i = 0; same && i < fields.size(); ++i)
        same = cache.names.at(i) == fields.at(i).first;
    if (same)
        return cache.order;
    cache.names.clear();
    for (const auto &field : fields)
        cache.names.append(QString(field.first.constData(), field.first.size()));
    QVarLengthArray<qsizetype, 32> &order = cache.order;
    order.resize(fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        qsizetype j = i;
        while (j > 0 && fields.at(i).first < fields.at(order[j - 1]).first) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = i;
    }
    return order;
}

} // namespace

qsizetype customFieldsJsonBound(const QList<QPair<QString, QString>> &fields)
{
    qsizetype bound = 2;
    for (const auto &[name, value] : fields)
        bound += jsonStringBound(name) + jsonStringBound(value) + 2;
    return bound;
}

char *writeCustomFieldsJson(char *out, const QList<QPair<QString, QString>> &fields)
{
    // A key given twice keeps its last value; empty values are left out.
    const QVarLengthArray<qsizetype, 32> &order = keyOrder(fields);
    char *const begin = out;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const auto &[name, value] = fields.at(order[k]);
        if (value.isEmpty() || (k + 1 < order.size() && fields.at(order[k + 1]).first == name))
            continue;
        const char separator = out == begin ? '{' : ',';
        *out++ = separator;
        out = writeJsonString(out, name);
        *out++ = ':';
        out = writeJsonString(out, value);
    }
    if (out != begin)
        *out++ = '}';
    return out;
}

QByteArray customFieldsJson(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out(customFieldsJsonBound(fields), Qt::Uninitialized);
    out.truncate(writeCustomFieldsJson(out.data(), fields) - out.constData());
    return out;
}

QByteArray customFieldsJson(const QJsonObject &fields)
{
    QList<QPair<QString, QString>> pairs;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        pairs.append({it.key(), it.value().toString()});
    return customFieldsJson(pairs);
}

} // namespace herald
