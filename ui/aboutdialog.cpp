#include "aboutdialog.h"

#include "database.h"
#include "runtime.h"
#include "theme.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace herald {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Herald"));

    auto *logo = new QLabel(this);
    logo->setPixmap(theme::appIcon().pixmap(QSize(72, 72), devicePixelRatioF()));
    auto *name = new QLabel(tr("Herald"), this);
    name->setObjectName(QStringLiteral("pageTitle"));
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(HERALD_VERSION)), this);
    version->setObjectName(QStringLiteral("pageSubtitle"));
    auto *tagline = new QLabel(tr("Local-first marketing automation. Your contacts, campaigns and models stay on "
                                  "this computer; Herald makes no network connections."),
                               this);
    tagline->setWordWrap(true);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(name);
    titles->addWidget(version);
    titles->addSpacing(8);
    titles->addWidget(tagline);
    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(titles, 1);

    const ml::RuntimeInfo runtime = ml::runtimeInfo();
    const QList<std::pair<QString, QString>> rows = {
        {tr("Qt"), QString::fromLatin1(qVersion())},
        {tr("SQLite"), sqliteVersion()},
        {tr("libtorch"), runtime.error.isEmpty() ? runtime.torchVersion : tr("not available")},
        {tr("BLAS"), runtime.blas},
        {tr("Model threads"), QString::number(runtime.threads)},
        {tr("System"), QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::currentCpuArchitecture() +
                           QStringLiteral(")")},
    };
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(6);
    m_details = tr("Herald %1").arg(QStringLiteral(HERALD_VERSION));
    for (const auto &[label, value] : rows) {
        auto *valueLabel = new QLabel(value, this);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (label == tr("BLAS") && !runtime.blasPath.isEmpty())
            valueLabel->setToolTip(runtime.blasPath);
        if (label == tr("libtorch"))
            valueLabel->setToolTip(runtime.error.isEmpty() ? runtime.modulePath : runtime.error);
        auto *caption = new QLabel(label, this);
        caption->setObjectName(QStringLiteral("muted"));
        form->addRow(caption, valueLabel);
        m_details += QLatin1Char('\n') + label + QStringLiteral(": ") + value;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(form);

    if (!runtime.blasWarning.isEmpty()) {
        auto *warning = new QFrame(this);
        warning->setObjectName(QStringLiteral("warning"));
        auto *text = new QLabel(runtime.blasWarning, warning);
        text->setWordWrap(true);
        auto *warningLayout = new QVBoxLayout(warning);
        warningLayout->setContentsMargins(12, 10, 12, 10);
        warningLayout->addWidget(text);
        layout->addWidget(warning);
        m_details += QLatin1Char('\n') + runtime.blasWarning;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace herald
