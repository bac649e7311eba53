#include "uilogging.h"

namespace herald {
Q_LOGGING_CATEGORY(lcUi, "herald.ui")
} // namespace herald
