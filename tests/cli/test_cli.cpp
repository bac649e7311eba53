#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the real `herald` executable the way a script would: exit codes, stdout JSON, stderr messages.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run herald(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("HERALD_WORKSPACE"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HERALD_BINARY), arguments);
        if (!process.waitForFinished(600000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString workspace(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void versionPrintsVersion()
    {
        const Run run = herald({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("herald " HERALD_VERSION));
    }

    void helpListsCommands()
    {
        const Run run = herald({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("herald info"));
        QVERIFY(run.out.contains("herald demo"));
        QVERIFY(run.out.contains("herald contacts count"));
    }

    void unknownCommandIsUsageError()
    {
        const Run run = herald({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command \"frobnicate\""));
        QVERIFY(run.err.contains("Usage:"));
        QVERIFY(run.out.isEmpty());
    }

    void unknownOptionIsUsageError()
    {
        const Run run = herald({QStringLiteral("info"), QStringLiteral("--colour")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("colour"));
    }

    void badOptionValueIsUsageError()
    {
        const Run run = herald({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("many"),
                                QStringLiteral("--workspace"), workspace(QStringLiteral("bad.herald"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--contacts"));
        QVERIFY(!QFile::exists(workspace(QStringLiteral("bad.herald"))));
    }

    void infoJsonHasTheDocumentedKeys()
    {
        const Run run = herald({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--workspace"),
                                workspace(QStringLiteral("info.herald"))});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        for (const char *key : {"version", "schema_version", "workspace", "contacts", "campaigns", "events",
                                "torch_version", "torch_threads", "blas"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral(HERALD_VERSION));
        QCOMPARE(json.value(QStringLiteral("contacts")).toInteger(), 0);
        QVERIFY(json.value(QStringLiteral("torch_threads")).toInt() >= 1);
        QVERIFY(!json.value(QStringLiteral("torch_version")).toString().isEmpty());
        QVERIFY(!json.value(QStringLiteral("blas")).toString().isEmpty());
    }

    void environmentSelectsWorkspace()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HERALD_WORKSPACE"), workspace(QStringLiteral("env.herald")));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HERALD_BINARY), {QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("workspace")).toString(), workspace(QStringLiteral("env.herald")));
    }

    void contactsCountOnMissingWorkspaceFails()
    {
        const Run run = herald({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json"),
                                QStringLiteral("--workspace"), workspace(QStringLiteral("nope.herald"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("does not exist"));
        QVERIFY(run.out.isEmpty());
    }

    void contactsCountRejectsUnknownStatus()
    {
        const Run run =
            herald({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--status"),
                    QStringLiteral("happy"), QStringLiteral("--workspace"), workspace(QStringLiteral("info.herald"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown status \"happy\""));
    }

    void corruptWorkspaceIsAFailureNotACrash()
    {
        const QString path = workspace(QStringLiteral("notes.herald"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a workspace\n");
        file.close();
        const Run run = herald({QStringLiteral("info"), QStringLiteral("--workspace"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not a Herald workspace"));
        QVERIFY(run.err.contains("notes.herald"));
    }

    void infoCheckFindsADamagedFile()
    {
        const QString path = workspace(QStringLiteral("damaged.herald"));
        const Run demo = herald({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("2000"),
                                 QStringLiteral("--workspace"), path});
        QCOMPARE(demo.exitCode, 0);
        const Run healthy = herald({QStringLiteral("info"), QStringLiteral("--check"), QStringLiteral("--json"),
                                    QStringLiteral("--workspace"), path});
        QCOMPARE(healthy.exitCode, 0);
        QCOMPARE(healthy.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));

        // Scribble over every page after the schema's: the kind of damage a failing disk leaves.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(18); // the page size is at bytes 16-17, big-endian
        const qint64 page = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        QVERIFY(page >= 512);
        for (qint64 offset = page * 8; offset < file.size(); offset += 4096) {
            QVERIFY(file.seek(offset)); // from the page header on: any read of the page fails
            file.write(QByteArray(400, '\xff'));
        }
        file.close();
        const Run damaged =
            herald({QStringLiteral("info"), QStringLiteral("--check"), QStringLiteral("--workspace"), path});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains("damaged"), damaged.err.constData());
        // A reading command that meets a damaged page says what it means and what to do.
        const Run list = herald({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"),
                                 QStringLiteral("3"), QStringLiteral("--workspace"), path});
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains("damaged") && list.err.contains("restore it from a backup"), list.err.constData());
        // Writing commands check before they write.
        const Run demoAgain = herald({QStringLiteral("demo"), QStringLiteral("--workspace"), path});
        QCOMPARE(demoAgain.exitCode, 1);
        QVERIFY2(demoAgain.err.contains("damaged"), demoAgain.err.constData());
    }

    void demoThenCountByStatus()
    {
        const QString path = workspace(QStringLiteral("demo.herald"));
        const Run demo = herald({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("400"),
                                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json"),
                                 QStringLiteral("--workspace"), path});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().value(QStringLiteral("contacts")).toInteger(), 400);
        QVERIFY(demo.json().value(QStringLiteral("events")).toInteger() > 400);

        const Run all = herald({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json"),
                                QStringLiteral("--workspace"), path});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().value(QStringLiteral("count")).toInteger(), 400);

        qint64 sum = 0;
        for (const char *status :
             {"subscribed", "unsubscribed", "cleaned", "complained", "pending", "bounced", "non_subscribed"}) {
            const Run byStatus =
                herald({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--status"),
                        QLatin1StringView(status), QStringLiteral("--json"), QStringLiteral("--workspace"), path});
            QCOMPARE(byStatus.exitCode, 0);
            sum += byStatus.json().value(QStringLiteral("count")).toInteger();
        }
        QCOMPARE(sum, 400);

        const Run again = herald({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("50"),
                                  QStringLiteral("--workspace"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("not empty"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
