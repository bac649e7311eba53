#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace herald {

// Languages Herald ships translations for, besides English (codes such as "de").
QStringList availableLanguages();

// Installs Herald's and Qt's translators for `language` ("" follows the system locale). Replaces earlier ones.
// Returns the language actually loaded ("en" when none matched).
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace herald
