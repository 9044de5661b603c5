// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/minisign.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <optional>
#include <sodium.h>
#include <vector>

namespace kotona::sync {

namespace {

// Layout of minisign's binary structures (minisign.h), as offsets into the decoded bytes.
constexpr QByteArrayView kCommentPrefix = "untrusted comment: ";
constexpr QByteArrayView kTrustedCommentPrefix = "trusted comment: ";
constexpr QByteArrayView kDefaultSignatureComment = "signature from minisign secret key";

constexpr std::size_t kAlgBytes = 2;
constexpr std::size_t kKeyIdBytes = 8;
constexpr std::size_t kPublicKeyBytes = crypto_sign_PUBLICKEYBYTES; // 32
constexpr std::size_t kSecretKeyBytes = crypto_sign_SECRETKEYBYTES; // 64: seed | public key
constexpr std::size_t kSignatureBytes = crypto_sign_BYTES; // 64
constexpr std::size_t kChecksumBytes = crypto_generichash_BYTES; // 32, BLAKE2b-256
constexpr std::size_t kPrehashBytes = crypto_generichash_BYTES_MAX; // 64, BLAKE2b-512
constexpr std::size_t kSaltBytes = crypto_pwhash_scryptsalsa208sha256_SALTBYTES; // 32

constexpr std::size_t kPublicKeyStructBytes = kAlgBytes + kKeyIdBytes + kPublicKeyBytes; // 42
constexpr std::size_t kSignatureStructBytes = kAlgBytes + kKeyIdBytes + kSignatureBytes; // 74

// SeckeyStruct: sig_alg | kdf_alg | chk_alg | salt | opslimit | memlimit | keynum_sk
// where keynum_sk = keynum | sk | chk is what the scrypt keystream encrypts.
constexpr std::size_t kSkSigAlg = 0;
constexpr std::size_t kSkKdfAlg = kSkSigAlg + kAlgBytes;
constexpr std::size_t kSkChkAlg = kSkKdfAlg + kAlgBytes;
constexpr std::size_t kSkSalt = kSkChkAlg + kAlgBytes;
constexpr std::size_t kSkOpsLimit = kSkSalt + kSaltBytes;
constexpr std::size_t kSkMemLimit = kSkOpsLimit + 8;
constexpr std::size_t kSkKeyNum = kSkMemLimit + 8;
constexpr std::size_t kSkKey = kSkKeyNum + kKeyIdBytes;
constexpr std::size_t kSkChk = kSkKey + kSecretKeyBytes;
constexpr std::size_t kSecretKeyStructBytes = kSkChk + kChecksumBytes; // 158
constexpr std::size_t kEncryptedBytes = kSecretKeyStructBytes - kSkKeyNum; // 104

constexpr unsigned char kSigAlg[] = { 'E', 'd' };
constexpr unsigned char kSigAlgHashed[] = { 'E', 'D' };
constexpr unsigned char kKdfScrypt[] = { 'S', 'c' };
constexpr unsigned char kKdfNone[] = { 0, 0 };
constexpr unsigned char kChkBlake2b[] = { 'B', '2' };

// A secret key file may ask scrypt for anything; refuse what no real key needs.
constexpr std::uint64_t kMaxOpsLimit = 4ULL * crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE;
constexpr std::uint64_t kMaxMemLimit = 2ULL * crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE;

QString tr(const char *text)
{
    return QCoreApplication::translate("kotona::sync", text);
}

MinisignError fail(MinisignErrorCode code, const QString &message)
{
    return MinisignError { code, message };
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

MinisignError outOfSecureMemory()
{
    return fail(MinisignErrorCode::KeyDerivationFailed, tr("There is not enough memory to hold a secret key."));
}

// Bytes from sodium_malloc(): guarded, locked where possible, wiped by sodium_free().
class SecureBuffer
{
public:
    // sodium_malloc() aborts before sodium_init(), hence sodiumReady() first.
    explicit SecureBuffer(std::size_t size)
        : m_data(sodiumReady() ? static_cast<unsigned char *>(sodium_malloc(size)) : nullptr)
        , m_size(size)
    {
        if (m_data)
            std::memset(m_data, 0, size);
    }
    ~SecureBuffer() { sodium_free(m_data); }
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    [[nodiscard]] bool ok() const { return m_data != nullptr; }
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    unsigned char *m_data;
    std::size_t m_size;
};

std::uint64_t loadLe64(const unsigned char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

void storeLe64(unsigned char *p, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        p[i] = static_cast<unsigned char>(v >> (8 * i));
}

// Decodes standard, padded base64 into exactly `size` bytes; anything else fails.
bool decodeBase64(QByteArrayView text, unsigned char *out, std::size_t size)
{
    if (text.isEmpty() || std::size_t(text.size()) > sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL))
        return false;
    // libsodium 1.0.18 decodes some bytes above 0x7f as if they were base64 letters: only
    // the alphabet itself is accepted, so that one signature has one spelling.
    const auto isBase64 = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
            || c == '=';
    };
    if (!std::all_of(text.begin(), text.end(), isBase64))
        return false;
    std::size_t decoded = 0;
    if (sodium_base642bin(out, size, text.data(), std::size_t(text.size()), nullptr, &decoded, nullptr,
                          sodium_base64_VARIANT_ORIGINAL)
        != 0)
        return false;
    return decoded == size;
}

QByteArray encodeBase64(const unsigned char *bytes, std::size_t size)
{
    QByteArray out(qsizetype(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL)), '\0');
    sodium_bin2base64(out.data(), std::size_t(out.size()), bytes, size, sodium_base64_VARIANT_ORIGINAL);
    out.chop(1); // the NUL
    return out;
}

// Splits at '\n' and drops one '\r' before it; at most `maxLines` lines, the last holding the rest.
std::vector<QByteArrayView> splitLines(QByteArrayView text, std::size_t maxLines)
{
    std::vector<QByteArrayView> lines;
    while (lines.size() + 1 < maxLines) {
        const qsizetype nl = text.indexOf('\n');
        if (nl < 0)
            break;
        QByteArrayView line = text.first(nl);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.push_back(line);
        text = text.sliced(nl + 1);
    }
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    lines.push_back(text);
    return lines;
}

bool isOneLineComment(QByteArrayView comment)
{
    return !comment.contains('\n') && !comment.contains('\r') && !comment.contains('\0');
}

bool equalBytes(const unsigned char *a, const unsigned char *b, std::size_t n)
{
    return std::memcmp(a, b, n) == 0;
}

// BLAKE2b-256 over sig_alg | keynum | sk, as minisign's seckey_compute_chk().
void secretKeyChecksum(const unsigned char *keyStruct, unsigned char *out)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kChecksumBytes);
    crypto_generichash_update(&state, keyStruct + kSkSigAlg, kAlgBytes);
    crypto_generichash_update(&state, keyStruct + kSkKeyNum, kKeyIdBytes);
    crypto_generichash_update(&state, keyStruct + kSkKey, kSecretKeyBytes);
    crypto_generichash_final(&state, out, kChecksumBytes);
    sodium_memzero(&state, sizeof state);
}

