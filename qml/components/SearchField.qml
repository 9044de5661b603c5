// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kotona.Ui

// The search field of the home page; results show as the reader types.
TextField {
    id: field

    placeholderText: qsTr("Search guides, services and words")
    font.pixelSize: Theme.fontTitle
    leftPadding: Theme.iconSize
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Search")
    Accessible.searchEdit: true

    background: Rectangle {
        implicitHeight: 52
        radius: Theme.radius
        color: Theme.surface
        border.color: field.activeFocus ? Theme.focus : Theme.surfaceBorder
        border.width: field.activeFocus ? Theme.focusWidth : 1
        Image {
            x: field.mirrored ? parent.width - width - 12 : 12
            anchors.verticalCenter: parent.verticalCenter
            source: "qrc:/Kotona/Ui/icons/search.svg"
            sourceSize.width: 24
            sourceSize.height: 24
        }
    }
}
