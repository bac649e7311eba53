#include "domain.h"
#include "profiles/heraldfields.h"
#include "schema.h"
#include "translations.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace herald;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = false;
};

// The catalogue as lupdate wrote it, read with the XML reader so entities and numerus forms come out as Qt sees them.
QList<Message> readCatalogue(const QString &language)
{
    QFile file(QStringLiteral(HERALD_TRANSLATIONS_DIR "/herald_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, false});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            Message &message = messages.last();
            message.finished = !xml.attributes().hasAttribute(QLatin1StringView("type"));
            QString text;
            QStringList forms; // a plural message holds <numerusform> children instead of text
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"translation")) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms.append(xml.readElementText());
            }
            message.translations = forms.isEmpty() ? QStringList{text} : forms;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Keyboard accelerators ("&File"), not escaped ampersands ("&&").
qsizetype accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&\\w"));
    qsizetype count = 0;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

const QStringList languages = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void shipsEveryLanguage()
    {
        const QStringList available = availableLanguages();
        for (const QString &language : languages)
            QVERIFY2(available.contains(language), qPrintable(available.join(QLatin1Char(' '))));
    }

    void translatesTheApplication_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subscribed");
        QTest::addColumn<QString>("emailField");
        QTest::addColumn<QString>("cannotCreateFolder"); // %1: the folder
        QTest::addColumn<QString>("newerWorkspace");     // %1: this Herald's schema version
        QTest::addColumn<QString>("unknownCommand");
        QTest::addColumn<QString>("usage");
        QTest::newRow("de") << u"de"_qs << u"Angemeldet"_qs << u"E-Mail-Adresse"_qs
                            << u"Der Ordner %1 kann nicht erstellt werden."_qs
                            << u"Dieser Arbeitsbereich wurde von einer neueren Herald-Version geschrieben (Schema 99; "
                               u"diese Version liest bis Schema %1). Aktualisieren Sie Herald, um ihn zu öffnen."_qs
                            << u"herald: unbekannter Befehl \"frobnicate\"."_qs << u"Aufruf: herald"_qs;
        QTest::newRow("fr")
            << u"fr"_qs << u"Abonné"_qs << u"Adresse e-mail"_qs << u"Impossible de créer le dossier %1."_qs
            << u"Cet espace de travail a été écrit par une version plus récente de Herald (schéma 99\u00a0; "
               u"cette version lit jusqu’au schéma %1). Mettez Herald à jour pour l’ouvrir."_qs
            << u"herald\u00a0: commande \"frobnicate\" inconnue."_qs << u"Utilisation\u00a0: herald"_qs;
        QTest::newRow("es") << u"es"_qs << u"Suscrito"_qs << u"Dirección de correo electrónico"_qs
                            << u"No se puede crear la carpeta %1."_qs
                            << u"Este espacio de trabajo lo escribió una versión más reciente de Herald (esquema 99; "
                               u"esta versión lee hasta el esquema %1). Actualice Herald para abrirlo."_qs
                            << u"herald: comando \"frobnicate\" desconocido."_qs << u"Uso: herald"_qs;
    }

    void translatesTheApplication()
    {
        QFETCH(QString, language);
        QFETCH(QString, subscribed);
        QFETCH(QString, emailField);
        QFETCH(QString, cannotCreateFolder);
        QFETCH(QString, newerWorkspace);
        QFETCH(QString, unknownCommand);

        QCOMPARE(installTranslators(*QCoreApplication::instance(), language), language);
        QCOMPARE(QLocale().language(), QLocale(language).language());
        QCOMPARE(statusDisplayName(ContactStatus::Subscribed), subscribed);
        QCOMPARE(heraldFieldDisplayName(u"email"), emailField);

        // A plain file where the workspace's folder should be: the folder cannot be created.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto blocked = Workspace::open(dir.filePath(QStringLiteral("blocker/sub/shop.herald")));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().message,
                 cannotCreateFolder.arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("blocker/sub")))));

        const QString path = dir.filePath(QStringLiteral("future.herald"));
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            (*workspace)->db().exec("PRAGMA user_version = 99");
        }
        const auto future = Workspace::open(path);
        QVERIFY(!future.ok());
        QCOMPARE(future.error().message, newerWorkspace.arg(schema::currentVersion));

        QCOMPARE(QCoreApplication::translate("herald::cli", "herald: unknown command \"%1\".")
                     .arg(QStringLiteral("frobnicate")),
                 unknownCommand);
    }

    // The command line follows the system locale, as a user's shell sets it.
    void commandLineFollowsTheLocale_data() { translatesTheApplication_data(); }

    void commandLineFollowsTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, unknownCommand);
        QFETCH(QString, usage);
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString locale = QLocale(language).name() + QStringLiteral(".UTF-8");
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QStringLiteral("LANGUAGE"), language);
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        QProcess herald;
        herald.setProcessEnvironment(environment);
        herald.start(QStringLiteral(HERALD_BINARY), {QStringLiteral("frobnicate")});
        QVERIFY(herald.waitForFinished(-1));
        QVERIFY(herald.exitCode() != 0);
        const QString errors = QString::fromUtf8(herald.readAllStandardError());
        QVERIFY2(errors.contains(unknownCommand), qPrintable(errors));
        QVERIFY2(errors.contains(usage), qPrintable(errors));
    }

    void cataloguesAreCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void cataloguesAreCompleteAndConsistent()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readCatalogue(language);
        const QList<Message> german = readCatalogue(QStringLiteral("de"));
        QVERIFY(messages.size() > 300);
        QCOMPARE(messages.size(), german.size()); // every language holds the same source texts
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (!message.finished)
                problems << where + QStringLiteral(" is unfinished");
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                    continue;
                }
                if (placeholders(translation) != placeholders(message.source))
                    problems << where + QStringLiteral(" -> \"") + translation +
                                    QStringLiteral("\" changes placeholders");
                if (accelerators(translation) != accelerators(message.source))
                    problems << where + QStringLiteral(" -> \"") + translation +
                                    QStringLiteral("\" changes accelerators");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checks above would pass on nothing: make sure they see placeholders and accelerators where they are.
    void checksSeeWhatTheyCheck()
    {
        QCOMPARE(placeholders(QStringLiteral("#%1 %2 %10 %L3 %n")),
                 (QSet<QString>{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%10"),
                                QStringLiteral("%L3"), QStringLiteral("%n")}));
        QCOMPARE(accelerators(QStringLiteral("Open &Recent")), 1);
        QCOMPARE(accelerators(QStringLiteral("Salt && Pepper")), 0);
        const QList<Message> messages = readCatalogue(QStringLiteral("de"));
        const auto find = [&](const QString &source) {
            for (const Message &message : messages)
                if (message.source == source)
                    return message;
            return Message{};
        };
        QCOMPARE(find(QStringLiteral("Open &Recent")).translations, QStringList{QStringLiteral("&Zuletzt geöffnet")});
        QCOMPARE(find(QStringLiteral("The workspace summary could not be read.\n%1")).translations,
                 QStringList{QStringLiteral("Die Übersicht des Arbeitsbereichs konnte nicht gelesen werden.\n%1")});
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
