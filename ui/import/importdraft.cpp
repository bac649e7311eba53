#include "importdraft.h"

#include "csv/ziparchive.h"
#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "taskrunner.h"

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

ImportDraft::ImportDraft(const QTimeZone &workspaceZone, QObject *parent)
    : QObject(parent), m_workspaceZone(workspaceZone.isValid() ? workspaceZone : QTimeZone::utc())
{
    // Several changes in one go (a new file, then its defaults) make one preview.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &ImportDraft::startPreview);
}

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
    if (m_options.encoding == encoding)
        return;
    m_options.encoding = encoding;
    schedulePreview();
}

void ImportDraft::setDelimiter(QChar delimiter)
{
    if (m_options.delimiter == delimiter)
        return;
    m_options.delimiter = delimiter;
    schedulePreview();
}

void ImportDraft::setProfileId(const QString &profileId)
{
    if (m_options.profileId == profileId)
        return;
    m_options.profileId = profileId;
    schedulePreview();
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
    if (m_options.dateOrder == order)
        return;
    m_options.dateOrder = order;
    schedulePreview();
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

bool ImportDraft::isPreviewing() const
{
    return m_debounce.isActive() || (m_task && m_task->isRunning());
}

QTimeZone ImportDraft::conventionalFileZone() const
{
    if (!m_preview)
        return m_workspaceZone;
    const EspProfile *profile = EspProfileRegistry::builtIn().find(m_preview->profileId);
    if (!profile)
        return m_workspaceZone;
    return profile->dateZone(profile->exportKind(m_preview->exportKind)) == DateZone::Utc ? QTimeZone::utc()
                                                                                          : m_workspaceZone;
}

bool ImportDraft::asksDateOrder() const
{
    if (!m_preview)
        return false;
    return m_preview->dateOrderNeedsAnswer ||
           (m_options.dateOrder != DateOrder::Unknown && !m_preview->ambiguousDateExample.isEmpty());
}

void ImportDraft::schedulePreview()
{
    if (m_options.filePath.isEmpty())
        return;
    if (!m_debounce.isActive())
        Q_EMIT previewStarted();
    m_debounce.start();
}

void ImportDraft::startPreview()
{
    delete m_task; // abandons a preview of settings that no longer apply
    m_task = new TaskRunner<Outcome>(this);
    ContactImportOptions options = m_options;
    if (!m_edits.columns.isEmpty())
        options.mapping = m_edits;
    const bool list = !m_membersKnown;
    if (m_zip)
        options.zipMember = checkedMembers().value(0, m_members.value(0).name);
    connect(m_task, &TaskRunnerBase::finished, this, [this] {
        Result<Outcome> outcome = m_task->takeResult();
        if (outcome)
            takeOutcome(std::move(outcome).value());
        else
            takeOutcome(Outcome{false, false, {}, std::nullopt, outcome.error(), std::nullopt, std::nullopt});
    });
    m_task->start([options, list, zone = m_workspaceZone](const JobControl &control) -> Result<Outcome> {
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
