#pragma once

#include <QLoggingCategory>

namespace herald {
Q_DECLARE_LOGGING_CATEGORY(lcStorage)   // herald.core.storage
Q_DECLARE_LOGGING_CATEGORY(lcDemo)      // herald.core.demo
Q_DECLARE_LOGGING_CATEGORY(lcImport)    // herald.core.import
Q_DECLARE_LOGGING_CATEGORY(lcExport)    // herald.core.export
Q_DECLARE_LOGGING_CATEGORY(lcTimeZones) // herald.core.timezones
} // namespace herald
