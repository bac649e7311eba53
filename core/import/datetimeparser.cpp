#include "datetimeparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVarLengthArray>

#include <array>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::DateTime)
};

struct Token
{
    enum Kind
    {
        Number,
        Word,
        Sep
    } kind;
    qint64 value = 0; // Number
    int digits = 0;   // Number
    QStringView text; // Word
    QChar sep;        // Sep
};

using Tokens = QVarLengthArray<Token, 16>;

bool tokenize(QStringView text, Tokens &tokens)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            Token token{Token::Number};
            while (i < n && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9')) {
                if (token.digits < 18)
                    token.value = token.value * 10 + (text[i].unicode() - '0');
                ++token.digits;
                ++i;
            }
            tokens.append(token);
        } else if (c.isLetter()) {
            const qsizetype start = i;
            while (i < n && text[i].isLetter())
                ++i;
            Token token{Token::Word};
            token.text = text.mid(start, i - start);
            tokens.append(token);
        } else if (c == QLatin1Char('(')) {
            // RFC 5322 comment, e.g. "(UTC)" or "(PDT)": ignored
            while (i < n && text[i] != QLatin1Char(')'))
                ++i;
            ++i;
        } else {
            Token token{Token::Sep};
            token.sep = c;
            tokens.append(token);
            ++i;
        }
    }
    return !tokens.isEmpty();
}

