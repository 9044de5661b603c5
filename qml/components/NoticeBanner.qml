// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui

// A message across the page with up to two actions, e.g. "The content pack was
// damaged … [Restore]". Screen readers hear it as an alert.
Rectangle {
    id: banner

    property alias text: message.text
    property string actionText: ""
    property string secondActionText: ""
    property bool dismissable: true

    signal action()
    signal secondAction()
    signal dismissed()

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.warning
    border.color: Theme.warningBorder
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Label {
            id: message
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        KButton {
            objectName: banner.objectName + "Action"
            visible: banner.actionText !== ""
            text: banner.actionText
            primary: true
            onClicked: banner.action()
        }
        KButton {
            objectName: banner.objectName + "SecondAction"
            visible: banner.secondActionText !== ""
            text: banner.secondActionText
            onClicked: banner.secondAction()
        }
        KButton {
            visible: banner.dismissable
            text: "×"
            Accessible.name: qsTr("Close this message")
            onClicked: banner.dismissed()
        }
    }
}
