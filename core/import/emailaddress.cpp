#include "emailaddress.h"

#include <QCoreApplication>
#include <QUrl>

#include <cctype>
#include <optional>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Email)
};

EmailCheck invalid(const QString &reason)
{
    EmailCheck check;
    check.reason = reason;
    return check;
}

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return c.isLetterOrNumber() || c.isMark(); // RFC 6531: UTF-8 in the local part
    if (c.isLetterOrNumber())
        return true;
    static const QLatin1StringView specials("!#$%&'*+/=?^_`{|}~-");
    return specials.contains(c);
}

QString checkLocalPart(QStringView local)
{
    if (local.isEmpty())
        return Tr::tr("nothing before the @");
    if (local.size() > 64)
        return Tr::tr("the part before the @ is longer than 64 characters");
    if (local.size() >= 2 && local.front() == QLatin1Char('"') && local.back() == QLatin1Char('"')) {
        for (QChar c : local.mid(1, local.size() - 2))
            if (c.unicode() < 0x20 || c == QLatin1Char('\x7f'))
                return Tr::tr("a control character in the quoted part before the @");
        return {};
    }
    if (local.front() == QLatin1Char('.') || local.back() == QLatin1Char('.'))
        return Tr::tr("the part before the @ starts or ends with a dot");
    if (local.contains(QStringLiteral("..")))
        return Tr::tr("two dots in a row");
    for (QChar c : local)
        if (c != QLatin1Char('.') && !isAtext(c))
            return Tr::tr("the character \"%1\" is not allowed before the @").arg(c);
    return {};
}

// Letters, digits, hyphens and dots, and no label already in ACE form: the domain is its own ACE form, in lower case.
// Nearly every address is on such a domain, and QUrl's IDN conversion costs more than the rest of a contact row.
bool isPlainAsciiDomain(QStringView domain)
{
    for (QChar c : domain) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '.'))
            return false;
    }
    return !domain.startsWith(QLatin1StringView("xn--"), Qt::CaseInsensitive) &&
           !domain.contains(QLatin1StringView(".xn--"), Qt::CaseInsensitive);
}

QString checkDomain(const QString &domain, QString *normalised)
{
    if (domain.isEmpty())
        return Tr::tr("nothing after the @");
    if (domain.startsWith(QLatin1Char('[')))
        return Tr::tr("an IP address instead of a domain");
    if (!domain.contains(QLatin1Char('.')))
        return Tr::tr("the domain \"%1\" has no dot").arg(domain);
    for (QStringView label : QStringView(domain).split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return Tr::tr("the domain \"%1\" has an empty part").arg(domain);
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return Tr::tr("a part of the domain starts or ends with a hyphen");
    }
    // Addresses on any top-level domain are decoded, not only those on Qt's IDN whitelist.
    const QUrl::AceProcessingOptions aceOptions = QUrl::IgnoreIDNWhitelist;
    const bool plain = isPlainAsciiDomain(domain);
    const QByteArray ace = plain ? domain.toLatin1().toLower() : QUrl::toAce(domain, aceOptions);
    if (ace.isEmpty())
        return Tr::tr("the domain \"%1\" is not a valid internationalised domain name").arg(domain);
    if (ace.size() > 253)
        return Tr::tr("the domain is longer than 253 characters");
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return Tr::tr("the domain \"%1\" has no dot").arg(domain);
    for (const QByteArray &label : labels) {
        if (label.isEmpty())
            return Tr::tr("the domain \"%1\" has an empty part").arg(domain);
        if (label.size() > 63)
            return Tr::tr("a part of the domain is longer than 63 characters");
        if (label.startsWith('-') || label.endsWith('-'))
            return Tr::tr("a part of the domain starts or ends with a hyphen");
        for (char c : label)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-'))
                return Tr::tr("the domain \"%1\" contains \"%2\"").arg(domain, QString(QLatin1Char(c)));
    }
    const QByteArray &tld = labels.constLast();
    bool numeric = true;
    for (char c : tld)
        numeric = numeric && std::isdigit(static_cast<unsigned char>(c));
    if (numeric)
        return Tr::tr("the domain \"%1\" ends in a number").arg(domain);
    *normalised = plain ? QString::fromLatin1(ace) : QUrl::fromAce(ace, aceOptions);
    return {};
}

