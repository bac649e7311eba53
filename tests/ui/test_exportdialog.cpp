#include "export/exportactions.h"
#include "export/exportdialog.h"
#include "messagebox.h"
#include "sampleworkspace.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace herald;

namespace {

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n"), Qt::SkipEmptyParts);
    for (QString &line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    return lines;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("export.herald"));
        {
            auto opened = Workspace::open(m_path, Workspace::OpenMode::OpenOrCreate);
            QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
            SampleOptions options;
            options.contacts = 1200;
            options.events = false;
            m_counts = fillSampleWorkspace(**opened, options);
        }
        for (const auto &[status, count] : m_counts.byStatus)
            (isSuppressed(status) ? m_suppressed : m_sendable) += count;
        QVERIFY(m_sendable > 0);
        QVERIFY(m_suppressed > 0);
        QVERIFY(m_session.open(m_path).ok());
        MessageBox::setAnswerAutomatically(true);
    }

    void countsBeforeWriting()
    {
        ExportDialog dialog(&m_session);
        QTRY_VERIFY(!dialog.isCounting());
        QCOMPARE(dialog.countedContacts(), m_sendable);
        QVERIFY2(dialog.countText().contains(QLocale().toString(m_sendable)), qPrintable(dialog.countText()));
        QVERIFY2(dialog.countText().contains(QLocale().toString(m_suppressed)), qPrintable(dialog.countText()));

        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("exportStatus"));
        QVERIFY(status);
        const int subscribed = status->findData(int(ContactStatus::Subscribed));
        QVERIFY(subscribed > 0);
        status->setCurrentIndex(subscribed);
        QVERIFY(dialog.isCounting());
        QTRY_VERIFY(!dialog.isCounting());
        QCOMPARE(dialog.countedContacts(), m_counts.byStatus.at(ContactStatus::Subscribed));

        dialog.setSuppressionList(true);
        QTRY_VERIFY(!dialog.isCounting());
        QCOMPARE(dialog.countedContacts(), m_suppressed);
        QVERIFY(!status->currentText().isEmpty());
        QVERIFY(status->findData(int(ContactStatus::Subscribed)) < 0); // never offered for a suppression list
    }

    void writesTheServicesImportLayout()
    {
        ExportDialog dialog(&m_session);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.setProfileId(QStringLiteral("brevo"));
        const QString out = m_dir.filePath(QStringLiteral("brevo.csv"));
        dialog.setOutputPath(out);
        QTRY_VERIFY(!dialog.isCounting());
        dialog.accept();
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QStringList lines = fileLines(out);
        QCOMPARE(lines.size(), m_sendable + 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("EMAIL;FIRSTNAME;LASTNAME")) ||
                     lines.first().startsWith(QStringLiteral("EMAIL,FIRSTNAME,LASTNAME")),
                 qPrintable(lines.first()));
    }

    void writesTheSuppressionList()
    {
        ExportDialog dialog(&m_session);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.setSuppressionList(true);
        const QString out = m_dir.filePath(QStringLiteral("suppressed.csv"));
        dialog.setOutputPath(out);
        QTRY_VERIFY(!dialog.isCounting());
        dialog.accept();
        QTRY_COMPARE(exported.count(), 1);
        const QStringList lines = fileLines(out);
        QCOMPARE(lines.size(), m_suppressed + 1);
        QCOMPARE(lines.first(), QStringLiteral("email,reason,since"));
        for (const QString &line : lines.mid(1)) {
            const QString reason = line.section(u',', 1, 1);
            QVERIFY2(reason == QLatin1StringView("unsubscribed") || reason == QLatin1StringView("cleaned") ||
                         reason == QLatin1StringView("bounced") || reason == QLatin1StringView("complained"),
                     qPrintable(line));
        }
    }

    void asksBeforeReplacingAFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("existing.csv"));
        {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me\n");
        }
        ExportDialog dialog(&m_session);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.setOutputPath(out);
        QTRY_VERIFY(!dialog.isCounting());
        MessageBox::clearShownMessages();
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QVERIFY(!dialog.isExporting());
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY(MessageBox::shownMessages().first().contains(QStringLiteral("existing.csv")));
        QCOMPARE(fileLines(out), QStringList{QStringLiteral("keep me")});
        QCOMPARE(exported.count(), 0);
    }

    void fileMenuActionOpensTheDialog()
    {
        QWidget window;
        ExportActions actions(&m_session, &window);
        QVERIFY(actions.exportAction()->isEnabled());
        QCOMPARE(actions.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        actions.exportAction()->trigger();
        QVERIFY(actions.dialog());
        QTRY_VERIFY(!actions.dialog()->isCounting());
        QCOMPARE(actions.dialog()->countedContacts(), m_sendable);
        actions.dialog()->close();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    SampleCounts m_counts;
    qint64 m_sendable = 0;
    qint64 m_suppressed = 0;
    WorkspaceSession m_session;
};

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
