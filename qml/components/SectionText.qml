// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kotona.Ui

// One rendered guide section (HTML from core/content/guiderenderer). Text can be
// selected and copied; links say where they go: guide:, glossary: or the web.
TextEdit {
    id: body

    signal guideLinkActivated(string guideId, string anchor)
    signal glossaryLinkActivated(string termId)

    readOnly: true
    selectByMouse: true
    selectByKeyboard: true
    persistentSelection: false
    activeFocusOnPress: false
    textFormat: TextEdit.RichText
    wrapMode: TextEdit.Wrap
    font.pixelSize: Theme.fontBody
    color: Theme.text
    selectionColor: Theme.accentSoft
    selectedTextColor: Theme.text
    Accessible.role: Accessible.StaticText
    Accessible.name: body.getText(0, body.length)

    onLinkActivated: link => {
        if (link.startsWith("guide:")) {
            const target = link.slice(6)
            const hash = target.indexOf("#")
            guideLinkActivated(hash < 0 ? target : target.slice(0, hash), hash < 0 ? "" : target.slice(hash + 1))
        } else if (link.startsWith("glossary:")) {
            glossaryLinkActivated(link.slice(9))
        } else {
            Qt.openUrlExternally(link)
        }
    }

    HoverHandler {
        cursorShape: body.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
