// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Kotona.Ui

// The visible keyboard focus ring of a control: put it inside the control's
// background and bind `shown` to the control's visualFocus.
Rectangle {
    property bool shown: false

    anchors.fill: parent
    anchors.margins: -2
    visible: shown
    color: "transparent"
    radius: Theme.radius
    border.color: Theme.focus
    border.width: Theme.focusWidth
}
