#pragma once

#include <QByteArray>
#include <QString>

#include <concepts>
#include <stdexcept>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace herald {

// Thrown by the storage layer only; public core APIs catch it and return a Result.
class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const QString &message);
    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    int m_code;
};

class Statement;

// The version of the SQLite library Herald runs on, e.g. "3.40.1" (for About boxes and bug reports).
QString sqliteVersion();

// One SQLite connection. Not shared between threads: each thread opens its own.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly
    };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Throws SqlError when the file cannot be opened.
    void open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }

    // Runs SQL that takes no parameters and returns no rows (may hold several statements).
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // For SQL assembled at run time from fixed fragments; values still go through bind().
    Statement prepareBuilt(const QString &sql);

    qint64 lastInsertId() const;
    int changes() const;
    qint64 scalarInt(std::string_view sql);
    QString scalarText(std::string_view sql);

    sqlite3 *handle() const { return m_db; }
    QString lastErrorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// A prepared statement. Binds are 1-based, as in SQLite. Exactly one SQL statement per Statement.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    template <std::integral T>
    Statement &bind(int index, T value)
    {
        return bindInt64(index, static_cast<qint64>(value));
    }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, QByteArrayView utf8Text);
    // Binds text in place, without SQLite's copy: `utf8Text` must stay valid until the statement has run.
    Statement &bindStatic(int index, QByteArrayView utf8Text);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bindNullable(int index, const QString &value)
    {
        return value.isEmpty() ? bindNull(index) : bind(index, value);
    }

    // Returns true while a row is available, false when done. Throws SqlError on failure.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void exec();
    void reset();
    void clearBindings();

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    int columnCount() const;

private:
    Statement &bindInt64(int index, qint64 value);
    [[noreturn]] void fail(int code) const;

    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

// Begins on construction, rolls back on destruction unless commit() was called.
class Transaction
{
public:
    enum class Kind
    {
        Deferred,
        Immediate
    };
    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = true;
};

} // namespace herald
