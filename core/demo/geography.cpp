#include "geography.h"

#include "random.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <vector>

namespace herald::demo {
namespace {

struct CultureShare
{
    Culture culture;
    int weight;
};

struct CountryData
{
    const char *code;
    int weight;            // per mille of the shop's list
    const char *languages; // comma-separated; the first is the default
    double nativeScript;   // share of CJK names written in their own script
    std::array<CultureShare, 8> cultures;
};

using C = Culture;

// clang-format off
constexpr std::array countries = {
    CountryData{"US", 330, "en", 0, {{{C::English, 60}, {C::Spanish, 16}, {C::Irish, 5}, {C::Italian, 4}, {C::Indian, 4},
                                      {C::Chinese, 4}, {C::Korean, 2}, {C::Filipino, 2}}}},
    CountryData{"CA", 50, "en,fr", 0, {{{C::English, 55}, {C::French, 22}, {C::Chinese, 6}, {C::Indian, 6}, {C::Irish, 4},
                                        {C::Italian, 3}, {C::Filipino, 2}, {C::Arabic, 2}}}},
    CountryData{"MX", 20, "es", 0, {{{C::Spanish, 100}}}},
    CountryData{"BR", 30, "pt", 0.2, {{{C::Portuguese, 92}, {C::Italian, 4}, {C::Japanese, 2}, {C::German, 2}}}},
    CountryData{"AR", 10, "es", 0, {{{C::Spanish, 80}, {C::Italian, 18}, {C::German, 2}}}},
    CountryData{"CO", 8, "es", 0, {{{C::Spanish, 100}}}},
    CountryData{"CL", 6, "es", 0, {{{C::Spanish, 95}, {C::German, 5}}}},
    CountryData{"GB", 100, "en", 0, {{{C::English, 75}, {C::Indian, 8}, {C::Irish, 5}, {C::Polish, 3}, {C::Arabic, 3},
                                      {C::Chinese, 2}, {C::Italian, 2}, {C::French, 2}}}},
    CountryData{"IE", 20, "en", 0, {{{C::Irish, 80}, {C::English, 12}, {C::Polish, 8}}}},
    CountryData{"DE", 60, "de", 0, {{{C::German, 88}, {C::Polish, 4}, {C::Arabic, 4}, {C::Italian, 4}}}},
    CountryData{"FR", 40, "fr", 0, {{{C::French, 85}, {C::Arabic, 7}, {C::Portuguese, 4}, {C::Spanish, 2}, {C::Italian, 2}}}},
    CountryData{"ES", 30, "es", 0, {{{C::Spanish, 96}, {C::Arabic, 2}, {C::Portuguese, 2}}}},
    CountryData{"IT", 25, "it", 0, {{{C::Italian, 97}, {C::Arabic, 3}}}},
    CountryData{"PT", 8, "pt", 0, {{{C::Portuguese, 100}}}},
    CountryData{"NL", 25, "nl", 0, {{{C::Dutch, 90}, {C::Arabic, 4}, {C::German, 3}, {C::Indian, 3}}}},
    CountryData{"BE", 8, "nl,fr", 0, {{{C::Dutch, 55}, {C::French, 45}}}},
    CountryData{"CH", 8, "de,fr,it", 0, {{{C::German, 65}, {C::French, 22}, {C::Italian, 13}}}},
    CountryData{"AT", 6, "de", 0, {{{C::German, 100}}}},
    CountryData{"SE", 15, "sv", 0, {{{C::Nordic, 92}, {C::Arabic, 4}, {C::Polish, 4}}}},
    CountryData{"NO", 6, "nb", 0, {{{C::Nordic, 100}}}},
    CountryData{"DK", 6, "da", 0, {{{C::Nordic, 100}}}},
    CountryData{"FI", 4, "fi,sv", 0, {{{C::Nordic, 100}}}},
    CountryData{"PL", 15, "pl", 0, {{{C::Polish, 100}}}},
    CountryData{"JP", 30, "ja", 0.4, {{{C::Japanese, 100}}}},
    CountryData{"KR", 15, "ko", 0.4, {{{C::Korean, 100}}}},
    CountryData{"CN", 6, "zh", 0.5, {{{C::Chinese, 100}}}},
    CountryData{"SG", 10, "en,zh", 0.1, {{{C::Chinese, 74}, {C::Indian, 10}, {C::English, 10}, {C::Filipino, 6}}}},
    CountryData{"IN", 30, "en,hi", 0, {{{C::Indian, 100}}}},
    CountryData{"PH", 8, "en,fil", 0, {{{C::Filipino, 95}, {C::Chinese, 5}}}},
    CountryData{"AU", 50, "en", 0, {{{C::Australian, 55}, {C::English, 15}, {C::Chinese, 8}, {C::Indian, 6},
                                     {C::Vietnamese, 4}, {C::Italian, 4}, {C::Irish, 3}, {C::Korean, 1}}}},
    CountryData{"NZ", 15, "en", 0, {{{C::Australian, 40}, {C::English, 35}, {C::Chinese, 6}, {C::Indian, 6},
                                     {C::Irish, 5}, {C::Filipino, 4}, {C::Korean, 4}}}},
};

struct PlaceData
{
    const char *country;
    const char *region;
    const char *city;
    const char *postal; // '#' a digit, 'A' a letter
    const char *zone;
    int weight; // within the country
};

constexpr std::array places = {
    PlaceData{"US", "NY", "New York", "100##", "America/New_York", 90},
    PlaceData{"US", "NY", "Brooklyn", "112##", "America/New_York", 50},
    PlaceData{"US", "MA", "Boston", "021##", "America/New_York", 40},
    PlaceData{"US", "PA", "Philadelphia", "191##", "America/New_York", 40},
    PlaceData{"US", "DC", "Washington", "200##", "America/New_York", 30},
    PlaceData{"US", "GA", "Atlanta", "303##", "America/New_York", 40},
    PlaceData{"US", "FL", "Miami", "331##", "America/New_York", 40},
    PlaceData{"US", "FL", "Orlando", "328##", "America/New_York", 30},
    PlaceData{"US", "NC", "Charlotte", "282##", "America/New_York", 30},
    PlaceData{"US", "OH", "Columbus", "432##", "America/New_York", 30},
    PlaceData{"US", "MI", "Detroit", "482##", "America/Detroit", 30},
    PlaceData{"US", "IN", "Indianapolis", "462##", "America/Indiana/Indianapolis", 20},
    PlaceData{"US", "IL", "Chicago", "606##", "America/Chicago", 80},
    PlaceData{"US", "TX", "Houston", "770##", "America/Chicago", 60},
    PlaceData{"US", "TX", "Dallas", "752##", "America/Chicago", 50},
    PlaceData{"US", "TX", "Austin", "787##", "America/Chicago", 30},
    PlaceData{"US", "MN", "Minneapolis", "554##", "America/Chicago", 30},
    PlaceData{"US", "MO", "St. Louis", "631##", "America/Chicago", 20},
    PlaceData{"US", "TN", "Nashville", "372##", "America/Chicago", 20},
    PlaceData{"US", "CO", "Denver", "802##", "America/Denver", 30},
    PlaceData{"US", "UT", "Salt Lake City", "841##", "America/Denver", 20},
    PlaceData{"US", "AZ", "Phoenix", "850##", "America/Phoenix", 20},
    PlaceData{"US", "CA", "Los Angeles", "900##", "America/Los_Angeles", 60},
    PlaceData{"US", "CA", "San Francisco", "941##", "America/Los_Angeles", 30},
    PlaceData{"US", "CA", "San Diego", "921##", "America/Los_Angeles", 20},
    PlaceData{"US", "WA", "Seattle", "981##", "America/Los_Angeles", 30},
    PlaceData{"US", "OR", "Portland", "972##", "America/Los_Angeles", 20},
    PlaceData{"US", "AK", "Anchorage", "995##", "America/Anchorage", 3},
    PlaceData{"US", "HI", "Honolulu", "968##", "Pacific/Honolulu", 4},
    PlaceData{"CA", "ON", "Toronto", "M5V #A#", "America/Toronto", 30},
    PlaceData{"CA", "ON", "Ottawa", "K1P #A#", "America/Toronto", 8},
    PlaceData{"CA", "QC", "Montréal", "H2X #A#", "America/Toronto", 20},
    PlaceData{"CA", "BC", "Vancouver", "V6B #A#", "America/Vancouver", 15},
    PlaceData{"CA", "AB", "Calgary", "T2P #A#", "America/Edmonton", 9},
    PlaceData{"CA", "AB", "Edmonton", "T5J #A#", "America/Edmonton", 7},
    PlaceData{"CA", "MB", "Winnipeg", "R3C #A#", "America/Winnipeg", 4},
    PlaceData{"CA", "NS", "Halifax", "B3H #A#", "America/Halifax", 3},
    PlaceData{"CA", "NL", "St. John's", "A1C #A#", "America/St_Johns", 1},
    PlaceData{"MX", "CDMX", "Ciudad de México", "06###", "America/Mexico_City", 50},
    PlaceData{"MX", "JAL", "Guadalajara", "44###", "America/Mexico_City", 20},
    PlaceData{"MX", "NLE", "Monterrey", "64###", "America/Monterrey", 15},
    PlaceData{"MX", "BCN", "Tijuana", "22###", "America/Tijuana", 8},
    PlaceData{"MX", "ROO", "Cancún", "77###", "America/Cancun", 7},
    PlaceData{"BR", "SP", "São Paulo", "01###-###", "America/Sao_Paulo", 45},
    PlaceData{"BR", "RJ", "Rio de Janeiro", "20###-###", "America/Sao_Paulo", 20},
    PlaceData{"BR", "MG", "Belo Horizonte", "30###-###", "America/Sao_Paulo", 10},
    PlaceData{"BR", "DF", "Brasília", "70###-###", "America/Sao_Paulo", 8},
    PlaceData{"BR", "RS", "Porto Alegre", "90###-###", "America/Sao_Paulo", 6},
    PlaceData{"BR", "PE", "Recife", "50###-###", "America/Recife", 8},
    PlaceData{"BR", "AM", "Manaus", "69###-###", "America/Manaus", 5},
    PlaceData{"AR", "CABA", "Buenos Aires", "C1###AAA", "America/Argentina/Buenos_Aires", 70},
    PlaceData{"AR", "Córdoba", "Córdoba", "X5000AAA", "America/Argentina/Cordoba", 20},
    PlaceData{"AR", "Mendoza", "Mendoza", "M5500AAA", "America/Argentina/Mendoza", 10},
    PlaceData{"CO", "Bogotá D.C.", "Bogotá", "1100##", "America/Bogota", 60},
    PlaceData{"CO", "Antioquia", "Medellín", "0500##", "America/Bogota", 40},
    PlaceData{"CL", "Región Metropolitana", "Santiago", "83#####", "America/Santiago", 100},
    PlaceData{"GB", "England", "London", "EC1A #AA", "Europe/London", 40},
    PlaceData{"GB", "England", "Manchester", "M1 #AA", "Europe/London", 10},
    PlaceData{"GB", "England", "Birmingham", "B1 #AA", "Europe/London", 10},
    PlaceData{"GB", "England", "Leeds", "LS1 #AA", "Europe/London", 6},
    PlaceData{"GB", "England", "Bristol", "BS1 #AA", "Europe/London", 6},
    PlaceData{"GB", "Scotland", "Glasgow", "G1 #AA", "Europe/London", 7},
    PlaceData{"GB", "Scotland", "Edinburgh", "EH1 #AA", "Europe/London", 6},
    PlaceData{"GB", "Wales", "Cardiff", "CF10 #AA", "Europe/London", 4},
    PlaceData{"GB", "Northern Ireland", "Belfast", "BT1 #AA", "Europe/London", 3},
    PlaceData{"IE", "Dublin", "Dublin", "D02 A###", "Europe/Dublin", 60},
    PlaceData{"IE", "Cork", "Cork", "T12 A###", "Europe/Dublin", 25},
    PlaceData{"IE", "Galway", "Galway", "H91 A###", "Europe/Dublin", 15},
    PlaceData{"DE", "Berlin", "Berlin", "10###", "Europe/Berlin", 20},
    PlaceData{"DE", "Bayern", "München", "80###", "Europe/Berlin", 18},
    PlaceData{"DE", "Hamburg", "Hamburg", "20###", "Europe/Berlin", 14},
    PlaceData{"DE", "Nordrhein-Westfalen", "Köln", "50###", "Europe/Berlin", 14},
    PlaceData{"DE", "Hessen", "Frankfurt am Main", "60###", "Europe/Berlin", 10},
    PlaceData{"DE", "Baden-Württemberg", "Stuttgart", "70###", "Europe/Berlin", 10},
    PlaceData{"DE", "Sachsen", "Leipzig", "04###", "Europe/Berlin", 8},
    PlaceData{"FR", "Île-de-France", "Paris", "750##", "Europe/Paris", 45},
    PlaceData{"FR", "Auvergne-Rhône-Alpes", "Lyon", "6900#", "Europe/Paris", 15},
    PlaceData{"FR", "Provence-Alpes-Côte d'Azur", "Marseille", "130##", "Europe/Paris", 12},
    PlaceData{"FR", "Occitanie", "Toulouse", "310##", "Europe/Paris", 10},
    PlaceData{"FR", "Nouvelle-Aquitaine", "Bordeaux", "330##", "Europe/Paris", 10},
    PlaceData{"FR", "Hauts-de-France", "Lille", "590##", "Europe/Paris", 8},
    PlaceData{"ES", "Comunidad de Madrid", "Madrid", "280##", "Europe/Madrid", 40},
    PlaceData{"ES", "Cataluña", "Barcelona", "080##", "Europe/Madrid", 30},
    PlaceData{"ES", "Comunitat Valenciana", "Valencia", "460##", "Europe/Madrid", 12},
    PlaceData{"ES", "Andalucía", "Sevilla", "410##", "Europe/Madrid", 12},
    PlaceData{"ES", "Canarias", "Las Palmas de Gran Canaria", "350##", "Atlantic/Canary", 6},
    PlaceData{"IT", "Lombardia", "Milano", "201##", "Europe/Rome", 35},
    PlaceData{"IT", "Lazio", "Roma", "001##", "Europe/Rome", 35},
    PlaceData{"IT", "Campania", "Napoli", "801##", "Europe/Rome", 15},
    PlaceData{"IT", "Piemonte", "Torino", "101##", "Europe/Rome", 15},
    PlaceData{"PT", "Lisboa", "Lisboa", "1###-###", "Europe/Lisbon", 60},
    PlaceData{"PT", "Porto", "Porto", "4###-###", "Europe/Lisbon", 40},
    PlaceData{"NL", "Noord-Holland", "Amsterdam", "10## AA", "Europe/Amsterdam", 45},
    PlaceData{"NL", "Zuid-Holland", "Rotterdam", "30## AA", "Europe/Amsterdam", 30},
    PlaceData{"NL", "Utrecht", "Utrecht", "35## AA", "Europe/Amsterdam", 25},
    PlaceData{"BE", "Brussel", "Brussel", "10##", "Europe/Brussels", 40},
    PlaceData{"BE", "Antwerpen", "Antwerpen", "20##", "Europe/Brussels", 35},
    PlaceData{"BE", "Liège", "Liège", "40##", "Europe/Brussels", 25},
    PlaceData{"CH", "Zürich", "Zürich", "80##", "Europe/Zurich", 50},
    PlaceData{"CH", "Genève", "Genève", "12##", "Europe/Zurich", 30},
    PlaceData{"CH", "Ticino", "Lugano", "69##", "Europe/Zurich", 20},
    PlaceData{"AT", "Wien", "Wien", "1###", "Europe/Vienna", 100},
    PlaceData{"SE", "Stockholms län", "Stockholm", "11# ##", "Europe/Stockholm", 55},
    PlaceData{"SE", "Västra Götaland", "Göteborg", "41# ##", "Europe/Stockholm", 30},
    PlaceData{"SE", "Skåne", "Malmö", "21# ##", "Europe/Stockholm", 15},
    PlaceData{"NO", "Oslo", "Oslo", "0###", "Europe/Oslo", 100},
    PlaceData{"DK", "Hovedstaden", "København", "1###", "Europe/Copenhagen", 100},
    PlaceData{"FI", "Uusimaa", "Helsinki", "00###", "Europe/Helsinki", 100},
    PlaceData{"PL", "Mazowieckie", "Warszawa", "00-###", "Europe/Warsaw", 45},
    PlaceData{"PL", "Małopolskie", "Kraków", "30-###", "Europe/Warsaw", 30},
    PlaceData{"PL", "Dolnośląskie", "Wrocław", "50-###", "Europe/Warsaw", 25},
    PlaceData{"JP", "Tokyo", "Tokyo", "1##-####", "Asia/Tokyo", 50},
    PlaceData{"JP", "Osaka", "Osaka", "53#-####", "Asia/Tokyo", 25},
    PlaceData{"JP", "Kanagawa", "Yokohama", "22#-####", "Asia/Tokyo", 15},
    PlaceData{"JP", "Fukuoka", "Fukuoka", "81#-####", "Asia/Tokyo", 10},
    PlaceData{"KR", "Seoul", "Seoul", "0####", "Asia/Seoul", 70},
    PlaceData{"KR", "Busan", "Busan", "4####", "Asia/Seoul", 30},
    PlaceData{"CN", "Shanghai", "Shanghai", "200###", "Asia/Shanghai", 60},
    PlaceData{"CN", "Beijing", "Beijing", "100###", "Asia/Shanghai", 40},
    PlaceData{"SG", "", "Singapore", "######", "Asia/Singapore", 100},
    PlaceData{"IN", "Maharashtra", "Mumbai", "4000##", "Asia/Kolkata", 30},
    PlaceData{"IN", "Karnataka", "Bengaluru", "5600##", "Asia/Kolkata", 25},
    PlaceData{"IN", "Delhi", "New Delhi", "1100##", "Asia/Kolkata", 25},
    PlaceData{"IN", "Tamil Nadu", "Chennai", "6000##", "Asia/Kolkata", 10},
    PlaceData{"IN", "Telangana", "Hyderabad", "5000##", "Asia/Kolkata", 10},
    PlaceData{"PH", "Metro Manila", "Manila", "1###", "Asia/Manila", 100},
    PlaceData{"AU", "NSW", "Sydney", "2###", "Australia/Sydney", 35},
    PlaceData{"AU", "VIC", "Melbourne", "3###", "Australia/Melbourne", 32},
    PlaceData{"AU", "QLD", "Brisbane", "4###", "Australia/Brisbane", 16},
    PlaceData{"AU", "WA", "Perth", "6###", "Australia/Perth", 9},
    PlaceData{"AU", "SA", "Adelaide", "5###", "Australia/Adelaide", 6},
    PlaceData{"AU", "TAS", "Hobart", "7###", "Australia/Hobart", 2},
    PlaceData{"NZ", "Auckland", "Auckland", "10##", "Pacific/Auckland", 55},
    PlaceData{"NZ", "Wellington", "Wellington", "60##", "Pacific/Auckland", 25},
    PlaceData{"NZ", "Canterbury", "Christchurch", "80##", "Pacific/Auckland", 20},
};

struct StreetStyle
{
    const char *language;
    bool numberFirst;
    const char *streets;
};

constexpr std::array streetStyles = {
    StreetStyle{"en", true, "Main Street,Oak Avenue,Maple Drive,Park Road,High Street,Church Lane,Elm Street,"
                            "Cedar Court,Victoria Road,Mill Lane,King Street,Station Road,Lakeview Drive,Willow Way"},
    StreetStyle{"es", false, "Calle Mayor,Calle del Sol,Avenida de la Paz,Calle de la Luna,Paseo del Prado,"
                             "Calle Real,Avenida Libertador,Calle de los Olivos"},
    StreetStyle{"pt", false, "Rua das Flores,Avenida da Liberdade,Rua Augusta,Rua do Sol,Avenida Central,"
                             "Rua da Paz,Travessa do Carmo"},
    StreetStyle{"fr", true, "rue de la Paix,avenue des Lilas,rue Victor Hugo,boulevard Voltaire,rue du Moulin,"
                            "place de l'Église,rue des Écoles"},
    StreetStyle{"de", false, "Hauptstraße,Bahnhofstraße,Gartenweg,Schillerstraße,Lindenallee,Kirchgasse,"
                             "Bergstraße,Am Marktplatz"},
    StreetStyle{"it", false, "Via Roma,Via Garibaldi,Corso Italia,Via Dante,Via dei Mille,Piazza del Duomo,"
                             "Via Verdi"},
    StreetStyle{"nl", false, "Kerkstraat,Dorpsstraat,Molenweg,Stationsplein,Prinsengracht,Lindelaan,Schoolstraat"},
    StreetStyle{"sv", false, "Storgatan,Kungsgatan,Drottninggatan,Skolgatan,Ringvägen,Björkvägen"},
    StreetStyle{"nb", false, "Storgata,Kirkeveien,Skolegata,Parkveien,Bjerregaards gate"},
    StreetStyle{"da", false, "Vestergade,Nørregade,Strandvejen,Skolevej,Kirkevej"},
    StreetStyle{"fi", false, "Mannerheimintie,Kauppakatu,Koulukatu,Puistotie,Rantatie"},
    StreetStyle{"pl", false, "ul. Długa,ul. Polna,ul. Leśna,ul. Słoneczna,ul. Kościuszki,ul. Ogrodowa"},
};
// clang-format on

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString fillPattern(const char *pattern, Random &random)
{
    static const QLatin1StringView letters("ABCEGHJKLMNPRSTVWXY"); // no letters that read as digits
    QString out;
    for (const char *p = pattern; *p; ++p) {
        if (*p == '#')
            out += QLatin1Char(static_cast<char>('0' + random.below(10)));
        else if (*p == 'A')
            out += letters[static_cast<qsizetype>(random.below(static_cast<std::uint64_t>(letters.size())))];
        else
            out += QLatin1Char(*p);
    }
    return out;
}

QLatin1StringView cultureLanguage(Culture culture)
{
    switch (culture) {
    case Culture::English:
    case Culture::Irish:
    case Culture::Australian:
        return QLatin1StringView("en");
    case Culture::Spanish:
        return QLatin1StringView("es");
    case Culture::Portuguese:
        return QLatin1StringView("pt");
    case Culture::French:
        return QLatin1StringView("fr");
    case Culture::German:
        return QLatin1StringView("de");
    case Culture::Italian:
        return QLatin1StringView("it");
    case Culture::Dutch:
        return QLatin1StringView("nl");
    case Culture::Nordic:
        return QLatin1StringView("sv");
    case Culture::Polish:
        return QLatin1StringView("pl");
    case Culture::Japanese:
        return QLatin1StringView("ja");
    case Culture::Chinese:
        return QLatin1StringView("zh");
    case Culture::Korean:
        return QLatin1StringView("ko");
    case Culture::Indian:
        return QLatin1StringView("hi");
    case Culture::Vietnamese:
        return QLatin1StringView("vi");
    case Culture::Filipino:
        return QLatin1StringView("fil");
    case Culture::Arabic:
        return QLatin1StringView("ar");
    }
    return QLatin1StringView("en");
}

// Indexes built once from the tables above.
struct Tables
{
    std::vector<int> countryWeights;
    std::vector<std::vector<int>> placesOfCountry; // indexes into `places`
    std::vector<std::vector<int>> placeWeights;
    std::vector<int> placeZone;
    std::vector<bool> countryOneZone;
    QList<QByteArray> zones;
    QHash<QString, std::pair<bool, QStringList>> streets; // language -> (number first, names)
};

const Tables &tables()
{
    static const Tables built = [] {
        Tables t;
        t.placesOfCountry.resize(countries.size());
        t.placeWeights.resize(countries.size());
        t.countryOneZone.resize(countries.size(), true);
        for (const CountryData &country : countries)
            t.countryWeights.push_back(country.weight);
        for (size_t p = 0; p < places.size(); ++p) {
            const QByteArray zone(places[p].zone);
            qsizetype zoneIndex = t.zones.indexOf(zone);
            if (zoneIndex < 0) {
                zoneIndex = t.zones.size();
                t.zones.append(zone);
            }
            t.placeZone.push_back(static_cast<int>(zoneIndex));
            for (size_t c = 0; c < countries.size(); ++c) {
                if (qstrcmp(countries[c].code, places[p].country) != 0)
                    continue;
                if (!t.placesOfCountry[c].empty() &&
                    t.placeZone[static_cast<size_t>(t.placesOfCountry[c].front())] != static_cast<int>(zoneIndex))
                    t.countryOneZone[c] = false;
                t.placesOfCountry[c].push_back(static_cast<int>(p));
                t.placeWeights[c].push_back(places[p].weight);
            }
        }
        for (const StreetStyle &style : streetStyles)
            t.streets.insert(QString::fromLatin1(style.language), {style.numberFirst, split(style.streets)});
        return t;
    }();
    return built;
}

} // namespace

const QList<QByteArray> &zoneIds()
{
    return tables().zones;
}

Location drawLocation(Random &random)
{
    const Tables &t = tables();
    const size_t c = random.weighted(std::span<const int>(t.countryWeights));
    const CountryData &country = countries[c];
    const std::vector<int> &candidates = t.placesOfCountry[c];
    const auto p = static_cast<size_t>(candidates[random.weighted(std::span<const int>(t.placeWeights[c]))]);
    const PlaceData &place = places[p];

    Location location;
    location.countryCode = QString::fromLatin1(country.code);
    location.region = QString::fromUtf8(place.region);
    location.city = QString::fromUtf8(place.city);
    location.postalCode = fillPattern(place.postal, random);
    location.zone = t.placeZone[p];
    location.countryHasOneZone = t.countryOneZone[c];

    std::array<int, 8> cultureWeights{};
    for (size_t i = 0; i < country.cultures.size(); ++i)
        cultureWeights[i] = country.cultures[i].weight;
    location.culture = country.cultures[random.weighted(std::span<const int>(cultureWeights))].culture;
    location.nativeScriptName = hasNativeScript(location.culture) && random.chance(country.nativeScript);

    const QStringList languages = split(country.languages);
    const QString personal = cultureLanguage(location.culture);
    location.language = languages.contains(personal) ? personal : languages.front();

    const auto street = t.streets.constFind(languages.front());
    if (street != t.streets.constEnd()) {
        const QString name = street->second[static_cast<qsizetype>(random.skewed(street->second.size(), 1.3))];
        const QString number = QString::number(random.skewed(240, 2.2) + 1);
        location.address = street->first ? number + QLatin1Char(' ') + name : name + QLatin1Char(' ') + number;
    }
    return location;
}

QString fictionalPhone(const QString &countryCode, Random &random)
{
    auto digits = [&random](int count) {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QLatin1Char(static_cast<char>('0' + random.below(10)));
        return out;
    };
    if (countryCode == QLatin1StringView("US") || countryCode == QLatin1StringView("CA")) {
        static const std::array areaCodes = {"212", "617", "312", "415", "206", "303", "512", "416", "604", "305"};
        const char *area = areaCodes[random.below(areaCodes.size())];
        return QStringLiteral("+1 %1 555-01%2").arg(QLatin1StringView(area), digits(2));
    }
    if (countryCode == QLatin1StringView("GB"))
        return QStringLiteral("+44 7700 900%1").arg(digits(3));
    if (countryCode == QLatin1StringView("AU"))
        return QStringLiteral("+61 491 570 %1").arg(random.between(156, 159));
    if (countryCode == QLatin1StringView("IE"))
        return QStringLiteral("+353 20 910 %1").arg(digits(4));
    return {};
}

} // namespace herald::demo
