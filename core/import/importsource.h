#pragma once

#include "csv/csvformat.h"
#include "result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace herald {

// One CSV file an import reads: a file on disk, or a member of a ZIP archive.
struct ImportSource
{
    QString path;   // the file, or the archive
    QString member; // the member inside the archive; empty for a plain file

    bool isZipMember() const { return !member.isEmpty(); }
    QString displayName() const; // "contacts.csv" or "export.zip/subscribed.csv"
    qint64 size() const;         // bytes to read, for progress; -1 when unknown

    // The CSV files at `path`: the file itself, or the CSV members of a ZIP (only those in `members` when given,
    // in the archive's order; a name the archive does not hold is an error).
    static Result<QList<ImportSource>> list(const QString &path, const QStringList &members = {});
    Result<std::unique_ptr<QIODevice>> open() const;
};

// Reader options for a source: the user's encoding and delimiter choices, the file name for messages.
CsvOptions csvOptionsFor(const ImportSource &source, CsvEncoding encoding, QChar delimiter);

} // namespace herald
