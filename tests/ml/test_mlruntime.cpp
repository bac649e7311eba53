// The model runtime: libtorch stays out of the process until something asks for it, then reports itself.
#include "runtime.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace herald;

class TestMlRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libtorchLoadsOnFirstUse()
    {
        ml::initialize(2);
        QVERIFY(!ml::runtimeLoaded());
        QVERIFY(!mapsMention("libtorch"));

        const ml::RuntimeInfo info = ml::runtimeInfo();
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QVERIFY(ml::runtimeLoaded());
        QVERIFY(mapsMention("libtorch"));
        QVERIFY(info.torchVersion.contains(QLatin1Char('.')));
        QCOMPARE(info.threads, 2);
        QVERIFY(info.modulePath.endsWith(QStringLiteral("herald_ml_torch")));
        // CI installs the OpenMP build of OpenBLAS, as the package depends on it.
        QVERIFY2(info.blas.startsWith(QStringLiteral("OpenBLAS")), qPrintable(info.blas));
        QVERIFY(info.blasWarning.isEmpty());

        ml::initialize(1);
        QCOMPARE(ml::runtimeInfo().threads, 1);
    }

    // A missing module is a clear message, not a crash: the rest of Herald keeps working without models.
    void missingModuleIsReported()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HERALD_ML_MODULE"), QStringLiteral("/nonexistent/herald_ml_torch.so"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HERALD_BINARY), {QStringLiteral("info")});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("libtorch:       not available")), qPrintable(out));
        QVERIFY2(err.contains(QStringLiteral("/nonexistent/herald_ml_torch.so")), qPrintable(err));
    }

private:
    static bool mapsMention(const char *name)
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
    }
};

QTEST_GUILESS_MAIN(TestMlRuntime)
#include "test_mlruntime.moc"
