#pragma once

#include <QString>

namespace herald::ml {

struct RuntimeInfo
{
    QString torchVersion; // empty when the model runtime could not be loaded (see error)
    int threads = 0;
    QString blas;     // human-readable name of the BLAS library actually loaded, e.g. "OpenBLAS 0.3.21 (OpenMP)"
    QString blasPath; // the shared object mapped into this process
    bool blasIsReference = false; // Netlib's reference BLAS: correct but 10-20x slower
    QString blasWarning;          // translated warning when the BLAS in use will make training slow; empty otherwise
    QString modulePath;           // the libtorch module herald_ml loaded, or tried to
    QString error;                // translated reason the model runtime is unavailable; empty when it loaded
};

// The number of threads libtorch is to use (0: one per core). Call once at start-up; it costs nothing until a model
// needs libtorch, which loads then (see backend.h).
void initialize(int threads = 0);

// Loads the model runtime if it is not loaded yet (about half a second, once per process) and describes it.
RuntimeInfo runtimeInfo();

// Whether libtorch is in this process: false until something needed a model.
bool runtimeLoaded();

} // namespace herald::ml
