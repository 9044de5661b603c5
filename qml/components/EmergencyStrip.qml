// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui

// Always visible at the bottom of the window: the emergency number.
Rectangle {
    id: strip

    objectName: "emergencyStrip"
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.emergency
    Accessible.role: Accessible.AlertMessage
    Accessible.name: number.text + " " + explanation.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Image {
            source: "qrc:/Kotona/Ui/icons/phone.svg"
            sourceSize.width: 28
            sourceSize.height: 28
            Accessible.ignored: true
        }
        Label {
            id: number
            objectName: "emergencyNumber"
            //: The emergency number in Finland; keep the digits.
            text: qsTr("Emergency 112")
            font.pixelSize: Theme.fontEmergency
            font.bold: true
            color: Theme.emergencyText
        }
        Label {
            id: explanation
            Layout.fillWidth: true
            text: qsTr("Police, ambulance, fire and rescue. Free, day and night.")
            font.pixelSize: Theme.fontBody
            color: Theme.emergencyText
            wrapMode: Text.Wrap
        }
    }
}
