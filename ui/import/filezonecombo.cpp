#include "filezonecombo.h"

#include <QCompleter>

namespace herald {

FileZoneCombo::FileZoneCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    addItem(QString(), QString()); // "Automatic", labelled by setConventional()
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void FileZoneCombo::setConventional(const QTimeZone &conventional, const QString &profile)
{
    setItemText(0, conventional == QTimeZone::utc() && !profile.isEmpty()
                       ? tr("Automatic: UTC, as %1 writes its exports").arg(profile)
                       : tr("Automatic: the workspace's zone, %1").arg(QString::fromUtf8(conventional.id())));
}

std::optional<QTimeZone> FileZoneCombo::chosenZone() const
{
    const QString text = currentText().trimmed();
    if (currentIndex() == 0 && text == itemText(0))
        return QTimeZone();
    const QTimeZone zone(text.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

QString FileZoneCombo::problem() const
{
    if (chosenZone())
        return {};
    return tr("“%1” is not a time zone Herald knows; choose one from the list, e.g. Europe/Berlin.")
        .arg(currentText().trimmed());
}

} // namespace herald
