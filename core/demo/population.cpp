#include "population.h"

#include "geography.h"
#include "names.h"
#include "random.h"
#include "traits.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace herald::demo {
namespace {

constexpr qint64 day = 86400;
constexpr qint64 year = 365 * day;

// Only reserved names (RFC 2606 / RFC 6761): example.com, example.net, example.org, their subdomains, and .example.
struct MailDomain
{
    const char *domain;
    int weight;
};
constexpr std::array mailDomains = {
    MailDomain{"example.com", 30},      MailDomain{"example.net", 18},      MailDomain{"example.org", 12},
    MailDomain{"mail.example.com", 10}, MailDomain{"inbox.example.net", 8}, MailDomain{"post.example.org", 5},
    MailDomain{"mailbox.example", 6},   MailDomain{"webmail.example", 4},
};

constexpr std::array companyAdjectives = {"Little", "Blue", "Golden", "Old",    "Northside", "Harbour",
                                          "Copper", "Wild", "Green",  "Corner", "Maple",     "Hidden"};
constexpr std::array companyNouns = {"Fern", "Door",  "Sparrow", "Kettle", "Lantern", "Oak",
                                     "Pine", "Finch", "Willow",  "Anchor", "Lemon",   "Thistle"};
constexpr std::array companyTypes = {"Café",     "Books",         "Deli",   "Florist", "Gift Shop", "Bakery",
                                     "Tea Room", "General Store", "Studio", "Pantry",  "Market",    "& Co."};

struct SignupSource
{
    const char *name;
    int weight;
};
constexpr std::array signupSources = {SignupSource{"checkout", 35}, SignupSource{"footer form", 25},
                                      SignupSource{"popup", 20}, SignupSource{"instagram giveaway", 10},
                                      SignupSource{"pop-up market", 7}};

template <typename T, size_t N>
const T &pickFrom(const std::array<T, N> &items, Random &random)
{
    return items[random.below(N)];
}

QString domainSlug(const QString &company)
{
    QString out;
    for (const QChar c : asciiFold(company).toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out += c;
    }
    return out;
}

// Sign-ups: 40% over the three years before the simulated year (more of them recently), the rest during it with
// the list growing faster towards the end and a few bursts (a giveaway, a press mention, a holiday market).
std::vector<qint64> drawJoinTimes(Random &random, int count, qint64 start, qint64 until)
{
    std::vector<qint64> times;
    times.reserve(static_cast<size_t>(count));
    const double length = static_cast<double>(until - start);
    constexpr std::array bursts = {0.28, 0.55, 0.86};
    for (int i = 0; i < count; ++i) {
        double offset = 0;
        if (random.chance(0.4)) {
            offset = -3.0 * static_cast<double>(year) * std::pow(random.uniform(), 1.4);
        } else if (random.chance(0.8)) {
            // Density proportional to 1 + 1.5x on [0, 1): inverted CDF.
            const double x = (-1.0 + std::sqrt(1.0 + 5.25 * random.uniform())) / 1.5;
            offset = x * length;
        } else {
            const double centre = bursts[random.below(bursts.size())];
            offset = std::clamp(centre + random.normal(0, 0.012), 0.0, 0.999) * length;
        }
        times.push_back(start + static_cast<qint64>(offset));
    }
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace

Population::Population(quint64 seed, int count, qint64 start, qint64 until) : m_start(start), m_until(until)
{
    Random random(seed, 2);
    m_joinTimes = drawJoinTimes(random, count, start, until);
    m_emailKeys.reserve(count);
}

QString Population::uniqueEmail(const QString &local, const QString &domain, Random &random)
{
    QString candidate = local + QLatin1Char('@') + domain;
    while (m_emailKeys.contains(candidate.toLower()))
        candidate = local + QString::number(random.between(1, 999)) + QLatin1Char('@') + domain;
    m_emailKeys.insert(candidate.toLower());
    return candidate;
}

DemoContact Population::draw(int index, Random &random)
{
    DemoContact contact;
    contact.id = index + 1;
    contact.joinedAt = m_joinTimes[static_cast<size_t>(index)];

    const Location location = drawLocation(random);
    const PersonName name = drawName(location.culture, random, location.nativeScriptName);
    contact.firstName = name.first;
    contact.lastName = name.last;
    contact.trueZone = location.zone;

    contact.wholesale = random.chance(0.03);
    if (contact.wholesale || random.chance(0.08)) {
        contact.company = QStringLiteral("%1 %2 %3")
                              .arg(QString::fromUtf8(pickFrom(companyAdjectives, random)),
                                   QString::fromUtf8(pickFrom(companyNouns, random)),
                                   QString::fromUtf8(pickFrom(companyTypes, random)));
    }
    QString domain;
    if (!contact.company.isEmpty() && random.chance(contact.wholesale ? 0.8 : 0.5)) {
        domain = domainSlug(contact.company) + QLatin1StringView(random.chance(0.5) ? ".example" : ".example.com");
    } else {
        std::array<int, mailDomains.size()> weights{};
        for (size_t i = 0; i < mailDomains.size(); ++i)
            weights[i] = mailDomains[i].weight;
        domain = QString::fromLatin1(mailDomains[random.weighted(std::span<const int>(weights))].domain);
        if (random.chance(0.08))
            domain = location.countryCode.toLower() + QLatin1Char('.') + domain; // "de.example.net"
    }
    QString local = emailLocalPart(name, random);
    if (random.chance(0.06) && !local.isEmpty())
        local[0] = local[0].toUpper(); // typed with a capital: the key folds it
    contact.email = uniqueEmail(local, domain, random);
    contact.emailKey = contact.email.toLower();

    // What the workspace knows about where the contact lives. Every contact has a true zone for the simulation.
    const QString zoneId = QString::fromLatin1(zoneIds()[location.zone]);
    const double known = random.uniform();
    auto withCountry = [&] { contact.country = location.countryCode; };
    auto withPlace = [&] {
        withCountry();
        contact.region = location.region;
        contact.city = location.city;
        contact.postalCode = location.postalCode;
        if (random.chance(0.6))
            contact.address = location.address;
    };
    if (known < 0.12) {
        // Nothing at all: an e-mail address from a footer form.
    } else if (known < 0.27) {
        withCountry(); // a country, and no zone yet
    } else if (known < 0.37) {
        withCountry();
        if (location.countryHasOneZone) {
            contact.timeZone = zoneId;
            contact.timeZoneSource = QStringLiteral("country");
        }
    } else if (known < 0.50) {
        withPlace();
        contact.timeZone = zoneId;
        contact.timeZoneSource = QStringLiteral("postal_code");
    } else if (known < 0.56) {
        withCountry();
        contact.region = location.region;
        contact.timeZone = zoneId;
        contact.timeZoneSource = QStringLiteral("region");
    } else if (known < 0.64) {
        withCountry();
        contact.timeZone = zoneId;
        contact.timeZoneSource = QStringLiteral("esp");
    } else {
        if (random.chance(0.5))
            withPlace();
        else
            withCountry();
        contact.timeZone = zoneId;
        contact.timeZoneSource = QStringLiteral("explicit");
    }
    if (random.chance(0.7))
        contact.language = location.language;
    if (random.chance(contact.wholesale ? 0.7 : 0.2))
        contact.phone = fictionalPhone(location.countryCode, random);

    contact.traits = drawTraits(random, {contact.joinedAt, m_start, m_until, contact.wholesale});

    // How the contact came onto the list.
    const bool joinedDuringYear = contact.joinedAt >= m_start;
    const double path = random.uniform();
    if (path < 0.02) {
        contact.signupStatus = ContactStatus::NonSubscribed; // a customer who never opted in to marketing
    } else if (joinedDuringYear && path < 0.045) {
        contact.signupStatus = ContactStatus::Pending; // never confirmed the double opt-in
    } else if (joinedDuringYear && path < 0.35) {
        contact.signupStatus = ContactStatus::Pending;
        contact.confirmedAt = contact.joinedAt + 30 + static_cast<qint64>(random.logNormal(std::log(240.0), 1.0));
    } else {
        contact.signupStatus = ContactStatus::Subscribed;
        contact.confirmedAt = contact.joinedAt;
        if (!joinedDuringYear && random.chance(0.06)) {
            contact.leftStatus = random.chance(0.75) ? ContactStatus::Unsubscribed : ContactStatus::Cleaned;
            contact.leftAt = contact.joinedAt +
                             static_cast<qint64>(random.uniform() * static_cast<double>(m_start - contact.joinedAt));
        }
    }

    const bool subscriber = contact.signupStatus != ContactStatus::NonSubscribed;
    if (subscriber && random.chance(0.85))
        contact.tags.append(QStringLiteral("newsletter"));
    if (contact.wholesale)
        contact.tags.append(QStringLiteral("wholesale"));
    if (contact.traits.purchaseRate * contact.traits.meanOrderValue > (contact.wholesale ? 3000.0 : 150.0))
        contact.tags.append(QStringLiteral("VIP"));
    if (random.chance(0.55)) {
        // Interests the contact ticked on the sign-up form: its strongest one or two.
        std::array<int, productCategoryCount> order{};
        for (int i = 0; i < productCategoryCount; ++i)
            order[static_cast<size_t>(i)] = i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return contact.traits.interest[static_cast<size_t>(a)] > contact.traits.interest[static_cast<size_t>(b)];
        });
        const int ticked = random.chance(0.6) ? 1 : 2;
        for (int i = 0; i < ticked; ++i)
            contact.tags.append(categoryName(order[static_cast<size_t>(i)]));
    }

    if (random.chance(0.45))
        contact.fields.append({QStringLiteral("birthday_month"), QString::number(random.between(1, 12))});
    if (subscriber) {
        QString source = QStringLiteral("wholesale enquiry");
        if (!contact.wholesale) {
            std::array<int, signupSources.size()> weights{};
            for (size_t i = 0; i < signupSources.size(); ++i)
                weights[i] = signupSources[i].weight;
            source = QString::fromLatin1(signupSources[random.weighted(std::span<const int>(weights))].name);
        }
        contact.fields.append({QStringLiteral("signup_source"), source});
    }
    return contact;
}

} // namespace herald::demo
