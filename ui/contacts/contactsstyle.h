#pragma once

#include <QString>

namespace herald {

// Style rules for the contacts page's own widgets (filter buttons and chips, the empty state, the contact detail
// window), set on the page so that its popups and dialogs inherit them.
QString contactsStyleSheet();

} // namespace herald
