#include "runtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <torch/torch.h>

namespace herald::ml {
namespace {

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

} // namespace

void initialize(int threads)
{
    const int wanted = threads > 0 ? threads : qMax(1, QThread::idealThreadCount());
    at::set_num_threads(wanted);
}

RuntimeInfo runtimeInfo()
{
    RuntimeInfo info;
    info.torchVersion = QStringLiteral(TORCH_VERSION);
    info.threads = at::get_num_threads();
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
        info.blas = QStringLiteral("unknown");
    }
    if (info.blasIsReference)
        info.blasWarning = QCoreApplication::translate(
            "herald::ml::Runtime",
            "The slow reference BLAS is in use; model training will be 10-20 times slower. Install "
            "libopenblas0-openmp.");
    return info;
}

} // namespace herald::ml
