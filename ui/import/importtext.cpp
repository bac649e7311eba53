#include "importtext.h"

#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace herald::importtext {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("herald::ImportText", text);
}

} // namespace

QString zoneSource(const QString &key)
{
    if (key == QLatin1StringView("explicit"))
        return tr("from a time zone column");
    if (key == QLatin1StringView("esp"))
        return tr("from the ESP's time zone");
    if (key == QLatin1StringView("utc_offset"))
        return tr("from a UTC offset");
    if (key == QLatin1StringView("postal_code"))
        return tr("from the postal code");
    if (key == QLatin1StringView("region"))
        return tr("from the state or region");
    if (key == QLatin1StringView("country"))
        return tr("from the country");
    if (key == QLatin1StringView("workspace"))
        return tr("workspace time zone");
    return key;
}

QString zoneSourceShort(const QString &key)
{
    if (key == QLatin1StringView("explicit"))
        return tr("zone column");
    if (key == QLatin1StringView("esp"))
        return tr("ESP");
    if (key == QLatin1StringView("utc_offset"))
        return tr("UTC offset");
    if (key == QLatin1StringView("postal_code"))
        return tr("postal code");
    if (key == QLatin1StringView("region"))
        return tr("region");
    if (key == QLatin1StringView("country"))
        return tr("country");
    if (key == QLatin1StringView("workspace"))
        return tr("workspace");
    return key;
}

QString profileName(const QString &profileId)
{
    if (profileId.isEmpty())
        return QString();
    const EspProfile *profile = EspProfileRegistry::builtIn().find(profileId);
    return profile ? profile->displayName() : profileId;
}

QString exportKindName(const QString &profileId, const QString &kindId)
{
    if (kindId.isEmpty())
        return QString();
    const EspProfile *profile = EspProfileRegistry::builtIn().find(profileId);
    const ExportKind *kind = profile ? profile->exportKind(kindId) : nullptr;
    return kind ? kind->name : kindId;
}

QString confidence(double confidence)
{
    const QString percent = QLocale().toString(qRound(confidence * 100)) + QStringLiteral(" %");
    if (confidence >= 0.8)
        return tr("High (%1)").arg(percent);
    if (confidence >= 0.5)
        return tr("Medium (%1)").arg(percent);
    return tr("Low (%1)").arg(percent);
}

QString location(qint64 line, qint64 column)
{
    const QLocale locale;
    if (line <= 0)
        return QString();
    if (column <= 0)
        return tr("line %1").arg(locale.toString(line));
    return tr("line %1, column %2").arg(locale.toString(line), locale.toString(column));
}

QString errorText(const Error &error)
{
    const QString where = location(error.line, error.column);
    const QString file = QFileInfo(error.file).fileName();
    if (file.isEmpty() && where.isEmpty())
        return error.message;
    if (where.isEmpty())
        return tr("%1\n(%2)").arg(error.message, file);
    if (file.isEmpty())
        return tr("%1\n(%2)").arg(error.message, where);
    return tr("%1\n(%2, %3)").arg(error.message, file, where);
}

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeSIFormat);
}

} // namespace herald::importtext
