// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui

// Always visible at the bottom of the window: the emergency number, poison
// information and the crisis line, and one click to every help number.
Rectangle {
    id: strip

    signal moreHelp()

    readonly property bool mirrored: LayoutMirroring.enabled

    objectName: "emergencyStrip"
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.emergency
    Accessible.role: Accessible.AlertMessage
    Accessible.name: number.text + ". " + explanation.text

    component Number: Label {
        font.pixelSize: Theme.fontSmall
        color: Theme.emergencyText
        wrapMode: Text.Wrap
    }

    Flow {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing * 1.5

        Row {
            spacing: Theme.spacing
            Image {
                anchors.verticalCenter: parent.verticalCenter
                source: "qrc:/Kotona/Ui/icons/phone.svg"
                sourceSize.width: 28
                sourceSize.height: 28
                Accessible.ignored: true
            }
            Label {
                id: number
                anchors.verticalCenter: parent.verticalCenter
                objectName: "emergencyNumber"
                //: The emergency number in Finland; keep the digits.
                text: qsTr("Emergency 112")
                font.pixelSize: Theme.fontEmergency
                font.bold: true
                color: Theme.emergencyText
            }
        }
        Label {
            id: explanation
            // Said aloud always; shown when there is room for it on one line.
            visible: strip.width > 1240
            width: Math.min(implicitWidth, row.width)
            text: qsTr("Police, ambulance, fire and rescue. Free, day and night.")
            font.pixelSize: Theme.fontBody
            color: Theme.emergencyText
            wrapMode: Text.Wrap
        }
        Number {
            objectName: "poisonNumber"
            //: Poison Information Centre, open 24 hours; keep the digits.
            text: Theme.keepNumbersLtr(qsTr("Poisoning: 0800 147 111"), strip.mirrored)
        }
        Number {
            objectName: "crisisNumber"
            //: MIELI Crisis Helpline in Finnish, open 24 hours; keep the digits.
            text: Theme.keepNumbersLtr(qsTr("Crisis line: 09 2525 0111"), strip.mirrored)
        }
        Button {
            id: more
            objectName: "emergencyMore"
            text: qsTr("All help numbers")
            font.pixelSize: Theme.fontSmall
            focusPolicy: Qt.StrongFocus
            Accessible.name: text
            onClicked: strip.moreHelp()
            contentItem: Text {
                text: more.text
                font.pixelSize: more.font.pixelSize
                font.underline: true
                color: Theme.emergencyText
            }
            background: Rectangle {
                color: "transparent"
                radius: 4
                border.color: more.visualFocus ? Theme.focus : "transparent"
                border.width: Theme.focusWidth
            }
        }
    }
}