// The scrypt keystream that encrypts keynum | sk | chk.
bool deriveKeystream(SecureBuffer &stream, QByteArrayView password, const unsigned char *salt, std::uint64_t opsLimit,
                     std::uint64_t memLimit)
{
    return crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password.data(),
                                              std::size_t(password.size()), salt, opsLimit, std::size_t(memLimit))
        == 0;
}

// A parsed signature file.
struct SignatureFile {
    bool prehashed = true;
    KeyId keyId {};
    std::array<unsigned char, kSignatureBytes> signature {};
    QByteArray trustedComment;
    std::array<unsigned char, kSignatureBytes> globalSignature {};
};

MinisignResult<SignatureFile> parseSignatureFile(QByteArrayView text)
{
    if (!sodiumReady())
        return fail(MinisignErrorCode::Malformed, tr("The signature could not be checked: libsodium did not start."));
    const auto malformed = [](const QString &why) { return fail(MinisignErrorCode::Malformed, why); };
    if (text.size() > kMaxSignatureFileBytes)
        return malformed(tr("The signature file is too large to be a minisign signature."));
    // Lines after the fourth are ignored, as minisign does.
    const auto lines = splitLines(text, 5);
    if (lines.size() < 4)
        return malformed(tr("The signature file is incomplete: it needs four lines."));
    if (!lines[0].startsWith(kCommentPrefix) || lines[0].size() > kCommentPrefix.size() + kMaxCommentBytes)
        return malformed(tr("The signature file does not start with an untrusted comment line."));

    unsigned char sigStruct[kSignatureStructBytes];
    if (!decodeBase64(lines[1], sigStruct, sizeof sigStruct))
        return malformed(tr("The second line of the signature file is not a minisign signature."));
    SignatureFile sig;
    if (equalBytes(sigStruct, kSigAlgHashed, kAlgBytes))
        sig.prehashed = true;
    else if (equalBytes(sigStruct, kSigAlg, kAlgBytes))
        sig.prehashed = false;
    else
        return malformed(tr("The signature uses an algorithm Kotona does not know."));
    std::memcpy(sig.keyId.data(), sigStruct + kAlgBytes, kKeyIdBytes);
    std::memcpy(sig.signature.data(), sigStruct + kAlgBytes + kKeyIdBytes, kSignatureBytes);

    if (!lines[2].startsWith(kTrustedCommentPrefix))
        return malformed(tr("The third line of the signature file is not a trusted comment."));
    const QByteArrayView trusted = lines[2].sliced(kTrustedCommentPrefix.size());
    if (trusted.size() > kMaxTrustedCommentBytes || !isOneLineComment(trusted))
        return malformed(tr("The trusted comment of the signature is too long or not one line of text."));
    sig.trustedComment = trusted.toByteArray();

    if (!decodeBase64(lines[3], sig.globalSignature.data(), kSignatureBytes))
        return malformed(tr("The fourth line of the signature file is not a minisign signature."));
    return sig;
}

