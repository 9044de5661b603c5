// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

ApplicationWindow {
    id: window

    //: Window title: the app's name, not translated in most languages.
    title: qsTr("Kotona")
    width: 1100
    height: 740
    minimumWidth: 480
    minimumHeight: 400
    visible: true
    color: Theme.background

    LayoutMirroring.enabled: Language.rightToLeft
    LayoutMirroring.childrenInherit: true

    // Opens a page by the names that `kotona --screenshot --page` accepts.
    // Returns false for a name that no page answers to.
    function openPage(name: string): bool {
        if (name === "home") {
            stack.pop(null)
            return true
        }
        if (name.startsWith("search:")) {
            stack.pop(null)
            stack.currentItem.searchFor(name.slice(7))
            return true
        }
        return false
    }

    // False while the page still waits for data (search results), so that a
    // screenshot shows what the reader will see.
    function pageReady(): bool {
        return !Search.busy
    }

    StackView {
        id: stack
        anchors.fill: parent
        anchors.bottomMargin: emergency.height
        initialItem: HomePage {}
    }

    EmergencyStrip {
        id: emergency
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }
}
