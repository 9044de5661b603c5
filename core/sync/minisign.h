// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <span>

class QIODevice;

namespace kotona::sync {

// Keys and signatures in the formats of minisign (https://jedisct1.github.io/minisign/),
// made with libsodium, so that `minisign` and Kotona read each other's files:
//
//   public key:  "untrusted comment: …\n" + base64("Ed" | key id (8) | Ed25519 public key (32))
//   secret key:  "untrusted comment: …\n" + base64("Ed" | kdf ("Sc" or 0 0) | "B2" | salt (32)
//                | opslimit (le64) | memlimit (le64) | [key id (8) | Ed25519 secret key (64)
//                | BLAKE2b-256 checksum (32)]), the bracketed part XORed with a scrypt
//                keystream when the kdf is "Sc";
//   signature:   "untrusted comment: …\n" + base64("ED" | key id | Ed25519(BLAKE2b-512(message)))
//                + "\ntrusted comment: …\n" + base64(Ed25519(signature | trusted comment)) + "\n".
//
// Contract:
// - Parsing never throws, never reads outside its input and refuses inputs larger than
//   the caps below; every failure is a MinisignError with a code and a translated message.
// - verify() accepts a signature only when its key id is one of the trusted keys, the
//   signature covers the message and the global signature covers the trusted comment.
//   Prehashed ("ED") and legacy ("Ed", whole message) signatures are verified; sign()
//   always writes prehashed ones. Messages are hashed in a streaming fashion.
// - The untrusted comment is not covered by any signature and is never returned.
// - Secret key material lives in memory from sodium_malloc() and is wiped when the
//   SecretKey goes away; passwords are the caller's to wipe.

inline constexpr qsizetype kMaxSignatureFileBytes = 16 * 1024;
inline constexpr qsizetype kMaxKeyFileBytes = 4 * 1024;
// The longest comments minisign reads back: its line buffers (1024 and 8192 bytes) hold
// the prefix, the text, the line end and a NUL.
inline constexpr qsizetype kMaxCommentBytes = 1024 - 19 - 2;
inline constexpr qsizetype kMaxTrustedCommentBytes = 8192 - 17 - 2;
inline constexpr qsizetype kMaxPasswordBytes = 1023; // minisign's PASSWORDMAXBYTES minus the NUL
// A legacy ("Ed") signature covers the whole message, which must then be in memory.
inline constexpr qint64 kMaxLegacyMessageBytes = 64 * 1024 * 1024;

enum class MinisignErrorCode {
    Malformed, // not a key or signature in minisign's format, or an unsupported algorithm
    UnknownKey, // the signature's key id is not among the trusted keys
    BadSignature, // the signature does not cover this message
    BadGlobalSignature, // the trusted comment was changed
    WrongPassword, // the secret key is encrypted and the password is missing or wrong
    KeyDerivationFailed, // scrypt could not run (out of memory)
    Io, // a file could not be read or written
};

struct MinisignError {
    MinisignErrorCode code = MinisignErrorCode::Malformed;
    QString message; // translated, one sentence
};

template<typename T> using MinisignResult = Result<T, MinisignError>;

using KeyId = std::array<unsigned char, 8>;

// The key id as minisign prints it: 16 upper-case hex digits of the little-endian number.
[[nodiscard]] QString keyIdToHex(const KeyId &id);

struct PublicKey {
    KeyId keyId {};
    std::array<unsigned char, 32> key {};

    // A public key file ("untrusted comment: …" then the base64 line) or the bare base64
    // line (as `minisign -P` takes it); surrounding white space is ignored.
    [[nodiscard]] static MinisignResult<PublicKey> parse(QByteArrayView text);
    [[nodiscard]] static MinisignResult<PublicKey> load(const QString &path);

    [[nodiscard]] QByteArray toBase64() const;
    // The file text; an empty comment becomes minisign's "minisign public key <ID>".
    [[nodiscard]] QByteArray toFileText(QByteArrayView untrustedComment = {}) const;

