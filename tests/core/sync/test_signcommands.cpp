// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack keygen, sign and verify, run as a publisher runs them.
#include "processrun.h"
#include "sync/minisign.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using kotona::test::minisignProgram;
using kotona::test::ProcessRun;
using kotona::test::readAll;
using kotona::test::runProgram;
using kotona::test::writeAll;
namespace ks = kotona::sync;

namespace {

ProcessRun kotonaPack(const QStringList &args)
{
    auto run = runProgram(QStringLiteral(KOTONA_PACK_EXE), args);
    REQUIRE(run.started);
    return run;
}

} // namespace

TEST_CASE("kotona-pack keygen writes a key pair and refuses to overwrite it without --force", "[sync][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("publisher.key"));
    const auto first = kotonaPack({ "keygen", "--key", key });
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.contains("not encrypted"));
    const auto pub = ks::PublicKey::load(key + ".pub");
    REQUIRE(pub.ok());
    const auto secret = ks::SecretKey::load(key, {});
    REQUIRE(secret.ok());
    CHECK(secret.value().publicKey() == pub.value());
    CHECK(first.out.contains(pub.value().toBase64()));
    CHECK((QFileInfo(key).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    const auto again = kotonaPack({ "keygen", "--key", key });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("--force"));
    CHECK(ks::PublicKey::load(key + ".pub").value() == pub.value()); // unchanged

    const auto forced = kotonaPack({ "keygen", "--key", key, "--force" });
    CHECK(forced.exitCode == 0);
    CHECK_FALSE(ks::PublicKey::load(key + ".pub").value() == pub.value());

    CHECK(kotonaPack({ "keygen" }).exitCode == 2);
    CHECK(kotonaPack({ "keygen", "--key", key, "--bogus" }).exitCode == 2);
}

TEST_CASE("kotona-pack sign writes FILE.minisig that kotona-pack verify and minisign accept", "[sync][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("k.key"));
    const QString file = dir.filePath(QStringLiteral("latest.json"));
    REQUIRE(writeAll(file, "{\"seq\": 12}\n"));
    REQUIRE(kotonaPack({ "keygen", "--key", key }).exitCode == 0);

    const auto signedRun = kotonaPack({ "sign", file, "--key", key, "--trusted-comment", "seq:12 pack:fi.kotona" });
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);
    REQUIRE(QFileInfo::exists(file + ".minisig"));

    const auto good = kotonaPack({ "verify", file, "--pub", key + ".pub" });
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains("Trusted comment: seq:12 pack:fi.kotona"));

    // Without --trusted-comment, minisign's default: a timestamp and the file name.
    const QString other = dir.filePath(QStringLiteral("other.bin"));
    REQUIRE(writeAll(other, "x"));
    REQUIRE(kotonaPack({ "sign", other, "--key", key }).exitCode == 0);
    const auto defaulted = kotonaPack({ "verify", other, "--pub", key + ".pub" });
    CHECK(defaulted.exitCode == 0);
    CHECK(defaulted.out.contains("file:other.bin\thashed"));
    // --sig names another signature file: other.bin's signature does not cover latest.json.
    const auto mismatched = kotonaPack({ "verify", file, "--pub", key + ".pub", "--sig", other + ".minisig" });
    CHECK(mismatched.exitCode == 1);
    CHECK(mismatched.err.contains("does not match"));

    const QString minisign = minisignProgram();
    if (minisign.isEmpty()) {
        WARN("minisign is not installed (apt-get install minisign): interoperability not checked");
    } else {
        const auto byMinisign = runProgram(minisign, { "-V", "-p", key + ".pub", "-m", file });
        CHECK(byMinisign.exitCode == 0);
        CHECK(byMinisign.out.contains("seq:12 pack:fi.kotona"));
    }

    // A changed file, a changed trusted comment and a foreign key are each refused with the reason.
    REQUIRE(writeAll(file, "{\"seq\": 13}\n"));
    const auto changed = kotonaPack({ "verify", file, "--pub", key + ".pub" });
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains("does not match the file"));
    REQUIRE(writeAll(file, "{\"seq\": 12}\n"));
    QByteArray sig = readAll(file + ".minisig");
    sig.replace("seq:12", "seq:99");
    REQUIRE(writeAll(file + ".minisig", sig));
    const auto comment = kotonaPack({ "verify", file, "--pub", key + ".pub" });
    CHECK(comment.exitCode == 1);
    CHECK(comment.err.contains("trusted comment"));
    const QString stranger = dir.filePath(QStringLiteral("stranger.key"));
    REQUIRE(kotonaPack({ "keygen", "--key", stranger }).exitCode == 0);
    const auto unknown = kotonaPack({ "verify", other, "--pub", stranger + ".pub" });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("not one of the trusted keys"));
    const auto missing = kotonaPack({ "verify", dir.filePath("none"), "--pub", key + ".pub" });
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK(kotonaPack({ "verify", file }).exitCode == 2);
    CHECK(kotonaPack({ "sign", file }).exitCode == 2);
}

