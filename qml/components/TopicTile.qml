// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui

// One topic of the home page grid: icon, title and what it covers.
ItemDelegate {
    id: tile

    required property string topicId
    required property string title
    required property string summary
    required property string iconName

    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: summary

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Qt.darker(Theme.surface, 1.05) : Theme.surface
        border.color: tile.visualFocus ? Theme.focus : Theme.surfaceBorder
        border.width: tile.visualFocus ? Theme.focusWidth : 1
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        Image {
            Layout.alignment: Qt.AlignTop
            source: "qrc:/Kotona/Ui/icons/" + tile.iconName + ".svg"
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
            // The icon is decoration: the title says the same.
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: tile.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: tile.summary
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
    }
}