    friend bool operator==(const PublicKey &, const PublicKey &) = default;
};

// scrypt's cost when a secret key is encrypted. minisign always writes the "sensitive"
// limits (1 GiB of memory); a key file records its own limits, so reading follows them.
struct KdfLimits {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;
    [[nodiscard]] static KdfLimits minisign(); // what `minisign -G` uses
    [[nodiscard]] static KdfLimits minimum(); // libsodium's minimum: for tests only
};

// An Ed25519 secret key with its key id. Move-only; its bytes are wiped on destruction.
class SecretKey
{
public:
    SecretKey(SecretKey &&) noexcept;
    SecretKey &operator=(SecretKey &&) noexcept;
    ~SecretKey();

    [[nodiscard]] static MinisignResult<SecretKey> generate();
    // A secret key file; `password` decrypts an encrypted ("Sc") key and is ignored for
    // an unencrypted one (as `minisign -G -W` writes).
    [[nodiscard]] static MinisignResult<SecretKey> parse(QByteArrayView text, QByteArrayView password);
    [[nodiscard]] static MinisignResult<SecretKey> load(const QString &path, QByteArrayView password);
    // Whether a secret key file is encrypted (needs a password), without decrypting it.
    [[nodiscard]] static MinisignResult<bool> isEncrypted(QByteArrayView text);

    // The file text: encrypted with scrypt when `password` is not empty, else unencrypted.
    [[nodiscard]] MinisignResult<QByteArray> toFileText(QByteArrayView password,
                                                        KdfLimits limits = KdfLimits::minisign(),
                                                        QByteArrayView untrustedComment = {}) const;
    // Writes the file text atomically, readable only by its owner.
    [[nodiscard]] MinisignResult<Done> save(const QString &path, QByteArrayView password,
                                            KdfLimits limits = KdfLimits::minisign()) const;

    [[nodiscard]] const KeyId &keyId() const;
    [[nodiscard]] PublicKey publicKey() const;

    // Ed25519 over `data` with this key (used by sign()).
    [[nodiscard]] std::array<unsigned char, 64> signDetached(QByteArrayView data) const;

private:
    struct Material;
    struct Free {
        void operator()(Material *m) const;
    };
    explicit SecretKey(std::unique_ptr<Material, Free> material);
    std::unique_ptr<Material, Free> m_material;
};

// A signature file over `message`, prehashed ("ED"). Comments must be one line without
// NUL and within the caps; the untrusted comment defaults to minisign's.
[[nodiscard]] MinisignResult<QByteArray> sign(const SecretKey &key, QByteArrayView message,
                                              QByteArrayView trustedComment, QByteArrayView untrustedComment = {});
// The same over everything `message` yields until its end (read in blocks).
[[nodiscard]] MinisignResult<QByteArray> sign(const SecretKey &key, QIODevice &message, QByteArrayView trustedComment,
                                              QByteArrayView untrustedComment = {});
[[nodiscard]] MinisignResult<QByteArray> signFile(const SecretKey &key, const QString &path,
                                                  QByteArrayView trustedComment, QByteArrayView untrustedComment = {});

// What a good signature says.
struct Verified {
    QByteArray trustedComment; // the bytes after "trusted comment: ", covered by the signature
    KeyId keyId {};
    bool prehashed = true; // false for a legacy "Ed" signature
};

[[nodiscard]] MinisignResult<Verified> verify(std::span<const PublicKey> trusted, QByteArrayView message,
                                              QByteArrayView signatureFile);
[[nodiscard]] MinisignResult<Verified> verify(std::span<const PublicKey> trusted, QIODevice &message,
                                              QByteArrayView signatureFile);
[[nodiscard]] MinisignResult<Verified> verifyFile(std::span<const PublicKey> trusted, const QString &path,
                                                  QByteArrayView signatureFile);

// Overwrites `bytes` with zeros in place (for passwords and key file text).
void wipe(QByteArray &bytes);

// Reads a whole file of at most `maxBytes` (for key and signature files).
[[nodiscard]] MinisignResult<QByteArray> readSmallFile(const QString &path, qsizetype maxBytes);

} // namespace kotona::sync
