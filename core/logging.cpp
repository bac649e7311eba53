#include "logging.h"

namespace herald {
Q_LOGGING_CATEGORY(lcStorage, "herald.core.storage")
Q_LOGGING_CATEGORY(lcDemo, "herald.core.demo")
Q_LOGGING_CATEGORY(lcImport, "herald.core.import")
Q_LOGGING_CATEGORY(lcExport, "herald.core.export")
Q_LOGGING_CATEGORY(lcTimeZones, "herald.core.timezones")
} // namespace herald
