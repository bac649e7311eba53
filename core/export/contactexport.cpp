#include "contactexport.h"

#include "csv/csvwriter.h"
#include "logging.h"
#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Export)
};

// Contact columns the layouts' placeholders can name, in the order of the SELECT below.
constexpr const char *fieldColumns[] = {"email", "first_name", "last_name",   "company", "phone",     "address",
                                        "city",  "region",     "postal_code", "country", "time_zone", "language"};
constexpr int fieldCount = int(std::size(fieldColumns));

// The WHERE clause and its parameters for a selection; values are always bound, never spliced.
struct Selection
{
    QString from = QStringLiteral("contacts c");
    QStringList where;
    QList<QVariant> values;
    qint64 segmentId = 0;
};

QString suppressedList()
{
    QStringList values;
    for (ContactStatus status : allContactStatuses)
        if (isSuppressed(status))
            values.append(QString::number(int(status)));
    return values.join(QLatin1Char(','));
}

void bindAll(Statement &statement, const QList<QVariant> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString)
            statement.bind(int(i + 1), values[i].toString());
        else
            statement.bind(int(i + 1), values[i].toLongLong());
    }
}

Result<Selection> selection(Workspace &workspace, const ContactExportOptions &options)
{
    Selection selection;
    if (!options.segment.isEmpty()) {
        Statement find = workspace.db().prepare("SELECT id FROM segments WHERE name = ?1");
        find.bind(1, options.segment);
        if (!find.step())
            return Error{Tr::tr("There is no segment named \"%1\".").arg(options.segment)};
        selection.segmentId = find.columnInt(0);
        selection.where.append(QStringLiteral("c.id IN (SELECT contact_id FROM segment_members WHERE segment_id = ?%1)")
                                   .arg(selection.values.size() + 1));
        selection.values.append(selection.segmentId);
    }
    if (options.status) {
        selection.where.append(QStringLiteral("c.status = ?%1").arg(selection.values.size() + 1));
        selection.values.append(qint64(*options.status));
    }
    if (options.scheduleId > 0) {
        Statement find = workspace.db().prepare("SELECT count(*) FROM schedules WHERE id = ?1");
        find.bind(1, options.scheduleId);
        if (!find.step() || find.columnInt(0) == 0)
            return Error{Tr::tr("There is no schedule with id %1.").arg(options.scheduleId)};
        selection.from += QStringLiteral(" JOIN schedule_items s ON s.contact_id = c.id AND s.schedule_id = ?%1")
                              .arg(selection.values.size() + 1);
        selection.values.append(options.scheduleId);
    }
    return selection;
}

