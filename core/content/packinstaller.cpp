// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/packinstaller.h"

#include "content/contentstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace kotona {

namespace {

bool copyAtomically(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    const QString tmp = to + QStringLiteral(".copying");
    QFile::remove(tmp);
    QFile in(from);
    QFile out(tmp);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.close();
            QFile::remove(tmp);
            return false;
        }
    }
    if (!out.flush()) {
        QFile::remove(tmp);
        return false;
    }
    out.close();
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(tmp);
        return false;
    }
    // An old write-ahead log must not be replayed into the new file.
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    return true;
}

} // namespace

PackInstaller::Result PackInstaller::prepare(const QString &bundled, const QString &installed)
{
    ContentStore bundledStore;
    const PackOpenError bundledOpen = bundledStore.open(bundled);
    const bool haveBundled = bundledOpen.ok();
    const PackInfo bundledInfo = bundledStore.info();
    bundledStore.close();

    ContentStore current;
    const PackOpenError currentOpen = current.open(installed);
    const PackInfo currentInfo = current.info();
    current.close();

    if (currentOpen.ok()
        && (!haveBundled || (currentInfo.packId == bundledInfo.packId && currentInfo.seq >= bundledInfo.seq)))
        return { true, false, {} };

    if (!haveBundled) {
        return { false, false,
                 QCoreApplication::translate(
                     "kotona::PackInstaller",
                     "No content pack could be opened, and the pack that came with Kotona is missing or damaged. "
                     "Reinstall Kotona.") };
    }

    Result result;
    if (currentOpen.code == PackOpenError::Code::Missing) {
        // First run, nothing to tell.
    } else if (currentOpen.ok() && currentInfo.packId == bundledInfo.packId) {
        // This version of the app brings newer content than the installed pack.
    } else {
        const QString aside = installed + QStringLiteral(".broken-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(installed, aside);
        result.restored = true;
        result.message = currentOpen.ok()
            ? QCoreApplication::translate("kotona::PackInstaller",
                                          "The installed content belonged to another pack. The content that came with "
                                          "Kotona was restored; the other file was kept as %1.")
                  .arg(QFileInfo(aside).fileName())
            : QCoreApplication::translate(
                  "kotona::PackInstaller",
                  "%1 The content that came with Kotona was restored; the old file was kept as %2.")
                  .arg(currentOpen.message, QFileInfo(aside).fileName());
    }
    if (!copyAtomically(bundled, installed)) {
        return { false, result.restored,
                 QCoreApplication::translate("kotona::PackInstaller",
                                             "The content could not be copied to %1. Check that the disk is not full.")
                     .arg(QFileInfo(installed).absolutePath()) };
    }
    result.ok = true;
    return result;
}

} // namespace kotona
