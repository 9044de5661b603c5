// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrun.h"
#include "sync/minisign.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <random>

using namespace kotona::sync;
using kotona::test::minisignProgram;
using kotona::test::readAll;
using kotona::test::runProgram;
using kotona::test::writeAll;

namespace {

SecretKey newKey()
{
    auto key = SecretKey::generate();
    REQUIRE(key.ok());
    return std::move(key).value();
}

QByteArray signOrFail(const SecretKey &key, QByteArrayView message, QByteArrayView trusted)
{
    auto sig = sign(key, message, trusted);
    REQUIRE(sig.ok());
    return sig.value();
}

// Replaces the text of line `index` (0-based) of a signature file.
QByteArray withLine(const QByteArray &file, int index, const QByteArray &line)
{
    QList<QByteArray> lines = file.split('\n');
    lines[index] = line;
    return lines.join('\n');
}

// The byte range of the untrusted comment's free text: changing it must not matter.
std::pair<qsizetype, qsizetype> untrustedCommentText(const QByteArray &file)
{
    const qsizetype begin = qsizetype(std::strlen("untrusted comment: "));
    return { begin, file.indexOf('\n') };
}

const QByteArray kMessage = QByteArrayLiteral("Kotona batch 42\n{\"op\":\"upsert\"}\n");

} // namespace

TEST_CASE("a message signed with a new key verifies and yields its trusted comment", "[sync][minisign]")
{
    const auto key = newKey();
    const auto sig = signOrFail(key, kMessage, "timestamp:1700000000\tfile:batch-42.ndjson.zst");
    const PublicKey pub = key.publicKey();
    const auto result = verify({ &pub, 1 }, kMessage, sig);
    REQUIRE(result.ok());
    CHECK(result.value().trustedComment == "timestamp:1700000000\tfile:batch-42.ndjson.zst");
    CHECK(result.value().keyId == key.keyId());
    CHECK(result.value().prehashed);
    CHECK(sig.startsWith("untrusted comment: "));
    CHECK(sig.count('\n') == 4);
    CHECK(QByteArray::fromBase64(sig.split('\n').at(1)).first(2) == "ED"); // prehashed
}

TEST_CASE("an empty message and an empty trusted comment are signed and verified", "[sync][minisign]")
{
    const auto key = newKey();
    const auto sig = signOrFail(key, {}, {});
    const PublicKey pub = key.publicKey();
    const auto result = verify({ &pub, 1 }, QByteArrayView(), sig);
    REQUIRE(result.ok());
    CHECK(result.value().trustedComment.isEmpty());
    CHECK(verify({ &pub, 1 }, QByteArrayView("x"), sig).error().code == MinisignErrorCode::BadSignature);
}

TEST_CASE("a changed message is refused as a bad signature", "[sync][minisign]")
{
    const auto key = newKey();
    const auto sig = signOrFail(key, kMessage, "t");
    const PublicKey pub = key.publicKey();
    QByteArray changed = kMessage;
    changed[3] = 'X';
    const auto result = verify({ &pub, 1 }, changed, sig);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == MinisignErrorCode::BadSignature);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(verify({ &pub, 1 }, kMessage + "more", sig).error().code == MinisignErrorCode::BadSignature);
    CHECK(verify({ &pub, 1 }, kMessage.chopped(1), sig).error().code == MinisignErrorCode::BadSignature);
}

