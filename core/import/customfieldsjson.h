#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QJsonObject;

namespace herald {

// A contact's custom fields as the compact JSON object the contacts table stores (UTF-8; empty when there are none):
// keys in order, a key given twice keeping its last value, empty values left out. Written by hand: QJsonObject and
// QJsonDocument cost more than the rest of a row of a large import.
QByteArray customFieldsJson(const QList<QPair<QString, QString>> &fields);
// The same written at `out`, which has room for customFieldsJsonBound(fields) bytes; returns the end (`out` itself
// when there are none).
qsizetype customFieldsJsonBound(const QList<QPair<QString, QString>> &fields);
char *writeCustomFieldsJson(char *out, const QList<QPair<QString, QString>> &fields);
QByteArray customFieldsJson(const QJsonObject &fields);

} // namespace herald
