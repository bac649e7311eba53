#pragma once

#include <QChar>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace herald {

// A problem in a JSON file, at `path` ("exports[2].headers[0]"). Thrown by JsonNode and caught by the reader
// that owns the file; it never leaves core.
struct JsonProblem
{
    QString path;
    QString message;
};

// A value in a JSON document together with its path, so every complaint says where the value is.
// Reading a value of the wrong type throws JsonProblem.
class JsonNode
{
public:
    JsonNode(QJsonValue value, QString path) : m_value(std::move(value)), m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    const QJsonValue &value() const { return m_value; }
    bool exists() const { return !m_value.isUndefined() && !m_value.isNull(); }

    JsonNode operator[](QStringView key) const; // a member, which may not exist
    JsonNode required(QStringView key) const;   // a member that must exist
    JsonNode at(qsizetype index) const;
    qsizetype size() const; // number of array items; an empty array is an error unless `allowEmpty`
    qsizetype size(bool allowEmpty) const;
    QStringList keys() const;
    // Fails on a member not in `allowed` ("note" is always allowed), which catches misspelt keys.
    void allowKeys(std::initializer_list<QStringView> allowed) const;

    QString text(bool allowEmpty = false) const;
    QString textOr(const QString &fallback) const; // `fallback` when the member is absent
    bool flagOr(bool fallback) const;
    QStringList texts(bool allowEmpty = false) const;
    // One character; "tab" means a tab.
    QChar character() const;
    // One of `words`, returned as written.
    QString oneOf(std::initializer_list<QStringView> words) const;

    [[noreturn]] void fail(const QString &message) const;

private:
    void expectObject() const;

    QJsonValue m_value;
    QString m_path;
};

} // namespace herald
