#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace herald::tz {

// Rows of a bundled table (":/tz/<name>"): TAB-separated fields, blank and '#' comment lines left out.
QList<QStringList> readTable(const QString &name);

// Folds case, accents and punctuation so that "U.S.A." matches "usa", "Québec" matches "quebec" and
// "Nouvelle-Écosse" matches "nouvelle ecosse". Used on both the tables and the contact's text.
QString foldName(QStringView text);

} // namespace herald::tz
