// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack publish, rotate-root, export and sync: the signed repository and its client.
#include "commands.h"

#include "pack/packbuilder.h"
#include "sync/minisign.h"
#include "sync/repository.h"
#include "sync/repositoryserver.h"
#include "sync/updater.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace kotona::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kotona::cli", text);
}

int usage(QTextStream &err, const QString &message)
{
    err << message << '\n' << tr("Run kotona-pack --help to see the commands.") << '\n';
    return 2;
}

int refused(QTextStream &err, const sync::Error &e)
{
    err << e.message() << '\n';
    if (!e.detail.isEmpty())
        err << "(" << e.detail << ")\n";
    return 1;
}

// The secret key at `path`, decrypted with the first line of `passwordFile` if given.
std::optional<sync::SecretKey> loadKey(const QString &path, const QString &passwordFile, QTextStream &err)
{
    QByteArray password;
    if (!passwordFile.isEmpty()) {
        auto text = sync::readSmallFile(passwordFile, sync::kMaxPasswordBytes + 2);
        if (!text) {
            err << text.error().message << '\n';
            return std::nullopt;
        }
        password = std::move(text).value();
        const qsizetype nl = password.indexOf('\n');
        if (nl >= 0)
            password.truncate(nl > 0 && password.at(nl - 1) == '\r' ? nl - 1 : nl);
    }
    auto key = sync::SecretKey::load(path, password);
    sync::wipe(password);
    if (!key) {
        err << key.error().message << '\n';
        return std::nullopt;
    }
    return std::move(key).value();
}

} // namespace

int publishCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parseCommandLine(args, { QStringLiteral("--repo"), QStringLiteral("--key"), QStringLiteral("--password-file") });
    if (!c.unknown.isEmpty() || c.positional.size() != 1 || !c.has("--repo") || !c.has("--key"))
        return usage(err, tr("publish needs content and a repository: kotona-pack publish DATA|PACK --repo DIR --key KEY"));
    const auto key = loadKey(c.value("--key"), c.value("--password-file"), err);
    if (!key)
        return 1;
    QString packPath = c.positional.first();
    QTemporaryDir work;
    if (QFileInfo(packPath).isDir()) {
        pack::Problems problems;
        const QString built = work.filePath(QStringLiteral("pack.sqlite"));
        const auto result = pack::PackBuilder::buildFromDirectory(packPath, built, problems);
        for (const auto &p : problems)
            err << p.toString() << '\n';
        if (!problems.isEmpty() || !result.ok) {
            err << tr("The content has problems; nothing was published.") << '\n';
            return 1;
        }
        packPath = built;
    }
    const sync::PublishResult r = sync::publish(packPath, c.value("--repo"), *key);
    if (r.error)
        return refused(err, r.error);
    if (r.unchanged)
        out << tr("No changes since release %1: latest.json was signed again with a new expiry date.").arg(r.seq) << '\n';
    else
        out << tr("Published release %1: %2 changed records in a batch of %3 bytes; snapshot %4 bytes (pack %5 bytes).")
                   .arg(r.seq)
                   .arg(r.records)
                   .arg(r.batchBytes)
                   .arg(r.snapshotBytes)
                   .arg(r.packBytes)
            << '\n';
    return 0;
}

int rotateRootCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parseCommandLine(args, { QStringLiteral("--repo"), QStringLiteral("--key"), QStringLiteral("--new-key"),
                                                   QStringLiteral("--password-file"), QStringLiteral("--new-password-file") });
    if (!c.unknown.isEmpty() || !c.positional.isEmpty() || !c.has("--repo") || !c.has("--key") || !c.has("--new-key"))
        return usage(err, tr("rotate-root needs the repository, the current key and the new one: "
                             "kotona-pack rotate-root --repo DIR --key OLD --new-key NEW"));
    const auto oldKey = loadKey(c.value("--key"), c.value("--password-file"), err);
    const auto newKey = oldKey ? loadKey(c.value("--new-key"), c.value("--new-password-file"), err) : std::nullopt;
    if (!oldKey || !newKey)
        return 1;
    if (sync::Error e = sync::rotateRoot(c.value("--repo"), *oldKey, *newKey))
        return refused(err, e);
    sync::Root root;
    if (sync::Error e = sync::newestRoot(c.value("--repo"), &root))
        return refused(err, e);
    out << tr("Root %1 now trusts key %2; publish with it from now on.").arg(root.version).arg(sync::keyIdToHex(newKey->keyId()))
        << '\n';
    return 0;
}

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parseCommandLine(args, { QStringLiteral("--repo"), QStringLiteral("--to") });
    if (!c.unknown.isEmpty() || !c.positional.isEmpty() || !c.has("--repo") || !c.has("--to"))
        return usage(err, tr("export needs a repository and a target folder: kotona-pack export --repo DIR --to DIR"));
    if (sync::Error e = sync::exportRepository(c.value("--repo"), c.value("--to")))
        return refused(err, e);
    out << tr("Copied the repository to %1.").arg(c.value("--to")) << '\n';
    return 0;
}

int syncCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parseCommandLine(args, { QStringLiteral("--from"), QStringLiteral("--pack"), QStringLiteral("--trust"),
                                                   QStringLiteral("--cache"), QStringLiteral("--now") },
                                           { QStringLiteral("--json") });
    if (!c.unknown.isEmpty() || !c.positional.isEmpty() || !c.has("--from") || !c.has("--pack"))
        return usage(err, tr("sync needs a source and a pack: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]"));
    sync::UpdateOptions options;
    options.packPath = c.value("--pack");
    if (c.has("--now")) {
        // For tests of expiry and wrong clocks: the time the client believes it is.
        options.now = QDateTime::fromString(c.value("--now"), Qt::ISODate).toUTC();
        if (!options.now.isValid())
            return usage(err, tr("--now needs a date and time such as 2026-11-23T12:00:00Z"));
    }
    if (c.has("--trust")) {
        QFile f(c.value("--trust"));
        sync::Root root;
        if (!f.open(QIODevice::ReadOnly) || sync::parseRoot(f.read(sync::kMaxMetadataBytes), &root)) {
            err << tr("%1 is not a Kotona root file.").arg(c.value("--trust")) << '\n';
            return 1;
        }
        options.trust = root;
    }
    const QString from = c.value("--from");
    const QUrl url(from);
    std::unique_ptr<sync::Source> source;
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        const QString cache = c.has("--cache") ? c.value("--cache") : options.packPath + QStringLiteral(".downloads");
        source = std::make_unique<sync::HttpSource>(url, cache);
    } else {
        source = std::make_unique<sync::DirectorySource>(from);
    }
    const sync::UpdateResult r = sync::update(*source, options);
    if (r.error) {
        if (c.has("--json"))
            out << QJsonDocument(QJsonObject { { QStringLiteral("ok"), false },
                                               { QStringLiteral("hard"), sync::isHard(r.error.code) },
                                               { QStringLiteral("error"), r.error.detail } })
                       .toJson(QJsonDocument::Compact)
                << '\n';
        return refused(err, r.error);
    }
    if (r.upToDate)
        out << tr("The pack is up to date (release %1).").arg(r.toSeq) << '\n';
    else
        out << tr("Updated from release %1 to %2 (%3, %4 bytes downloaded).")
                   .arg(r.fromSeq)
                   .arg(r.toSeq)
                   .arg(r.viaSnapshot ? tr("whole collection") : QCoreApplication::translate("kotona::cli", "%n batches", nullptr, int(r.batchesApplied)))
                   .arg(source->bytesReceived())
            << '\n';
    if (c.has("--json"))
        out << QJsonDocument(QJsonObject { { QStringLiteral("ok"), true },
                                           { QStringLiteral("from_seq"), r.fromSeq },
                                           { QStringLiteral("to_seq"), r.toSeq },
                                           { QStringLiteral("snapshot"), r.viaSnapshot },
                                           { QStringLiteral("batches"), r.batchesApplied },
                                           { QStringLiteral("records"), r.recordsApplied },
                                           { QStringLiteral("bytes_received"), source->bytesReceived() },
                                           { QStringLiteral("changed_guides"), QJsonArray::fromStringList(r.changedGuides) },
                                           { QStringLiteral("changes"), r.changes } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
    return 0;
}

int serveCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandLine c = parseCommandLine(args, { QStringLiteral("--port"), QStringLiteral("--bind") });
    if (!c.unknown.isEmpty() || c.positional.size() != 1)
        return usage(err, tr("serve needs a repository folder: kotona-pack serve DIR [--port N] [--bind ADDR]"));
    sync::Root root;
    if (sync::Error e = sync::newestRoot(c.positional.first(), &root))
        return refused(err, e);
    const QHostAddress address(c.has("--bind") ? c.value("--bind") : QStringLiteral("127.0.0.1"));
    bool portOk = true;
    const uint port = c.has("--port") ? c.value("--port").toUInt(&portOk) : 0;
    if (address.isNull() || !portOk || port > 65535)
        return usage(err, tr("--bind needs an IP address and --port a number up to 65535"));
    sync::RepositoryServer server(QDir(c.positional.first()).absolutePath());
    if (!server.start(address, quint16(port))) {
        err << tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server.errorString()) << '\n';
        return 1;
    }
    // The first line is the address, for scripts and tests.
    out << server.url().toString() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace kotona::cli
