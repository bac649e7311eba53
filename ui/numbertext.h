#pragma once

#include <QString>

namespace herald {

// "1 contact" / "12,345 contacts" with the locale's digit grouping.
QString contactCountText(qint64 count);

} // namespace herald