// Incremental BLAKE2b-512 of everything a device yields.
MinisignResult<std::array<unsigned char, kPrehashBytes>> prehash(QIODevice &device)
{
    if (!device.isOpen() || !device.isReadable())
        return fail(MinisignErrorCode::Io, tr("The message could not be read: it is not open for reading."));
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kPrehashBytes);
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const qint64 n = device.read(buffer.data(), qint64(buffer.size()));
        if (n < 0)
            return fail(MinisignErrorCode::Io, tr("The message could not be read: %1").arg(device.errorString()));
        if (n == 0) {
            if (device.atEnd() || !device.isSequential() || !device.waitForReadyRead(30000))
                break;
            continue;
        }
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(buffer.data()), std::size_t(n));
    }
    std::array<unsigned char, kPrehashBytes> hash {};
    crypto_generichash_final(&state, hash.data(), hash.size());
    return hash;
}

std::array<unsigned char, kPrehashBytes> prehash(QByteArrayView message)
{
    std::array<unsigned char, kPrehashBytes> hash {};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char *>(message.data()),
                       std::size_t(message.size()), nullptr, 0);
    return hash;
}

// Checks the comments sign() is given.
std::optional<MinisignError> checkComments(QByteArrayView trustedComment, QByteArrayView untrustedComment)
{
    if (trustedComment.size() > kMaxTrustedCommentBytes || !isOneLineComment(trustedComment))
        return fail(MinisignErrorCode::Malformed,
                    tr("The trusted comment must be one line of at most %1 bytes.").arg(kMaxTrustedCommentBytes));
    if (untrustedComment.size() > kMaxCommentBytes || !isOneLineComment(untrustedComment))
        return fail(MinisignErrorCode::Malformed,
                    tr("The untrusted comment must be one line of at most %1 bytes.").arg(kMaxCommentBytes));
    return std::nullopt;
}

