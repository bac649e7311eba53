#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace herald {
namespace {

const QString resourceDir = QStringLiteral(":/i18n");

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceDir).entryList({QStringLiteral("herald_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(7, file.size() - 10));
    return languages;
}

QString installTranslators(QCoreApplication &app, const QString &language)
{
    static QTranslator *herald = nullptr;
    static QTranslator *qt = nullptr;
    if (herald) {
        QCoreApplication::removeTranslator(herald);
        delete herald;
        herald = nullptr;
    }
    if (qt) {
        QCoreApplication::removeTranslator(qt);
        delete qt;
        qt = nullptr;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *heraldTranslator = new QTranslator(&app);
    if (!heraldTranslator->load(locale, QStringLiteral("herald"), QStringLiteral("_"), resourceDir)) {
        delete heraldTranslator;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QLocale::setDefault(locale);
    herald = heraldTranslator;
    QCoreApplication::installTranslator(herald);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt = qtTranslator;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qtTranslator;
    }
    return heraldTranslator->language();
}

} // namespace herald
