#pragma once

#include <QLoggingCategory>

namespace herald {
Q_DECLARE_LOGGING_CATEGORY(lcUi) // herald.ui
} // namespace herald
