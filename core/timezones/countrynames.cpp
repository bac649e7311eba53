#include "countrynames.h"

#include "tztables.h"

#include <QLocale>

namespace herald {

QString normaliseCountry(QStringView text)
{
    return tz::CountryNames::shared().normalise(text);
}

QString countryName(const QString &alpha2)
{
    return tz::CountryNames::shared().displayName(alpha2);
}

namespace tz {

namespace {

bool isAsciiLetters(QStringView text)
{
    for (const QChar c : text)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    return true;
}

// A value Qt gives for two countries ("Congo", say, in some language) is no evidence for either.
constexpr QLatin1StringView ambiguous("?");

} // namespace

const CountryNames &CountryNames::shared()
{
    static const CountryNames names;
    return names;
}

CountryNames::CountryNames()
{
    const QList<QStringList> isoRows = readTable(QStringLiteral("iso3166.tab"));
    for (const QStringList &row : isoRows)
        if (row.size() >= 2)
            m_codes.insert(row.at(0));
    for (const QStringList &row : readTable(QStringLiteral("country_codes.tsv")))
        if (row.size() >= 2 && m_codes.contains(row.at(0)))
            m_alpha3.insert(row.at(1), row.at(0));

    // From most to least trusted; each level only fills names the levels before it left open.
    QHash<QString, QString> aliases;
    for (const QStringList &row : readTable(QStringLiteral("country_aliases.tsv")))
        if (row.size() >= 2 && m_codes.contains(row.at(1)))
            addName(row.at(0), row.at(1), aliases);
    mergeLevel(aliases);

    QHash<QString, QString> isoNames;
    QHash<QString, QString> isoShortNames; // "Korea (South)" -> "Korea", kept only where it names one country
    for (const QStringList &row : isoRows) {
        if (row.size() < 2)
            continue;
        addName(row.at(1), row.at(0), isoNames);
        const qsizetype paren = row.at(1).indexOf(u" (");
        if (paren > 0)
            addName(row.at(1).left(paren), row.at(0), isoShortNames);
        m_displayNames.insert(row.at(0), row.at(1));
    }
    mergeLevel(isoNames);
    mergeLevel(isoShortNames);

    QHash<QString, QString> englishNames;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        if (!m_codes.contains(code))
            continue;
        const QString name = QLocale::territoryToString(territory);
        addName(name, code, englishNames);
        m_displayNames.insert(code, name); // CLDR's "United Kingdom" reads better in a message than "Britain (UK)"
    }
    mergeLevel(englishNames);

    QHash<QString, QString> nativeNames;
    for (const QLocale &locale :
         QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
        const QString code = QLocale::territoryToCode(locale.territory());
        if (m_codes.contains(code))
            addName(locale.nativeTerritoryName(), code, nativeNames);
    }
    mergeLevel(nativeNames);
}

void CountryNames::addName(const QString &name, const QString &code, QHash<QString, QString> &level)
{
    QStringList variants{name};
    if (name.contains(u'&'))
        variants.append(QString(name).replace(u'&', QStringLiteral(" and ")));
    for (const QString &variant : std::as_const(variants)) {
        const QString key = foldName(variant);
        if (key.isEmpty())
            continue;
        const auto existing = level.constFind(key);
        if (existing == level.cend())
            level.insert(key, code);
        else if (*existing != code)
            level.insert(key, ambiguous);
    }
}

void CountryNames::mergeLevel(const QHash<QString, QString> &level)
{
    for (auto it = level.cbegin(); it != level.cend(); ++it)
        if (it.value() != ambiguous && !m_names.contains(it.key()))
            m_names.insert(it.key(), it.value());
}

QString CountryNames::normalise(QStringView text) const
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    if (isAsciiLetters(text)) {
        const QString upper = text.toString().toUpper();
        if (upper.size() == 2 && m_codes.contains(upper))
            return upper;
        if (upper.size() == 3) {
            const QString code = m_alpha3.value(upper);
            if (!code.isEmpty())
                return code;
        }
    }
    const QString key = foldName(text);
    const auto found = m_names.constFind(key);
    if (found != m_names.cend())
        return *found;
    if (key.startsWith(u"the ")) // "The Bahamas", "the Philippines"
        return m_names.value(key.mid(4));
    return {};
}

QString CountryNames::displayName(const QString &alpha2) const
{
    return m_displayNames.value(alpha2, alpha2);
}

} // namespace tz
} // namespace herald
