#pragma once

#include "import/contactimport.h"
#include "import/eventpreview.h"

#include "previewdraft.h"

#include <optional>

namespace herald {

// A CSV member of a ZIP archive, as the File step lists it.
struct ArchiveMember
{
    QString name; // path inside the archive
    qint64 size = -1;
    bool checked = true;
};

// What the import wizard has settled so far (file, overrides, mapping edits, options) and the preview of it.
// Every change that alters what the file looks like re-runs previewContactImport on a worker: it reads only a
// sample, but a ZIP member has to be inflated and a network drive can be slow. The newest request wins.
// The first look at a new file also asks previewEventImport whether it is campaign activity rather than contacts,
// so the wizard knows which way to go on before anyone presses Next.
class ImportDraft : public PreviewDraft
{
    Q_OBJECT
public:
    explicit ImportDraft(const QTimeZone &workspaceZone, QObject *parent = nullptr);
    ~ImportDraft() override;

    // A new file starts over: detection, mapping edits and the date order are forgotten.
    void setFile(const QString &path);
    QString filePath() const { return m_options.filePath; }
    bool isZip() const { return m_zip; }
    const QList<ArchiveMember> &members() const { return m_members; }
    void setMemberChecked(const QString &name, bool checked);
    QStringList checkedMembers() const;

    // Auto / null / empty: detected.
    void setEncoding(CsvEncoding encoding);
    void setDelimiter(QChar delimiter);
    void setProfileId(const QString &profileId);
    // One column's target, kept across detection changes (by column name).
    void setTarget(const QString &column, const MappingTarget &target);
    // A saved mapping's targets for the columns it names; the others keep the proposal.
    void applyMapping(const ColumnMapping &saved);
    void setDateOrder(DateOrder order);
    void setOnDuplicate(DuplicatePolicy policy);
    void setDefaultStatus(ContactStatus status);
    // Invalid: the profile's convention.
    void setFileZone(const QTimeZone &zone);

    // What the import runs with.
    ContactImportOptions importOptions() const;
    const ContactImportOptions &options() const { return m_options; }

    // The last preview, when it succeeded; previewError() says why not otherwise.
    const std::optional<ContactImportPreview> &preview() const { return m_preview; }
    const std::optional<Error> &previewError() const { return m_error; }
    // The mapping as the user sees it: the preview's, with an edit the preview has not caught up with yet.
    const ColumnMapping &mapping() const { return m_mapping; }
    // The zone naive times are read in when the user leaves it to Herald.
    QTimeZone conventionalFileZone() const;
    // The date order question applies to this file (asked now, or already answered).
    bool asksDateOrder() const;

    // The activity preview of the file's first look: set once the file was read, usable or not.
    const std::optional<EventImportPreview> &activityPreview() const { return m_activity; }
    const std::optional<Error> &activityError() const { return m_activityError; }
    // The file is campaign activity or a campaign report, so the wizard follows the activity path.
    bool isActivity() const { return m_activity && m_activity->isUsable(); }
    // "Import Campaign Activity…": a file that is not activity is refused with a message rather than read as
    // contacts.
    void setExpectsActivity(bool expects);
    bool expectsActivity() const { return m_expectsActivity; }

    // previewFinished(): members() may have changed too.

private:
    struct Outcome;
    bool hasFile() const override;
    void startPreview() override;
    void takeOutcome(Outcome outcome);

    ContactImportOptions m_options;
    ColumnMapping m_edits; // only the columns the user changed
    ColumnMapping m_mapping;
    bool m_zip = false;
    bool m_membersKnown = false;
    QList<ArchiveMember> m_members;
    std::optional<ContactImportPreview> m_preview;
    std::optional<Error> m_error;
    std::optional<EventImportPreview> m_activity;
    std::optional<Error> m_activityError;
    bool m_expectsActivity = false;
    QString m_dateExample; // the ambiguous date that made the wizard ask, kept once answered
};

} // namespace herald
