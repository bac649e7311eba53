#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace herald {

// An error a user can act on: what went wrong and, where input was at fault, where.
struct Error
{
    QString message;
    QString file;
    qint64 line = 0;        // 1-based; 0 when not applicable
    qint64 column = 0;      // 1-based; 0 when not applicable
    bool cancelled = false; // the user stopped the job; nothing was changed

    // "file:line:column: message", leaving out the parts that are not known.
    QString toString() const;
};

// The value of an operation or the reason it failed. Core's public API returns these; exceptions stay inside core.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

} // namespace herald
