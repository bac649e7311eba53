#include "importdraft.h"

#include "csv/ziparchive.h"
#include "profiles/espprofile.h"

namespace herald {

struct ImportDraft::Outcome
{
    bool listed = false; // the job looked at the file for ZIP members
    bool zip = false;
    QList<ArchiveMember> members;
    std::optional<ContactImportPreview> preview;
    std::optional<Error> error;
    std::optional<EventImportPreview> activity;
    std::optional<Error> activityError;
};

ImportDraft::ImportDraft(const QTimeZone &workspaceZone, QObject *parent) : PreviewDraft(workspaceZone, parent)
{}

ImportDraft::~ImportDraft() = default;

void ImportDraft::setFile(const QString &path)
{
    const ContactImportOptions defaults;
    m_options = defaults;
    m_options.filePath = path;
    m_edits = ColumnMapping();
    m_mapping = ColumnMapping();
    m_zip = false;
    m_membersKnown = false;
    m_members.clear();
    m_preview.reset();
    m_error.reset();
    m_activity.reset();
    m_activityError.reset();
    schedulePreview();
}

void ImportDraft::setExpectsActivity(bool expects)
{
    if (m_expectsActivity == expects)
        return;
    m_expectsActivity = expects;
    if (!isPreviewing())
        Q_EMIT previewFinished(); // nothing to re-read, but what the File step says changes
}

void ImportDraft::setMemberChecked(const QString &name, bool checked)
{
    const QString before = checkedMembers().value(0);
    for (ArchiveMember &member : m_members)
        if (member.name == name)
            member.checked = checked;
    // The preview shows the first checked member.
    if (checkedMembers().value(0, before) != before)
        schedulePreview();
    else
        Q_EMIT previewFinished(); // nothing to re-read, but the File step's state changed
}

QStringList ImportDraft::checkedMembers() const
{
    QStringList names;
    for (const ArchiveMember &member : m_members)
        if (member.checked)
            names.append(member.name);
    return names;
}

void ImportDraft::setEncoding(CsvEncoding encoding)
{
    setPreviewed(m_options.encoding, encoding);
}

void ImportDraft::setDelimiter(QChar delimiter)
{
    setPreviewed(m_options.delimiter, delimiter);
}

void ImportDraft::setProfileId(const QString &profileId)
{
    setPreviewed(m_options.profileId, profileId);
}

void ImportDraft::setTarget(const QString &column, const MappingTarget &target)
{
    const QString key = normalizedColumnName(column);
    bool found = false;
    for (MappedColumn &edit : m_edits.columns)
        if (normalizedColumnName(edit.name) == key) {
            edit.target = target;
            edit.jsonKeys.clear();
            found = true;
        }
    if (!found) {
        MappedColumn edit;
        edit.name = column;
        edit.target = target;
        m_edits.columns.append(edit);
    }
    for (MappedColumn &shown : m_mapping.columns)
        if (normalizedColumnName(shown.name) == key) {
            shown.target = target;
            shown.jsonKeys.clear();
            shown.matchedByProfile = false;
        }
    schedulePreview();
}

void ImportDraft::applyMapping(const ColumnMapping &saved)
{
    m_edits = saved;
    m_mapping = applySavedMapping(saved, m_mapping);
    schedulePreview();
}

void ImportDraft::setDateOrder(DateOrder order)
{
    setPreviewed(m_options.dateOrder, order);
}

void ImportDraft::setOnDuplicate(DuplicatePolicy policy)
{
    m_options.onDuplicate = policy;
}

void ImportDraft::setDefaultStatus(ContactStatus status)
{
    m_options.defaultStatus = status;
}

void ImportDraft::setFileZone(const QTimeZone &zone)
{
    m_options.fileZone = zone;
}

ContactImportOptions ImportDraft::importOptions() const
{
    ContactImportOptions options = m_options;
    if (!m_edits.columns.isEmpty())
        options.mapping = m_edits;
    if (m_zip && checkedMembers().size() < m_members.size())
        options.zipMembers = checkedMembers();
    return options;
}

QTimeZone ImportDraft::conventionalFileZone() const
{
    return m_preview ? conventionalZone(m_preview->profileId, m_preview->exportKind) : workspaceZone();
}

bool ImportDraft::asksDateOrder() const
{
    if (!m_preview)
        return false;
    return m_preview->dateOrderNeedsAnswer ||
           (m_options.dateOrder != DateOrder::Unknown && !m_preview->ambiguousDateExample.isEmpty());
}

bool ImportDraft::hasFile() const
{
    return !m_options.filePath.isEmpty();
}

void ImportDraft::startPreview()
{
    TaskRunner<Outcome> *task = newTask<Outcome>();
    ContactImportOptions options = m_options;
    if (!m_edits.columns.isEmpty())
        options.mapping = m_edits;
    const bool list = !m_membersKnown;
    if (m_zip)
        options.zipMember = checkedMembers().value(0, m_members.value(0).name);
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        Result<Outcome> outcome = task->takeResult();
        if (outcome)
            takeOutcome(std::move(outcome).value());
        else
            takeOutcome(Outcome{false, false, {}, std::nullopt, outcome.error(), std::nullopt, std::nullopt});
    });
    task->start([options, list, zone = workspaceZone()](const JobControl &control) -> Result<Outcome> {
        Outcome outcome;
        ContactImportOptions preview = options;
        if (list) {
            EventImportOptions activity;
            activity.filePath = options.filePath;
            auto recognised = previewEventImport(activity, zone, 20, control);
            if (recognised)
                outcome.activity = std::move(recognised).value();
            else
                outcome.activityError = recognised.error();
            if (control.cancelled())
                return outcome; // abandoned: a newer preview follows
        }
        if (list) {
            outcome.listed = true;
            outcome.zip = ZipArchive::looksLikeZip(options.filePath);
            if (outcome.zip) {
                auto members = ZipArchive::csvMembers(options.filePath);
                if (!members) {
                    outcome.error = members.error();
                    return outcome;
                }
                for (const ZipMember &member : members.value())
                    outcome.members.append({member.name, member.size, true});
                preview.zipMember = outcome.members.value(0).name;
            }
        }
        auto result = previewContactImport(preview, zone);
        if (result)
            outcome.preview = std::move(result).value();
        else
            outcome.error = result.error();
        return outcome;
    });
}

void ImportDraft::takeOutcome(Outcome outcome)
{
    if (outcome.listed) {
        m_membersKnown = true;
        m_zip = outcome.zip;
        m_members = outcome.members;
        m_activity = std::move(outcome.activity);
        m_activityError = std::move(outcome.activityError);
    }
    m_error = outcome.error;
    if (outcome.preview) {
        m_preview = std::move(outcome.preview);
        m_mapping = m_preview->mapping;
    } else {
        m_preview.reset(); // the mapping stays as the user left it, so the error can be fixed where it is
    }
    Q_EMIT previewFinished();
}

} // namespace herald
