// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack/contentsource.h"
#include "pack/problem.h"

#include <QString>

namespace kotona::pack {

struct BuildOptions {
    qint64 seq = 1; // the release number written to meta.seq
    QString builtAt; // ISO date-time; empty: SOURCE_DATE_EPOCH, else the newest reviewed_on
};

struct BuildResult {
    bool ok = false;
    QString contentDigest;
    qint64 sections = 0;
    qint64 bytes = 0;
    QString error; // when !ok and the problem is not in the content
};

// Builds a pack from content that loaded without problems. Deterministic: the same
// content and options give the same bytes. Writes `<out>.building` and renames it
// over `out` only when complete, so a failed build never leaves half a pack.
class PackBuilder
{
public:
    [[nodiscard]] static BuildResult build(const ContentSource &content, const QString &out,
                                           const BuildOptions &options = {});
    // Loads `dataDir`, refuses it with every problem when it is invalid, else builds.
    [[nodiscard]] static BuildResult buildFromDirectory(const QString &dataDir, const QString &out, Problems &problems,
                                                        const BuildOptions &options = {});
};

// fsync of a file or folder (so a rename that follows is durable); false if it
// cannot be opened or synced. Also used by core/sync when it replaces a pack.
bool syncToDisk(const QString &path);

} // namespace kotona::pack
