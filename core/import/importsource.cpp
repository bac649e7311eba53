#include "importsource.h"

#include "csv/ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Import)
};

} // namespace

QString ImportSource::displayName() const
{
    const QString file = QFileInfo(path).fileName();
    return isZipMember() ? file + QLatin1Char('/') + member : file;
}

qint64 ImportSource::size() const
{
    if (!isZipMember())
        return QFileInfo(path).size();
    const auto members = ZipArchive::members(path);
    if (members.ok())
        for (const ZipMember &m : members.value())
            if (m.name == member)
                return m.size;
    return -1;
}

Result<QList<ImportSource>> ImportSource::list(const QString &path, const QStringList &members)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Tr::tr("The file does not exist."), path};
    if (info.isDir())
        return Error{Tr::tr("This is a folder; choose a CSV or ZIP file."), path};
    if (!info.isReadable())
        return Error{Tr::tr("The file cannot be read: permission denied."), path};
    if (!ZipArchive::looksLikeZip(path)) {
        if (!members.isEmpty())
            return Error{Tr::tr("This is not a ZIP archive, so it has no member \"%1\".").arg(members.constFirst()),
                         path};
        return QList<ImportSource>{{path, {}}};
    }
    const auto inArchive = ZipArchive::csvMembers(path);
    if (!inArchive.ok())
        return inArchive.error();
    QList<ImportSource> sources;
    QStringList found;
    for (const ZipMember &m : inArchive.value()) {
        if (members.isEmpty() || members.contains(m.name)) {
            sources.append({path, m.name});
            found.append(m.name);
        }
    }
    for (const QString &wanted : members)
        if (!found.contains(wanted))
            return Error{Tr::tr("The archive has no CSV member \"%1\".").arg(wanted), path};
    if (sources.isEmpty())
        return Error{Tr::tr("The archive holds no CSV file."), path};
    return sources;
}

Result<std::unique_ptr<QIODevice>> ImportSource::open() const
{
    if (isZipMember())
        return ZipArchive::openMember(path, member);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{Tr::tr("The file cannot be opened: %1").arg(file->errorString()), path};
    return std::unique_ptr<QIODevice>(std::move(file));
}

CsvOptions csvOptionsFor(const ImportSource &source, CsvEncoding encoding, QChar delimiter)
{
    CsvOptions options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    options.fileName = source.isZipMember() ? source.displayName() : source.path;
    return options;
}

} // namespace herald
