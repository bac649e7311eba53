#include "filestep.h"

#include "activitytext.h"
#include "importactions.h"
#include "importdraft.h"
#include "importtext.h"
#include "theme.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace herald {
namespace {

enum State
{
    NoFile,
    HasFile
};

QLabel *iconLabel(QStringView icon, int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(theme::tintedIcon(icon, theme::accent()).pixmap(QSize(size, size), parent->devicePixelRatioF()));
    label->setObjectName(QStringLiteral("choiceIcon"));
    label->setFixedSize(size + 20, size + 20);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

FileStep::FileStep(ImportDraft *draft, QWidget *parent)
    : ImportStep(draft, parent), m_states(new QStackedWidget(this)), m_fileName(new QLabel(this)),
      m_fileDetails(new QLabel(this)), m_reading(new QLabel(this)), m_archive(new QWidget(this)),
      m_members(new QListWidget(this)), m_memberNote(new QLabel(this)),
      m_asContacts(steps::secondaryButton(tr("Import as Contacts Instead"), this))
{
    setAcceptDrops(true);

    // Nothing chosen yet: a drop zone with the button.
    auto *dropZone = new QFrame(m_states);
    dropZone->setObjectName(QStringLiteral("dropZone"));
    auto *dropTitle = new QLabel(tr("Drop your export file here"), dropZone);
    dropTitle->setObjectName(QStringLiteral("choiceTitle"));
    dropTitle->setAlignment(Qt::AlignCenter);
    m_dropDetail = theme::mutedNote(QString(), dropZone);
    m_dropDetail->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(tr("Choose File…"), dropZone);
    choose->setObjectName(QStringLiteral("primaryButton"));
    auto *dropLayout = new QVBoxLayout(dropZone);
    dropLayout->setContentsMargins(40, 36, 40, 36);
    dropLayout->setSpacing(10);
    dropLayout->addStretch(1);
    dropLayout->addWidget(iconLabel(u"import", 32, dropZone), 0, Qt::AlignHCenter);
    dropLayout->addSpacing(6);
    dropLayout->addWidget(dropTitle);
    dropLayout->addWidget(m_dropDetail);
    dropLayout->addSpacing(8);
    dropLayout->addWidget(choose, 0, Qt::AlignHCenter);
    dropLayout->addStretch(1);

    // A file chosen: what it is, and for an archive its members.
    auto *chosen = new QWidget(m_states);
    auto *card = new QFrame(chosen);
    card->setObjectName(QStringLiteral("card"));
    m_fileName->setObjectName(QStringLiteral("choiceTitle"));
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileDetails->setObjectName(QStringLiteral("muted"));
    m_fileDetails->setWordWrap(true);
    m_fileDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *another = steps::secondaryButton(tr("Choose Another File…"), card);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(3);
    texts->addWidget(m_fileName);
    texts->addWidget(m_fileDetails);
    auto *cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(iconLabel(u"document", 24, card), 0, Qt::AlignTop);
    cardLayout->addLayout(texts, 1);
    cardLayout->addWidget(another, 0, Qt::AlignVCenter);

    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->setFocusPolicy(Qt::StrongFocus);
    m_memberNote->setObjectName(QStringLiteral("muted"));
    m_memberNote->setWordWrap(true);
    m_archive->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *archiveLayout = new QVBoxLayout(m_archive);
    archiveLayout->setContentsMargins(0, 0, 0, 0);
    archiveLayout->setSpacing(8);
    archiveLayout->addWidget(theme::sectionTitle(tr("Files in this archive"), m_archive));
    archiveLayout->addWidget(m_memberNote);
    archiveLayout->addWidget(m_members);

    m_recognition = steps::banner(QStringLiteral("info"), &m_recognitionTitle, &m_recognitionText, chosen);
    m_asContacts->setParent(m_recognition);
    auto *recognitionButtons = new QHBoxLayout;
    recognitionButtons->setContentsMargins(0, 6, 0, 0);
    recognitionButtons->addWidget(m_asContacts);
    recognitionButtons->addStretch(1);
    qobject_cast<QVBoxLayout *>(m_recognition->layout())->addLayout(recognitionButtons);

    m_reading->setObjectName(QStringLiteral("muted"));
    auto *chosenLayout = new QVBoxLayout(chosen);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    chosenLayout->setSpacing(18);
    chosenLayout->addWidget(card);
    chosenLayout->addWidget(m_reading);
    chosenLayout->addWidget(m_recognition);
    chosenLayout->addWidget(m_archive);
    chosenLayout->addStretch();

    m_states->insertWidget(NoFile, dropZone);
    m_states->insertWidget(HasFile, chosen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_states);

    connect(choose, &QPushButton::clicked, this, &FileStep::chooseFile);
    connect(another, &QPushButton::clicked, this, &FileStep::chooseFile);
    connect(m_members, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        this->draft()->setMemberChecked(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_asContacts, &QPushButton::clicked, this, [this] { this->draft()->setExpectsActivity(false); });
    connect(draft, &ImportDraft::previewStarted, this, &FileStep::showDraft);
    connect(draft, &ImportDraft::previewFinished, this, &FileStep::showDraft);
    showDraft();
}

QString FileStep::title() const
{
    return tr("File");
}

QString FileStep::heading() const
{
    return draft()->expectsActivity() ? tr("Choose the activity file your email service or shop exported")
                                      : tr("Choose the file your email service exported");
}

bool FileStep::isComplete() const
{
    if (draft()->filePath().isEmpty() || draft()->isPreviewing())
        return false;
    if (draft()->expectsActivity() && !draft()->isActivity())
        return false;
    if (draft()->isZip() && draft()->isActivity())
        return checkedActivityFiles() > 0;
    return !draft()->isZip() || !draft()->checkedMembers().isEmpty();
}

qsizetype FileStep::checkedActivityFiles() const
{
    if (!draft()->activityPreview())
        return 0;
    const QString archive = QFileInfo(draft()->filePath()).fileName() + QLatin1Char('/');
    qsizetype count = 0;
    for (const QString &member : draft()->checkedMembers())
        count += draft()->activityPreview()->files.contains(archive + member) ? 1 : 0;
    return count;
}

QString FileStep::recognitionKind() const
{
    return m_recognition->isHidden() ? QString() : m_recognition->property("kind").toString();
}

QString FileStep::recognitionText() const
{
    return m_recognition->isHidden() ? QString()
                                     : m_recognitionTitle->text() + QLatin1Char('\n') + m_recognitionText->text();
}

QString FileStep::fileNameText() const
{
    return m_fileName->text();
}

void FileStep::chooseFile()
{
    const QString start = draft()->filePath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                              : QFileInfo(draft()->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, draft()->expectsActivity() ? tr("Import Campaign Activity") : tr("Import Contacts"), start,
        ImportActions::fileDialogFilter());
    if (!path.isEmpty())
        draft()->setFile(path);
}

void FileStep::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportActions::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FileStep::dropEvent(QDropEvent *event)
{
    const QString path = ImportActions::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    draft()->setFile(path);
}

void FileStep::showDraft()
{
    const QString path = draft()->filePath();
    m_states->setCurrentIndex(path.isEmpty() ? NoFile : HasFile);
    if (path.isEmpty()) {
        m_dropDetail->setText(
            draft()->expectsActivity()
                ? tr("Opens, clicks, sends, bounces or shop orders, one row each; a campaign report; or a whole "
                     "Mailchimp account export as a ZIP. From Mailchimp, Klaviyo, listmonk, a shop or a spreadsheet.")
                : tr("A CSV, TSV or text file, or a ZIP archive of them, as exported by Mailchimp, Klaviyo, HubSpot, "
                     "Brevo, ActiveCampaign, Constant Contact, listmonk, Mautic or a spreadsheet. Campaign activity "
                     "(opens, clicks, orders) is recognised too."));
        m_recognition->hide();
        Q_EMIT completeChanged();
        return;
    }
    const QFileInfo info(path);
    const QLocale locale;
    m_fileName->setText(info.fileName());
    m_fileDetails->setText(tr("%1 · changed %2\n%3")
                               .arg(importtext::bytes(info.size()),
                                    locale.toString(info.lastModified(), QLocale::ShortFormat),
                                    QDir::toNativeSeparators(info.absolutePath())));

    const bool previewing = draft()->isPreviewing();
    m_reading->setVisible(previewing && draft()->members().isEmpty());
    m_reading->setText(tr("Reading the file…"));

    m_archive->setVisible(draft()->isZip());
    if (draft()->isZip()) {
        const QSignalBlocker blocker(m_members);
        const QStringList names = [this] {
            QStringList list;
            for (int i = 0; i < m_members->count(); ++i)
                list.append(m_members->item(i)->data(Qt::UserRole).toString());
            return list;
        }();
        QStringList current;
        for (const ArchiveMember &member : draft()->members())
            current.append(member.name);
        if (names != current) {
            m_members->clear();
            for (const ArchiveMember &member : draft()->members()) {
                const QString size = member.size >= 0 ? importtext::bytes(member.size) : QString();
                auto *item = new QListWidgetItem(size.isEmpty() ? member.name : tr("%1   (%2)").arg(member.name, size),
                                                 m_members);
                item->setData(Qt::UserRole, member.name);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            }
        }
        const int rowHeight = m_members->count() > 0 ? m_members->sizeHintForRow(0) : 24;
        m_members->setFixedHeight(qMin(m_members->count(), 10) * rowHeight + 2 * m_members->frameWidth() + 10);
        for (int i = 0; i < m_members->count(); ++i)
            m_members->item(i)->setCheckState(draft()->members().at(i).checked ? Qt::Checked : Qt::Unchecked);
        const qsizetype checked = draft()->checkedMembers().size();
        if (draft()->isActivity()) {
            const qsizetype activity = checkedActivityFiles();
            m_memberNote->setText(
                activity == 0
                    ? tr("Check at least one activity file: the checked files hold no opens, clicks, orders or "
                         "campaign report.")
                    : tr("%1 of the checked files will be imported as activity, in one go: if anything fails, none of "
                         "them is. Files that are not activity, such as a contact list, are left out.")
                          .arg(activity));
        } else {
            m_memberNote->setText(
                checked == 0 ? tr("Check at least one file to import.")
                             : tr("%1 of %2 CSV files will be imported, in one go: if anything fails, none of them "
                                  "is. Herald recognises each file on its own, so a list of unsubscribed members "
                                  "keeps them unsubscribed.")
                                   .arg(checked)
                                   .arg(m_members->count()));
        }
    }
    showRecognition();
    Q_EMIT completeChanged();
}

void FileStep::showRecognition()
{
    const auto &activity = draft()->activityPreview();
    const auto &error = draft()->activityError();
    const bool known = !draft()->isPreviewing() && (activity || error);
    m_asContacts->hide();
    if (!known) {
        m_recognition->hide();
        return;
    }
    const auto describe = [](const QString &profileId, const QString &kindId, const QString &fallback) {
        const QString profile = importtext::profileName(profileId);
        const QString kind = importtext::exportKindName(profileId, kindId);
        return tr("%1 · %2").arg(profile, kind.isEmpty() ? fallback : kind);
    };
    QString kind = QStringLiteral("info");
    if (draft()->isActivity()) {
        m_recognitionTitle->setText(tr("Campaign activity: %1").arg(activitytext::shortKind(*activity)));
        QString text = tr("%1.\nRecognised as %2. Herald adds it to your contacts' histories; the next steps show "
                          "how it is read, and nothing is written before the last one.")
                           .arg(activitytext::contents(*activity),
                                describe(activity->profileId, activity->exportKind, tr("generic layout")));
        if (!activity->skippedFiles.isEmpty())
            text += QLatin1Char(' ') + (activity->skippedFiles.size() == 1
                                            ? tr("1 file in the archive is not activity and will be left out.")
                                            : tr("%1 files in the archive are not activity and will be left out.")
                                                  .arg(activity->skippedFiles.size()));
        m_recognitionText->setText(text);
    } else if (draft()->expectsActivity()) {
        kind = QStringLiteral("error");
        if (activity && activity->contactList) {
            m_recognitionTitle->setText(tr("This is a contact list, not campaign activity"));
            m_recognitionText->setText(
                tr("The columns match %1. Campaign activity is a file of opens, clicks, sends, bounces or orders, "
                   "one row each, or a campaign report. Choose another file, or import this one as contacts.")
                    .arg(describe(activity->contactProfileId, activity->contactExportKind, tr("a contact list"))));
            m_asContacts->show();
        } else {
            m_recognitionTitle->setText(tr("Herald cannot import this file as campaign activity"));
            m_recognitionText->setText(
                tr("%1\n\nChoose the file your email service or shop exported with the opens, clicks, sends or "
                   "orders, or its campaign report.")
                    .arg(error ? importtext::errorText(*error) : activity->unusable));
        }
    } else if (activity && activity->contactList) {
        m_recognitionTitle->setText(tr("A contact list"));
        m_recognitionText->setText(
            tr("The columns match %1. Herald imports it as contacts; the next steps show how it reads them.")
                .arg(describe(activity->contactProfileId, activity->contactExportKind, tr("a contact list"))));
    } else {
        m_recognition->hide(); // the Detection step says what is wrong with it
        return;
    }
    steps::setBannerKind(m_recognition, kind);
    m_recognition->show();
}

} // namespace herald
