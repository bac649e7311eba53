#pragma once

#include "import/eventimport.h"
#include "import/eventpreview.h"

#include "previewdraft.h"

#include <optional>

namespace herald {

// What the wizard has settled for an activity import (file, ZIP members, reading overrides, options) and the
// preview of it. It starts from the preview that recognised the file; a change that alters how rows are read (the
// zone of naive times, the date order, the encoding) re-runs previewEventImport on a worker. The newest request wins.
class EventDraft : public PreviewDraft
{
    Q_OBJECT
public:
    explicit EventDraft(const QTimeZone &workspaceZone, QObject *parent = nullptr);
    ~EventDraft() override;

    // A file recognised as activity, with the preview that recognised it; the options start over.
    void start(const QString &path, const EventImportPreview &preview);
    QString filePath() const { return m_options.filePath; }
    // The ZIP members to import; empty: every activity file in the archive.
    void setMembers(const QStringList &members);

    // Auto / null: detected.
    void setEncoding(CsvEncoding encoding);
    void setDelimiter(QChar delimiter);
    void setDateOrder(DateOrder order);
    // Invalid: the profile's convention.
    void setFileZone(const QTimeZone &zone);
    void setUnknownContacts(UnknownContacts policy);
    void setCancelledOrders(CancelledOrders policy);
    void setMachineOpenSeconds(int seconds);

    const EventImportOptions &options() const { return m_options; }
    // What the import runs with: the options, with the date order the preview settled from the whole file, so the
    // import does not read it twice for that.
    EventImportOptions importOptions() const;

    const std::optional<EventImportPreview> &preview() const { return m_preview; }
    const std::optional<Error> &previewError() const { return m_error; }
    // The zone naive times are read in when the user leaves it to Herald.
    QTimeZone conventionalFileZone() const;
    // The date order question applies to this file (asked now, or already answered), and the date that raised it.
    bool asksDateOrder() const { return m_asksDateOrder; }
    // Empty when the file writes some dates day first and others month first, with none that reads both ways.
    QString ambiguousDate() const { return m_dateExample; }
    qint64 ambiguousDateLine() const { return m_dateExampleLine; }

private:
    bool hasFile() const override;
    void startPreview() override;
    void takePreview(const EventImportPreview &preview);

    EventImportOptions m_options;
    std::optional<EventImportPreview> m_preview;
    std::optional<Error> m_error;
    bool m_asksDateOrder = false;
    QString m_dateExample; // the ambiguous date that made the wizard ask, kept once answered
    qint64 m_dateExampleLine = 0;
};

} // namespace herald