int monthFromName(QStringView word)
{
    static constexpr std::array<const char *, 12> english = {"jan", "feb", "mar", "apr", "may", "jun",
                                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    const QStringView prefix = word.left(3);
    for (int m = 0; m < 12; ++m)
        if (prefix.compare(QLatin1StringView(english[static_cast<size_t>(m)]), Qt::CaseInsensitive) == 0)
            return m + 1;
    if (word.compare(QLatin1StringView("sept"), Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

bool isWeekdayName(QStringView word)
{
    static constexpr std::array<const char *, 7> days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (word.size() < 3)
        return false;
    for (const char *day : days)
        if (word.left(3).compare(QLatin1StringView(day), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Offsets of the zone abbreviations RFC 5322 names, in minutes.
std::optional<int> zoneAbbreviationOffset(QStringView word)
{
    struct Abbreviation
    {
        const char *name;
        int minutes;
    };
    static constexpr Abbreviation known[] = {{"z", 0},         {"ut", 0},        {"utc", 0},       {"gmt", 0},
                                             {"est", -5 * 60}, {"edt", -4 * 60}, {"cst", -6 * 60}, {"cdt", -5 * 60},
                                             {"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60}};
    for (const auto &abbreviation : known)
        if (word.compare(QLatin1StringView(abbreviation.name), Qt::CaseInsensitive) == 0)
            return abbreviation.minutes;
    return std::nullopt;
}

int expandYear(const Token &token)
{
    if (token.digits == 2)
        return static_cast<int>(token.value < 70 ? 2000 + token.value : 1900 + token.value);
    return static_cast<int>(token.value);
}

struct Cursor
{
    const Tokens &tokens;
    qsizetype at = 0;

    bool done() const { return at >= tokens.size(); }
    const Token *peek(qsizetype ahead = 0) const { return at + ahead < tokens.size() ? &tokens[at + ahead] : nullptr; }
    bool isSep(qsizetype ahead, QChar c) const
    {
        const Token *t = peek(ahead);
        return t && t->kind == Token::Sep && t->sep == c;
    }
    bool isNumber(qsizetype ahead) const
    {
        const Token *t = peek(ahead);
        return t && t->kind == Token::Number;
    }
    bool isWord(qsizetype ahead) const
    {
        const Token *t = peek(ahead);
        return t && t->kind == Token::Word;
    }
    bool isDateSep(qsizetype ahead) const
    {
        return isSep(ahead, QLatin1Char('/')) || isSep(ahead, QLatin1Char('-')) || isSep(ahead, QLatin1Char('.'));
    }
    void skipSep(QChar c)
    {
        if (isSep(0, c))
            ++at;
    }
};

struct Parsed
{
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0, millisecond = 0;
    std::optional<int> offsetMinutes;
    bool ambiguousDayMonth = false; // numeric a/b/y with both a and b <= 12 and a != b
    int first = 0, second_ = 0;     // the two leading numbers of an a/b/y date
};

enum class Failure
{
    None,
    Unreadable,
    Ambiguous,
    Invalid
};

Failure parseDate(Cursor &cur, Parsed &p)
{
    if (cur.isWord(0) && isWeekdayName(cur.peek()->text)) {
        ++cur.at;
        cur.skipSep(QLatin1Char(','));
    }
    const Token *t0 = cur.peek();
    if (!t0)
        return Failure::Unreadable;
    if (t0->kind == Token::Number && t0->digits == 4 && cur.isDateSep(1)) {
        // 2025-03-16, 2025/03/16, 2025-Mar-16
        p.year = static_cast<int>(t0->value);
        if (cur.isNumber(2) && cur.isDateSep(3) && cur.isNumber(4)) {
            p.month = static_cast<int>(cur.peek(2)->value);
            p.day = static_cast<int>(cur.peek(4)->value);
        } else if (cur.isWord(2) && cur.isDateSep(3) && cur.isNumber(4)) {
            p.month = monthFromName(cur.peek(2)->text);
            p.day = static_cast<int>(cur.peek(4)->value);
        } else {
            return Failure::Unreadable;
        }
        cur.at += 5;
        return Failure::None;
    }
    if (t0->kind == Token::Number && t0->digits == 8) {
        // 20250316 (compact ISO)
        if (t0->value / 10000 < 1900)
            return Failure::Unreadable;
        p.year = static_cast<int>(t0->value / 10000);
        p.month = static_cast<int>(t0->value / 100 % 100);
        p.day = static_cast<int>(t0->value % 100);
        ++cur.at;
        return Failure::None;
    }
    if (t0->kind == Token::Number && t0->digits <= 2 && cur.isDateSep(1) && cur.isNumber(2) &&
        cur.peek(2)->digits <= 2 && cur.isDateSep(3) && cur.isNumber(4) &&
        (cur.peek(4)->digits == 4 || cur.peek(4)->digits == 2)) {
        // 03/04/2025, 16.03.2015, 28-10-19
        p.first = static_cast<int>(t0->value);
        p.second_ = static_cast<int>(cur.peek(2)->value);
        p.year = expandYear(*cur.peek(4));
        cur.at += 5;
        if (p.first > 12 && p.second_ <= 12) {
            p.day = p.first;
            p.month = p.second_;
        } else if (p.second_ > 12 && p.first <= 12) {
            p.month = p.first;
            p.day = p.second_;
        } else if (p.first == p.second_) {
            p.day = p.month = p.first;
        } else if (p.first <= 12 && p.second_ <= 12) {
            p.ambiguousDayMonth = true;
        } else {
            return Failure::Invalid;
        }
        return Failure::None;
    }
    if (t0->kind == Token::Number && t0->digits <= 2 && (cur.isWord(1) || (cur.isDateSep(1) && cur.isWord(2)))) {
        // 9 June 2018, 09-Jun-2018
        const qsizetype word = cur.isWord(1) ? 1 : 2;
        const int month = monthFromName(cur.peek(word)->text);
        qsizetype yearAt = word + 1;
        if (cur.isDateSep(yearAt) || cur.isSep(yearAt, QLatin1Char(',')))
            ++yearAt;
        if (!month || !cur.isNumber(yearAt))
            return Failure::Unreadable;
        p.day = static_cast<int>(t0->value);
        p.month = month;
        p.year = expandYear(*cur.peek(yearAt));
        cur.at += yearAt + 1;
        return Failure::None;
    }
    if (t0->kind == Token::Word && monthFromName(t0->text)) {
        // Jun 09, 2018 / June 9 2018
        qsizetype at = 1;
        if (cur.isSep(at, QLatin1Char('-')) || cur.isSep(at, QLatin1Char('.')))
            ++at;
        if (!cur.isNumber(at))
            return Failure::Unreadable;
        p.month = monthFromName(t0->text);
        p.day = static_cast<int>(cur.peek(at)->value);
        ++at;
        if (cur.isSep(at, QLatin1Char(',')) || cur.isSep(at, QLatin1Char('-')))
            ++at;
        if (!cur.isNumber(at) || (cur.peek(at)->digits != 4 && cur.peek(at)->digits != 2))
            return Failure::Unreadable;
        p.year = expandYear(*cur.peek(at));
        cur.at += at + 1;
        return Failure::None;
    }
    return Failure::Unreadable;
}

bool parseTime(Cursor &cur, Parsed &p)
{
    if (cur.isWord(0) && cur.peek()->text.compare(QLatin1StringView("T"), Qt::CaseInsensitive) == 0)
        ++cur.at;
    cur.skipSep(QLatin1Char(','));
    if (cur.isWord(0) && cur.peek()->text.compare(QLatin1StringView("at"), Qt::CaseInsensitive) == 0)
        ++cur.at;
    if (!(cur.isNumber(0) && cur.peek()->digits <= 2 && cur.isSep(1, QLatin1Char(':')) && cur.isNumber(2)))
        return true; // no time: midnight
    p.hour = static_cast<int>(cur.peek(0)->value);
    p.minute = static_cast<int>(cur.peek(2)->value);
    cur.at += 3;
    if (cur.isSep(0, QLatin1Char(':')) && cur.isNumber(1)) {
        p.second = static_cast<int>(cur.peek(1)->value);
        cur.at += 2;
        if ((cur.isSep(0, QLatin1Char('.')) || cur.isSep(0, QLatin1Char(','))) && cur.isNumber(1)) {
            const Token *fraction = cur.peek(1);
            qint64 ms = fraction->value;
            int digits = fraction->digits;
            while (digits > 3) {
                ms /= 10;
                --digits;
            }
            while (digits < 3) {
                ms *= 10;
                ++digits;
            }
            p.millisecond = static_cast<int>(ms);
            cur.at += 2;
        }
    }
    if (cur.isWord(0)) {
        const QStringView word = cur.peek()->text;
        const bool am = word.compare(QLatin1StringView("am"), Qt::CaseInsensitive) == 0 ||
                        word.compare(QLatin1StringView("a"), Qt::CaseInsensitive) == 0;
        const bool pm = word.compare(QLatin1StringView("pm"), Qt::CaseInsensitive) == 0 ||
                        word.compare(QLatin1StringView("p"), Qt::CaseInsensitive) == 0;
        if (am || pm) {
            if (p.hour < 1 || p.hour > 12)
                return false;
            p.hour = (p.hour % 12) + (pm ? 12 : 0);
            ++cur.at;
            if (cur.isSep(0, QLatin1Char('.')))
                ++cur.at; // "p.m."
            if (cur.isWord(0) && cur.peek()->text.compare(QLatin1StringView("m"), Qt::CaseInsensitive) == 0) {
                ++cur.at;
                cur.skipSep(QLatin1Char('.'));
            }
        }
    }
    return true;
}

bool parseZone(Cursor &cur, Parsed &p)
{
    if (cur.done())
        return true;
    if (cur.isWord(0)) {
        const auto offset = zoneAbbreviationOffset(cur.peek()->text);
        if (!offset)
            return false;
        p.offsetMinutes = *offset;
        ++cur.at;
        if (!(cur.isSep(0, QLatin1Char('+')) || cur.isSep(0, QLatin1Char('-'))))
            return true; // "GMT" alone; "GMT+2" continues below
    }
    if (cur.isSep(0, QLatin1Char('+')) || cur.isSep(0, QLatin1Char('-'))) {
        const int sign = cur.peek()->sep == QLatin1Char('-') ? -1 : 1;
        if (!cur.isNumber(1))
            return false;
        const Token *number = cur.peek(1);
        int minutes = 0;
        if (number->digits == 4) {
            minutes = static_cast<int>(number->value / 100 * 60 + number->value % 100);
            cur.at += 2;
        } else if (number->digits <= 2 && cur.isSep(2, QLatin1Char(':')) && cur.isNumber(3)) {
            minutes = static_cast<int>(number->value * 60 + cur.peek(3)->value);
            cur.at += 4;
        } else if (number->digits <= 2) {
            minutes = static_cast<int>(number->value * 60);
            cur.at += 2;
        } else {
            return false;
        }
        if (minutes > 14 * 60)
            return false;
        p.offsetMinutes = sign * minutes;
    }
    return cur.done();
}

} // namespace

DateTimeParser::DateTimeParser(const QTimeZone &zone, DateOrder order) : m_zone(zone), m_order(order)
{}

std::optional<qint64> DateTimeParser::parse(QStringView text, QString *reason) const
{
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Tr::tr("the date is empty"));

    Tokens tokens;
    tokenize(trimmed, tokens);
    // Unix time: seconds (9-10 digits) or milliseconds (12-13 digits), possibly with a fraction.
    if (tokens.size() >= 1 && tokens[0].kind == Token::Number &&
        (tokens.size() == 1 || (tokens.size() == 3 && tokens[1].kind == Token::Sep &&
                                tokens[1].sep == QLatin1Char('.') && tokens[2].kind == Token::Number))) {
        if (tokens[0].digits >= 9 && tokens[0].digits <= 10)
            return tokens[0].value;
        if (tokens[0].digits >= 12 && tokens[0].digits <= 13)
            return tokens[0].value / 1000;
    }

    Parsed p;
    Cursor cur{tokens};
    switch (parseDate(cur, p)) {
    case Failure::None:
        break;
    case Failure::Invalid:
        return fail(Tr::tr("\"%1\" is not a valid date").arg(trimmed));
    default:
        return fail(Tr::tr("\"%1\" is not a date Herald can read").arg(trimmed));
    }
    if (p.ambiguousDayMonth) {
        if (m_order == DateOrder::Unknown)
            return fail(Tr::tr("\"%1\" could be day/month or month/day").arg(trimmed));
        p.day = m_order == DateOrder::DayFirst ? p.first : p.second_;
        p.month = m_order == DateOrder::DayFirst ? p.second_ : p.first;
    }
    if (!parseTime(cur, p) || !parseZone(cur, p))
        return fail(Tr::tr("\"%1\" is not a date Herald can read").arg(trimmed));
    const QDate date(p.year, p.month, p.day);
    if (!date.isValid())
        return fail(Tr::tr("\"%1\" is not a valid date").arg(trimmed));
    if (p.hour > 23 || p.minute > 59 || p.second > 60)
        return fail(Tr::tr("\"%1\" is not a valid time").arg(trimmed));
    const QTime time(p.hour, p.minute, qMin(p.second, 59), p.millisecond);
    if (p.offsetMinutes) {
        const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
        return days * 86400 + time.msecsSinceStartOfDay() / 1000 - qint64(*p.offsetMinutes) * 60;
    }
    if (m_zone == QTimeZone::utc() || !m_zone.isValid()) {
        const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
        return days * 86400 + time.msecsSinceStartOfDay() / 1000;
    }
    const QDateTime local(date, time, m_zone);
    if (local.isValid())
        return local.toSecsSinceEpoch(); // in an autumn overlap, Qt 6.4 takes the second (standard-time) instant
    // A time the clocks skipped in spring (02:30 on a night they jump from 02:00 to 03:00): read with the offset in
    // force before the jump, as a clock that was not put forward would show it, so 02:30 becomes 03:30.
    const qint64 naive =
        (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 + time.msecsSinceStartOfDay() / 1000;
    return naive - m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(naive - 86400, QTimeZone::utc()));
}

void DateOrderInference::add(QStringView value, qint64 line)
{
    Tokens tokens;
    if (!tokenize(value.trimmed(), tokens))
        return;
    Cursor cur{tokens};
    Parsed p;
    if (parseDate(cur, p) != Failure::None || (p.first == 0 && p.second_ == 0))
        return;
    if (p.ambiguousDayMonth) {
        if (m_ambiguous++ == 0) {
            m_example = value.trimmed().toString();
            m_exampleLine = line;
        }
    } else if (p.first > 12) {
        ++m_dayFirst;
    } else if (p.second_ > 12) {
        ++m_monthFirst;
    }
}

DateOrder DateOrderInference::result() const
{
    if (m_dayFirst > 0 && m_monthFirst == 0)
        return DateOrder::DayFirst;
    if (m_monthFirst > 0 && m_dayFirst == 0)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

} // namespace herald