bool isAsciiAtext(char16_t u)
{
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    switch (u) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '/':
    case '=':
    case '?':
    case '^':
    case '_':
    case '`':
    case '{':
    case '|':
    case '}':
    case '~':
    case '-':
        return true;
    default:
        return false;
    }
}

// The common case in one pass over the characters: a plain ASCII address (letters, digits and the RFC 5322 atext
// specials before the @, a plain ASCII domain after it) with nothing to trim or unwrap. Gives the same result as the
// general checks below, which run for everything else, errors included; costs a fraction of them.
std::optional<EmailCheck> checkPlainAddress(const QString &text)
{
    const auto *c = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    if (size == 0 || size > 254)
        return std::nullopt;
    qsizetype at = -1;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = c[i];
        if (u == '@') {
            if (at >= 0)
                return std::nullopt;
            at = i;
        } else if (at < 0 ? !(u == '.' || isAsciiAtext(u))
                          : !((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
                              u == '.')) {
            return std::nullopt;
        }
    }
    if (at < 1 || at > 64 || c[0] == '.' || c[at - 1] == '.' || size - at - 1 > 253)
        return std::nullopt;
    for (qsizetype i = 1; i < at; ++i)
        if (c[i] == '.' && c[i - 1] == '.')
            return std::nullopt;
    // Labels: not empty, at most 63 long, no hyphen at either end, none in ACE form, and a top-level one with a letter.
    qsizetype labels = 0;
    bool tldHasLetter = false;
    for (qsizetype start = at + 1; start <= size;) {
        qsizetype end = start;
        while (end < size && c[end] != '.')
            ++end;
        const qsizetype length = end - start;
        if (length == 0 || length > 63 || c[start] == '-' || c[end - 1] == '-')
            return std::nullopt;
        if (length >= 4 && (c[start] | 0x20) == 'x' && (c[start + 1] | 0x20) == 'n' && c[start + 2] == '-' &&
            c[start + 3] == '-')
            return std::nullopt;
        tldHasLetter = false;
        for (qsizetype i = start; i < end; ++i)
            tldHasLetter = tldHasLetter || c[i] > '9';
        ++labels;
        start = end + 1;
    }
    if (labels < 2 || !tldHasLetter)
        return std::nullopt;
    EmailCheck check;
    check.valid = true;
    check.address = text;
    for (qsizetype i = at + 1; i < size; ++i)
        if (c[i] >= 'A' && c[i] <= 'Z') {
            check.address = text.left(at + 1) + text.mid(at + 1).toLower();
            break;
        }
    check.key = check.address.toLower();
    return check;
}

} // namespace

EmailCheck checkEmail(const QString &text)
{
    if (std::optional<EmailCheck> plain = checkPlainAddress(text))
        return *std::move(plain);
    QString candidate = text.trimmed();
    if (candidate.startsWith(QLatin1StringView("mailto:"), Qt::CaseInsensitive))
        candidate = candidate.mid(7).trimmed();
    const qsizetype open = candidate.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && candidate.endsWith(QLatin1Char('>')))
        candidate = candidate.mid(open + 1, candidate.size() - open - 2).trimmed();
    if (candidate.isEmpty())
        return invalid(Tr::tr("the email address is empty"));
    if (candidate.size() > 254)
        return invalid(Tr::tr("the email address is longer than 254 characters"));
    const qsizetype at = candidate.lastIndexOf(QLatin1Char('@'));
    const bool quotedLocal =
        at > 1 && candidate.startsWith(QLatin1Char('"')) && candidate.at(at - 1) == QLatin1Char('"');
    for (qsizetype i = quotedLocal ? at : 0; i < candidate.size(); ++i)
        if (candidate.at(i).isSpace())
            return invalid(Tr::tr("the email address contains a space"));
    if (at < 0)
        return invalid(Tr::tr("the email address has no @"));
    const QStringView local = QStringView(candidate).left(at);
    if (!local.startsWith(QLatin1Char('"')) && local.contains(QLatin1Char('@')))
        return invalid(Tr::tr("the email address has more than one @"));
    if (QString reason = checkLocalPart(local); !reason.isEmpty())
        return invalid(reason);
    QString domain;
    if (QString reason = checkDomain(candidate.mid(at + 1), &domain); !reason.isEmpty())
        return invalid(reason);
    EmailCheck check;
    check.valid = true;
    check.address = local.toString() + QLatin1Char('@') + domain;
    check.key = check.address.toCaseFolded();
    return check;
}

} // namespace herald
