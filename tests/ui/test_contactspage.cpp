#include "appsettings.h"
#include "contacts/contactdetaildialog.h"
#include "contacts/contactfilterbar.h"
#include "contacts/filterbutton.h"
#include "contactsmodel.h"
#include "contactspage.h"
#include "database.h"
#include "messagebox.h"
#include "query/activityrefresh.h"
#include "sampleworkspace.h"
#include "theme.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace herald;

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        theme::apply(*qApp);
        MessageBox::setAnswerAutomatically(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shop.herald"));
        auto workspace = Workspace::open(m_path);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        SampleOptions options;
        options.contacts = 2500;
        options.campaigns = 6;
        m_counts = fillSampleWorkspace(**workspace, options);
        Database &db = (*workspace)->db();
        db.exec("INSERT INTO tags(name) VALUES ('vip'), ('customer')");
        db.exec("INSERT INTO contact_tags(contact_id, tag_id) SELECT id, 1 FROM contacts WHERE id % 10 = 0");
        db.exec("INSERT INTO contact_tags(contact_id, tag_id) SELECT id, 2 FROM contacts WHERE id % 3 = 0");
        QVERIFY(refreshContactActivity(db).ok());
    }

    void init()
    {
        m_session = std::make_unique<WorkspaceSession>();
        QVERIFY(m_session->open(m_path).ok());
        m_page = std::make_unique<ContactsPage>(m_session.get());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(settled());
        QCOMPARE(m_page->subtitle(), QStringLiteral("2,500 contacts"));
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void typingSearchesAfterAPause()
    {
        QLineEdit *search = m_page->filterBar()->searchField();
        QCOMPARE(search->placeholderText(), QStringLiteral("Search name, email or company"));
        QVERIFY(search->isClearButtonEnabled());
        QTest::keyClicks(search, QStringLiteral("olivia"));
        // Debounced: one query for the word, not one per key.
        QCOMPARE(m_page->model()->query().search, QString());
        QTRY_COMPARE(m_page->model()->query().search, QStringLiteral("olivia"));
        QVERIFY(settled());
        const qint64 olivias = scalar("SELECT count(*) FROM contacts WHERE first_name = 'Olivia'");
        QCOMPARE(m_page->subtitle(), QStringLiteral("%1 of 2,500 contacts").arg(olivias));
        QTableView *table = m_page->table();
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, ContactsModel::FirstName).data().toString(), QStringLiteral("Olivia"));

        search->clear();
        QVERIFY(settled());
        QTRY_COMPARE(m_page->subtitle(), QStringLiteral("2,500 contacts"));
    }

    void statusAndTagFiltersShowCountsAndChips()
    {
        FilterButton *status = m_page->filterBar()->button(ContactFilterBar::Status);
        QTest::mouseClick(status, Qt::LeftButton);
        FilterPopup *popup = status->popup();
        QTRY_VERIFY(popup->isVisible());
        const int unsubscribedRow = rowOf(popup, statusDisplayName(ContactStatus::Unsubscribed));
        QVERIFY(unsubscribedRow >= 0);
        const qint64 unsubscribed = m_counts.byStatus.at(ContactStatus::Unsubscribed);
        QCOMPARE(popup->view()->model()->index(unsubscribedRow, 1).data().toString(), QLocale().toString(unsubscribed));
        clickRow(popup, unsubscribedRow);
        QVERIFY(settled());
        QCOMPARE(m_page->subtitle(), QStringLiteral("%1 of 2,500 contacts").arg(unsubscribed));
        QCOMPARE(status->text(), QStringLiteral("Status · 1"));
        QCOMPARE(m_page->filterBar()->chipTexts(), QStringList{QStringLiteral("Status: Unsubscribed")});
        popup->hide();

        // Tags through the popup's search field: type, then Enter ticks the first match.
        FilterButton *tags = m_page->filterBar()->button(ContactFilterBar::Tag);
        QTest::mouseClick(tags, Qt::LeftButton);
        QTRY_VERIFY(tags->popup()->isVisible());
        QCOMPARE(tags->popup()->view()->model()->rowCount(), 2);
        QCOMPARE(
            tags->popup()->view()->model()->index(rowOf(tags->popup(), QStringLiteral("vip")), 1).data().toString(),
            QLocale().toString(scalar("SELECT count(*) FROM contacts WHERE id % 10 = 0")));
        tags->popup()->searchField()->setVisible(true); // short lists hide it; the keys work the same
        QTest::keyClicks(tags->popup()->searchField(), QStringLiteral("vi"));
        QCOMPARE(tags->popup()->view()->model()->rowCount(), 1);
        QTest::keyClick(tags->popup()->searchField(), Qt::Key_Return);
        QCOMPARE(tags->selection(), QStringList{QStringLiteral("vip")});
        tags->popup()->hide();
        QVERIFY(settled());
        const qint64 both = scalar("SELECT count(*) FROM contacts WHERE status = 2 AND id % 10 = 0");
        QCOMPARE(m_page->subtitle(), QStringLiteral("%1 of 2,500 contacts").arg(both));
        QCOMPARE(m_page->table()->model()->rowCount(), both);
        QCOMPARE(m_page->filterBar()->chipTexts(),
                 (QStringList{QStringLiteral("Status: Unsubscribed"), QStringLiteral("Tags: vip")}));

        // A chip's cross removes its filter.
        const auto chips = m_page->filterBar()->chipsRow()->findChildren<QPushButton *>(QStringLiteral("filterChip"));
        QTest::mouseClick(chips.constFirst(), Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(m_page->subtitle(),
                 QStringLiteral("%1 of 2,500 contacts").arg(scalar("SELECT count(*) FROM contacts WHERE id % 10 = 0")));
        QTRY_COMPARE(m_page->filterBar()->chipTexts(), QStringList{QStringLiteral("Tags: vip")});
        QVERIFY(status->selection().isEmpty());

        m_page->filterBar()->clearFilters();
        QVERIFY(settled());
        QCOMPARE(m_page->subtitle(), QStringLiteral("2,500 contacts"));
        QVERIFY(m_page->filterBar()->chipsRow()->isHidden());
    }

    void headerClicksSortOnlySortableColumns()
    {
        QHeaderView *header = m_page->table()->horizontalHeader();
        clickHeader(ContactsModel::LastName);
        QVERIFY(settled());
        QCOMPARE(m_page->model()->query().sort, ContactSortField::LastName);
        QCOMPARE(m_page->model()->query().order, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(ContactsModel::LastName));
        QAbstractItemModel *model = m_page->table()->model();
        QCOMPARE(model->index(0, ContactsModel::LastName).data().toString(), QStringLiteral("Adler"));
        clickHeader(ContactsModel::LastName);
        QVERIFY(settled());
        QCOMPARE(m_page->model()->query().order, Qt::DescendingOrder);
        QCOMPARE(model->index(0, ContactsModel::LastName).data().toString(), QStringLiteral("Young"));

        clickHeader(ContactsModel::Tags); // no index to sort on: the header does not pretend
        QVERIFY(settled());
        QCOMPARE(m_page->model()->query().sort, ContactSortField::LastName);
        QCOMPARE(header->sortIndicatorSection(), int(ContactsModel::LastName));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void columnsMenuShowsColumnsAndRemembersThem()
    {
        const QStringList defaults = {QStringLiteral("country"), QStringLiteral("time_zone"),
                                      QStringLiteral("created")};
        AppSettings::setHiddenContactColumns(defaults); // as on a first start
        cleanup();
        init();
        QHeaderView *header = m_page->table()->horizontalHeader();
        // The filters and the contact's details show country, zone and creation; the rest fits without scrolling.
        QVERIFY(header->isSectionHidden(ContactsModel::Country));
        QVERIFY(header->isSectionHidden(ContactsModel::TimeZone));
        QVERIFY(header->isSectionHidden(ContactsModel::Created));
        QVERIFY(!header->isSectionHidden(ContactsModel::Tags));
        QCOMPARE(m_page->table()->horizontalScrollBar()->maximum(), 0);

        m_page->columnsButton()->click();
        auto *menu = m_page->findChild<QMenu *>(QStringLiteral("columnsMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(menu->actions().size(), int(ContactsModel::ColumnCount) - 1); // the email address always shows
        auto *country = menu->findChild<QAction *>(QStringLiteral("column_country"));
        QVERIFY(country);
        QCOMPARE(country->text(), QStringLiteral("Country"));
        QVERIFY(!country->isChecked());
        country->trigger();
        QVERIFY(!header->isSectionHidden(ContactsModel::Country));
        menu->hide();
        QCOMPARE(AppSettings::hiddenContactColumns(),
                 (QStringList{QStringLiteral("time_zone"), QStringLiteral("created")}));

        // The next start shows the same columns.
        cleanup();
        init();
        header = m_page->table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(ContactsModel::Country));
        QVERIFY(header->isSectionHidden(ContactsModel::TimeZone));
        AppSettings::setHiddenContactColumns(defaults);
    }

    void noMatchShowsAnEmptyStateThatClears()
    {
        QTest::keyClicks(m_page->filterBar()->searchField(), QStringLiteral("zzzz"));
        QTest::keyClick(m_page->filterBar()->searchField(), Qt::Key_Return); // at once, without the pause
        QVERIFY(settled());
        QVERIFY(m_page->isShowingEmptyState());
        QCOMPARE(m_page->subtitle(), QStringLiteral("0 of 2,500 contacts"));
        QVERIFY2(m_page->emptyStateText().contains(QStringLiteral("No contacts match “zzzz”")),
                 qPrintable(m_page->emptyStateText()));
        const auto buttons = m_page->emptyState()->findChildren<QPushButton *>();
        QPushButton *clear = nullptr;
        for (QPushButton *button : buttons)
            if (button->isVisible() && button->text() == QStringLiteral("Clear search"))
                clear = button;
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->filterBar()->searchField()->text(), QString());
        QCOMPARE(m_page->subtitle(), QStringLiteral("2,500 contacts"));
    }

    void enterOpensTheContactsDetail()
    {
        QTableView *table = m_page->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(3, ContactsModel::Email));
        const QString email = table->model()->index(3, ContactsModel::Email).data().toString();
        QTest::keyClick(table, Qt::Key_Return);
        ContactDetailDialog *detail = m_page->detailDialog();
        QVERIFY(detail);
        QTRY_VERIFY(detail->isVisible());
        QTRY_VERIFY(!detail->isLoading());
        QCOMPARE(detail->emailText(), email);
        QCOMPARE(detail->errorText(), QString());
        detail->close();
    }

private:
    qint64 scalar(const char *sql) { return m_session->workspace()->db().scalarInt(sql); }

    // Waits for the page's query, count and filter choices to be in.
    bool settled()
    {
        return QTest::qWaitFor(
            [this] {
                ContactsModel *model = m_page->model();
                return !model->isLoading() && model->totalCount() >= 0 && m_page->hasFacets() &&
                       model->query().search == m_page->filterBar()->searchText();
            },
            30000);
    }

    int rowOf(FilterPopup *popup, const QString &label)
    {
        QAbstractItemModel *model = popup->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == label)
                return row;
        return -1;
    }

    void clickRow(FilterPopup *popup, int row)
    {
        QTreeView *view = popup->view();
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    void clickHeader(int column)
    {
        QHeaderView *header = m_page->table()->horizontalHeader();
        m_page->table()->scrollTo(m_page->table()->model()->index(0, column));
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    QTemporaryDir m_dir;
    QString m_path;
    SampleCounts m_counts;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ContactsPage> m_page;
};

QTEST_MAIN(TestContactsPage)
#include "test_contactspage.moc"
