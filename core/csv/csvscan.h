#pragma once
// Internal to the CSV reader: the inner scanning loop, eight UTF-16 code units at a time where SSE2 is available.

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace herald::csvscan {

// The first position in [p, end) holding a, b, c or d, or end.
inline const char16_t *findAny(const char16_t *p, const char16_t *end, char16_t a, char16_t b, char16_t c, char16_t d)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    const __m128i vd = _mm_set1_epi16(short(d));
    while (end - p >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, va), _mm_cmpeq_epi16(v, vb)),
                                          _mm_or_si128(_mm_cmpeq_epi16(v, vc), _mm_cmpeq_epi16(v, vd)));
        if (const int mask = _mm_movemask_epi8(hits))
            return p + (__builtin_ctz(unsigned(mask)) >> 1);
        p += 8;
    }
#endif
    while (p < end && *p != a && *p != b && *p != c && *p != d)
        ++p;
    return p;
}

} // namespace herald::csvscan
