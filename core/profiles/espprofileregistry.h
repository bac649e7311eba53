#pragma once

#include "profiles/espprofile.h"
#include "result.h"

#include <QList>
#include <QString>

#include <memory>

namespace herald {

// All ESP profiles Herald knows: the ones built in (resources/profiles, embedded under :/profiles) and any the user
// added as JSON files in a folder. Adding an ESP means adding a file, never code.
class EspProfileRegistry
{
public:
    // Loads every embedded profile. Fails, naming the file, when one is broken or the generic profile is missing.
    static Result<EspProfileRegistry> loadBuiltIn();
    // The built-in registry, loaded once. A broken built-in profile is a bug in Herald: it is logged and the
    // registry then holds the profiles that did load.
    static const EspProfileRegistry &builtIn();
    // Where the user can drop extra profiles: <AppDataLocation>/profiles.
    static QString userProfileFolder();

    // Loads every *.json in `folder` (a missing folder is fine). A profile whose id is already known replaces
    // the earlier one, so a user can correct a built-in profile. Returns one error per file that did not load;
    // the others are still added.
    QList<Error> loadFolder(const QString &folder);
    // Adds or replaces a profile by id.
    void add(EspProfile profile);

    const EspProfile *find(const QString &id) const;
    // The fallback used for headers no ESP claims. Always present in a loaded registry.
    const EspProfile &generic() const;
    // Every profile, ESPs in load order then the generic one last.
    QList<const EspProfile *> profiles() const;
    QStringList ids() const;

private:
    QList<std::shared_ptr<const EspProfile>> m_profiles;
};

} // namespace herald
