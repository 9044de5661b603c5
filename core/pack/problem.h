// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kotona::pack {

// One thing wrong with the content source, reported as `file:line: message`.
struct Problem {
    QString file; // relative to the data folder
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    QString message;

    [[nodiscard]] QString toString() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
};

using Problems = QList<Problem>;

} // namespace kotona::pack
