#include "copywriter.h"

#include "names.h"
#include "random.h"

#include <array>

namespace herald::demo {
namespace {

constexpr std::array<const char *, productCategoryCount> categoryNames = {"tea",     "coffee",     "ceramics",
                                                                          "candles", "stationery", "gift boxes"};

// clang-format off
constexpr std::array<std::array<const char *, 8>, productCategoryCount> products = {{
    {"Darjeeling first flush", "smoky lapsang souchong", "jasmine silver needle", "Earl Grey crème", "Uji sencha",
     "rooibos chai", "roasted hojicha", "chamomile & honeybush"},
    {"Ethiopian Yirgacheffe", "Colombian house roast", "Swiss-water decaf", "Morning Espresso blend", "cold brew bags",
     "Kenyan AA", "Guatemalan Antigua", "Sumatra dark roast"},
    {"speckled stoneware mug", "hand-thrown teapot", "ceramic pour-over dripper", "matcha bowl", "espresso cup set",
     "oat-glaze tea bowl", "porcelain gaiwan", "stacking breakfast bowls"},
    {"fig & cedar candle", "beeswax taper pair", "sea salt & sage candle", "winter spice candle", "lavender soy candle",
     "tea-light tin", "amber & oud candle", "orange blossom candle"},
    {"linen notebook", "dot-grid journal", "brass pen", "letterpress card set", "weekly planner", "recipe notebook",
     "washi tape trio", "pocket sketchbook"},
    {"tea lover's gift box", "coffee tasting set", "Larkspur gift card", "hygge box", "tea advent calendar",
     "new home box", "thank-you box", "brew-at-work kit"},
}};
// clang-format on

constexpr std::array<const char *, 7> weekdayNames = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};

QString seasonOf(const QDate &date)
{
    switch (date.month()) {
    case 12:
    case 1:
    case 2:
        return QStringLiteral("winter");
    case 3:
    case 4:
    case 5:
        return QStringLiteral("spring");
    case 6:
    case 7:
    case 8:
        return QStringLiteral("summer");
    default:
        return QStringLiteral("autumn");
    }
}

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : asciiFold(text).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

QString sentenceCase(QString text)
{
    if (!text.isEmpty() && text[0].isLower())
        text[0] = text[0].toUpper();
    return text;
}

QString kindLabel(CampaignKind kind)
{
    switch (kind) {
    case CampaignKind::Newsletter:
        return QStringLiteral("Newsletter");
    case CampaignKind::Promotion:
        return QStringLiteral("Sale");
    case CampaignKind::Seasonal:
        return QStringLiteral("Seasonal");
    case CampaignKind::Launch:
        return QStringLiteral("Launch");
    case CampaignKind::Restock:
        return QStringLiteral("Restock");
    case CampaignKind::VipPreview:
        return QStringLiteral("VIP preview");
    case CampaignKind::Wholesale:
        return QStringLiteral("Wholesale");
    case CampaignKind::Regional:
        return QStringLiteral("Free shipping");
    case CampaignKind::WinBack:
        return QStringLiteral("Win-back");
    }
    return {};
}

double appealOf(const QString &subject)
{
    double appeal = 1.0;
    if (subject.contains(QLatin1StringView("{{first_name")))
        appeal *= 1.08;
    if (subject.contains(QLatin1Char('%')))
        appeal *= 1.10;
    if (subject.contains(QLatin1Char('?')))
        appeal *= 1.03;
    for (const char *urgent : {"Last chance", "ends tonight", "Final call", "Hours left", "midnight"}) {
        if (subject.contains(QLatin1StringView(urgent))) {
            appeal *= 1.06;
            break;
        }
    }
    bool emoji = false;
    for (const QChar c : subject)
        emoji = emoji || c.isSurrogate() || c.unicode() >= 0x2300;
    if (emoji)
        appeal *= 1.04;
    const qsizetype length = subject.size();
    if (length > 55)
        appeal *= 0.90;
    else if (length < 30)
        appeal *= 1.05;
    return appeal;
}

} // namespace

QString categoryName(int category)
{
    return QString::fromLatin1(categoryNames[static_cast<size_t>(category)]);
}

QString campaignKindKey(CampaignKind kind)
{
    switch (kind) {
    case CampaignKind::Newsletter:
        return QStringLiteral("newsletter");
    case CampaignKind::Promotion:
        return QStringLiteral("promotion");
    case CampaignKind::Seasonal:
        return QStringLiteral("seasonal");
    case CampaignKind::Launch:
        return QStringLiteral("launch");
    case CampaignKind::Restock:
        return QStringLiteral("restock");
    case CampaignKind::VipPreview:
        return QStringLiteral("vip");
    case CampaignKind::Wholesale:
        return QStringLiteral("wholesale");
    case CampaignKind::Regional:
        return QStringLiteral("regional");
    case CampaignKind::WinBack:
        return QStringLiteral("winback");
    }
    return {};
}

