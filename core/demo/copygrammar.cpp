#include "copywriter.h"

namespace herald::demo {

// The demo shop's voice: Larkspur, a small online shop for tea, coffee, ceramics, candles, stationery and gifts.
// Rule syntax: see phrasegrammar.h. Variables set per campaign: product, product2, category, percent, code,
// occasion, issue, weekday, region, season, shop.
QString copyGrammarRules()
{
    return QStringLiteral(R"GRAMMAR(
# ---- subjects -------------------------------------------------------------------------------------------------
subject.newsletter = {{first_name|there}}, {nl_topic} | The {$shop} Letter #{$issue}: {nl_topic} | {^nl_topic}
    | This week at {$shop}: {nl_topic} | {^nl_topic} (plus {nl_extra}) | What's brewing: {nl_topic}
    | Slow reading: {nl_topic} | {^nl_topic} {emoji}
subject.newsletter.playful = {^nl_topic} {emoji} | Psst, {{first_name|friend}}: {nl_topic} | {^nl_topic}, and a little gossip
subject.promotion = {$percent}% off {$category} until {$weekday} | {{first_name|Friend}}, take {$percent}% off {$category}
    | Ends {$weekday}: {$percent}% off {$category} | Our {$category} sale starts now
    | A little treat: {$percent}% off with {$code} | {^$category} sale: up to {$percent}% off
subject.promotion.urgent = Last chance: {$percent}% off ends tonight | Hours left for {$percent}% off {$category}
    | ⏰ {$percent}% off {$category} ends at midnight | Final call, {{first_name|friend}}: {$percent}% off
subject.seasonal = {$occasion} gifts they'll actually use | {$occasion}: {$percent}% off sitewide
    | Our {$occasion} edit is here | {{first_name|there}}, your {$occasion} shortlist
    | {$occasion} gift ideas, sorted | {emoji} {$occasion} picks from the {$shop} team
subject.seasonal.sale = The {$occasion} is on: {$percent}% off {$category} | {$occasion}: {$percent}% off sitewide
    | {{first_name|there}}, the {$occasion} starts now | {emoji} {$occasion}: up to {$percent}% off
    | {$percent}% off {$category} in our {$occasion}
subject.seasonal.urgent = {$occasion}: last hours for {$percent}% off | Final call: the {$occasion} ends tonight
    | Don't miss the {$occasion}: {$percent}% off ends soon
subject.seasonal.deadline = Order by {$weekday} for {$occasion} | Last shipping days before {$occasion}
    | {{first_name|there}}, there's still time for {$occasion}
subject.launch = New: {$product} | Just landed: {$product} | Say hello to {$product}
    | {{first_name|there}}, meet {$product} | Introducing {$product} {emoji} | Something new for your {$category} shelf
subject.restock = Back in stock: {$product} | It's back (and it won't last): {$product}
    | {^$product} sold out in days. It's back. | You asked, we restocked: {$product}
subject.vip = {{first_name|there}}, early access just for you | VIP preview: {$percent}% off before anyone else
    | You're first in line, {{first_name|friend}} | A thank-you for our {{loyalty_tier|favourite}} customers
subject.wholesale = New wholesale prices for {{company}} | {{company}}: the {$season} wholesale catalogue
    | Restock {{company}} before the {$season} rush | Wholesale: {$product} now in case packs
subject.regional = Free shipping to {$region} this week | Hello {$region}! Free delivery until {$weekday}
    | {$region}: your {$category} ships free | Good news for {$region}, {{first_name|friend}}
subject.winback = We miss you, {{first_name|friend}} | Still want to hear from us?
    | {$percent}% off to welcome you back | Is this goodbye, {{first_name|friend}}? | It's been a while {emoji}

emoji = ☕ | 🍵 | ✨ | 🕯️ | 📚 | 🌿 | 🎁 | 🍂 | ❤️

nl_topic = {$product} is back | meet our new {$product} | a slow morning with {$product}
    | {$season} reads and {$product} | the story behind our {$product} | {product_topic} | {product_topic}
    | staff picks for {$season} | your {$season} ritual | inside our packing room | {product_topic}
product_topic.tea = how we brew {$product} | 3 ways to enjoy {$product} | a visit to our tea garden
    | what we're drinking this {$season} | a tea guide for beginners
product_topic.coffee = how we brew {$product} | notes from the roastery | the perfect pour-over, step by step
    | what we're drinking this {$season} | a coffee guide for beginners
product_topic.ceramics = the mug we can't stop using | a day at the pottery | how {$product} is made
    | caring for handmade ceramics
product_topic.candles = how we pour {$product} | scents for long {$season} evenings | candle care, simply
product_topic.stationery = the notebook habit | letters worth writing | planning a slow {$season}
product_topic.gift-boxes = gifts for people who have everything | how we pack a gift box | small thank-yous
nl_extra = a small surprise | a recipe | one new arrival | a reader's question | a playlist

# ---- preheaders ---------------------------------------------------------------------------------------------------
preheader.newsletter = {^teaser} | Plus: {nl_extra}, and what the team is reading. | Five minutes of calm, {{first_name|friend}}.
    | {^$product}, a recipe and a few words from the shop. | Pour something warm and read on.
preheader.promotion = Use {$code} at checkout. Ends {$weekday}. | {$percent}% off {$category} while stocks last.
    | No code needed: prices drop at checkout. | Our best {$category} at the best prices of the {$season}.
preheader.promotion.urgent = The clock is ticking: {$percent}% off ends at midnight. | Last call for {$code}.
preheader.seasonal = Gift ideas for everyone on your list. | Wrapped, written and sent for you.
    | {$percent}% off, free gift wrap, and a handwritten note. | Order by {$weekday} for delivery in time.
preheader.seasonal.sale = Prices drop at checkout, no code needed. | Our biggest sale of the season, until {$weekday}.
    | {$percent}% off {$category} and free gift wrap.
preheader.launch = Small batch, made for slow mornings. | Only a few hundred made. | {^teaser}
preheader.restock = The waitlist was long. Get yours before it goes. | Same recipe, new batch.
preheader.vip = Because you've been with us from the start. | 24 hours before everyone else. Code: {$code}.
preheader.wholesale = Case prices, net-30 terms and free display stands. | Order by {$weekday} to ship this month.
preheader.regional = No minimum order, no code needed. | Orders to {$region} ship free until {$weekday}.
preheader.winback = Tell us what you'd like to hear about. | Here's {$percent}% off if you'd like to come back.
teaser = what's new on the shelf this week | a quiet {$season} with {$product} | we tasted, you choose
    | the {$category} our team keeps buying

# ---- bodies -------------------------------------------------------------------------------------------------------
greeting = Hi {{first_name|there}}, | Hello {{first_name|there}}, | Dear {{first_name|friend}}, | Hey {{first_name|there}}!
greeting.calm = Hello {{first_name|there}}, | Dear {{first_name|friend}},
greeting.playful = Hey {{first_name|you}}! | Well hello, {{first_name|friend}}! | Hi {{first_name|there}} 👋
greeting.wholesale = Hello {{first_name|there}}, | Dear {{first_name|partner}} and the team at {{company}},

opening.newsletter = It has been a busy week at the shop. {nl_story} | {^$season} has arrived at {$shop}. {nl_story}
    | We've been tasting, packing and writing all week. {nl_story} | A short letter this week. {nl_story}
opening.promotion = For the next few days, our {$category} is {$percent}% off. | Our {$category} sale is on: {$percent}% off, until {$weekday}.
    | We don't run sales often, so this one is worth a look: {$percent}% off {$category}.
opening.promotion.urgent = Just a quick reminder: {$percent}% off {$category} ends tonight at midnight.
    | This is the last call for our {$category} sale.
opening.seasonal = {$occasion} is almost here, and we've put together a few ideas. | Gift shopping for {$occasion}? We can help.
    | Our {$occasion} collection is ready, with {$percent}% off for the next few days.
opening.seasonal.sale = The {$occasion} is here: {$percent}% off {$category}, until {$weekday}.
    | Once a year we mark down our favourites. The {$occasion} starts now.
opening.launch = We've been working on this one for months: {$product}. | Something new arrived at the shop this week: {$product}.
opening.restock = {^$product} sold out in less than a week last time. It's back. | Good news: {$product} is back on the shelf.
opening.vip = You're one of our most loyal customers, so you get to shop first. | Before we tell anyone else, we wanted to tell you.
opening.wholesale = Our {$season} wholesale catalogue is ready for {{company|your shop}}. | We've updated our wholesale prices for the {$season}.
opening.regional = This week, every order to {$region} ships free. | Hello {$region}! Shipping is on us until {$weekday}.
opening.winback = We haven't heard from you in a while, and we wanted to check in. | It's been some time since you last visited the shop.

nl_story = {^$product} is back in stock, and we have a few thoughts on brewing it.
    | We visited a small {$category} maker and came home with stories (and samples).
    | A reader asked how we choose our {$category}; here is the long answer.
    | The {$season} menu is in, with {$product} leading the way.

middle = {product_line} {product_line2} | {product_line} {tip} | {tip} {product_line}
product_line = Our {$product} is {quality}, and it pairs beautifully with our {$product2}.
    | {^$product}: {quality}, and a favourite in the shop. | If you only try one thing this month, make it {$product}.
product_line2 = We also restocked {$product2}. | {^$product2} is back too, in small quantities. | ~
tip = Tip: {brew_tip} | Our favourite ritual: {brew_tip} | A small thing we love: {brew_tip}
brew_tip = steep for three minutes, not five. | warm the cup first. | write one line in a notebook while the kettle boils.
    | light a candle before the first sip. | use filtered water; you'll taste the difference.
quality = small-batch and hand-packed | smooth, bright and a little floral | rich, with notes of cocoa
    | made by a family workshop we've known for years | slow-made and built to last

middle.wholesale = Case packs of {$product} are now {$percent}% below list, with free display stands on orders over 40 units. Net-30 terms as always.
middle.vip = Use {$code} for {$percent}% off everything, including {$product}. As a {{loyalty_tier|valued}} customer, shipping is on us.
middle.winback = If our emails aren't right for you, you can change what you get or unsubscribe below. If they are, here's {$percent}% off with {$code}.

cta = Shop {$category} → {$url} | See what's new → {$url} | Take a look → {$url} | Read more → {$url}
cta.urgent = Shop before midnight → {$url} | Last chance → {$url}
cta.wholesale = Download the catalogue → {$url} | Place a wholesale order → {$url}
signoff = Warmly, | Until next week, | With love from the shop, | Cheers, | Slowly, | Thank you for being here,
signoff.playful = Sip sip hooray, | Stay cosy, | Keep the kettle on,
signoff.wholesale = Best regards, | Thank you for your partnership,
)GRAMMAR");
}

} // namespace herald::demo
