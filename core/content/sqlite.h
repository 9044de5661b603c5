// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace kotona::sql {

// A thin RAII layer over the SQLite C API. Statements are prepared once per
// connection and cached by their SQL text; values are always bound, never
// concatenated into SQL.

class Statement
{
public:
    explicit Statement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    { }

    Statement &bind(int index, const QVariant &value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bindNull(int index);

    // Steps once; true while a row is available.
    bool next();
    // Runs to completion; false on error (see Database::lastError()).
    bool exec();
    void reset();

    // SQLite's message for the last failed step of this statement.
    [[nodiscard]] QString error() const;
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int i) const;
    [[nodiscard]] QString text(int i) const;
    // The UTF-8 bytes of a text column, without converting them.
    [[nodiscard]] QByteArray rawText(int i) const;
    [[nodiscard]] qint64 integer(int i) const;
    [[nodiscard]] double real(int i) const;
    [[nodiscard]] bool isNull(int i) const;
    [[nodiscard]] QByteArray blob(int i) const;
    [[nodiscard]] QVariant value(int i) const;

private:
    sqlite3_stmt *m_stmt;
};

class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens `path` (":memory:" for an in-memory database). False on failure, with
    // the reason in lastError().
    [[nodiscard]] bool open(const QString &path, Mode mode);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without results. False on error.
    bool exec(const QString &sql);
    // A cached prepared statement, reset and with its bindings cleared.
    // Returns nullptr when the SQL does not compile (see lastError()).
    [[nodiscard]] Statement *prepare(const QString &sql);
    // Resets every cached statement. A statement read only part way (one row of
    // many) keeps its read transaction, and so a shared lock that stops another
    // connection from committing (an update of the pack), until it is reset.
    // Call only when no Statement from prepare() is in use.
    void resetStatements();

    [[nodiscard]] int userVersion();
    bool setUserVersion(int version);
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] QString lastError() const { return m_error; }

private:
    void setErrorFromDb(const QString &context);

    sqlite3 *m_db = nullptr;
    QString m_error;
    std::map<std::string, std::pair<sqlite3_stmt *, std::unique_ptr<Statement>>> m_cache;
};

// Begins a transaction and rolls it back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db, bool immediate = false);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    [[nodiscard]] bool ok() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace kotona::sql
