#include "importtext.h"

#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace herald::importtext {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ImportText)
};

} // namespace

QString zoneSource(const QString &key)
{
    if (key == QLatin1StringView("explicit"))
        return Tr::tr("from a time zone column");
    if (key == QLatin1StringView("esp"))
        return Tr::tr("from the ESP's time zone");
    if (key == QLatin1StringView("utc_offset"))
        return Tr::tr("from a UTC offset");
    if (key == QLatin1StringView("postal_code"))
        return Tr::tr("from the postal code");
    if (key == QLatin1StringView("region"))
        return Tr::tr("from the state or region");
    if (key == QLatin1StringView("country"))
        return Tr::tr("from the country");
    if (key == QLatin1StringView("workspace"))
        return Tr::tr("workspace time zone");
    return key;
}

QString zoneSourceShort(const QString &key)
{
    if (key == QLatin1StringView("explicit"))
        return Tr::tr("zone column");
    if (key == QLatin1StringView("esp"))
        return Tr::tr("ESP");
    if (key == QLatin1StringView("utc_offset"))
        return Tr::tr("UTC offset");
    if (key == QLatin1StringView("postal_code"))
        return Tr::tr("postal code");
    if (key == QLatin1StringView("region"))
        return Tr::tr("region");
    if (key == QLatin1StringView("country"))
        return Tr::tr("country");
    if (key == QLatin1StringView("workspace"))
        return Tr::tr("workspace");
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
        return Tr::tr("High (%1)").arg(percent);
    if (confidence >= 0.5)
        return Tr::tr("Medium (%1)").arg(percent);
    return Tr::tr("Low (%1)").arg(percent);
}

QString location(qint64 line, qint64 column)
{
    const QLocale locale;
    if (line <= 0)
        return QString();
    if (column <= 0)
        return Tr::tr("line %1").arg(locale.toString(line));
    return Tr::tr("line %1, column %2").arg(locale.toString(line), locale.toString(column));
}

QString errorText(const Error &error)
{
    const QString where = location(error.line, error.column);
    const QString file = QFileInfo(error.file).fileName();
    if (file.isEmpty() && where.isEmpty())
        return error.message;
    if (where.isEmpty())
        return Tr::tr("%1\n(%2)").arg(error.message, file);
    if (file.isEmpty())
        return Tr::tr("%1\n(%2)").arg(error.message, where);
    return Tr::tr("%1\n(%2, %3)").arg(error.message, file, where);
}

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeSIFormat);
}

QString indexesDeferred()
{
    return Tr::tr("Herald is building the search and sort indexes in the background (see the status bar). Searching "
                  "and sorting work meanwhile, only slower.");
}

QString indexesCaption()
{
    return Tr::tr("Indexes");
}

} // namespace herald::importtext
