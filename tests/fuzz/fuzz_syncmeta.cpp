// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: everything a repository source can send that is parsed before a
// signature or hash has vouched for it, and the batch parser and decompressor that
// run after. Any input must give a value or an error, never a crash, a hang or an
// unbounded allocation.
#include "sync/batch.h"
#include "sync/repository.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace kotona::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Root root;
    (void)parseRoot(bytes, &root);
    Latest latest;
    (void)parseLatest(bytes, &latest);
    Manifest manifest;
    (void)parseManifest(bytes, &manifest);
    Batch batch;
    (void)decodeBatch(bytes, &batch, 10000);
    QByteArray raw;
    if (!decompress(bytes, 1 << 20, &raw))
        (void)decodeBatch(raw, &batch, 10000);
    return 0;
}
