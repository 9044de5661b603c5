// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sqlite.h"
#include "sync/syncerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace kotona::sync {

// One logical change to a pack's records (docs/PACK_FORMAT.md, "Batch").
// `row` holds every column of the record by name: text as strings, integers and
// reals as numbers, NULL as null, blobs as {"base64": "…"}. A Meta operation sets the
// pack's `meta` value `id` (never seq, content_digest or pack_id) to row["value"].
struct RecordOp {
    enum class Kind { Upsert, Delete, Meta };
    Kind kind = Kind::Upsert;
    QString table;
    QString id;
    QJsonObject row;
};

struct BatchHeader {
    QString packId;
    qint64 baseSeq = 0;
    qint64 targetSeq = 0;
    int schemaVersion = 0;
    QString contentDigest; // of the pack after the batch
    qint64 records = 0;
};

struct Batch {
    BatchHeader header;
    std::vector<RecordOp> ops;
};

// The operations that turn pack `from` into pack `to` (both of the same schema),
// in (table, id) order. False with `error` set if either cannot be read.
[[nodiscard]] bool diffPacks(sql::Database &from, sql::Database &to, std::vector<RecordOp> *ops, QString *error);

// NDJSON: a header line {"op":"batch",…}, one line per operation, and a closing
// {"op":"end","records":N} line, so a truncated batch is always noticed.
[[nodiscard]] QByteArray encodeBatch(const Batch &batch);
// Parses and checks the structure of a batch (not yet against a pack). Never
// trusts the input: any malformed line, unknown operation, a missing end line or
// more than `maxRecords` records is an error.
[[nodiscard]] Error decodeBatch(QByteArrayView ndjson, Batch *out, qint64 maxRecords = 10'000'000);

// zstd with a content checksum. decompress() stops with TooLarge as soon as the
// output would exceed `maxSize` (so endless or bomb-like data costs nothing).
[[nodiscard]] QByteArray compress(QByteArrayView data, int level = 19);
[[nodiscard]] Error decompress(QByteArrayView data, qint64 maxSize, QByteArray *out);

// A record read from the current row of `stmt` (all columns), as in RecordOp::row.
[[nodiscard]] QJsonObject rowFromStatement(void *sqliteStmt);

} // namespace kotona::sync
