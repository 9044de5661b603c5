// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kotona {

// Turns the Markdown of one guide section into the HTML subset that Qt's rich
// text understands (paragraphs, lists, tables, emphasis, code, links, images).
// Links keep their schemes so the reader can act on them: `guide:<id>` opens a
// guide, `glossary:<id>` a term's pop-up (drawn underlined in `glossaryColor`),
// http(s)/mailto/tel go to the system. Images named `media:<sha256>` are read from
// the pack through the `image://pack/<sha256>` provider. Raw HTML in the source is
// shown as text, never interpreted.
struct RenderStyle {
    QString linkColor = QStringLiteral("#1d4f91");
    QString glossaryColor = QStringLiteral("#6b3fa0");
    QString borderColor = QStringLiteral("#9aa5b4");
    // Right-to-left text: numbers written in groups ("09 2525 0111") are kept
    // left to right, or the bidi algorithm would show the groups in reverse.
    bool rightToLeft = false;
};

[[nodiscard]] QString renderSectionHtml(const QString &markdown, const RenderStyle &style = {});

} // namespace kotona
