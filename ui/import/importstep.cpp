#include "importstep.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace herald {

ImportStep::ImportStep(ImportDraft *draft, QWidget *parent) : QWidget(parent), m_draft(draft)
{}

namespace steps {

QWidget *banner(const QString &kind, QLabel **title, QLabel **text, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("banner"));
    frame->setProperty("kind", kind);
    *title = new QLabel(frame);
    (*title)->setObjectName(QStringLiteral("bannerTitle"));
    (*title)->setWordWrap(true);
    *text = new QLabel(frame);
    (*text)->setObjectName(QStringLiteral("bannerText"));
    (*text)->setWordWrap(true);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(3);
    layout->addWidget(*title);
    layout->addWidget(*text);
    return frame;
}

void setBannerKind(QWidget *banner, const QString &kind)
{
    banner->setProperty("kind", kind);
    banner->style()->unpolish(banner);
    banner->style()->polish(banner);
}

QPushButton *secondaryButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QStringLiteral("secondaryButton"));
    return button;
}

QLabel *cardCaption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("cardCaption"));
    return label;
}

void addEncodings(QComboBox *combo)
{
    combo->addItem(ImportStep::tr("Detect automatically"), int(CsvEncoding::Auto));
    for (const CsvEncoding encoding :
         {CsvEncoding::Utf8, CsvEncoding::Windows1252, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE})
        combo->addItem(csvEncodingDisplayName(encoding), int(encoding));
}

void addDelimiters(QComboBox *combo)
{
    combo->addItem(ImportStep::tr("Detect automatically"), QString());
    for (const QChar delimiter : {u',', u';', u'\t', u'|'})
        combo->addItem(delimiterName(delimiter), QString(delimiter));
}

QString delimiterName(QChar delimiter)
{
    QString name = csvDelimiterDisplayName(delimiter);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void showReading(QComboBox *encodings, QComboBox *delimiters, CsvEncoding encoding, QChar delimiter)
{
    encodings->setCurrentIndex(qMax(0, encodings->findData(int(encoding))));
    delimiters->setCurrentIndex(qMax(0, delimiters->findData(delimiter.isNull() ? QString() : QString(delimiter))));
}

CsvEncoding chosenEncoding(const QComboBox *encodings)
{
    return static_cast<CsvEncoding>(encodings->currentData().toInt());
}

QChar chosenDelimiter(const QComboBox *delimiters)
{
    const QString delimiter = delimiters->currentData().toString();
    return delimiter.isEmpty() ? QChar() : delimiter.front();
}

} // namespace steps
} // namespace herald