TEST_CASE("a changed trusted comment is refused as a bad global signature", "[sync][minisign]")
{
    const auto key = newKey();
    const auto sig = signOrFail(key, kMessage, "seq:41");
    const PublicKey pub = key.publicKey();
    const auto result = verify({ &pub, 1 }, kMessage, withLine(sig, 2, "trusted comment: seq:42"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == MinisignErrorCode::BadGlobalSignature);
}

TEST_CASE("a signature whose global signature comes from another signature is refused", "[sync][minisign]")
{
    const auto key = newKey();
    const auto a = signOrFail(key, kMessage, "seq:41");
    const auto b = signOrFail(key, kMessage, "seq:42");
    const PublicKey pub = key.publicKey();
    // b's trusted comment and global signature on a's message signature: Ed25519 signatures
    // of one key over one message are deterministic, so swap in another message's signature.
    const auto c = signOrFail(key, "another message", "seq:42");
    const QByteArray spliced = withLine(b, 1, c.split('\n').at(1));
    CHECK(verify({ &pub, 1 }, "another message", spliced).error().code == MinisignErrorCode::BadGlobalSignature);
    CHECK(verify({ &pub, 1 }, kMessage, a).ok());
}

TEST_CASE("a signature by a key that is not trusted is refused as an unknown key", "[sync][minisign]")
{
    const auto signer = newKey();
    const auto other = newKey();
    const auto sig = signOrFail(signer, kMessage, "t");
    const PublicKey otherPub = other.publicKey();
    const auto result = verify({ &otherPub, 1 }, kMessage, sig);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == MinisignErrorCode::UnknownKey);
    CHECK(result.error().message.contains(keyIdToHex(signer.keyId())));
    CHECK(verify({}, kMessage, sig).error().code == MinisignErrorCode::UnknownKey);

    // Among several trusted keys, the one with the signature's key id is used.
    const std::vector<PublicKey> both { otherPub, signer.publicKey() };
    CHECK(verify(both, kMessage, sig).ok());
}

TEST_CASE("a trusted key with the signature's key id but another public key is refused", "[sync][minisign]")
{
    const auto signer = newKey();
    const auto sig = signOrFail(signer, kMessage, "t");
    PublicKey impostor = newKey().publicKey();
    impostor.keyId = signer.keyId();
    const auto result = verify({ &impostor, 1 }, kMessage, sig);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == MinisignErrorCode::BadSignature);
}

TEST_CASE("every single-byte change to a signature file is refused unless it is in the untrusted comment",
          "[sync][minisign]")
{
    const auto key = newKey();
    const auto sig = signOrFail(key, kMessage, "timestamp:1700000000\tfile:m");
    const PublicKey pub = key.publicKey();
    REQUIRE(verify({ &pub, 1 }, kMessage, sig).ok());
    const auto [freeBegin, freeEnd] = untrustedCommentText(sig);
    int refused = 0;
    int accepted = 0;
    for (qsizetype i = 0; i < sig.size(); ++i) {
        for (const unsigned char mask : { 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xff }) {
            QByteArray changed = sig;
            changed[i] = char(static_cast<unsigned char>(changed[i]) ^ mask);
            const auto result = verify({ &pub, 1 }, kMessage, changed);
            const bool inFreeText = i >= freeBegin && i < freeEnd;
            // A '\n' or '\r' put into the free text splits the comment line and breaks the file.
            const bool breaksLine = changed[i] == '\n' || changed[i] == '\r';
            if (inFreeText && !breaksLine) {
                CHECK(result.ok());
                ++accepted;
            } else {
                INFO("byte " << i << " xor " << int(mask));
                CHECK_FALSE(result.ok());
                ++refused;
            }
        }
    }
    CHECK(refused > 9 * 200);
    CHECK(accepted > 0);
}

TEST_CASE("a signature file cut short at any length is refused", "[sync][minisign]")
{
    const auto key = newKey();
    const auto sig = signOrFail(key, kMessage, "seq:7");
    const PublicKey pub = key.publicKey();
    for (qsizetype n = 0; n < sig.size() - 1; ++n) {
        INFO("first " << n << " bytes");
        const auto result = verify({ &pub, 1 }, kMessage, sig.first(n));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == MinisignErrorCode::Malformed);
    }
    // Only the last newline is optional, as for minisign.
    CHECK(verify({ &pub, 1 }, kMessage, sig.chopped(1)).ok());
    CHECK(verify({ &pub, 1 }, kMessage, sig).ok());
}

