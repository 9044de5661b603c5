// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// A checklist whose items the reader ticks; ticks are saved at once.
ColumnLayout {
    id: view

    property var checklist: null

    spacing: 4

    Label {
        Layout.fillWidth: true
        text: view.checklist ? view.checklist.title : ""
        font.pixelSize: Theme.fontSection
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        visible: view.checklist !== null && view.checklist.count > 0
        //: Progress of a checklist, e.g. "3 of 10 done"
        text: view.checklist ? qsTr("%1 of %2 done").arg(view.checklist.doneCount).arg(view.checklist.count) : ""
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
    Repeater {
        model: view.checklist
        delegate: CheckBox {
            id: box
            required property int index
            required property var model
            Layout.fillWidth: true
            text: model.text
            checked: model.done
            font.pixelSize: Theme.fontBody
            focusPolicy: Qt.StrongFocus
            Accessible.name: text
            contentItem: Label {
                leftPadding: box.mirrored ? 0 : box.indicator.width + box.spacing
                rightPadding: box.mirrored ? box.indicator.width + box.spacing : 0
                text: box.text
                font: box.font
                color: Theme.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
            onToggled: view.checklist.setDone(index, checked)
        }
    }
}
