// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/sqlite.h"

#include <sqlite3.h>

namespace kotona::sql {

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
    case QMetaType::UInt:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    // A null QString is bound as empty text; bind a QVariant() for SQL NULL.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    return sqlite3_step(m_stmt) == SQLITE_ROW;
}

bool Statement::exec()
{
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) { }
    return rc == SQLITE_DONE;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int i) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, i));
}

QString Statement::text(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i));
}

QByteArray Statement::rawText(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, i)) : QByteArray();
}

qint64 Statement::integer(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

double Statement::real(int i) const
{
    return sqlite3_column_double(m_stmt, i);
}

bool Statement::isNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

QByteArray Statement::blob(int i) const
{
    const void *p = sqlite3_column_blob(m_stmt, i);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, i)) : QByteArray();
}

QVariant Statement::value(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return integer(i);
    case SQLITE_FLOAT:
        return real(i);
    case SQLITE_BLOB:
        return blob(i);
    case SQLITE_NULL:
        return {};
    default:
        return text(i);
    }
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_error(std::move(other.m_error))
    , m_cache(std::move(other.m_cache))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_error = std::move(other.m_error);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray p = path.toUtf8();
    if (sqlite3_open_v2(p.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        setErrorFromDb(QStringLiteral("open"));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    // Opening is lazy in SQLite: read the header now so a broken file fails here.
    if (!exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        const QString why = m_error;
        close();
        m_error = why;
        return false;
    }
    return true;
}

void Database::close()
{
    for (auto &entry : m_cache)
        sqlite3_finalize(entry.second.first);
    m_cache.clear();
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

bool Database::exec(const QString &sql)
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        return false;
    }
    char *err = nullptr;
    const QByteArray s = sql.toUtf8();
    if (sqlite3_exec(m_db, s.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        m_error = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return false;
    }
    return true;
}

void Database::resetStatements()
{
    for (auto &entry : m_cache)
        sqlite3_reset(entry.second.first);
}

Statement *Database::prepare(const QString &sql)
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        return nullptr;
    }
    const std::string key = sql.toStdString();
    auto it = m_cache.find(key);
    if (it != m_cache.end()) {
        it->second.second->reset();
        return it->second.second.get();
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, key.c_str(), int(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        setErrorFromDb(QStringLiteral("prepare"));
        return nullptr;
    }
    auto wrapper = std::make_unique<Statement>(stmt);
    Statement *result = wrapper.get();
    m_cache.emplace(key, std::make_pair(stmt, std::move(wrapper)));
    return result;
}

int Database::userVersion()
{
    Statement *s = prepare(QStringLiteral("PRAGMA user_version"));
    return (s && s->next()) ? int(s->integer(0)) : -1;
}

bool Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

void Database::setErrorFromDb(const QString &context)
{
    m_error = context + QStringLiteral(": ") + QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
}

Transaction::Transaction(Database &db, bool immediate)
    : m_db(db)
{
    m_active = m_db.exec(immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.exec(QStringLiteral("COMMIT"));
}

} // namespace kotona::sql
