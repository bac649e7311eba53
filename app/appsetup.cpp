#include "appsetup.h"

#include "appsettings.h"
#include "runtime.h"
#include "translations.h"

#include <QCoreApplication>

namespace herald {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    installTranslators(app, AppSettings::language());
    ml::initialize(AppSettings::mlThreads());
}

} // namespace herald
