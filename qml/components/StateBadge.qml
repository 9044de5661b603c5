// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kotona.Ui

// How a text came to be in its language, said plainly: only machine-translated
// and outdated texts get a badge (originals and reviewed ones need none).
Label {
    id: badge

    property string textState: "original"

    visible: textState === "machine" || textState === "outdated"
    text: textState === "machine" ? qsTr("Machine translation")
          : textState === "outdated" ? qsTr("Translation out of date") : ""
    font.pixelSize: Theme.fontSmall
    font.bold: true
    color: Theme.text
    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        radius: 4
        color: Theme.warning
        border.color: Theme.warningBorder
    }
}
