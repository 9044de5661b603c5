// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kotona {

// Puts a usable pack at `installed`, starting from the starter pack bundled with
// the app. On first run it copies the bundled pack; when the app brings a newer
// pack (higher seq) it replaces the installed one; when the installed pack is
// damaged, too new for the app or another pack, it moves it aside
// (`<installed>.broken-<time>`) and restores the bundled one. Copies go through a
// temporary file and a rename, so a crash never leaves half a pack.
class PackInstaller
{
public:
    struct Result {
        bool ok = false;
        bool restored = false; // the installed pack was replaced after a problem
        QString message; // translated; what happened, for the user
    };

    [[nodiscard]] static Result prepare(const QString &bundled, const QString &installed);
};

} // namespace kotona
