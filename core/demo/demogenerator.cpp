#include "demogenerator.h"

#include "workspace.h"

namespace herald {

Result<DemoReport> generateDemo(Workspace &, const DemoOptions &, const JobControl &)
{
    return Error{QStringLiteral("The demo generator is being written.")};
}

} // namespace herald
