// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack keygen, sign and verify: minisign-compatible keys and signatures.
#include "commands.h"
#include "sync/minisign.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

namespace kotona::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kotona::cli", text);
}

int usageError(QTextStream &err, const QString &message)
{
    err << message << '\n' << tr("Run kotona-pack --help to see the commands.") << '\n';
    return 2;
}

// A password in a file: its first line, without the line end. Wiped when it goes away.
class Password
{
public:
    Password() = default;
    ~Password() { sync::wipe(m_bytes); }
    Password(const Password &) = delete;
    Password &operator=(const Password &) = delete;

    // Reads `path`; on failure returns false and says why on `err`.
    bool read(const QString &path, QTextStream &err)
    {
        auto text = sync::readSmallFile(path, sync::kMaxPasswordBytes + 2);
        if (!text) {
            err << text.error().message << '\n';
            return false;
        }
        m_bytes = std::move(text).value();
        const qsizetype nl = m_bytes.indexOf('\n');
        const qsizetype end = nl < 0 ? m_bytes.size() : (nl > 0 && m_bytes.at(nl - 1) == '\r' ? nl - 1 : nl);
        for (qsizetype i = end; i < m_bytes.size(); ++i)
            m_bytes[i] = '\0';
        m_bytes.truncate(end);
        if (m_bytes.isEmpty()) {
            err << tr("The password file %1 is empty.").arg(path) << '\n';
            return false;
        }
        if (m_bytes.size() > sync::kMaxPasswordBytes) {
            err << tr("The password in %1 is longer than %2 bytes.").arg(path).arg(sync::kMaxPasswordBytes) << '\n';
            return false;
        }
        return true;
    }
    [[nodiscard]] QByteArrayView bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    err << tr("%1 could not be written: %2").arg(path, file.errorString()) << '\n';
    return false;
}

// minisign's default trusted comment, so both tools say the same about a file.
QByteArray defaultTrustedComment(const QString &file)
{
    return QStringLiteral("timestamp:%1\tfile:%2\thashed")
        .arg(QDateTime::currentSecsSinceEpoch())
        .arg(QFileInfo(file).fileName())
        .toUtf8();
}

} // namespace

int keygenCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto a = parseCommandLine(args, { QStringLiteral("--key"), QStringLiteral("--password-file") },
                                  { QStringLiteral("--force") });
    const QString keyPath = a.options.value(QStringLiteral("--key"));
    if (!a.unknown.isEmpty() || !a.positional.isEmpty() || keyPath.isEmpty())
        return usageError(err,
                          tr("keygen needs a key file: kotona-pack keygen --key KEY [--password-file F] [--force]"));
    const QString pubPath = keyPath + QStringLiteral(".pub");
    if (!a.options.contains(QStringLiteral("--force"))) {
        for (const QString &path : { keyPath, pubPath }) {
            if (QFileInfo::exists(path)) {
                err << tr("%1 already exists; add --force to replace the key pair.").arg(path) << '\n';
                return 1;
            }
        }
    }
    Password password;
    const bool encrypt = a.options.contains(QStringLiteral("--password-file"));
    if (encrypt && !password.read(a.options.value(QStringLiteral("--password-file")), err))
        return 1;

    const auto key = sync::SecretKey::generate();
    if (!key) {
        err << key.error().message << '\n';
        return 1;
    }
    const auto saved = key.value().save(keyPath, password.bytes());
    if (!saved) {
        err << saved.error().message << '\n';
        return 1;
    }
    const sync::PublicKey pub = key.value().publicKey();
    if (!writeFile(pubPath, pub.toFileText(), err))
        return 1;
    if (!encrypt)
        err << tr("The secret key %1 is not encrypted: keep it where only you can read it, or give --password-file.")
                   .arg(keyPath)
            << '\n';
    out << tr("Key %1: secret key in %2, public key in %3").arg(sync::keyIdToHex(pub.keyId), keyPath, pubPath) << '\n'
        << pub.toBase64() << '\n';
    return 0;
}

int signCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto a = parseCommandLine(
        args, { QStringLiteral("--key"), QStringLiteral("--password-file"), QStringLiteral("--trusted-comment") }, {});
    const QString keyPath = a.options.value(QStringLiteral("--key"));
    if (!a.unknown.isEmpty() || a.positional.size() != 1 || keyPath.isEmpty())
        return usageError(err,
                          tr("sign needs a file and a key: kotona-pack sign FILE --key KEY [--password-file F] "
                             "[--trusted-comment T]"));
    const QString file = a.positional.first();

    auto keyText = sync::readSmallFile(keyPath, sync::kMaxKeyFileBytes);
    if (!keyText) {
        err << keyText.error().message << '\n';
        return 1;
    }
    const auto encrypted = sync::SecretKey::isEncrypted(keyText.value());
    Password password;
    if (encrypted && encrypted.value()) {
        if (!a.options.contains(QStringLiteral("--password-file"))) {
            err << tr("The secret key %1 is encrypted: give its password with --password-file.").arg(keyPath) << '\n';
            return 1;
        }
        if (!password.read(a.options.value(QStringLiteral("--password-file")), err))
            return 1;
    }
    const auto key = sync::SecretKey::parse(keyText.value(), password.bytes());
    sync::wipe(keyText.value());
    if (!key) {
        err << keyPath << ": " << key.error().message << '\n';
        return 1;
    }
    const QByteArray trusted = a.options.contains(QStringLiteral("--trusted-comment"))
        ? a.options.value(QStringLiteral("--trusted-comment")).toUtf8()
        : defaultTrustedComment(file);
    const auto signature = sync::signFile(key.value(), file, trusted);
    if (!signature) {
        err << signature.error().message << '\n';
        return 1;
    }
    const QString sigPath = file + QStringLiteral(".minisig");
    if (!writeFile(sigPath, signature.value(), err))
        return 1;
    out << tr("Signed %1 with key %2: %3").arg(file, sync::keyIdToHex(key.value().keyId()), sigPath) << '\n';
    return 0;
}

int verifyCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto a = parseCommandLine(args, { QStringLiteral("--pub"), QStringLiteral("--sig") }, {});
    const QString pubPath = a.options.value(QStringLiteral("--pub"));
    if (!a.unknown.isEmpty() || a.positional.size() != 1 || pubPath.isEmpty())
        return usageError(err,
                          tr("verify needs a file and a public key: kotona-pack verify FILE --pub PUB [--sig SIG]"));
    const QString file = a.positional.first();
    const QString sigPath = a.options.value(QStringLiteral("--sig"), file + QStringLiteral(".minisig"));

    const auto pub = sync::PublicKey::load(pubPath);
    if (!pub) {
        err << pubPath << ": " << pub.error().message << '\n';
        return 1;
    }
    const auto signature = sync::readSmallFile(sigPath, sync::kMaxSignatureFileBytes);
    if (!signature) {
        err << signature.error().message << '\n';
        return 1;
    }
    const auto result = sync::verifyFile({ &pub.value(), 1 }, file, signature.value());
    if (!result) {
        err << file << ": " << result.error().message << '\n';
        return 1;
    }
    out << tr("Signature and trusted comment verified with key %1.").arg(sync::keyIdToHex(result.value().keyId)) << '\n'
        << tr("Trusted comment: %1").arg(QString::fromUtf8(result.value().trustedComment)) << '\n';
    return 0;
}

} // namespace kotona::cli