QString whereClause(const Selection &selection, const QString &extra)
{
    QStringList parts = selection.where;
    parts.append(extra);
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// Throws SqlError.
ContactExportCount countSelection(Workspace &workspace, const ContactExportOptions &options, const Selection &selected)
{
    const QString suppressed = QStringLiteral("c.status IN (") + suppressedList() + QLatin1Char(')');
    const QString wanted = options.suppressionList ? suppressed : QStringLiteral("NOT ") + suppressed;
    Statement count = workspace.db().prepareBuilt(
        QString(QStringLiteral("SELECT coalesce(sum(") + wanted + QStringLiteral("), 0), coalesce(sum(NOT (") + wanted +
                QStringLiteral(")), 0) FROM ") + selected.from + whereClause(selected, QStringLiteral("1"))));
    bindAll(count, selected.values);
    count.step();
    ContactExportCount counted;
    counted.toWrite = count.columnInt(0);
    if (!options.suppressionList)
        counted.suppressedLeftOut = count.columnInt(1);
    return counted;
}

class ContactExport
{
public:
    ContactExport(Workspace &workspace, const ContactExportOptions &options, const JobControl &control)
        : m_workspace(workspace), m_options(options), m_control(control)
    {}

    Result<ContactExportReport> run();

private:
    Result<CsvWriteOptions> writeOptions(const ImportLayout *layout) const;
    Result<void> writeSendList(CsvWriter &writer, const ImportLayout &layout, const Selection &selection, qint64 total);
    Result<void> writeSuppressionList(CsvWriter &writer, const Selection &selection, qint64 total);

    Workspace &m_workspace;
    const ContactExportOptions &m_options;
    const JobControl &m_control;
    ContactExportReport m_report;
    QTimeZone m_workspaceZone;
};

Result<CsvWriteOptions> ContactExport::writeOptions(const ImportLayout *layout) const
{
    CsvWriteOptions options;
    options.fileName = m_options.outPath;
    options.delimiter = !m_options.delimiter.isNull() ? m_options.delimiter
                        : layout                      ? layout->delimiter
                                                      : QLatin1Char(',');
    CsvEncoding encoding = m_options.encoding;
    if (encoding == CsvEncoding::Auto && layout) {
        const auto fromLayout = csvEncodingFromKey(layout->encoding);
        if (!fromLayout)
            return Error{Tr::tr("The profile names an unknown encoding \"%1\".").arg(layout->encoding)};
        encoding = *fromLayout;
    }
    options.encoding = encoding == CsvEncoding::Auto ? CsvEncoding::Utf8 : encoding;
    options.writeBom = m_options.bom.value_or(layout && layout->bom);
    return options;
}

Result<ContactExportReport> ContactExport::run()
{
    QElapsedTimer timer;
    timer.start();
    m_workspaceZone = m_workspace.timeZone();
    if (m_options.status && isSuppressed(*m_options.status) && !m_options.suppressionList)
        return Error{Tr::tr("%1 contacts are never in a send list; export them as a suppression list instead.")
                         .arg(statusDisplayName(*m_options.status))};
    const EspProfile *profile = EspProfileRegistry::builtIn().find(m_options.profileId);
    if (!profile && !m_options.suppressionList)
        return Error{Tr::tr("Unknown profile \"%1\"; use one of: %2.")
                         .arg(m_options.profileId, EspProfileRegistry::builtIn().ids().join(QStringLiteral(", ")))};
    if (m_options.outPath.isEmpty())
        return Error{Tr::tr("No output file was given.")};
    auto csvOptions = writeOptions(profile && !m_options.suppressionList ? &profile->importLayout() : nullptr);
    if (!csvOptions.ok())
        return csvOptions.error();
    auto selected = selection(m_workspace, m_options);
    if (!selected.ok())
        return selected.error();

    QSaveFile file(m_options.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write the file: %1").arg(file.errorString()), m_options.outPath};
    CsvWriter writer(&file, csvOptions.value());
    try {
        Transaction snapshot(m_workspace.db(), Transaction::Kind::Deferred); // one consistent read
        const ContactExportCount counted = countSelection(m_workspace, m_options, *selected);
        const qint64 total = counted.toWrite;
        m_report.suppressedLeftOut = counted.suppressedLeftOut;
        auto written = m_options.suppressionList ? writeSuppressionList(writer, *selected, total)
                                                 : writeSendList(writer, profile->importLayout(), *selected, total);
        if (!written.ok()) {
            file.cancelWriting();
            return written.error();
        }
    } catch (const SqlError &error) {
        file.cancelWriting();
        return Error{Tr::tr("Cannot read the contacts: %1").arg(error.message())};
    }
    if (auto finished = writer.finish(); !finished.ok()) {
        file.cancelWriting();
        return finished.error();
    }
    if (!file.commit())
        return Error{Tr::tr("Cannot write the file: %1").arg(file.errorString()), m_options.outPath};
    m_report.path = m_options.outPath;
    m_report.profileId = m_options.suppressionList ? QString() : profile->id();
    m_report.seconds = timer.nsecsElapsed() / 1e9;
    qCInfo(lcExport) << "Exported" << m_report.written << "contacts to" << m_options.outPath;
    return m_report;
}

Result<void> ContactExport::writeSendList(CsvWriter &writer, const ImportLayout &layout, const Selection &selection,
                                          qint64 total)
{
    if (auto header = writer.writeRow(importHeader(layout)); !header.ok())
        return header;
    QString sql = QStringLiteral("SELECT c.id, c.status, c.fields, c.created_at, c.updated_at, "
                                 "(SELECT group_concat(t.name, char(31)) FROM contact_tags ct JOIN tags t "
                                 "ON t.id = ct.tag_id WHERE ct.contact_id = c.id), ") +
                  (m_options.scheduleId > 0 ? QStringLiteral("s.send_at") : QStringLiteral("NULL"));
    for (const char *column : fieldColumns)
        sql += QStringLiteral(", c.") + QLatin1StringView(column);
    sql += QStringLiteral(" FROM ") + selection.from +
           whereClause(selection, QStringLiteral("c.status NOT IN (") + suppressedList() + QLatin1Char(')')) +
           QStringLiteral(" ORDER BY c.id");
    Statement rows = m_workspace.db().prepareBuilt(sql);
    bindAll(rows, selection.values);
    const QString stage = Tr::tr("Writing %1").arg(layout.name);
    while (rows.step()) {
        ExportContact contact;
        contact.status = static_cast<ContactStatus>(rows.columnInt(1));
        const QJsonObject fields = QJsonDocument::fromJson(rows.columnText(2).toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            contact.customFields.append({it.key(), it.value().toString()});
        contact.times.insert(QStringLiteral("created_at"),
                             QDateTime::fromSecsSinceEpoch(rows.columnInt(3), QTimeZone::utc()));
        contact.times.insert(QStringLiteral("updated_at"),
                             QDateTime::fromSecsSinceEpoch(rows.columnInt(4), QTimeZone::utc()));
        if (!rows.isNull(5))
            contact.tags = rows.columnText(5).split(QChar(31));
        if (!rows.isNull(6))
            contact.sendAt = QDateTime::fromSecsSinceEpoch(rows.columnInt(6), QTimeZone::utc());
        for (int i = 0; i < fieldCount; ++i)
            contact.fields.insert(QLatin1StringView(fieldColumns[i]), rows.columnText(7 + i));
        const QString zone = contact.fields.value(QStringLiteral("time_zone"));
        contact.zone = zone.isEmpty() ? m_workspaceZone : QTimeZone(zone.toUtf8());
        auto cells = renderImportRow(layout, contact);
        if (!cells.ok())
            return Error{cells.error().message, m_options.outPath, writer.rowsWritten() + 1};
        if (auto row = writer.writeRow(cells.value()); !row.ok())
            return row;
        ++m_report.written;
        if ((m_report.written & 0x3ff) == 0) {
            if (m_control.cancelled())
                return Error{Tr::tr("Export cancelled; no file was written."), {}, 0, 0, true};
            m_control.report(m_report.written, total, stage);
        }
    }
    return {};
}

Result<void> ContactExport::writeSuppressionList(CsvWriter &writer, const Selection &selection, qint64 total)
{
    if (auto header = writer.writeRow({QStringLiteral("email"), QStringLiteral("reason"), QStringLiteral("since")});
        !header.ok())
        return header;
    Statement rows = m_workspace.db().prepareBuilt(QString(
        QStringLiteral("SELECT c.email, c.status, (SELECT max(occurred_at) FROM consent_events e WHERE "
                       "e.contact_id = c.id AND e.status = c.status) FROM ") +
        selection.from + whereClause(selection, QStringLiteral("c.status IN (") + suppressedList() + QLatin1Char(')')) +
        QStringLiteral(" ORDER BY c.id")));
    bindAll(rows, selection.values);
    while (rows.step()) {
        const QString since =
            rows.isNull(2) ? QString()
                           : QDateTime::fromSecsSinceEpoch(rows.columnInt(2), QTimeZone::utc()).toString(Qt::ISODate);
        if (auto row =
                writer.writeRow({rows.columnText(0), statusKey(static_cast<ContactStatus>(rows.columnInt(1))), since});
            !row.ok())
            return row;
        ++m_report.written;
        if ((m_report.written & 0x3ff) == 0) {
            if (m_control.cancelled())
                return Error{Tr::tr("Export cancelled; no file was written."), {}, 0, 0, true};
            m_control.report(m_report.written, total, Tr::tr("Writing the suppression list"));
        }
    }
    return {};
}

} // namespace

Result<ContactExportCount> countContactExport(Workspace &workspace, const ContactExportOptions &options)
{
    auto selected = selection(workspace, options);
    if (!selected.ok())
        return selected.error();
    try {
        return countSelection(workspace, options, *selected);
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the contacts: %1").arg(error.message())};
    }
}

Result<QStringList> exportSegmentNames(Workspace &workspace)
{
    try {
        Statement rows = workspace.db().prepare("SELECT name FROM segments ORDER BY name COLLATE NOCASE");
        QStringList names;
        while (rows.step())
            names.append(rows.columnText(0));
        return names;
    } catch (const SqlError &error) {
        return Error{Tr::tr("Cannot read the segments: %1").arg(error.message())};
    }
}

Result<ContactExportReport> exportContacts(Workspace &workspace, const ContactExportOptions &options,
                                           const JobControl &control)
{
    return ContactExport(workspace, options, control).run();
}

} // namespace herald
