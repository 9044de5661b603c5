// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// A guide in a list: title, what it helps with, and in which languages it exists.
ItemDelegate {
    id: card

    property string guideId
    property string title
    property string summary
    property string lang
    property string textState: "original"
    property var languages: []
    property bool isFallback: false

    signal opened(string guideId)

    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: summary
    onClicked: opened(guideId)

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.accentSoft : Theme.surface
        border.color: Theme.surfaceBorder
        FocusFrame { shown: card.visualFocus }
    }
    contentItem: ColumnLayout {
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: card.summary
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            StateBadge { textState: card.textState }
            Label {
                visible: card.isFallback && card.lang !== ""
                //: %1 is a language's own name, e.g. "English"
                text: qsTr("Shown in %1").arg(Library.languageName(card.lang))
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                visible: card.languages.length > 0
                //: Followed by the languages a guide exists in, e.g. "suomi · svenska · English"
                text: qsTr("Languages:") + " " + card.languages.map(l => Library.languageName(l)).join(" · ")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                width: Math.min(implicitWidth, card.availableWidth)
            }
        }
    }
}
