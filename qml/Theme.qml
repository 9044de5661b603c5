// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours, sizes and fonts of the whole UI. Nothing else in qml/ names a colour.
QtObject {
    // 1.0 = 100 %; settings will allow 1.0 to 2.0.
    property real textScale: 1.0

    readonly property color background: "#f6f7f9"
    readonly property color surface: "#ffffff"
    readonly property color surfaceBorder: "#d5dbe3"
    readonly property color text: "#1a1f27"
    readonly property color textMuted: "#4a5566"
    readonly property color accent: "#1d4f91"
    readonly property color accentText: "#ffffff"
    readonly property color focus: "#f2a900"
    readonly property color emergency: "#b3121f"
    readonly property color emergencyText: "#ffffff"

    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int radius: 10
    readonly property int focusWidth: 3
    readonly property int tileWidth: 260
    readonly property int tileHeight: 112
    readonly property int iconSize: 44

    readonly property int fontBody: Math.round(16 * textScale)
    readonly property int fontSmall: Math.round(14 * textScale)
    readonly property int fontTitle: Math.round(18 * textScale)
    readonly property int fontHeading: Math.round(30 * textScale)
    readonly property int fontEmergency: Math.round(20 * textScale)
}
