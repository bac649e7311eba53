#pragma once

struct sqlite3;

namespace herald {

// The SQL function herald_search_match(expression, text, ...): 1 when a row's texts match an FTS5 MATCH expression
// made by searchMatchExpression() (quoted phrases whose last word is a prefix, all of which must match) the way the
// contacts_search index would find them: words are runs of letters and digits, compared without case and without
// diacritics, and a phrase's words must follow each other within one text. Searches use it for the contacts the
// search index does not hold yet (see indexmaintenance.h), so a search gives the same answers before the index is
// built as after. Registered on every connection by Database::open().
void registerSearchMatch(sqlite3 *db);

} // namespace herald