Copywriter::Copywriter() : m_grammar(copyGrammarRules())
{}

CampaignCopy Copywriter::write(const CampaignBrief &brief, Random &random)
{
    const auto &catalogue = products[static_cast<size_t>(brief.category)];
    const size_t first = random.below(catalogue.size());
    const size_t second = (first + 1 + random.below(catalogue.size() - 1)) % catalogue.size();
    const QString product = QString::fromUtf8(catalogue[first]);
    const QString product2 = QString::fromUtf8(catalogue[second]);
    const QString kind = campaignKindKey(brief.kind);
    const QString base = QStringLiteral("https://larkspur.example");
    const QString utm = QStringLiteral("?utm_source=herald&utm_medium=email&utm_campaign=%1-%2")
                            .arg(kind, brief.date.toString(Qt::ISODate));

    CampaignCopy copy;
    copy.urls.append(brief.kind == CampaignKind::Wholesale
                         ? QString(base + QStringLiteral("/wholesale") + utm)
                         : QString(base + QStringLiteral("/shop/") + slug(categoryName(brief.category)) + utm));
    copy.urls.append(base + QStringLiteral("/products/") + slug(product) + utm);
    copy.urls.append(base + QStringLiteral("/products/") + slug(product2) + utm);

    const QString word = QString::fromLatin1(brief.kind == CampaignKind::Seasonal ? "GIFT" : "LARK");
    m_grammar.clearVariables();
    m_grammar.setVariable(QStringLiteral("shop"), QStringLiteral("Larkspur"));
    m_grammar.setVariable(QStringLiteral("product"), product);
    m_grammar.setVariable(QStringLiteral("product2"), product2);
    m_grammar.setVariable(QStringLiteral("category"), categoryName(brief.category));
    m_grammar.setVariable(QStringLiteral("percent"), QString::number(brief.percentOff));
    m_grammar.setVariable(QStringLiteral("code"), word + QString::number(brief.percentOff));
    m_grammar.setVariable(QStringLiteral("occasion"), brief.occasion);
    m_grammar.setVariable(QStringLiteral("issue"), QString::number(brief.issue));
    m_grammar.setVariable(QStringLiteral("region"), brief.region);
    m_grammar.setVariable(QStringLiteral("season"), seasonOf(brief.date));
    m_grammar.setVariable(
        QStringLiteral("weekday"),
        QString::fromLatin1(weekdayNames[static_cast<size_t>(brief.date.addDays(4).dayOfWeek() - 1)]));
    m_grammar.setVariable(QStringLiteral("url"), copy.urls.front());

    QStringList flavours;
    if (!brief.tone.isEmpty())
        flavours << kind + QLatin1Char('.') + brief.tone << brief.tone;
    flavours << kind << slug(categoryName(brief.category));
    m_grammar.setFlavours(flavours);

    copy.subject = sentenceCase(m_grammar.expand(QStringLiteral("subject"), random).trimmed());
    copy.preheader = sentenceCase(m_grammar.expand(QStringLiteral("preheader"), random).trimmed());
    QStringList paragraphs = {
        m_grammar.expand(QStringLiteral("greeting"), random), m_grammar.expand(QStringLiteral("opening"), random),
        m_grammar.expand(QStringLiteral("middle"), random), m_grammar.expand(QStringLiteral("cta"), random),
        m_grammar.expand(QStringLiteral("signoff"), random) + QStringLiteral("\nThe Larkspur team")};
    for (QString &paragraph : paragraphs)
        paragraph = paragraph.trimmed();
    paragraphs.removeAll(QString());
    copy.body = paragraphs.join(QStringLiteral("\n\n"));
    copy.subjectAppeal = appealOf(copy.subject);

    QString detail;
    switch (brief.kind) {
    case CampaignKind::Newsletter:
        detail = QStringLiteral(" #%1").arg(brief.issue);
        break;
    case CampaignKind::Seasonal:
        detail = QStringLiteral(" – %1").arg(brief.occasion);
        break;
    case CampaignKind::Regional:
        detail = QStringLiteral(" – %1").arg(brief.region);
        break;
    case CampaignKind::Launch:
    case CampaignKind::Restock:
        detail = QStringLiteral(" – %1").arg(product);
        break;
    default:
        detail = QStringLiteral(" – %1").arg(categoryName(brief.category));
        break;
    }
    copy.name = brief.date.toString(Qt::ISODate) + QLatin1Char(' ') + kindLabel(brief.kind) + detail;
    return copy;
}

} // namespace herald::demo
