// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kotona {

// One topic of the topic map (docs/CONTENT.md). The id is stable: guides, services
// and user data refer to it. `icon` names a file in the UI's icon set.
struct Topic {
    QString id;
    QString icon;
    QString title;
    QString summary;
};

} // namespace kotona
