#pragma once

#include <QString>

namespace herald::ml {

struct RuntimeInfo
{
    QString torchVersion;
    int threads = 0;
    QString blas;     // human-readable name of the BLAS library actually loaded, e.g. "OpenBLAS 0.3.21 (OpenMP)"
    QString blasPath; // the shared object mapped into this process
    bool blasIsReference = false; // Netlib's reference BLAS: correct but 10-20x slower
    QString blasWarning;          // translated warning when the BLAS in use will make training slow; empty otherwise
};

// Sets the number of threads libtorch uses (0: one per core). Call once at start-up, before any model work.
void initialize(int threads = 0);

RuntimeInfo runtimeInfo();

} // namespace herald::ml