TEST_CASE("oversized and non-minisign signature files are refused as malformed", "[sync][minisign]")
{
    const auto key = newKey();
    const PublicKey pub = key.publicKey();
    const QByteArray big = QByteArray("untrusted comment: x\n") + QByteArray(kMaxSignatureFileBytes, 'A');
    CHECK(verify({ &pub, 1 }, kMessage, big).error().code == MinisignErrorCode::Malformed);
    CHECK(verify({ &pub, 1 }, kMessage, "").error().code == MinisignErrorCode::Malformed);
    CHECK(verify({ &pub, 1 }, kMessage, "\n\n\n\n").error().code == MinisignErrorCode::Malformed);
    // A trusted comment over the cap, though well signed, is refused.
    const auto sig = signOrFail(key, kMessage, "t");
    CHECK(verify({ &pub, 1 }, kMessage,
                 withLine(sig, 2, "trusted comment: " + QByteArray(kMaxTrustedCommentBytes + 1, 'x')))
              .error()
              .code
          == MinisignErrorCode::Malformed);
    // sign() refuses comments that cannot be one line.
    CHECK(sign(key, kMessage, "two\nlines").error().code == MinisignErrorCode::Malformed);
    CHECK(sign(key, kMessage, "ok", "un\rtrusted").error().code == MinisignErrorCode::Malformed);
    CHECK(sign(key, kMessage, QByteArray(kMaxTrustedCommentBytes + 1, 'x')).error().code
          == MinisignErrorCode::Malformed);
}

TEST_CASE("10,000 random mutations of a signature and a public key are parsed without a forgery",
          "[sync][minisign][fuzz]")
{
    // A fixed key, so that the whole run is the same every time.
    const auto fixed
        = SecretKey::parse("untrusted comment: minisign unencrypted secret key\n"
                           "RWQAAEIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbXFVq2i3Xo"
                           "IJKmrI1F9NOMxDy/v4Zecb/F/ezHT2w2yv31sbOuYnWsyNQZjX/nlnRWyLBgIYFinW5LodeJbNBvdr+"
                           "iNdRtiU3DjF45jS+x/0CsBMKl/YORiJF/VOjckOzkY2NISJ0Qs=\n",
                           {});
    REQUIRE(fixed.ok());
    const SecretKey &key = fixed.value();
    const QByteArray trusted = "timestamp:1700000000\tfile:batch";
    const auto sig = signOrFail(key, kMessage, trusted);
    const PublicKey pub = key.publicKey();
    const QByteArray pubText = pub.toFileText();
    std::mt19937 random(20240808u); // deterministic
    const auto mutate = [&random](QByteArray text) {
        const int edits = 1 + int(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const auto pos = text.isEmpty() ? 0 : qsizetype(random() % quint32(text.size()));
            switch (random() % 6) {
            case 0:
                if (!text.isEmpty())
                    text[pos] = char(text[pos] ^ char(1u << (random() % 8)));
                break;
            case 1:
                if (!text.isEmpty())
                    text[pos] = char(random() % 256);
                break;
            case 2:
                text.insert(pos, char(random() % 256));
                break;
            case 3:
                text.remove(pos, 1 + qsizetype(random() % 8));
                break;
            case 4:
                text.truncate(pos);
                break;
            default: {
                const char special[] = { '\n', '\r', '\0', '=', ' ', ':' };
                text.insert(pos, special[random() % sizeof special]);
            }
            }
        }
        return text;
    };
    int sigAccepted = 0;
    int keyParsed = 0;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray mutatedSig = mutate(sig);
        const auto result = verify({ &pub, 1 }, kMessage, mutatedSig);
        if (result.ok()) {
            // Only the unsigned comment line and the line ends ("\r\n" for "\n") may have changed.
            ++sigAccepted;
            REQUIRE(result.value().trustedComment == trusted);
            REQUIRE(QByteArray(mutatedSig).replace("\r\n", "\n").split('\n').mid(1, 3) == sig.split('\n').mid(1, 3));
        } else {
            REQUIRE_FALSE(result.error().message.isEmpty());
        }
        const QByteArray mutatedPub = mutate(pubText);
        const auto parsed = PublicKey::parse(mutatedPub);
        if (parsed.ok()) {
            ++keyParsed;
            const bool same = parsed.value() == pub;
            REQUIRE(verify({ &parsed.value(), 1 }, kMessage, sig).ok() == same);
        }
    }
    CHECK(sigAccepted < 10000);
    CHECK(keyParsed < 10000);
    // The original still verifies: nothing above changed shared state.
    CHECK(verify({ &pub, 1 }, kMessage, sig).ok());
}