// The signature file over a message already reduced to what Ed25519 signs.
QByteArray signatureFile(const SecretKey &key, QByteArrayView signedBytes, QByteArrayView trustedComment,
                         QByteArrayView untrustedComment)
{
    unsigned char sigStruct[kSignatureStructBytes];
    std::memcpy(sigStruct, kSigAlgHashed, kAlgBytes);
    std::memcpy(sigStruct + kAlgBytes, key.keyId().data(), kKeyIdBytes);
    const auto signature = key.signDetached(signedBytes);
    std::memcpy(sigStruct + kAlgBytes + kKeyIdBytes, signature.data(), kSignatureBytes);

    QByteArray covered(reinterpret_cast<const char *>(signature.data()), qsizetype(signature.size()));
    covered.append(trustedComment);
    const auto global = key.signDetached(covered);

    QByteArray out;
    out.reserve(200 + trustedComment.size() + untrustedComment.size());
    out.append(kCommentPrefix)
        .append(untrustedComment.isEmpty() ? kDefaultSignatureComment : untrustedComment)
        .append('\n');
    out.append(encodeBase64(sigStruct, sizeof sigStruct)).append('\n');
    out.append(kTrustedCommentPrefix).append(trustedComment).append('\n');
    out.append(encodeBase64(global.data(), global.size())).append('\n');
    return out;
}

// Verifies a parsed signature against the trusted keys; `message` is what Ed25519 signed
// (the BLAKE2b-512 hash for "ED", the message itself for "Ed").
MinisignResult<Verified> verifyParsed(std::span<const PublicKey> trusted, const SignatureFile &sig,
                                      QByteArrayView signedBytes)
{
    const PublicKey *signer = nullptr;
    bool known = false;
    for (const auto &key : trusted) {
        if (key.keyId != sig.keyId)
            continue;
        known = true;
        if (crypto_sign_verify_detached(sig.signature.data(),
                                        reinterpret_cast<const unsigned char *>(signedBytes.data()),
                                        std::size_t(signedBytes.size()), key.key.data())
            == 0) {
            signer = &key;
            break;
        }
    }
    if (!known)
        return fail(
            MinisignErrorCode::UnknownKey,
            tr("The file is signed with key %1, which is not one of the trusted keys.").arg(keyIdToHex(sig.keyId)));
    if (!signer)
        return fail(MinisignErrorCode::BadSignature,
                    tr("The signature does not match the file: the file was changed or damaged."));

    QByteArray covered(reinterpret_cast<const char *>(sig.signature.data()), qsizetype(sig.signature.size()));
    covered.append(sig.trustedComment);
    if (crypto_sign_verify_detached(sig.globalSignature.data(), reinterpret_cast<const unsigned char *>(covered.data()),
                                    std::size_t(covered.size()), signer->key.data())
        != 0)
        return fail(MinisignErrorCode::BadGlobalSignature,
                    tr("The trusted comment of the signature was changed: the signature cannot be trusted."));
    return Verified { sig.trustedComment, sig.keyId, sig.prehashed };
}

