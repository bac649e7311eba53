#include "profiles/jsonnode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EspProfile)
};

} // namespace

void JsonNode::fail(const QString &message) const
{
    throw JsonProblem{m_path, message};
}

void JsonNode::expectObject() const
{
    if (!m_value.isObject())
        fail(Tr::tr("must be an object"));
}

JsonNode JsonNode::operator[](QStringView key) const
{
    expectObject();
    const QString name = key.toString();
    return {m_value.toObject().value(name), m_path.isEmpty() ? name : m_path + u'.' + name};
}

JsonNode JsonNode::required(QStringView key) const
{
    JsonNode child = (*this)[key];
    if (!child.exists())
        child.fail(Tr::tr("is missing"));
    return child;
}

JsonNode JsonNode::at(qsizetype index) const
{
    return {m_value.toArray().at(index), m_path + u'[' + QString::number(index) + u']'};
}

qsizetype JsonNode::size() const
{
    return size(false);
}

qsizetype JsonNode::size(bool allowEmpty) const
{
    if (!m_value.isArray())
        fail(Tr::tr("must be an array"));
    const qsizetype count = m_value.toArray().size();
    if (count == 0 && !allowEmpty)
        fail(Tr::tr("must not be empty"));
    return count;
}

QStringList JsonNode::keys() const
{
    expectObject();
    return m_value.toObject().keys();
}

void JsonNode::allowKeys(std::initializer_list<QStringView> allowed) const
{
    for (const QString &key : keys()) {
        bool known = key == u"note";
        for (QStringView name : allowed)
            known = known || key == name;
        if (!known)
            (*this)[key].fail(Tr::tr("unknown key (check its spelling)"));
    }
}

QString JsonNode::text(bool allowEmpty) const
{
    if (!m_value.isString())
        fail(Tr::tr("must be a string"));
    const QString result = m_value.toString();
    if (!allowEmpty && result.trimmed().isEmpty())
        fail(Tr::tr("must not be empty"));
    return result;
}

QString JsonNode::textOr(const QString &fallback) const
{
    return m_value.isUndefined() ? fallback : text();
}

bool JsonNode::flagOr(bool fallback) const
{
    if (m_value.isUndefined())
        return fallback;
    if (!m_value.isBool())
        fail(Tr::tr("must be true or false"));
    return m_value.toBool();
}

QStringList JsonNode::texts(bool allowEmpty) const
{
    QStringList result;
    const qsizetype count = size(allowEmpty);
    for (qsizetype i = 0; i < count; ++i)
        result << at(i).text();
    return result;
}

QChar JsonNode::character() const
{
    const QString value = text(true);
    if (value == u"tab")
        return u'\t';
    if (value.size() != 1)
        fail(Tr::tr("must be a single character (or \"tab\")"));
    return value.front();
}

QString JsonNode::oneOf(std::initializer_list<QStringView> words) const
{
    const QString value = text();
    QStringList quoted;
    for (QStringView word : words) {
        if (value == word)
            return value;
        quoted << u'"' + word.toString() + u'"';
    }
    fail(Tr::tr("must be one of %1").arg(quoted.join(QStringLiteral(", "))));
}

} // namespace herald
