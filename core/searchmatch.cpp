#include "searchmatch.h"

#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace herald {
namespace {

// Words as folded UTF-8: contact texts are mostly ASCII, which is split and folded without leaving UTF-8.
using Words = std::vector<std::string>;

// FTS5's unicode61 tokenizer keeps letters, numbers and private-use characters; remove_diacritics drops combining
// marks and reduces a letter to its base letter.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse || c.isSurrogate();
}

QChar folded(QChar c)
{
    if (c.unicode() < 0x80)
        return c.toLower();
    if (c.decompositionTag() == QChar::Canonical) {
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty())
            return decomposed.front().toCaseFolded();
    }
    return c.toCaseFolded();
}

Words words(QStringView text)
{
    Words result;
    QString word;
    auto finish = [&] {
        if (!word.isEmpty())
            result.push_back(std::exchange(word, QString()).toStdString());
    };
    for (const QChar c : text) {
        if (!isWordCharacter(c)) {
            finish();
            continue;
        }
        if (!c.isMark())
            word.append(folded(c));
    }
    finish();
    return result;
}

Words words(const char *utf8, int size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8);
    if (std::any_of(bytes, bytes + size, [](unsigned char c) { return c >= 0x80; }))
        return words(QString::fromUtf8(utf8, size));
    Words result;
    std::string word;
    for (int i = 0; i < size; ++i) {
        const unsigned char c = bytes[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += char(c);
        } else if (c >= 'A' && c <= 'Z') {
            word += char(c - 'A' + 'a');
        } else if (!word.empty()) {
            result.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        result.push_back(std::move(word));
    return result;
}

// The phrases of '"o''brien"* "ann"*': each quoted text as its words; the last word of each is a prefix.
std::vector<Words> parseExpression(QStringView expression)
{
    std::vector<Words> phrases;
    qsizetype i = 0;
    while (i < expression.size()) {
        if (expression[i] != QLatin1Char('"')) {
            ++i;
            continue;
        }
        QString phrase;
        ++i;
        while (i < expression.size()) {
            if (expression[i] == QLatin1Char('"')) {
                if (i + 1 < expression.size() && expression[i + 1] == QLatin1Char('"')) {
                    phrase.append(QLatin1Char('"'));
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            phrase.append(expression[i++]);
        }
        Words phraseWords = words(phrase);
        if (!phraseWords.empty())
            phrases.push_back(std::move(phraseWords));
    }
    return phrases;
}

bool phraseMatches(const Words &phrase, const Words &text)
{
    if (phrase.size() > text.size())
        return false;
    for (std::size_t start = 0; start + phrase.size() <= text.size(); ++start) {
        bool all = true;
        for (std::size_t i = 0; i < phrase.size() && all; ++i) {
            const bool last = i + 1 == phrase.size();
            all = last ? text[start + i].compare(0, phrase[i].size(), phrase[i]) == 0 : text[start + i] == phrase[i];
        }
        if (all)
            return true;
    }
    return false;
}

void deleteExpression(void *parsed)
{
    delete static_cast<std::vector<Words> *>(parsed);
}

void searchMatch(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1) {
        sqlite3_result_int(context, 0);
        return;
    }
    // The expression is the same for every row of a statement: parsed once.
    auto *phrases = static_cast<std::vector<Words> *>(sqlite3_get_auxdata(context, 0));
    if (!phrases) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        auto parsed = std::make_unique<std::vector<Words>>(
            parseExpression(QString::fromUtf8(text ? text : "", sqlite3_value_bytes(argv[0]))));
        phrases = parsed.get();
        sqlite3_set_auxdata(context, 0, parsed.release(), deleteExpression);
        // SQLite may have freed it already (it then calls deleteExpression): read it back.
        phrases = static_cast<std::vector<Words> *>(sqlite3_get_auxdata(context, 0));
        if (!phrases) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    if (phrases->empty()) {
        sqlite3_result_int(context, 0);
        return;
    }
    std::vector<Words> texts;
    texts.reserve(static_cast<std::size_t>(argc - 1));
    for (int i = 1; i < argc; ++i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        if (text)
            texts.push_back(words(text, sqlite3_value_bytes(argv[i])));
    }
    for (const Words &phrase : *phrases) {
        bool found = false;
        for (const Words &text : texts)
            if ((found = phraseMatches(phrase, text)))
                break;
        if (!found) {
            sqlite3_result_int(context, 0);
            return;
        }
    }
    sqlite3_result_int(context, 1);
}

} // namespace

void registerSearchMatch(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "herald_search_match", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, searchMatch,
                               nullptr, nullptr, nullptr);
}

} // namespace herald
