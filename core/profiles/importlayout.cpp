#include "profiles/importlayout.h"

#include "profiles/heraldfields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ImportLayout)
};

const QString customPrefix = QStringLiteral("custom:");

bool isSpecialPlaceholder(QStringView name)
{
    return name == u"tags" || name == u"status" || name == u"attributes";
}

bool isKnownPlaceholder(QStringView name)
{
    if (isSpecialPlaceholder(name) || scheduleFieldKeys().contains(name))
        return true;
    if (name.startsWith(customPrefix))
        return name.size() > customPrefix.size();
    const HeraldField *field = findHeraldField(name);
    return field && field->record == RecordKind::Contacts && field->type != FieldType::Tags &&
           field->type != FieldType::JsonObject;
}

// Splits a template into literal text and placeholder names; placeholders are the odd entries.
std::optional<QStringList> splitTemplate(const QString &text)
{
    QStringList parts;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'}')
            return std::nullopt;
        if (text[i] != u'{') {
            literal += text[i];
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        if (close < 0)
            return std::nullopt;
        parts << literal << text.mid(i + 1, close - i - 1).trimmed();
        literal.clear();
        i = close;
    }
    parts << literal;
    return parts;
}

QString quotedTag(const QString &tag)
{
    QString escaped = tag;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

class RowRenderer
{
public:
    RowRenderer(const ImportLayout &layout, const ExportContact &contact) : m_layout(layout), m_contact(contact) {}

    QString render(const QString &text) const
    {
        const std::optional<QStringList> parts = splitTemplate(text);
        if (!parts)
            return {};
        QString out;
        for (qsizetype i = 0; i < parts->size(); ++i)
            out += (i % 2 == 0) ? parts->at(i) : value(parts->at(i));
        return out.trimmed();
    }

private:
    QString value(const QString &name) const
    {
        if (name == u"tags")
            return tags();
        if (name == u"status")
            return m_layout.statusWords.value(m_contact.status, statusKey(m_contact.status));
        if (name == u"attributes")
            return attributes();
        if (name.startsWith(customPrefix)) {
            const QString key = name.mid(customPrefix.size());
            for (const auto &[customName, customValue] : m_contact.customFields)
                if (customName.compare(key, Qt::CaseInsensitive) == 0)
                    return customValue;
            return {};
        }
        if (scheduleFieldKeys().contains(name))
            return scheduleValue(name);
        if (m_contact.times.contains(name)) {
            const QDateTime time = m_contact.times.value(name);
            return time.isValid() ? time.toUTC().toString(m_layout.dateFormat) : QString();
        }
        return m_contact.fields.value(name);
    }

    QString scheduleValue(const QString &name) const
    {
        if (!m_contact.sendAt.isValid())
            return {};
        if (name == u"send_at_utc")
            return m_contact.sendAt.toUTC().toString(m_layout.dateFormat);
        const QDateTime local =
            m_contact.sendAt.toTimeZone(m_contact.zone.isValid() ? m_contact.zone : QTimeZone::utc());
        if (name == u"send_at_local")
            return local.toString(m_layout.dateFormat);
        if (name == u"send_date_local")
            return local.toString(QStringLiteral("yyyy-MM-dd"));
        if (name == u"send_time_local")
            return local.toString(QStringLiteral("HH:mm"));
        if (name == u"send_hour_local")
            return local.toString(QStringLiteral("HH"));
        // English, lower case: it ends up in tag names, which must not change with the user's language.
        return QLocale::c().dayName(local.date().dayOfWeek(), QLocale::ShortFormat).toLower();
    }

    QString tags() const
    {
        QStringList all = m_contact.tags;
        if (!m_layout.sendTimeTag.isEmpty() && m_contact.sendAt.isValid()) {
            const QString sendTag = render(m_layout.sendTimeTag);
            if (!sendTag.isEmpty())
                all << sendTag;
        }
        if (m_layout.tagQuoted)
            for (QString &tag : all)
                tag = quotedTag(tag);
        return all.join(m_layout.tagSeparator);
    }

    QString attributes() const
    {
        QJsonObject object;
        for (const ImportColumn &entry : m_layout.attributes) {
            const QString text = render(entry.value);
            if (!text.isEmpty())
                object.insert(entry.header, text);
        }
        if (m_layout.attributesIncludeCustomFields)
            for (const auto &[name, text] : m_contact.customFields)
                if (!object.contains(name) && !text.isEmpty())
                    object.insert(name, text);
        return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    const ImportLayout &m_layout;
    const ExportContact &m_contact;
};

} // namespace

QStringList importHeader(const ImportLayout &layout)
{
    QStringList header;
    header.reserve(layout.columns.size());
    for (const ImportColumn &column : layout.columns)
        header << column.header;
    return header;
}

Result<QStringList> renderImportRow(const ImportLayout &layout, const ExportContact &contact)
{
    if (contact.fields.value(QStringLiteral("email")).trimmed().isEmpty())
        return Error{Tr::tr("The contact has no email address, so %1 cannot import it.").arg(layout.name)};
    const RowRenderer renderer(layout, contact);
    QStringList cells;
    cells.reserve(layout.columns.size());
    for (const ImportColumn &column : layout.columns)
        cells << renderer.render(column.value);
    return cells;
}

std::optional<QString> importTemplateProblem(const QString &text)
{
    const std::optional<QStringList> parts = splitTemplate(text);
    if (!parts)
        return Tr::tr("unbalanced braces in “%1”").arg(text);
    for (qsizetype i = 1; i < parts->size(); i += 2)
        if (!isKnownPlaceholder(parts->at(i)))
            return Tr::tr("unknown placeholder {%1} in “%2”").arg(parts->at(i), text);
    return std::nullopt;
}

} // namespace herald
