#pragma once

#include "phrasegrammar.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace herald::demo {

class Random;

enum class CampaignKind
{
    Newsletter,
    Promotion,
    Seasonal,
    Launch,
    Restock,
    VipPreview,
    Wholesale,
    Regional,
    WinBack
};

// What the shop sells; contacts' interests and campaigns' products refer to these by index.
inline constexpr int productCategoryCount = 6;
QString categoryName(int category); // "tea", "coffee", ... (also the interest tag)

struct CampaignBrief
{
    CampaignKind kind = CampaignKind::Newsletter;
    int category = 0;
    QString occasion; // seasonal campaigns: "Black Friday", ...
    int percentOff = 0;
    int issue = 0;  // newsletters are numbered
    QString region; // regional campaigns: "the UK and Ireland"
    QDate date;     // send date: picks the season and the offer's last day
    QString tone;   // "", "urgent", "playful", "calm"
};

struct CampaignCopy
{
    QString name; // the ESP's internal name, e.g. "2024-03-14 Newsletter #12"
    QString subject;
    QString preheader;
    QString body;
    QStringList urls; // landing page first, then product pages
    // How much the subject line alone lifts opens (personalisation, an offer, length): the signal a subject-line
    // scorer trained on this workspace should find.
    double subjectAppeal = 1.0;
};

// Writes a campaign's copy from the shop's phrase grammar (copygrammar.cpp).
class Copywriter
{
public:
    Copywriter();
    CampaignCopy write(const CampaignBrief &brief, Random &random);

private:
    PhraseGrammar m_grammar;
};

QString copyGrammarRules();
QString campaignKindKey(CampaignKind kind); // "newsletter", "promotion", ...

} // namespace herald::demo
