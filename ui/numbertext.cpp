#include "numbertext.h"

#include <QCoreApplication>
#include <QLocale>

namespace herald {

QString contactCountText(qint64 count)
{
    // Two sources rather than %Ln: English has no catalogue to supply plural forms, and the shipped languages
    // (de, fr, es) need only one and many.
    if (count == 1)
        return QCoreApplication::translate("herald::NumberText", "1 contact");
    return QCoreApplication::translate("herald::NumberText", "%1 contacts").arg(QLocale().toString(count));
}

} // namespace herald
