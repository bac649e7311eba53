#include "phrasegrammar.h"

#include "random.h"

namespace herald::demo {
namespace {

constexpr int maxDepth = 12; // a rule that refers to itself would otherwise never end

// Splits "a | b | {{first_name|there}}" on the bars that are not inside a merge tag.
QStringList splitAlternatives(const QString &text)
{
    QStringList parts;
    QString current;
    int tagDepth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.mid(i, 2) == QLatin1StringView("{{")) {
            ++tagDepth;
            current += QLatin1StringView("{{");
            ++i;
        } else if (text.mid(i, 2) == QLatin1StringView("}}") && tagDepth > 0) {
            --tagDepth;
            current += QLatin1StringView("}}");
            ++i;
        } else if (text[i] == QLatin1Char('|') && tagDepth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current += text[i];
        }
    }
    parts.append(current);
    return parts;
}

QString capitalised(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isLetter()) {
            text[i] = text[i].toUpper();
            break;
        }
        if (text[i] == QLatin1Char('{'))
            break; // starts with a merge tag: leave it alone
    }
    return text;
}

} // namespace

PhraseGrammar::PhraseGrammar(const QString &rules)
{
    QString current;
    for (const QString &rawLine : rules.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString alternatives;
        if (line.startsWith(QLatin1Char('|')) && !current.isEmpty()) {
            alternatives = line.mid(1);
        } else {
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals < 0)
                continue;
            current = line.left(equals).trimmed();
            alternatives = line.mid(equals + 1);
        }
        for (const QString &alternative : splitAlternatives(alternatives)) {
            const QString text = alternative.trimmed();
            if (!text.isEmpty())
                m_rules[current].append(text == QLatin1StringView("~") ? QString() : text);
        }
    }
}

QString PhraseGrammar::expand(const QString &rule, Random &random) const
{
    return expandRule(rule, random, 0);
}

QString PhraseGrammar::expandRule(const QString &rule, Random &random, int depth) const
{
    if (depth > maxDepth)
        return {};
    auto found = m_rules.constEnd();
    for (const QString &flavour : m_flavours) {
        found = m_rules.constFind(rule + QLatin1Char('.') + flavour);
        if (found != m_rules.constEnd())
            break;
    }
    if (found == m_rules.constEnd())
        found = m_rules.constFind(rule);
    if (found == m_rules.constEnd() || found->isEmpty())
        return {};
    const QString &choice = found->at(static_cast<qsizetype>(random.below(static_cast<std::uint64_t>(found->size()))));
    return expandText(choice, random, depth + 1);
}

QString PhraseGrammar::expandText(const QString &text, Random &random, int depth) const
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != QLatin1Char('{')) {
            out += text[i++];
            continue;
        }
        if (text.mid(i, 2) == QLatin1StringView("{{")) {
            const qsizetype end = text.indexOf(QLatin1StringView("}}"), i);
            const qsizetype stop = end < 0 ? text.size() : end + 2;
            out += text.mid(i, stop - i);
            i = stop;
            continue;
        }
        const qsizetype end = text.indexOf(QLatin1Char('}'), i);
        if (end < 0) {
            out += text.mid(i);
            break;
        }
        QString name = text.mid(i + 1, end - i - 1);
        i = end + 1;
        const bool capitalise = name.startsWith(QLatin1Char('^'));
        if (capitalise)
            name.remove(0, 1);
        QString expansion =
            name.startsWith(QLatin1Char('$')) ? m_variables.value(name.mid(1)) : expandRule(name, random, depth);
        out += capitalise ? capitalised(expansion) : expansion;
    }
    // An empty optional part leaves double spaces behind; tidy them.
    while (out.contains(QLatin1StringView("  ")))
        out.replace(QLatin1StringView("  "), QLatin1StringView(" "));
    return out;
}

} // namespace herald::demo
