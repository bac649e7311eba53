#include "ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <functional>

namespace herald {
namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

QString archiveMessage(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message).trimmed()
                   : QCoreApplication::translate("herald::ZipArchive", "unknown error");
}

Error zipError(const QString &path, const QString &message)
{
    return Error{message, QDir::toNativeSeparators(path)};
}

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char *local = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(local);
    return {};
}

Result<ArchivePtr> openArchive(const QString &path)
{
    if (!QFile::exists(path))
        return zipError(path, QCoreApplication::translate("herald::ZipArchive", "The ZIP file does not exist."));
    ArchivePtr a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return zipError(path,
                        QCoreApplication::translate("herald::ZipArchive", "The file is not a readable ZIP archive: %1")
                            .arg(archiveMessage(a.get())));
    return a;
}

// Calls `visit` for each regular file until it returns false. Fails for a damaged or foreign archive.
Result<void> forEachFile(archive *a, const QString &path, const ZipLimits &limits,
                         const std::function<bool(archive_entry *, const QString &)> &visit)
{
    for (int entries = 0;; ++entries) {
        if (entries >= limits.maxEntries) {
            return zipError(
                path, QCoreApplication::translate("herald::ZipArchive",
                                                  "The ZIP archive has more than %1 entries; Herald does not read it.")
                          .arg(limits.maxEntries));
        }
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF)
            return {};
        if (status < ARCHIVE_WARN)
            return zipError(path, QCoreApplication::translate("herald::ZipArchive",
                                                              "The ZIP archive is damaged or not a ZIP archive: %1")
                                      .arg(archiveMessage(a)));
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        if (!visit(entry, entryName(entry)))
            return {};
    }
}

bool isCsvName(const QString &name)
{
    if (name.startsWith(QLatin1StringView("__MACOSX/")))
        return false;
    const QString base = name.section(QLatin1Char('/'), -1);
    if (base.startsWith(QLatin1Char('.')))
        return false;
    for (const char *suffix : {".csv", ".tsv", ".txt"}) {
        if (base.endsWith(QLatin1StringView(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Inflates one member as it is read. libarchive hands out data for the current entry only, so the device owns the
// archive handle, positioned at that entry.
class ZipMemberDevice : public QIODevice
{
public:
    ZipMemberDevice(ArchivePtr archive, QString member, qint64 declaredSize, ZipLimits limits)
        : m_archive(std::move(archive)), m_member(std::move(member)), m_declaredSize(declaredSize), m_limits(limits)
    {}

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_declaredSize >= 0 ? m_declaredSize : QIODevice::size(); }
    bool atEnd() const override { return m_finished && QIODevice::atEnd(); }
    void close() override
    {
        QIODevice::close();
        m_archive.reset();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_finished || !m_archive)
            return m_finished ? 0 : -1;
        const la_ssize_t n = archive_read_data(m_archive.get(), data, size_t(maxSize));
        if (n < 0) {
            setErrorString(
                QCoreApplication::translate("herald::ZipArchive", "The member %1 of the ZIP archive is damaged: %2")
                    .arg(m_member, archiveMessage(m_archive.get())));
            return -1;
        }
        if (n == 0)
            m_finished = true;
        m_inflated += n;
        if (m_inflated > m_limits.maxMemberBytes) {
            setErrorString(QCoreApplication::translate(
                               "herald::ZipArchive",
                               "The member %1 of the ZIP archive inflates to more than %2 MiB; Herald stops "
                               "reading it (it may be a \"zip bomb\").")
                               .arg(m_member)
                               .arg(m_limits.maxMemberBytes >> 20));
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ArchivePtr m_archive;
    QString m_member;
    qint64 m_declaredSize;
    ZipLimits m_limits;
    qint64 m_inflated = 0;
    bool m_finished = false;
};

} // namespace

bool ZipArchive::looksLikeZip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(4);
    return magic == QByteArrayView("PK\x03\x04", 4) || magic == QByteArrayView("PK\x05\x06", 4);
}

Result<QList<ZipMember>> ZipArchive::members(const QString &zipPath, const ZipLimits &limits)
{
    auto a = openArchive(zipPath);
    if (!a)
        return a.error();
    QList<ZipMember> found;
    auto listed = forEachFile(a->get(), zipPath, limits, [&](archive_entry *entry, const QString &name) {
        found.append({name, archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1});
        return true;
    });
    if (!listed)
        return listed.error();
    return found;
}

Result<QList<ZipMember>> ZipArchive::csvMembers(const QString &zipPath, const ZipLimits &limits)
{
    auto all = members(zipPath, limits);
    if (!all)
        return all.error();
    QList<ZipMember> csv;
    for (const ZipMember &member : *all) {
        if (isCsvName(member.name))
            csv.append(member);
    }
    return csv;
}

Result<std::unique_ptr<QIODevice>> ZipArchive::openMember(const QString &zipPath, const QString &member,
                                                          const ZipLimits &limits)
{
    auto a = openArchive(zipPath);
    if (!a)
        return a.error();
    archive_entry *match = nullptr;
    auto searched = forEachFile(a->get(), zipPath, limits, [&](archive_entry *entry, const QString &name) {
        if (name != member)
            return true;
        match = entry;
        return false;
    });
    if (!searched)
        return searched.error();
    if (!match)
        return zipError(
            zipPath,
            QCoreApplication::translate("herald::ZipArchive", "The ZIP archive has no file named %1.").arg(member));
    if (archive_entry_is_encrypted(match))
        return zipError(zipPath,
                        QCoreApplication::translate("herald::ZipArchive",
                                                    "%1 in the ZIP archive is password-protected; extract it first.")
                            .arg(member));
    const qint64 declared = archive_entry_size_is_set(match) ? qint64(archive_entry_size(match)) : -1;
    if (declared > limits.maxMemberBytes) {
        return zipError(zipPath, QCoreApplication::translate(
                                     "herald::ZipArchive",
                                     "%1 in the ZIP archive would inflate to %2 MiB, more than the limit of %3 MiB.")
                                     .arg(member)
                                     .arg(declared >> 20)
                                     .arg(limits.maxMemberBytes >> 20));
    }
    auto device = std::make_unique<ZipMemberDevice>(std::move(*a), member, declared, limits);
    device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return std::unique_ptr<QIODevice>(std::move(device));
}

} // namespace herald
