#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace herald {

// The ISO 3166-1 alpha-2 code ("DE") for what people type in a country column: a code in any case ("de", "DEU"),
// an English or local name ("Germany", "Deutschland", "Allemagne"), or a common alias ("UK", "U.S.A.", "Holland").
// Empty when the text is none of these.
QString normaliseCountry(QStringView text);

// The English name of a country for messages ("Germany"); the code itself when it is not a known code.
QString countryName(const QString &alpha2);

namespace tz {

// Country names and codes from iso3166.tab, country_codes.tsv, country_aliases.tsv and Qt's locale data (every
// territory's English name and its name in each of its languages). Built once; immutable afterwards.
class CountryNames
{
public:
    static const CountryNames &shared();

    CountryNames();

    QString normalise(QStringView text) const;
    QString displayName(const QString &alpha2) const;
    bool isCode(const QString &alpha2) const { return m_codes.contains(alpha2); }

private:
    // Names from a less trusted source never replace those from a more trusted one.
    void addName(const QString &name, const QString &code, QHash<QString, QString> &level);
    void mergeLevel(const QHash<QString, QString> &level);

    QSet<QString> m_codes;
    QHash<QString, QString> m_alpha3;       // "DEU" -> "DE"
    QHash<QString, QString> m_names;        // folded name -> code
    QHash<QString, QString> m_displayNames; // code -> English name
};

} // namespace tz
} // namespace herald
