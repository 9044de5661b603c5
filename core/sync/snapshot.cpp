// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/snapshot.h"

#include "content/packschema.h"
#include "content/sqlite.h"
#include "pack/packbuilder.h"
#include "search/fts5tokenizer.h"
#include "search/searchindex.h"
#include "sync/applier.h"
#include "sync/batch.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace kotona::sync {

namespace {

Error ioError(const QString &what, int err)
{
    return fail(err == ENOSPC || err == EDQUOT ? ErrorCode::DiskFull : ErrorCode::Io,
                what + QStringLiteral(": ") + QString::fromLocal8Bit(strerror(err)));
}

Error dbError(sql::Database &db, const QString &what)
{
    const bool full = (db.handle() && (sqlite3_extended_errcode(db.handle()) & 0xff) == SQLITE_FULL)
        || db.lastError().contains(QLatin1String("full"), Qt::CaseInsensitive);
    return fail(full ? ErrorCode::DiskFull : ErrorCode::Io, what + QStringLiteral(": ") + db.lastError());
}

} // namespace

bool recoverPack(const QString &path)
{
    sql::Database db;
    if (!db.open(path, sql::Database::Mode::ReadWrite))
        return false;
    // Reading takes the shared lock that makes SQLite roll back a hot journal.
    sql::Statement *s = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    return s && s->next() && !QFileInfo::exists(path + QStringLiteral("-journal"));
}

// Writes `bytes` to a new file `path` and syncs it; on failure the file is removed.
Error writeNewFile(const QString &path, QByteArrayView bytes)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioError(QStringLiteral("cannot create %1").arg(path), errno);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            ::unlink(name.constData());
            return ioError(QStringLiteral("cannot write %1").arg(path), err);
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        ::unlink(name.constData());
        return ioError(QStringLiteral("cannot sync %1").arg(path), err);
    }
    return {};
}

Error writeFileAtomically(const QString &path, QByteArrayView bytes)
{
    const QString tmp = path + QStringLiteral(".tmp");
    if (Error e = writeNewFile(tmp, bytes))
        return e;
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        QFile::remove(tmp);
        return ioError(QStringLiteral("cannot rename %1").arg(tmp), err);
    }
    pack::syncToDisk(QFileInfo(path).absolutePath());
    return {};
}

Error makeSnapshot(const QString &packPath, QByteArray *zstdBytes)
{
    const QString copy = packPath + QStringLiteral(".snapshot");
    QFile::remove(copy);
    Error error;
    {
        sql::Database src;
        if (!src.open(packPath, sql::Database::Mode::ReadOnly))
            return dbError(src, QStringLiteral("cannot open %1").arg(packPath));
        sql::Statement *s = src.prepare(QStringLiteral("VACUUM INTO ?1"));
        if (!s || !s->bind(1, copy).exec())
            return dbError(src, QStringLiteral("cannot copy %1").arg(packPath));
    }
    {
        sql::Database db;
        // Dropping the FTS5 table needs its tokenizer.
        if (!db.open(copy, sql::Database::Mode::ReadWrite) || !search::registerTokenizer(db.handle())
            || !db.exec(QStringLiteral("PRAGMA journal_mode=OFF"))
            || !search::dropIndex(db) || !db.exec(QStringLiteral("VACUUM")))
            error = dbError(db, QStringLiteral("cannot strip the search index"));
    }
    if (!error) {
        QFile f(copy);
        if (!f.open(QIODevice::ReadOnly))
            error = fail(ErrorCode::Io, QStringLiteral("cannot read %1").arg(copy));
        else
            *zstdBytes = compress(f.readAll());
    }
    QFile::remove(copy);
    return error;
}

Error installSnapshot(QByteArrayView zstdBytes, const QString &target, const SnapshotExpectation &expect)
{
    QByteArray raw;
    if (Error e = decompress(zstdBytes, expect.maxUncompressed, &raw))
        return e;
    const QString incoming = target + QStringLiteral(".incoming");
    auto cleanup = [&](Error e) {
        QFile::remove(incoming);
        QFile::remove(incoming + QStringLiteral("-journal"));
        return e;
    };
    QFile::remove(incoming);
    if (Error e = writeNewFile(incoming, raw))
        return cleanup(e);
    raw.clear();
    {
        sql::Database db;
        if (!db.open(incoming, sql::Database::Mode::ReadWrite))
            return cleanup(fail(ErrorCode::Malformed, QStringLiteral("the snapshot is not a pack: %1").arg(db.lastError())));
        sql::Statement *check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!check || !check->next() || check->text(0) != QLatin1String("ok"))
            return cleanup(fail(ErrorCode::Malformed, QStringLiteral("the snapshot fails the integrity check")));
        const int version = db.userVersion();
        if (version > pack::kSchemaVersion)
            return cleanup(fail(ErrorCode::SchemaTooNew, QStringLiteral("snapshot schema %1").arg(version)));
        QString why;
        if (!pack::migrate(db, &why))
            return cleanup(fail(ErrorCode::Malformed, why));
        if (metaValue(db, QStringLiteral("pack_id")) != expect.packId)
            return cleanup(fail(ErrorCode::WrongPack, QStringLiteral("snapshot of another pack")));
        if (metaValue(db, QStringLiteral("seq")).toLongLong() != expect.seq)
            return cleanup(fail(ErrorCode::Malformed, QStringLiteral("snapshot seq differs from its manifest")));
        const QString digest = pack::contentDigest(db);
        if (digest != expect.contentDigest || metaValue(db, QStringLiteral("content_digest")) != digest)
            return cleanup(fail(ErrorCode::DigestMismatch, QStringLiteral("snapshot content digest %1").arg(digest)));
        if (!search::registerTokenizer(db.handle()))
            return cleanup(fail(ErrorCode::Io, QStringLiteral("the search tokenizer could not be registered")));
        sql::Transaction tx(db);
        if (!(search::hasIndex(db) || (search::createIndex(db) && search::rebuildIndex(db))) || !tx.commit())
            return cleanup(dbError(db, QStringLiteral("cannot build the search index")));
    }
    if (!pack::syncToDisk(incoming))
        return cleanup(fail(ErrorCode::Io, QStringLiteral("cannot sync %1").arg(incoming)));
    // A hot journal left by an interrupted update of the old pack must be rolled
    // back into the old file before the new one takes its name: SQLite would
    // otherwise play it back into the new file.
    if (QFileInfo::exists(target + QStringLiteral("-journal")) && !recoverPack(target))
        return cleanup(fail(ErrorCode::Io, QStringLiteral("cannot recover %1").arg(target)));
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(target).constData()) != 0)
        return cleanup(ioError(QStringLiteral("cannot replace %1").arg(target), errno));
    pack::syncToDisk(QFileInfo(target).absolutePath());
    return {};
}

} // namespace kotona::sync
