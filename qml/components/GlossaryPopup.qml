// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// The plain explanation of an official word, with the Finnish and Swedish word
// beside it so the reader recognises it in letters and on signs.
Popup {
    id: popup

    property var entry: ({})

    function showTerm(termId: string) {
        entry = Library.glossaryTerm(termId)
        if (entry.term !== undefined)
            open()
    }

    objectName: "glossaryPopup"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520 * Theme.textScale, (parent ? parent.width : 600) - 2 * Theme.margin)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.surfaceBorder
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: popup.entry.term !== undefined ? popup.entry.term : ""
        Label {
            Layout.fillWidth: true
            objectName: "glossaryTerm"
            text: popup.entry.term !== undefined ? popup.entry.term : ""
            font.pixelSize: Theme.fontSection
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: {
                const words = []
                if (popup.entry.finnish && popup.entry.lang !== "fi")
                    //: %1 is the Finnish word for a term
                    words.push(qsTr("In Finnish: %1").arg(popup.entry.finnish))
                if (popup.entry.swedish && popup.entry.lang !== "sv")
                    //: %1 is the Swedish word for a term
                    words.push(qsTr("In Swedish: %1").arg(popup.entry.swedish))
                return words.join("   ")
            }
            font.pixelSize: Theme.fontBody
            font.italic: true
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "glossaryExplanation"
            text: popup.entry.explanation !== undefined ? popup.entry.explanation : ""
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.2
        }
        KButton {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            onClicked: popup.close()
        }
    }
}
