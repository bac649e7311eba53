#pragma once

#include <QString>

namespace herald {

struct EmailCheck
{
    bool valid = false;
    QString address; // trimmed, domain in lower case (Unicode form); empty when invalid
    QString key;     // case-folded address used to find duplicates
    QString reason;  // translated, when invalid
};

// Validates a practical subset of RFC 5322 addr-spec (dot-atom local part, or a quoted one; internationalised
// local parts and domains allowed), after trimming spaces, a "mailto:" prefix and "Name <address>" brackets.
EmailCheck checkEmail(const QString &text);

} // namespace herald
