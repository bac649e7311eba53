#pragma once

#include "query/contactdetail.h"
#include "taskrunner.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

class QFormLayout;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace herald {

class BusyIndicator;
class HeatmapWidget;
class TimelineModel;
class Workspace;

// Everything about one contact: name, address and status, engagement, fields and tags, what it received, opened,
// clicked and bought, its consent history, its events page by page, and when in its own week it opens and clicks.
// The detail loads on a worker; the window shows a busy state until it arrives.
class ContactDetailDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContactDetailDialog(QWidget *parent = nullptr);
    ~ContactDetailDialog() override;

    // The workspace must stay open while the window shows it (the timeline pages on through it).
    void showContact(Workspace *workspace, qint64 contactId);

    bool isLoading() const { return m_loading != nullptr; }
    qint64 contactId() const { return m_contactId; }
    const ContactDetail &detail() const { return m_detail; }
    QString errorText() const;

    // What the window shows, for tests.
    QString nameText() const;
    QString emailText() const;
    QString statusText() const;
    QString engagementText() const;
    QString metricText(const QString &caption) const;
    QString fieldText(const QString &label) const;
    QStringList tagTexts() const;
    QString heatmapNote() const;
    QString busiestText() const;
    HeatmapWidget *heatmap() const { return m_heatmap; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QStandardItemModel *consentModel() const { return m_consent; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void loaded();

private:
    QWidget *buildHeader();
    QWidget *buildOverview();
    QWidget *buildTable(QTableView *view, const QString &note, QLabel **noteLabel);
    void showDetail(const ContactDetail &detail);
    void showError(const QString &message);
    void fillFields(const ContactDetail &detail);
    void fillMetrics(const ContactDetail &detail);
    void fillConsent(const ContactDetail &detail);
    QString timeText(qint64 seconds) const;

    Workspace *m_workspace = nullptr;
    qint64 m_contactId = 0;
    ContactDetail m_detail;
    QTimeZone m_zone;
    QPointer<TaskRunnerBase> m_loading;

    QStackedWidget *m_stack;
    BusyIndicator *m_busy;
    QLabel *m_error;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_status;
    QLabel *m_engagement;
    QLabel *m_since;
    QGridLayout *m_metrics;
    QFormLayout *m_fields;
    QWidget *m_tags;
    QLabel *m_heatmapNote;
    QLabel *m_busiest;
    HeatmapWidget *m_heatmap;
    QTabWidget *m_tabs;
    TimelineModel *m_timeline;
    QTableView *m_timelineView;
    QLabel *m_timelineNote = nullptr;
    QStandardItemModel *m_consent;
    QTableView *m_consentView;
    QLabel *m_consentNote = nullptr;
};

} // namespace herald
