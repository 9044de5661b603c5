// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// Text size from 100 % to 200 % in steps of 10 %, applied at once.
RowLayout {
    id: control

    spacing: Theme.spacing

    KButton {
        objectName: "textSmaller"
        text: "A−"
        Accessible.name: qsTr("Smaller text")
        enabled: Settings.textScale > 1.0
        onClicked: Settings.textScale = Settings.textScale - 0.1
    }
    Slider {
        id: slider
        objectName: "textSizeSlider"
        Layout.fillWidth: true
        from: 1.0
        to: 2.0
        stepSize: 0.1
        snapMode: Slider.SnapAlways
        value: Settings.textScale
        focusPolicy: Qt.StrongFocus
        Accessible.name: qsTr("Text size")
        onMoved: Settings.textScale = value
    }
    KButton {
        objectName: "textLarger"
        text: "A+"
        Accessible.name: qsTr("Larger text")
        enabled: Settings.textScale < 2.0
        onClicked: Settings.textScale = Settings.textScale + 0.1
    }
    Label {
        Layout.minimumWidth: implicitWidth
        //: Text size in per cent, e.g. "120 %"
        text: qsTr("%1 %").arg(Math.round(Settings.textScale * 100))
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
}
