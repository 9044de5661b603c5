// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kotona.Ui

// The app's push button: readable at every text size, with a clear focus ring.
// `primary` fills it with the accent colour.
Button {
    id: control

    property bool primary: false

    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing * 0.75
    leftPadding: Theme.spacing * 1.25
    rightPadding: Theme.spacing * 1.25
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.accentText : (control.enabled ? Theme.accent : Theme.textMuted)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 40
        radius: Theme.radius
        color: control.primary ? (control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                               : (control.down || control.checked ? Theme.accentSoft : Theme.surface)
        border.color: control.primary ? Theme.accent : Theme.surfaceBorder
        border.width: 1
        FocusFrame { shown: control.visualFocus }
    }
}