QByteArrayView asView(const std::array<unsigned char, kPrehashBytes> &bytes)
{
    return QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

QString keyIdToHex(const KeyId &id)
{
    return QStringLiteral("%1").arg(loadLe64(id.data()), 16, 16, QLatin1Char('0')).toUpper();
}

// --- PublicKey ---------------------------------------------------------------------

MinisignResult<PublicKey> PublicKey::parse(QByteArrayView text)
{
    const auto malformed = [] { return fail(MinisignErrorCode::Malformed, tr("This is not a minisign public key.")); };
    if (text.size() > kMaxKeyFileBytes)
        return malformed();
    text = text.trimmed();
    QByteArrayView line = text;
    if (text.startsWith("untrusted comment:")) {
        const auto lines = splitLines(text, 3);
        if (lines.size() < 2)
            return malformed();
        line = lines[1].trimmed();
    }
    unsigned char bytes[kPublicKeyStructBytes];
    if (!decodeBase64(line, bytes, sizeof bytes))
        return malformed();
    if (!equalBytes(bytes, kSigAlg, kAlgBytes))
        return fail(MinisignErrorCode::Malformed, tr("The public key uses an algorithm Kotona does not know."));
    PublicKey key;
    std::memcpy(key.keyId.data(), bytes + kAlgBytes, kKeyIdBytes);
    std::memcpy(key.key.data(), bytes + kAlgBytes + kKeyIdBytes, kPublicKeyBytes);
    return key;
}

MinisignResult<PublicKey> PublicKey::load(const QString &path)
{
    auto text = readSmallFile(path, kMaxKeyFileBytes);
    if (!text)
        return text.error();
    return parse(text.value());
}

QByteArray PublicKey::toBase64() const
{
    unsigned char bytes[kPublicKeyStructBytes];
    std::memcpy(bytes, kSigAlg, kAlgBytes);
    std::memcpy(bytes + kAlgBytes, keyId.data(), kKeyIdBytes);
    std::memcpy(bytes + kAlgBytes + kKeyIdBytes, key.data(), kPublicKeyBytes);
    return encodeBase64(bytes, sizeof bytes);
}

QByteArray PublicKey::toFileText(QByteArrayView untrustedComment) const
{
    QByteArray out = kCommentPrefix.toByteArray();
    if (untrustedComment.isEmpty() || !isOneLineComment(untrustedComment))
        out.append("minisign public key ").append(keyIdToHex(keyId).toLatin1());
    else
        out.append(untrustedComment);
    out.append('\n').append(toBase64()).append('\n');
    return out;
}

// --- KdfLimits ---------------------------------------------------------------------

KdfLimits KdfLimits::minisign()
{
    return { crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE,
             crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE };
}

KdfLimits KdfLimits::minimum()
{
    return { crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_MIN, crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_MIN };
}

// --- SecretKey ---------------------------------------------------------------------

struct SecretKey::Material {
    KeyId keyId;
    unsigned char key[kSecretKeyBytes];
};

void SecretKey::Free::operator()(Material *m) const
{
    sodium_free(m);
}

SecretKey::SecretKey(std::unique_ptr<Material, Free> material)
    : m_material(std::move(material))
{ }
SecretKey::SecretKey(SecretKey &&) noexcept = default;
SecretKey &SecretKey::operator=(SecretKey &&) noexcept = default;
SecretKey::~SecretKey() = default;

MinisignResult<SecretKey> SecretKey::generate()
{
    if (!sodiumReady())
        return outOfSecureMemory();
    std::unique_ptr<Material, Free> m(static_cast<Material *>(sodium_malloc(sizeof(Material))));
    if (!m)
        return outOfSecureMemory();
    randombytes_buf(m->keyId.data(), m->keyId.size());
    unsigned char pk[kPublicKeyBytes];
    crypto_sign_keypair(pk, m->key);
    return SecretKey(std::move(m));
}

MinisignResult<bool> SecretKey::isEncrypted(QByteArrayView text)
{
    if (text.size() > kMaxKeyFileBytes)
        return fail(MinisignErrorCode::Malformed, tr("This is not a minisign secret key."));
    const auto lines = splitLines(text, 3);
    SecureBuffer bytes(kSecretKeyStructBytes);
    if (!bytes.ok())
        return outOfSecureMemory();
    if (lines.size() < 2 || !decodeBase64(lines[1], bytes.data(), bytes.size()))
        return fail(MinisignErrorCode::Malformed, tr("This is not a minisign secret key."));
    return equalBytes(bytes.data() + kSkKdfAlg, kKdfScrypt, kAlgBytes);
}

MinisignResult<SecretKey> SecretKey::parse(QByteArrayView text, QByteArrayView password)
{
    if (!sodiumReady())
        return outOfSecureMemory();
    const auto malformed = [](const QString &why) { return fail(MinisignErrorCode::Malformed, why); };
    if (text.size() > kMaxKeyFileBytes)
        return malformed(tr("This is not a minisign secret key."));
    // minisign reads the first line as a comment without checking it, so Kotona does too.
    const auto lines = splitLines(text, 3);
    SecureBuffer bytes(kSecretKeyStructBytes);
    if (!bytes.ok())
        return outOfSecureMemory();
    if (lines.size() < 2 || !decodeBase64(lines[1], bytes.data(), bytes.size()))
        return malformed(tr("This is not a minisign secret key."));
    unsigned char *b = bytes.data();
    if (!equalBytes(b + kSkSigAlg, kSigAlg, kAlgBytes))
        return malformed(tr("The secret key uses an algorithm Kotona does not know."));
    if (!equalBytes(b + kSkChkAlg, kChkBlake2b, kAlgBytes))
        return malformed(tr("The secret key uses a checksum Kotona does not know."));

    const bool encrypted = equalBytes(b + kSkKdfAlg, kKdfScrypt, kAlgBytes);
    if (!encrypted && !equalBytes(b + kSkKdfAlg, kKdfNone, kAlgBytes))
        return malformed(tr("The secret key is protected in a way Kotona does not know."));

    unsigned char checksum[kChecksumBytes];
    if (encrypted) {
        if (password.isEmpty())
            return fail(MinisignErrorCode::WrongPassword, tr("The secret key is encrypted: a password is needed."));
        if (password.size() > kMaxPasswordBytes)
            return fail(MinisignErrorCode::WrongPassword, tr("The password is too long."));
        const std::uint64_t opsLimit = loadLe64(b + kSkOpsLimit);
        const std::uint64_t memLimit = loadLe64(b + kSkMemLimit);
        if (opsLimit > kMaxOpsLimit || memLimit > kMaxMemLimit)
            return malformed(tr("The secret key asks for more work to decrypt it than Kotona allows."));
        SecureBuffer stream(kEncryptedBytes);
        if (!stream.ok())
            return outOfSecureMemory();
        if (!deriveKeystream(stream, password, b + kSkSalt, opsLimit, memLimit))
            return fail(MinisignErrorCode::KeyDerivationFailed,
                        tr("The key could not be derived from the password: there is not enough memory."));
        for (std::size_t i = 0; i < kEncryptedBytes; ++i)
            b[kSkKeyNum + i] ^= stream.data()[i];
        secretKeyChecksum(b, checksum);
        const bool match = sodium_memcmp(checksum, b + kSkChk, kChecksumBytes) == 0;
        sodium_memzero(checksum, sizeof checksum);
        if (!match)
            return fail(MinisignErrorCode::WrongPassword, tr("The password is wrong for this secret key."));
    } else {
        // minisign up to 0.11 leaves the checksum of an unencrypted key zero.
        secretKeyChecksum(b, checksum);
        unsigned char zero[kChecksumBytes] = {};
        const bool match = sodium_memcmp(checksum, b + kSkChk, kChecksumBytes) == 0
            || sodium_memcmp(zero, b + kSkChk, kChecksumBytes) == 0;
        sodium_memzero(checksum, sizeof checksum);
        if (!match)
            return malformed(tr("The secret key is damaged: its checksum does not match."));
    }

    // The secret key holds its public half; a damaged one would make signatures nobody can check.
    SecureBuffer expanded(kSecretKeyBytes);
    if (!expanded.ok())
        return outOfSecureMemory();
    unsigned char pk[kPublicKeyBytes];
    crypto_sign_seed_keypair(pk, expanded.data(), b + kSkKey);
    if (sodium_memcmp(expanded.data(), b + kSkKey, kSecretKeyBytes) != 0)
        return malformed(tr("The secret key is damaged: its two halves do not belong together."));

    std::unique_ptr<Material, Free> m(static_cast<Material *>(sodium_malloc(sizeof(Material))));
    if (!m)
        return outOfSecureMemory();
    std::memcpy(m->keyId.data(), b + kSkKeyNum, kKeyIdBytes);
    std::memcpy(m->key, b + kSkKey, kSecretKeyBytes);
    return SecretKey(std::move(m));
}

MinisignResult<SecretKey> SecretKey::load(const QString &path, QByteArrayView password)
{
    auto text = readSmallFile(path, kMaxKeyFileBytes);
    if (!text)
        return text.error();
    auto key = parse(text.value(), password);
    sodium_memzero(text.value().data(), std::size_t(text.value().size()));
    return key;
}

MinisignResult<QByteArray> SecretKey::toFileText(QByteArrayView password, KdfLimits limits,
                                                 QByteArrayView untrustedComment) const
{
    if (!sodiumReady())
        return outOfSecureMemory();
    if (password.size() > kMaxPasswordBytes)
        return fail(MinisignErrorCode::WrongPassword, tr("The password is too long."));
    if (untrustedComment.size() > kMaxCommentBytes || !isOneLineComment(untrustedComment))
        return fail(MinisignErrorCode::Malformed,
                    tr("The untrusted comment must be one line of at most %1 bytes.").arg(kMaxCommentBytes));
    const bool encrypt = !password.isEmpty();
    SecureBuffer bytes(kSecretKeyStructBytes);
    if (!bytes.ok())
        return outOfSecureMemory();
    unsigned char *b = bytes.data();
    std::memcpy(b + kSkSigAlg, kSigAlg, kAlgBytes);
    std::memcpy(b + kSkKdfAlg, encrypt ? kKdfScrypt : kKdfNone, kAlgBytes);
    std::memcpy(b + kSkChkAlg, kChkBlake2b, kAlgBytes);
    std::memcpy(b + kSkKeyNum, m_material->keyId.data(), kKeyIdBytes);
    std::memcpy(b + kSkKey, m_material->key, kSecretKeyBytes);
    secretKeyChecksum(b, b + kSkChk);
    if (encrypt) {
        randombytes_buf(b + kSkSalt, kSaltBytes);
        storeLe64(b + kSkOpsLimit, limits.opsLimit);
        storeLe64(b + kSkMemLimit, limits.memLimit);
        SecureBuffer stream(kEncryptedBytes);
        if (!stream.ok())
            return outOfSecureMemory();
        if (!deriveKeystream(stream, password, b + kSkSalt, limits.opsLimit, limits.memLimit))
            return fail(MinisignErrorCode::KeyDerivationFailed,
                        tr("The key could not be derived from the password: there is not enough memory."));
        for (std::size_t i = 0; i < kEncryptedBytes; ++i)
            b[kSkKeyNum + i] ^= stream.data()[i];
    }
    QByteArray out = kCommentPrefix.toByteArray();
    if (!untrustedComment.isEmpty())
        out.append(untrustedComment);
    else
        out.append(encrypt ? "minisign encrypted secret key" : "minisign unencrypted secret key");
    out.append('\n').append(encodeBase64(b, bytes.size())).append('\n');
    return out;
}

MinisignResult<Done> SecretKey::save(const QString &path, QByteArrayView password, KdfLimits limits) const
{
    auto text = toFileText(password, limits);
    if (!text)
        return text.error();
    QByteArray &bytes = text.value();
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(bytes) == bytes.size()
        && file.commit();
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    if (!written)
        return fail(MinisignErrorCode::Io,
                    tr("The secret key could not be written to %1: %2").arg(path, file.errorString()));
    return Done {};
}

const KeyId &SecretKey::keyId() const
{
    return m_material->keyId;
}

PublicKey SecretKey::publicKey() const
{
    PublicKey pk;
    pk.keyId = m_material->keyId;
    crypto_sign_ed25519_sk_to_pk(pk.key.data(), m_material->key);
    return pk;
}

std::array<unsigned char, 64> SecretKey::signDetached(QByteArrayView data) const
{
    std::array<unsigned char, 64> signature {};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char *>(data.data()),
                         std::size_t(data.size()), m_material->key);
    return signature;
}