TEST_CASE("kotona-pack verify accepts a signature made by minisign -S", "[sync][cli][interop]")
{
    const QString minisign = minisignProgram();
    if (minisign.isEmpty()) {
        WARN("minisign is not installed (apt-get install minisign): interoperability not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pub = dir.filePath(QStringLiteral("m.pub"));
    const QString key = dir.filePath(QStringLiteral("m.key"));
    const QString file = dir.filePath(QStringLiteral("batch-0001.ndjson.zst"));
    REQUIRE(writeAll(file, QByteArray(100000, 'k')));
    REQUIRE(runProgram(minisign, { "-G", "-W", "-p", pub, "-s", key }).exitCode == 0);
    REQUIRE(runProgram(minisign, { "-S", "-s", key, "-m", file, "-t", "batch 1" }).exitCode == 0);
    const auto run = kotonaPack({ "verify", file, "--pub", pub });
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("Trusted comment: batch 1"));
    // kotona-pack sign takes minisign's unencrypted secret key too.
    REQUIRE(kotonaPack({ "sign", file, "--key", key, "--trusted-comment", "re-signed" }).exitCode == 0);
    CHECK(runProgram(minisign, { "-V", "-p", pub, "-m", file }).out.contains("re-signed"));
}

TEST_CASE("kotona-pack keygen with a password file writes an encrypted key that sign needs the password for",
          "[sync][cli][slow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("k.key"));
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    const QString wrongFile = dir.filePath(QStringLiteral("wrong"));
    const QString file = dir.filePath(QStringLiteral("manifest.json"));
    REQUIRE(writeAll(passwordFile, "long enough pass phrase\n"));
    REQUIRE(writeAll(wrongFile, "not the pass phrase\n"));
    REQUIRE(writeAll(file, "{}"));
    // keygen and each sign run scrypt at minisign's cost (1 GiB of memory, seconds).
    const auto gen = kotonaPack({ "keygen", "--key", key, "--password-file", passwordFile });
    INFO(gen.err.toStdString());
    REQUIRE(gen.exitCode == 0);
    CHECK_FALSE(gen.err.contains("not encrypted"));
    CHECK(ks::SecretKey::isEncrypted(readAll(key)).value());

    const auto noPassword = kotonaPack({ "sign", file, "--key", key });
    CHECK(noPassword.exitCode == 1);
    CHECK(noPassword.err.contains("--password-file"));
    CHECK_FALSE(QFileInfo::exists(file + ".minisig"));
    const auto wrong = kotonaPack({ "sign", file, "--key", key, "--password-file", wrongFile });
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("password is wrong"));
    CHECK_FALSE(QFileInfo::exists(file + ".minisig"));

    const auto signedRun = kotonaPack({ "sign", file, "--key", key, "--password-file", passwordFile });
    REQUIRE(signedRun.exitCode == 0);
    CHECK(kotonaPack({ "verify", file, "--pub", key + ".pub" }).exitCode == 0);

    const QString minisign = minisignProgram();
    if (!minisign.isEmpty()) {
        // minisign decrypts the key with the same password (the file's line, without its end).
        const auto run = runProgram(minisign, { "-S", "-s", key, "-m", file, "-x", file + ".2", "-t", "m" },
                                    "long enough pass phrase\n");
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
}
