#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace herald {

// How to read a numeric date such as 03/04/2025 whose day and month could be either way round.
enum class DateOrder
{
    Unknown,
    DayFirst,
    MonthFirst
};

// Reads the timestamps found in ESP exports and shop data and returns UTC epoch seconds:
// ISO 8601 with or without offset ("2015-03-16 14:40:47", "2024-05-01T09:30:00+02:00"), Unix seconds or
// milliseconds, RFC 5322 ("Mon, 28 Oct 2019 14:03:11 -0400"), numeric dates with / - . ("16.03.2015 14:40",
// "12/1/2010 8:26", "28-10-2019 14:03") and month names ("Jun 09, 2018 09:30 pm", "9 June 2018").
// Timestamps without an offset are read in the parser's zone; an ambiguous numeric date uses the parser's order,
// and fails when the order is Unknown.
class DateTimeParser
{
public:
    explicit DateTimeParser(const QTimeZone &zone = QTimeZone::utc(), DateOrder order = DateOrder::Unknown);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    void setDateOrder(DateOrder order) { m_order = order; }
    DateOrder dateOrder() const { return m_order; }

    // UTC seconds, or nullopt with a translated reason.
    std::optional<qint64> parse(QStringView text, QString *reason = nullptr) const;

private:
    QTimeZone m_zone;
    DateOrder m_order;
};

// Looks at every value of a date column to decide whether numeric dates are day-first or month-first:
// one value like 25/03/2025 settles it for the whole column. When no value settles it, the importer asks.
class DateOrderInference
{
public:
    void add(QStringView value, qint64 line);

    // DayFirst or MonthFirst when the column settles it; Unknown when every numeric date could be either, or
    // when the column contradicts itself (see isContradictory).
    DateOrder result() const;
    bool needsAnswer() const { return m_ambiguous > 0 && result() == DateOrder::Unknown; }
    bool isContradictory() const { return m_dayFirst > 0 && m_monthFirst > 0; }
    // The first value that could be read either way, and its line: for the question to the user.
    const QString &ambiguousExample() const { return m_example; }
    qint64 ambiguousExampleLine() const { return m_exampleLine; }

private:
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
    qint64 m_ambiguous = 0;
    QString m_example;
    qint64 m_exampleLine = 0;
};

} // namespace herald