// --- sign and verify ---------------------------------------------------------------

MinisignResult<QByteArray> sign(const SecretKey &key, QByteArrayView message, QByteArrayView trustedComment,
                                QByteArrayView untrustedComment)
{
    if (!sodiumReady())
        return outOfSecureMemory();
    if (auto error = checkComments(trustedComment, untrustedComment))
        return *error;
    return signatureFile(key, asView(prehash(message)), trustedComment, untrustedComment);
}

MinisignResult<QByteArray> sign(const SecretKey &key, QIODevice &message, QByteArrayView trustedComment,
                                QByteArrayView untrustedComment)
{
    if (!sodiumReady())
        return outOfSecureMemory();
    if (auto error = checkComments(trustedComment, untrustedComment))
        return *error;
    const auto hash = prehash(message);
    if (!hash)
        return hash.error();
    return signatureFile(key, asView(hash.value()), trustedComment, untrustedComment);
}

MinisignResult<QByteArray> signFile(const SecretKey &key, const QString &path, QByteArrayView trustedComment,
                                    QByteArrayView untrustedComment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(MinisignErrorCode::Io, tr("%1 could not be read: %2").arg(path, file.errorString()));
    return sign(key, file, trustedComment, untrustedComment);
}

MinisignResult<Verified> verify(std::span<const PublicKey> trusted, QByteArrayView message,
                                QByteArrayView signatureFileText)
{
    const auto sig = parseSignatureFile(signatureFileText);
    if (!sig)
        return sig.error();
    if (sig.value().prehashed)
        return verifyParsed(trusted, sig.value(), asView(prehash(message)));
    return verifyParsed(trusted, sig.value(), message);
}

