#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace herald {

class Workspace;

// Per-user settings (language, model threads) and the open workspace's own time zone.
// Language and threads take effect at the next start; the dialog says so when they change.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `workspace` may be null: the time zone is then not editable.
    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QSpinBox *threadsBox() const { return m_threads; }

    // Validates and saves; false (with the reason shown in the dialog) when the time zone is not known.
    bool save();

public Q_SLOTS:
    void accept() override;

private:
    void updateRestartNote();

    Workspace *m_workspace;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QSpinBox *m_threads;
    QLabel *m_restartNote;
    QLabel *m_zoneError;
    QString m_initialLanguage;
    int m_initialThreads;
};

} // namespace herald
