#include "database.h"

#include "logging.h"
#include "searchmatch.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace herald {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::Database)
};

// SQLite's words for a damaged file ("database disk image is malformed") do not tell a marketer what to do.
// Every read that meets a damaged page says it here, whichever query it was.
QString explained(int code, const QString &message)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return Tr::tr("the workspace file is damaged (%1); restore it from a backup").arg(message);
    return message;
}

} // namespace

SqlError::SqlError(int code, const QString &message)
    : std::runtime_error(explained(code, message).toStdString()), m_code(code)
{}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw SqlError(rc, message);
    }
    sqlite3_extended_result_codes(db, 1);
    registerSearchMatch(db);
    m_db = db;
    m_path = path;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *errorMessage = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &errorMessage);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(errorMessage ? errorMessage : sqlite3_errstr(rc));
        sqlite3_free(errorMessage);
        throw SqlError(rc, message);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

Statement Database::prepareBuilt(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return Statement(m_db, std::string_view(utf8.constData(), size_t(utf8.size())));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::scalarInt(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.columnInt(0) : 0;
}

QString Database::scalarText(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.columnText(0) : QString();
}

QString Database::lastErrorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    const char *tail = nullptr;
    const int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (rc != SQLITE_OK)
        fail(rc);
    // Reject multi-statement SQL: everything after the first statement must be white space.
    if (tail) {
        for (const char *p = tail; p < sql.data() + sql.size(); ++p) {
            if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != ';') {
                sqlite3_finalize(m_stmt);
                m_stmt = nullptr;
                throw SqlError(SQLITE_MISUSE, QStringLiteral("Statement holds more than one SQL statement"));
            }
        }
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::fail(int code) const
{
    throw SqlError(code, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code)));
}

Statement &Statement::bindInt64(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, QByteArrayView utf8Text)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8Text.data() ? utf8Text.data() : "",
                                         static_cast<int>(utf8Text.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindStatic(int index, QByteArrayView utf8Text)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8Text.data() ? utf8Text.data() : "",
                                         static_cast<int>(utf8Text.size()), SQLITE_STATIC);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (const int rc = sqlite3_bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                                           SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Transaction::Transaction(Database &db, Kind kind) : m_db(db)
{
    m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    // An interrupted statement (a cancel) can make SQLite roll the transaction back itself.
    if (m_active && m_db.isOpen() && sqlite3_get_autocommit(m_db.handle()))
        m_active = false;
    if (m_active) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqlError &error) {
            qCWarning(lcStorage) << "Rollback failed:" << error.message();
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_active = false;
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.exec("ROLLBACK");
    }
}

} // namespace herald
