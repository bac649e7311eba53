#pragma once

#include <QString>

namespace herald::demo {

class Random;

// Naming traditions the demo draws people from. A country mixes several (see geography.cpp).
enum class Culture
{
    English,
    Irish,
    Australian,
    Spanish,
    Portuguese,
    French,
    German,
    Italian,
    Dutch,
    Nordic,
    Polish,
    Japanese,
    Chinese,
    Korean,
    Indian,
    Vietnamese,
    Filipino,
    Arabic,
};
inline constexpr int cultureCount = static_cast<int>(Culture::Arabic) + 1;

struct PersonName
{
    QString first; // as the person would type it (accents, or native script for some CJK contacts)
    QString last;
    QString asciiFirst; // for the e-mail address
    QString asciiLast;
};

// Names are drawn from lists ordered from more to less common, with a gentle skew towards the front.
// `nativeScript` writes Japanese, Chinese and Korean names in their own script (the e-mail stays romanised).
PersonName drawName(Culture culture, Random &random, bool nativeScript);
bool hasNativeScript(Culture culture);

// "José Łukasz Ærø" -> "Jose Lukasz AEro": diacritics and a few ligatures folded to ASCII letters.
QString asciiFold(const QString &text);

// A plausible local part ("maria.garcia", "mgarcia84", "garcia.m") for an address built from the name.
QString emailLocalPart(const PersonName &name, Random &random);

} // namespace herald::demo
