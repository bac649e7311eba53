#pragma once

#include <QDate>

namespace herald {

// The UTC calendar month of a time in epoch seconds, as year * 12 + (month - 1): days to civil date (H. Hinnant's
// algorithm), so that a pass over millions of events needs no QDateTime (or SQL strftime()) per row.
inline qint64 calendarMonthOf(qint64 seconds)
{
    qint64 days = seconds / 86400;
    if (seconds % 86400 < 0)
        --days;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
    const qint64 month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year * 12 + (month - 1);
}

// The first day of a month from calendarMonthOf().
inline QDate firstDayOfCalendarMonth(qint64 month)
{
    return QDate(static_cast<int>(month / 12), static_cast<int>(month % 12) + 1, 1);
}

} // namespace herald