TEST_CASE("a public key survives a round trip through its file text and its bare base64 line", "[sync][minisign]")
{
    const auto key = newKey();
    const PublicKey pub = key.publicKey();
    const QByteArray text = pub.toFileText();
    CHECK(text.startsWith("untrusted comment: minisign public key " + keyIdToHex(pub.keyId).toLatin1() + "\n"));
    CHECK(text.split('\n').at(1).startsWith("RW"));
    const auto fromFile = PublicKey::parse(text);
    REQUIRE(fromFile.ok());
    CHECK(fromFile.value() == pub);
    const auto fromLine = PublicKey::parse(pub.toBase64());
    REQUIRE(fromLine.ok());
    CHECK(fromLine.value() == pub);
    const auto fromLineWithSpace = PublicKey::parse("  " + pub.toBase64() + "\r\n");
    REQUIRE(fromLineWithSpace.ok());
    CHECK(fromLineWithSpace.value() == pub);
    CHECK(PublicKey::parse(pub.toBase64().chopped(2)).error().code == MinisignErrorCode::Malformed);
    CHECK(PublicKey::parse("untrusted comment: only a comment\n").error().code == MinisignErrorCode::Malformed);
    CHECK(PublicKey::parse("").error().code == MinisignErrorCode::Malformed);
}

TEST_CASE("a secret key saved without a password loads and signs the same", "[sync][minisign]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto key = newKey();
    const QString path = dir.filePath(QStringLiteral("kotona.key"));
    REQUIRE(key.save(path, {}).ok());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOwner;
    CHECK((QFileInfo(path).permissions() & others) == 0);
    CHECK(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));
    const auto encrypted = SecretKey::isEncrypted(readAll(path));
    REQUIRE(encrypted.ok());
    CHECK_FALSE(encrypted.value());
    const auto loaded = SecretKey::load(path, {});
    REQUIRE(loaded.ok());
    CHECK(loaded.value().keyId() == key.keyId());
    CHECK(loaded.value().publicKey() == key.publicKey());
    // Ed25519 is deterministic: the same key signs the same bytes alike.
    CHECK(signOrFail(loaded.value(), kMessage, "t") == signOrFail(key, kMessage, "t"));
}

TEST_CASE("a secret key saved with a password needs that password", "[sync][minisign]")
{
    const auto key = newKey();
    const auto text = key.toFileText("correct horse", KdfLimits::minimum());
    REQUIRE(text.ok());
    CHECK(text.value().startsWith("untrusted comment: minisign encrypted secret key\n"));
    CHECK(SecretKey::isEncrypted(text.value()).value());
    const auto loaded = SecretKey::parse(text.value(), "correct horse");
    REQUIRE(loaded.ok());
    CHECK(loaded.value().publicKey() == key.publicKey());

    const auto wrong = SecretKey::parse(text.value(), "correct horsf");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == MinisignErrorCode::WrongPassword);
    const auto none = SecretKey::parse(text.value(), {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == MinisignErrorCode::WrongPassword);
    CHECK(none.error().message.contains(QStringLiteral("password")));
}

