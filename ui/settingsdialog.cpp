#include "settingsdialog.h"

#include "appsettings.h"
#include "theme.h"
#include "translations.h"
#include "uilogging.h"
#include "workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

namespace herald {
namespace {

QString languageName(const QString &code)
{
    const QString native = QLocale(code).nativeLanguageName();
    return native.isEmpty() ? code : native.left(1).toUpper() + native.mid(1);
}

} // namespace

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_language(new QComboBox(this)), m_timeZone(new QComboBox(this)),
      m_threads(new QSpinBox(this)), m_restartNote(new QLabel(this)), m_zoneError(new QLabel(this)),
      m_initialLanguage(AppSettings::language()), m_initialThreads(AppSettings::mlThreads())
{
    setWindowTitle(tr("Settings"));

    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    const int current = m_language->findData(m_initialLanguage);
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    if (m_workspace) {
        try {
            m_timeZone->setCurrentText(QString::fromUtf8(m_workspace->timeZone().id()));
        } catch (const SqlError &error) {
            qCWarning(lcUi) << "Reading the workspace time zone:" << error.message();
        }
    } else {
        m_timeZone->setEnabled(false);
    }

    const int cores = qMax(1, QThread::idealThreadCount());
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("Automatic (%1)").arg(cores));
    m_threads->setValue(m_initialThreads);

    m_restartNote->setObjectName(QStringLiteral("notice"));
    m_restartNote->setWordWrap(true);
    m_zoneError->setStyleSheet(QStringLiteral("color: #c92a2a;"));
    m_zoneError->setWordWrap(true);
    m_zoneError->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // One grid for all sections, so the fields line up.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto addSection = [&](const QString &title) {
        if (row > 0)
            grid->setRowMinimumHeight(row++, 10);
        grid->addWidget(theme::sectionTitle(title, this), row++, 0, 1, 2);
    };
    const auto addField = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        grid->addWidget(caption, row, 0);
        grid->addWidget(field, row++, 1);
    };
    addSection(tr("General"));
    addField(tr("&Language:"), m_language);
    addSection(tr("This workspace"));
    addField(tr("&Time zone:"), m_timeZone);
    grid->addWidget(theme::mutedNote(m_workspace
                                         ? tr("Used for contacts whose own time zone is not known, and for dates "
                                              "shown in this workspace.")
                                         : tr("Open a workspace to set its time zone."),
                                     this),
                    row++, 1);
    grid->addWidget(m_zoneError, row++, 1);
    addSection(tr("Models"));
    addField(tr("T&hreads:"), m_threads);
    grid->addWidget(theme::mutedNote(tr("How many processor threads training and predictions use."), this), row++, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(grid);
    layout->addWidget(m_restartNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(500);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    connect(m_threads, &QSpinBox::valueChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();
}

void SettingsDialog::updateRestartNote()
{
    QStringList notes;
    if (m_language->currentData().toString() != m_initialLanguage)
        notes << tr("Herald switches to the new language the next time it starts.");
    if (m_threads->value() != m_initialThreads)
        notes << tr("The new thread count applies the next time Herald starts.");
    m_restartNote->setText(notes.join(QLatin1Char(' ')));
    m_restartNote->setVisible(!notes.isEmpty());
}

bool SettingsDialog::save()
{
    if (m_workspace) {
        const QTimeZone zone(m_timeZone->currentText().trimmed().toUtf8());
        if (!zone.isValid()) {
            m_zoneError->setText(tr("\"%1\" is not a time zone Herald knows. Pick one from the list, for example "
                                    "Europe/Berlin.")
                                     .arg(m_timeZone->currentText()));
            m_zoneError->show();
            m_timeZone->setFocus();
            return false;
        }
        const Result<void> saved = m_workspace->setTimeZone(zone);
        if (!saved) {
            m_zoneError->setText(saved.error().message);
            m_zoneError->show();
            return false;
        }
    }
    m_zoneError->hide();
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setMlThreads(m_threads->value());
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace herald
