#pragma once

// The interface between herald_ml and its libtorch module (herald_ml_torch), private to ml/.
//
// libtorch's own start-up (operator registration, about 0.45 s of CPU on this hardware) runs when its shared library
// is loaded. Most of what Herald does (imports, exports, exploring, the GUI's first screens) needs no model, so the
// code that calls torch lives in a module that herald_ml loads the first time a model needs it (runtime.cpp), not in
// the executable. Everything torch-shaped stays behind this interface: it passes Qt and standard types only, and
// both sides are built from the same tree, so the module is refused unless its abiVersion matches.
#include <QString>

namespace herald::ml::detail {

inline constexpr int abiVersion = 1;

class Backend
{
public:
    virtual ~Backend() = default;
    virtual QString torchVersion() const = 0;
    virtual void setThreads(int threads) = 0;
    virtual int threads() const = 0;
};

} // namespace herald::ml::detail

// The one symbol the module exports: its backend, or null when `abi` is not the module's.
extern "C" {
using HeraldMlBackendFunction = herald::ml::detail::Backend *(*)(int abi);
}
#define HERALD_ML_BACKEND_SYMBOL "herald_ml_backend"
