#include "import/emailaddress.h"

#include <QTest>

using namespace herald;

class TestEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << u"ann@example.com"_qs << u"ann@example.com"_qs << u"ann@example.com"_qs;
        QTest::newRow("case folded key") << u"Ann.Lee@Example.COM"_qs << u"Ann.Lee@example.com"_qs
                                         << u"ann.lee@example.com"_qs;
        QTest::newRow("spaces trimmed") << u"  bob@example.org \t"_qs << u"bob@example.org"_qs << u"bob@example.org"_qs;
        QTest::newRow("mailto") << u"mailto:c@example.net"_qs << u"c@example.net"_qs << u"c@example.net"_qs;
        QTest::newRow("display name") << u"Dee Doe <dee@example.com>"_qs << u"dee@example.com"_qs
                                      << u"dee@example.com"_qs;
        QTest::newRow("plus and tags") << u"e+news@example.com"_qs << u"e+news@example.com"_qs
                                       << u"e+news@example.com"_qs;
        QTest::newRow("idn domain") << u"jörg@bücher.example"_qs << u"jörg@bücher.example"_qs
                                    << u"jörg@bücher.example"_qs;
        QTest::newRow("punycode domain") << u"x@xn--bcher-kva.example"_qs << u"x@bücher.example"_qs
                                         << u"x@bücher.example"_qs;
        QTest::newRow("quoted local") << u"\"john doe\"@example.com"_qs << u"\"john doe\"@example.com"_qs
                                      << u"\"john doe\"@example.com"_qs;
        QTest::newRow("german sharp s folds")
            << u"STRASSE@example.com"_qs << u"STRASSE@example.com"_qs << u"strasse@example.com"_qs;
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, address);
        QFETCH(QString, key);
        const EmailCheck check = checkEmail(input);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.address, address);
        QCOMPARE(check.key, key);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << u""_qs << u"empty"_qs;
        QTest::newRow("no at") << u"ann.example.com"_qs << u"no @"_qs;
        QTest::newRow("two ats") << u"a@b@example.com"_qs << u"more than one @"_qs;
        QTest::newRow("no domain dot") << u"ann@localhost"_qs << u"no dot"_qs;
        QTest::newRow("space inside") << u"ann lee@example.com"_qs << u"space"_qs;
        QTest::newRow("double dot") << u"ann..lee@example.com"_qs << u"two dots"_qs;
        QTest::newRow("leading dot") << u".ann@example.com"_qs << u"starts or ends with a dot"_qs;
        QTest::newRow("comma") << u"ann,lee@example.com"_qs << u"\",\""_qs;
        QTest::newRow("hyphen label") << u"ann@-example.com"_qs << u"hyphen"_qs;
        QTest::newRow("numeric tld") << u"ann@example.123"_qs << u"ends in a number"_qs;
        QTest::newRow("ip literal") << u"ann@[192.0.2.1]"_qs << u"IP address"_qs;
        QTest::newRow("empty label") << u"ann@example..com"_qs << u"empty part"_qs;
        QTest::newRow("too long") << QString(300, QLatin1Char('a')) + u"@example.com"_qs << u"254"_qs;
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonPart);
        const EmailCheck check = checkEmail(input);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(reasonPart), qPrintable(check.reason));
        QVERIFY(check.key.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestEmail)
#include "test_email.moc"