TEST_CASE("a damaged secret key file is refused", "[sync][minisign]")
{
    const auto key = newKey();
    const auto text = key.toFileText({});
    REQUIRE(text.ok());
    const QByteArray line = text.value().split('\n').at(1);
    // Flip a character inside the secret key bytes (after alg, kdf, chk, salt and limits).
    QByteArray damaged = line;
    damaged[100] = damaged[100] == 'A' ? 'B' : 'A';
    const auto result = SecretKey::parse("untrusted comment: x\n" + damaged + "\n", {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == MinisignErrorCode::Malformed);
    CHECK(SecretKey::parse("untrusted comment: x\n" + line.chopped(4) + "\n", {}).error().code
          == MinisignErrorCode::Malformed);
    CHECK(SecretKey::parse(QByteArray(kMaxKeyFileBytes + 1, 'A'), {}).error().code == MinisignErrorCode::Malformed);
    CHECK(SecretKey::load(QStringLiteral("/nonexistent/kotona.key"), {}).error().code == MinisignErrorCode::Io);
}

TEST_CASE("a large file is signed and verified in blocks, alike from memory and from the file", "[sync][minisign]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray big(5 * 1024 * 1024 + 17, '\0');
    std::mt19937 random(7u);
    for (auto &c : big)
        c = char(random() % 256);
    const QString path = dir.filePath(QStringLiteral("snapshot.zst"));
    REQUIRE(writeAll(path, big));
    const auto key = newKey();
    const PublicKey pub = key.publicKey();
    const auto fromFile = signFile(key, path, "seq:9");
    REQUIRE(fromFile.ok());
    CHECK(fromFile.value() == signOrFail(key, big, "seq:9"));
    CHECK(verifyFile({ &pub, 1 }, path, fromFile.value()).ok());
    CHECK(verify({ &pub, 1 }, big, fromFile.value()).ok());
    QBuffer buffer(&big);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CHECK(verify({ &pub, 1 }, buffer, fromFile.value()).ok());
    big[big.size() / 2] = char(big[big.size() / 2] ^ 1);
    REQUIRE(writeAll(path, big));
    CHECK(verifyFile({ &pub, 1 }, path, fromFile.value()).error().code == MinisignErrorCode::BadSignature);
    CHECK(verifyFile({ &pub, 1 }, dir.filePath(QStringLiteral("missing")), fromFile.value()).error().code
          == MinisignErrorCode::Io);
}

// --- interoperability with the minisign command ----------------------------------------

TEST_CASE("a key and signatures made by minisign verify in Kotona", "[sync][minisign][interop]")
{
    const QString minisign = minisignProgram();
    if (minisign.isEmpty()) {
        WARN("minisign is not installed (apt-get install minisign): interoperability not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pubPath = dir.filePath(QStringLiteral("m.pub"));
    const QString keyPath = dir.filePath(QStringLiteral("m.key"));
    const QString message = dir.filePath(QStringLiteral("batch.ndjson.zst"));
    REQUIRE(writeAll(message, kMessage));
    const auto gen = runProgram(minisign, { "-G", "-W", "-p", pubPath, "-s", keyPath });
    REQUIRE(gen.exitCode == 0);
    const auto signedByMinisign
        = runProgram(minisign, { "-S", "-s", keyPath, "-m", message, "-t", "seq:3 from minisign" });
    REQUIRE(signedByMinisign.exitCode == 0);
    const auto legacy
        = runProgram(minisign, { "-S", "-l", "-s", keyPath, "-m", message, "-x", message + ".legacy", "-t", "old" });
    REQUIRE(legacy.exitCode == 0);

    const auto pub = PublicKey::load(pubPath);
    REQUIRE(pub.ok());
    const auto result = verifyFile({ &pub.value(), 1 }, message, readAll(message + ".minisig"));
    REQUIRE(result.ok());
    CHECK(result.value().trustedComment == "seq:3 from minisign");
    CHECK(result.value().prehashed);

    const auto old = verifyFile({ &pub.value(), 1 }, message, readAll(message + ".legacy"));
    REQUIRE(old.ok());
    CHECK(old.value().trustedComment == "old");
    CHECK_FALSE(old.value().prehashed);
    CHECK(verify({ &pub.value(), 1 }, kMessage + "!", readAll(message + ".legacy")).error().code
          == MinisignErrorCode::BadSignature);

    // minisign's unencrypted secret key loads in Kotona and signs what minisign verifies.
    const auto key = SecretKey::load(keyPath, {});
    REQUIRE(key.ok());
    CHECK(key.value().publicKey() == pub.value());
}

TEST_CASE("a key and a signature made by Kotona verify with minisign -V", "[sync][minisign][interop]")
{
    const QString minisign = minisignProgram();
    if (minisign.isEmpty()) {
        WARN("minisign is not installed (apt-get install minisign): interoperability not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto key = newKey();
    const QString pubPath = dir.filePath(QStringLiteral("k.pub"));
    const QString message = dir.filePath(QStringLiteral("latest.json"));
    REQUIRE(writeAll(pubPath, key.publicKey().toFileText()));
    REQUIRE(writeAll(message, kMessage));
    const auto sig = signFile(key, message, "timestamp:1700000000\tfile:latest.json");
    REQUIRE(sig.ok());
    REQUIRE(writeAll(message + ".minisig", sig.value()));

    const auto good = runProgram(minisign, { "-V", "-p", pubPath, "-m", message });
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains("Trusted comment: timestamp:1700000000\tfile:latest.json"));
    // minisign takes the bare base64 line too, and refuses a changed file.
    CHECK(runProgram(minisign, { "-V", "-P", QString::fromLatin1(key.publicKey().toBase64()), "-m", message }).exitCode
          == 0);
    REQUIRE(writeAll(message, kMessage + " "));
    CHECK(runProgram(minisign, { "-V", "-p", pubPath, "-m", message }).exitCode != 0);

    // The longest comments Kotona writes are the longest minisign reads.
    const auto longest
        = sign(key, kMessage + " ", QByteArray(kMaxTrustedCommentBytes, 't'), QByteArray(kMaxCommentBytes, 'u'));
    REQUIRE(longest.ok());
    REQUIRE(writeAll(message + ".minisig", longest.value()));
    const auto longRun = runProgram(minisign, { "-V", "-p", pubPath, "-m", message });
    INFO(longRun.err.toStdString());
    CHECK(longRun.exitCode == 0);

    // An unencrypted Kotona secret key signs with minisign, and Kotona verifies that.
    const QString keyPath = dir.filePath(QStringLiteral("k.key"));
    REQUIRE(key.save(keyPath, {}).ok());
    REQUIRE(runProgram(minisign, { "-S", "-s", keyPath, "-m", message, "-t", "by minisign" }).exitCode == 0);
    const auto verified
        = verifyFile(std::vector<PublicKey> { key.publicKey() }, message, readAll(message + ".minisig"));
    REQUIRE(verified.ok());
    CHECK(verified.value().trustedComment == "by minisign");
}

TEST_CASE("a password-protected secret key made by Kotona signs with minisign", "[sync][minisign][interop]")
{
    const QString minisign = minisignProgram();
    if (minisign.isEmpty()) {
        WARN("minisign is not installed (apt-get install minisign): interoperability not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto key = newKey();
    const QString keyPath = dir.filePath(QStringLiteral("k.key"));
    const QString message = dir.filePath(QStringLiteral("m"));
    REQUIRE(key.save(keyPath, "s3cret pass", KdfLimits::minimum()).ok());
    REQUIRE(writeAll(message, kMessage));
    // minisign reads the password from standard input when it is not a terminal.
    const auto wrong = runProgram(minisign, { "-S", "-s", keyPath, "-m", message }, "not it\n");
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains("Wrong password"));
    const auto run = runProgram(minisign, { "-S", "-s", keyPath, "-m", message, "-t", "pw" }, "s3cret pass\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const PublicKey pub = key.publicKey();
    const auto verified = verifyFile({ &pub, 1 }, message, readAll(message + ".minisig"));
    REQUIRE(verified.ok());
    CHECK(verified.value().trustedComment == "pw");
}

TEST_CASE("a password-protected secret key made by minisign loads in Kotona", "[sync][minisign][interop][slow]")
{
    const QString minisign = minisignProgram();
    if (minisign.isEmpty()) {
        WARN("minisign is not installed (apt-get install minisign): interoperability not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pubPath = dir.filePath(QStringLiteral("m.pub"));
    const QString keyPath = dir.filePath(QStringLiteral("m.key"));
    // minisign -G asks twice; it always uses scrypt's "sensitive" limits (1 GiB, some seconds).
    const auto gen = runProgram(minisign, { "-G", "-p", pubPath, "-s", keyPath }, "pass phrase\npass phrase\n");
    INFO(gen.err.toStdString());
    REQUIRE(gen.exitCode == 0);
    const QByteArray keyText = readAll(keyPath);
    CHECK(SecretKey::isEncrypted(keyText).value());
    CHECK(SecretKey::parse(keyText, "pass phrasf").error().code == MinisignErrorCode::WrongPassword);
    const auto key = SecretKey::parse(keyText, "pass phrase");
    REQUIRE(key.ok());
    const auto pub = PublicKey::load(pubPath);
    REQUIRE(pub.ok());
    CHECK(key.value().publicKey() == pub.value());

    const QString message = dir.filePath(QStringLiteral("m"));
    REQUIRE(writeAll(message, kMessage));
    const auto sig = signFile(key.value(), message, "from kotona with minisign's key");
    REQUIRE(sig.ok());
    REQUIRE(writeAll(message + ".minisig", sig.value()));
    CHECK(runProgram(minisign, { "-V", "-p", pubPath, "-m", message }).exitCode == 0);
}
