#include "tztables.h"

#include "logging.h"

#include <QFile>

namespace herald::tz {

QList<QStringList> readTable(const QString &name)
{
    QList<QStringList> rows;
    QFile file(QStringLiteral(":/tz/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        // The tables are compiled in; a missing one is a packaging fault, not a user error.
        qCCritical(lcTimeZones) << "missing time zone table" << file.fileName();
        return rows;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : line.split(u'\t', Qt::SkipEmptyParts))
            fields.append(field.trimmed().toString());
        rows.append(fields);
    }
    return rows;
}

QString foldName(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (gap && !folded.isEmpty())
                folded.append(u' ');
            gap = false;
            folded.append(c.toCaseFolded());
        } else if (c.category() == QChar::Mark_NonSpacing || c == u'.' || c == u'\'' || c == u'\u2019') {
            // Accents and dots vanish rather than split a word: "U.S.A." is "usa", "d'Ivoire" is "divoire".
        } else {
            gap = true;
        }
    }
    return folded;
}

} // namespace herald::tz
