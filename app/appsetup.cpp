#include "appsetup.h"

#include "appsettings.h"
#include "runtime.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace herald {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    // Herald's own informational messages are for debugging: QT_LOGGING_RULES="herald.*.info=true" shows them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("herald.*.info=false\nherald.*.debug=false"));
    installTranslators(app, AppSettings::language());
    ml::initialize(AppSettings::mlThreads());
}

} // namespace herald
