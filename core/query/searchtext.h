#pragma once

#include <QString>

namespace herald {

// Turns what a user typed in a search box into an FTS5 MATCH expression: each word becomes a quoted prefix
// query ("o'brien"*), all words must match. Quoting makes FTS5 syntax in the text (", *, -, :, AND, NEAR, ...)
// plain text, so no input can make the MATCH fail. Words with no letter or digit cannot match anything and are
// dropped; the result is empty when no word is left, which means "do not filter".
QString searchMatchExpression(const QString &text);

} // namespace herald
