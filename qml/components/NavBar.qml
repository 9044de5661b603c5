// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// The bar at the top of every page: back and forward through the reader's
// history, home, and the places that are always one click away.
ToolBar {
    id: bar

    property bool canGoBack: false
    property bool canGoForward: false
    property string current: "home"

    signal back()
    signal forward()
    signal go(string page)

    objectName: "navBar"
    padding: Theme.spacing / 2
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.surfaceBorder
        }
    }

    component NavButton: ToolButton {
        id: nav
        property string target: ""
        property bool arrow: false
        font.pixelSize: arrow ? Theme.fontTitle + 4 : Theme.fontBody
        font.bold: target !== "" && bar.current === target
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: text
        contentItem: Text {
            text: nav.text
            font: nav.font
            color: nav.enabled ? (nav.font.bold ? Theme.accent : Theme.text) : Theme.surfaceBorder
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            implicitWidth: 40
            implicitHeight: 40
            radius: Theme.radius
            color: nav.down ? Theme.accentSoft : "transparent"
            Rectangle {
                visible: nav.font.bold
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 4
                height: 3
                color: Theme.accent
            }
            FocusFrame { shown: nav.visualFocus }
        }
        onClicked: if (target !== "") bar.go(target)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 2

        NavButton {
            objectName: "navBack"
            arrow: true
            // An arrow that points the way the reader's text runs back.
            text: bar.mirrored ? "→" : "←"
            enabled: bar.canGoBack
            Accessible.name: qsTr("Back")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back (Alt+Left)")
            onClicked: bar.back()
        }
        NavButton {
            objectName: "navForward"
            arrow: true
            text: bar.mirrored ? "←" : "→"
            enabled: bar.canGoForward
            Accessible.name: qsTr("Forward")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Forward (Alt+Right)")
            onClicked: bar.forward()
        }
        NavButton {
            objectName: "navHome"
            target: "home"
            text: qsTr("Home")
        }
        NavButton {
            objectName: "navServices"
            target: "services"
            text: qsTr("Services")
        }
        NavButton {
            objectName: "navGlossary"
            target: "glossary"
            text: qsTr("Words")
            Accessible.name: qsTr("Glossary")
        }
        NavButton {
            objectName: "navSaved"
            target: "saved"
            //: Bookmarks and checklists
            text: qsTr("Saved")
            Accessible.name: qsTr("Bookmarks and checklists")
        }
        Item { Layout.fillWidth: true }
        NavButton {
            objectName: "navSettings"
            target: "settings"
            text: qsTr("Settings")
        }
        LanguageButton {}
    }
}
