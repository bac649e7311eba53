#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace herald {

// Values of activity files and campaign reports as people and spreadsheets write them.

struct ImportNumber
{
    double value = 0;
    bool percent = false; // written with a % sign: 27.78% is 0.2778 as a fraction
};

// "1,234.50", "12,5", "27.78%", "$ 19.99", "-3". Nullopt for text with letters.
std::optional<ImportNumber> parseImportNumber(QStringView text);

// An id a spreadsheet wrote as a float ("17850.0") without its ".0"; anything else unchanged.
QString normalisedImportId(const QString &text);

// The made-up address of a shop customer who is known only by a customer id: `customer-<id>@customers.invalid`.
// `.invalid` is reserved (RFC 2606), so the address can never reach a real mailbox. Empty for an empty id.
QString syntheticCustomerAddress(const QString &customerId);
inline constexpr QLatin1StringView syntheticAddressDomain("customers.invalid");

} // namespace herald
