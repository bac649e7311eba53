#include "runtime.h"

#include "backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <mutex>

namespace herald::ml {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ml::Runtime)
};

// The BLAS that libtorch resolved at load time, read from this process's memory map; Debian picks it through
// the libblas.so.3 alternative, so the file name alone does not tell.
QString mappedBlasPath()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString fallback;
    const QByteArray all = maps.readAll();
    for (const QByteArray &line : all.split('\n')) {
        const int slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString path = QString::fromLocal8Bit(line.mid(slash));
        const QString file = path.section(QLatin1Char('/'), -1).toLower();
        if (file.contains(QLatin1StringView("openblas")) || file.contains(QLatin1StringView("mkl_rt")) ||
            file.contains(QLatin1StringView("blis")))
            return path;
        if (file.startsWith(QLatin1StringView("libblas.so")) && fallback.isEmpty())
            fallback = path;
    }
    return fallback;
}

// HERALD_ML_MODULE names the module outright; otherwise it sits at a fixed place relative to the executable, the
// same in the build tree (bin/ and lib/herald/) and in an installation (/usr/bin and /usr/lib/herald).
QString modulePath()
{
    const QString overridden = qEnvironmentVariable("HERALD_ML_MODULE");
    if (!overridden.isEmpty())
        return overridden;
    const QString executableDir =
        QCoreApplication::instance()
            ? QCoreApplication::applicationDirPath()
            : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
    return QDir::cleanPath(QDir(executableDir).filePath(QStringLiteral(HERALD_ML_MODULE_RELATIVE_PATH)));
}

struct Loaded
{
    detail::Backend *backend = nullptr;
    QString path;
    QString error;
};

std::atomic<int> g_threads{0};
std::atomic<bool> g_loaded{false};

int wantedThreads()
{
    const int threads = g_threads.load();
    return threads > 0 ? threads : qMax(1, QThread::idealThreadCount());
}

const Loaded &load()
{
    static Loaded loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        loaded.path = modulePath();
        // Never unloaded: libtorch does not support it, and the process keeps using what it registered.
        QLibrary library(loaded.path);
        const auto entry = reinterpret_cast<HeraldMlBackendFunction>(library.resolve(HERALD_ML_BACKEND_SYMBOL));
        if (!entry) {
            loaded.error = Tr::tr("The model runtime could not be loaded from %1: %2")
                               .arg(QDir::toNativeSeparators(loaded.path), library.errorString());
            return;
        }
        loaded.backend = entry(detail::abiVersion);
        if (!loaded.backend) {
            loaded.error = Tr::tr("The model runtime in %1 belongs to another version of Herald.")
                               .arg(QDir::toNativeSeparators(loaded.path));
            return;
        }
        loaded.backend->setThreads(wantedThreads());
        g_loaded = true;
    });
    return loaded;
}

} // namespace

void initialize(int threads)
{
    g_threads = threads;
    if (g_loaded)
        load().backend->setThreads(wantedThreads());
}

bool runtimeLoaded()
{
    return g_loaded;
}

RuntimeInfo runtimeInfo()
{
    const Loaded &loaded = load();
    RuntimeInfo info;
    info.modulePath = loaded.path;
    info.error = loaded.error;
    if (loaded.backend) {
        info.torchVersion = loaded.backend->torchVersion();
        info.threads = loaded.backend->threads();
    }
    info.blasPath = mappedBlasPath();
    const QString lower = info.blasPath.toLower();
    if (lower.contains(QLatin1StringView("openblas"))) {
        static const QRegularExpression version(QStringLiteral("openblas\\w*-r(\\d+\\.\\d+\\.\\d+)"));
        const auto match = version.match(lower);
        QString variant;
        if (lower.contains(QLatin1StringView("openmp")))
            variant = QStringLiteral(" (OpenMP)");
        else if (lower.contains(QLatin1StringView("pthread")))
            variant = QStringLiteral(" (pthreads)");
        else if (lower.contains(QLatin1StringView("serial")))
            variant = QStringLiteral(" (serial)");
        info.blas = QStringLiteral("OpenBLAS") +
                    (match.hasMatch() ? QStringLiteral(" ") + match.captured(1) : QString()) + variant;
    } else if (lower.contains(QLatin1StringView("mkl"))) {
        info.blas = QStringLiteral("Intel MKL");
    } else if (lower.contains(QLatin1StringView("blis"))) {
        info.blas = QStringLiteral("BLIS");
    } else if (lower.contains(QLatin1StringView("atlas"))) {
        info.blas = QStringLiteral("ATLAS");
    } else if (!lower.isEmpty()) {
        info.blas = QStringLiteral("Reference BLAS (Netlib)");
        info.blasIsReference = true;
    } else {
        info.blas = Tr::tr("unknown");
    }
    if (info.blasIsReference)
        info.blasWarning =
            Tr::tr("The slow reference BLAS is in use; model training will be 10-20 times slower. Install "
                   "libopenblas0-openmp.");
    return info;
}

} // namespace herald::ml
