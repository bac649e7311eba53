#pragma once

#include <QComboBox>
#include <QTimeZone>

#include <optional>

namespace herald {

// The zone naive times in the file are read in, for the contact and the activity Options step: "Automatic" first
// (what the profile or the workspace implies), then every zone Qt knows, typed or picked with a filter.
class FileZoneCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit FileZoneCombo(QWidget *parent = nullptr);

    // Labels "Automatic" with the zone it stands for; `profile` is the ESP's name, empty when unknown.
    void setConventional(const QTimeZone &conventional, const QString &profile);
    // An invalid zone for "Automatic"; nothing when the text is no zone Herald knows.
    std::optional<QTimeZone> chosenZone() const;
    // Why chosenZone() has nothing; empty otherwise.
    QString problem() const;
};

} // namespace herald