MinisignResult<Verified> verify(std::span<const PublicKey> trusted, QIODevice &message,
                                QByteArrayView signatureFileText)
{
    const auto sig = parseSignatureFile(signatureFileText);
    if (!sig)
        return sig.error();
    // An unknown key is refused before the message is read.
    if (std::none_of(trusted.begin(), trusted.end(), [&](const PublicKey &k) { return k.keyId == sig.value().keyId; }))
        return verifyParsed({}, sig.value(), {});
    if (sig.value().prehashed) {
        const auto hash = prehash(message);
        if (!hash)
            return hash.error();
        return verifyParsed(trusted, sig.value(), asView(hash.value()));
    }
    if (!message.isOpen() || !message.isReadable())
        return fail(MinisignErrorCode::Io, tr("The message could not be read: it is not open for reading."));
    const QByteArray whole = message.read(kMaxLegacyMessageBytes + 1);
    if (whole.size() > kMaxLegacyMessageBytes)
        return fail(MinisignErrorCode::Malformed,
                    tr("The file has a legacy signature, which Kotona checks only for files up to 64 MiB."));
    return verifyParsed(trusted, sig.value(), whole);
}

MinisignResult<Verified> verifyFile(std::span<const PublicKey> trusted, const QString &path,
                                    QByteArrayView signatureFileText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(MinisignErrorCode::Io, tr("%1 could not be read: %2").arg(path, file.errorString()));
    return verify(trusted, file, signatureFileText);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
}

MinisignResult<QByteArray> readSmallFile(const QString &path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(MinisignErrorCode::Io, tr("%1 could not be read: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
        return fail(MinisignErrorCode::Malformed, tr("%1 is too large to be a key or a signature.").arg(path));
    }
    return bytes;
}

} // namespace kotona::sync
