#include "searchtext.h"

#include <QStringList>

#include <algorithm>

namespace herald {
namespace {

// The tokenizer (unicode61) keeps letters, numbers and private-use characters and splits on everything else.
bool hasTokenCharacter(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) {
        return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse || c.isSurrogate();
    });
}

// A handful of words is what people type; a pasted paragraph should not become a huge query.
constexpr qsizetype maximumWords = 16;

} // namespace

QString searchMatchExpression(const QString &text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!hasTokenCharacter(word))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
        if (terms.size() == maximumWords)
            break;
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace herald
