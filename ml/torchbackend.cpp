// The libtorch side of herald_ml, built as the module herald_ml_torch (see backend.h).
#include "backend.h"

#include <torch/torch.h>

namespace herald::ml::detail {
namespace {

class TorchBackend final : public Backend
{
public:
    QString torchVersion() const override { return QStringLiteral(TORCH_VERSION); }
    void setThreads(int threads) override { at::set_num_threads(threads); }
    int threads() const override { return at::get_num_threads(); }
};

} // namespace
} // namespace herald::ml::detail

extern "C" __attribute__((visibility("default"))) herald::ml::detail::Backend *herald_ml_backend(int abi)
{
    if (abi != herald::ml::detail::abiVersion)
        return nullptr;
    static herald::ml::detail::TorchBackend backend;
    return &backend;
}
