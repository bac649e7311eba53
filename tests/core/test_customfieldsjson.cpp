// The custom fields JSON a contact import writes by hand: long plain runs (copied eight characters at a time), runs
// broken by a character to escape or encode, and the key order kept from row to row.
#include "import/customfieldsjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace herald;

using Fields = QList<QPair<QString, QString>>;

class TestCustomFieldsJson : public QObject
{
    Q_OBJECT

private:
    static QJsonObject read(const Fields &fields)
    {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(customFieldsJson(fields), &error).object();
        [&] { QCOMPARE(error.error, QJsonParseError::NoError); }();
        return object;
    }

private Q_SLOTS:
    void valuesReadBackWhereverTheSpecialCharacterFalls_data()
    {
        QTest::addColumn<QString>("value");
        const QString plain = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz");
        for (const QString &special :
             {QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"), QStringLiteral("\x01"),
              QStringLiteral("\x7f"), QStringLiteral("é"), QStringLiteral("€"), QStringLiteral("😀")}) {
            for (qsizetype at : {0, 1, 7, 8, 9, 15, 16, 17, 35}) {
                QString value = plain;
                value.insert(at, special);
                QTest::addRow("U+%04X at %lld", special.at(0).unicode(), at) << value;
            }
        }
        QTest::addRow("plain, 36 characters") << plain;
        QTest::addRow("plain, 8 characters") << plain.left(8);
        QTest::addRow("plain, 7 characters") << plain.left(7);
        QTest::addRow("space and tilde") << QStringLiteral(" ~ ~ ~ ~ ~ ~ ~ ~ ~");
    }
    void valuesReadBackWhereverTheSpecialCharacterFalls()
    {
        QFETCH(QString, value);
        const QJsonObject object = read({{QStringLiteral("field"), value}});
        QCOMPARE(object.value(u"field"_qs).toString(), value);
        const QByteArray json = customFieldsJson(Fields{{QStringLiteral("field"), value}});
        QCOMPARE(json, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    // Rows of an import repeat their field names: the order is kept, but only for the same names.
    void keyOrderFollowsTheNamesOfEachRow()
    {
        const Fields first{{QStringLiteral("b"), QStringLiteral("1")}, {QStringLiteral("a"), QStringLiteral("2")}};
        QCOMPARE(customFieldsJson(first), QByteArray(R"({"a":"2","b":"1"})"));
        QCOMPARE(customFieldsJson(first), QByteArray(R"({"a":"2","b":"1"})"));
        const Fields renamed{{QStringLiteral("b"), QStringLiteral("1")}, {QStringLiteral("c"), QStringLiteral("2")}};
        QCOMPARE(customFieldsJson(renamed), QByteArray(R"({"b":"1","c":"2"})"));
        const Fields more{{QStringLiteral("b"), QStringLiteral("1")},
                          {QStringLiteral("c"), QStringLiteral("2")},
                          {QStringLiteral("a"), QStringLiteral("3")},
                          {QStringLiteral("b"), QStringLiteral("4")}};
        QCOMPARE(customFieldsJson(more), QByteArray(R"({"a":"3","b":"4","c":"2"})"));
        QCOMPARE(customFieldsJson(first), QByteArray(R"({"a":"2","b":"1"})"));
    }
};

QTEST_GUILESS_MAIN(TestCustomFieldsJson)
#include "test_customfieldsjson.moc"
