#include "profiles/espprofileregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>

namespace herald {
namespace {

Q_LOGGING_CATEGORY(lcProfiles, "herald.core.profiles")

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EspProfileRegistry)
};

const QString genericId = QStringLiteral("generic");

Result<EspProfile> loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read this profile: %1.").arg(file.errorString()), QDir::toNativeSeparators(path)};
    return EspProfile::fromJson(file.readAll(), QDir::toNativeSeparators(path));
}

QStringList jsonFiles(const QString &folder)
{
    QDir dir(folder);
    QStringList paths;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

} // namespace

Result<EspProfileRegistry> EspProfileRegistry::loadBuiltIn()
{
    EspProfileRegistry registry;
    const QStringList paths = jsonFiles(QStringLiteral(":/profiles"));
    if (paths.isEmpty())
        return Error{Tr::tr("No built-in ESP profiles were found; Herald was built without its profile resources.")};
    for (const QString &path : paths) {
        Result<EspProfile> profile = loadFile(path);
        if (!profile)
            return profile.error();
        if (registry.find(profile->id()))
            return Error{Tr::tr("Two built-in profiles use the id “%1”.").arg(profile->id()), path};
        registry.add(std::move(profile).value());
    }
    if (!registry.find(genericId))
        return Error{Tr::tr("The built-in generic profile is missing.")};
    return registry;
}

const EspProfileRegistry &EspProfileRegistry::builtIn()
{
    static const EspProfileRegistry registry = [] {
        Result<EspProfileRegistry> loaded = loadBuiltIn();
        if (loaded)
            return std::move(loaded).value();
        qCCritical(lcProfiles).noquote() << "built-in ESP profiles:" << loaded.error().toString();
        EspProfileRegistry partial;
        for (const QString &path : jsonFiles(QStringLiteral(":/profiles")))
            if (Result<EspProfile> profile = loadFile(path))
                partial.add(std::move(profile).value());
        return partial;
    }();
    return registry;
}

QString EspProfileRegistry::userProfileFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

QList<Error> EspProfileRegistry::loadFolder(const QString &folder)
{
    QList<Error> errors;
    for (const QString &path : jsonFiles(folder)) {
        Result<EspProfile> profile = loadFile(path);
        if (!profile) {
            qCWarning(lcProfiles).noquote() << profile.error().toString();
            errors << profile.error();
            continue;
        }
        if (find(profile->id()))
            qCInfo(lcProfiles).noquote() << "profile" << profile->id() << "replaced by" << path;
        add(std::move(profile).value());
    }
    return errors;
}

void EspProfileRegistry::add(EspProfile profile)
{
    auto shared = std::make_shared<const EspProfile>(std::move(profile));
    for (auto &existing : m_profiles) {
        if (existing->id() == shared->id()) {
            existing = std::move(shared);
            return;
        }
    }
    m_profiles.append(std::move(shared));
}

const EspProfile *EspProfileRegistry::find(const QString &id) const
{
    for (const auto &profile : m_profiles)
        if (profile->id() == id)
            return profile.get();
    return nullptr;
}

const EspProfile &EspProfileRegistry::generic() const
{
    if (const EspProfile *profile = find(genericId))
        return *profile;
    // Only reachable when the built-in resources are broken; an empty fallback keeps callers working.
    static const EspProfile empty;
    return empty;
}

QList<const EspProfile *> EspProfileRegistry::profiles() const
{
    QList<const EspProfile *> list;
    for (const auto &profile : m_profiles)
        if (!profile->isFallback())
            list << profile.get();
    for (const auto &profile : m_profiles)
        if (profile->isFallback())
            list << profile.get();
    return list;
}

QStringList EspProfileRegistry::ids() const
{
    QStringList list;
    for (const EspProfile *profile : profiles())
        list << profile->id();
    return list;
}

} // namespace herald
