// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for minisign signature, public key and secret key parsing.
//   tests/fuzz/run.sh 60 minisign
// Every input is tried as a signature file over a fixed message (with the corpus key
// trusted), as a public key and as a secret key without a password (so scrypt never runs).
#include "sync/minisign.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const kotona::sync::PublicKey &trustedKey()
{
    // The key of tests/fuzz/corpus/minisign/signature.minisig.
    static const auto key = kotona::sync::PublicKey::parse("RWTon/Oedf123Cq3MvEsWK/3f6o7FVFS7Bi4NPFTqJ7uFMpW21fnbz5R");
    if (!key.ok())
        std::abort();
    return key.value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kotona::sync;
    const QByteArrayView input(data, qsizetype(size));
    const QByteArrayView message("hi\n");
    const auto verified = verify({ &trustedKey(), 1 }, message, input);
    if (!verified.ok() && verified.error().message.isEmpty())
        std::abort();
    if (verified.ok() && verified.value().trustedComment.contains('\n'))
        std::abort();

    const auto pub = PublicKey::parse(input);
    if (pub.ok() && !PublicKey::parse(pub.value().toFileText()).ok())
        std::abort();

    const auto secret = SecretKey::parse(input, {});
    if (secret.ok() && secret.value().publicKey().keyId != secret.value().keyId())
        std::abort();
    return 0;
}
