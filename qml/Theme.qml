// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours, sizes and fonts of the whole UI. Nothing else in qml/ names a colour.
// Main.qml binds textScale, dark, highContrast and reducedMotion to the reader's
// settings; components only read the values below.
QtObject {
    // 1.0 = 100 %; settings allow 1.0 to 2.0.
    property real textScale: 1.0
    property bool dark: false
    property bool highContrast: false
    property bool reducedMotion: false

    readonly property color background: highContrast ? (dark ? "#000000" : "#ffffff") : (dark ? "#15181d" : "#f6f7f9")
    readonly property color surface: highContrast ? (dark ? "#000000" : "#ffffff") : (dark ? "#1f242c" : "#ffffff")
    readonly property color surfaceAlt: dark ? "#2a313b" : "#eef1f5"
    readonly property color surfaceBorder: highContrast ? (dark ? "#ffffff" : "#000000") : (dark ? "#3a4350" : "#d5dbe3")
    readonly property color text: highContrast ? (dark ? "#ffffff" : "#000000") : (dark ? "#e8ebef" : "#1a1f27")
    readonly property color textMuted: highContrast ? text : (dark ? "#b4bcc8" : "#4a5566")
    readonly property color accent: highContrast ? (dark ? "#8fc1ff" : "#0a2f66") : (dark ? "#8fb8ee" : "#1d4f91")
    readonly property color accentText: dark && !highContrast ? "#0d1117" : "#ffffff"
    readonly property color accentSoft: dark ? "#22344d" : "#e3ecf8"
    readonly property color link: accent
    readonly property color glossary: highContrast ? (dark ? "#e6b3ff" : "#4b1a7a") : (dark ? "#c9a7f0" : "#6b3fa0")
    readonly property color focus: "#f2a900"
    readonly property color warning: dark ? "#3d3216" : "#fff4d6"
    readonly property color warningBorder: dark ? "#b08a2e" : "#d9a420"
    readonly property color success: dark ? "#7fd08b" : "#1e7a34"
    readonly property color danger: dark ? "#ff8a8a" : "#a3121c"
    readonly property color emergency: "#b3121f"
    readonly property color emergencyText: "#ffffff"

    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int radius: 10
    readonly property int focusWidth: 3
    readonly property int tileWidth: Math.round(260 * Math.min(textScale, 1.5))
    readonly property int tileHeight: Math.round(112 * textScale)
    readonly property int iconSize: 44
    readonly property int readingWidth: Math.round(760 * textScale)
    readonly property int animationMs: reducedMotion ? 0 : 180

    // In right-to-left text, grouped numbers ("09 2525 0111") must stay left to
    // right or the bidi algorithm shows the groups in reverse order.
    function keepNumbersLtr(text: string, rightToLeft: bool): string {
        return rightToLeft ? text.replace(/\+?\d+(?: \d+)+/g, m => "\u202A" + m + "\u202C") : text
    }

    readonly property int fontBody: Math.round(16 * textScale)
    readonly property int fontSmall: Math.round(14 * textScale)
    readonly property int fontTitle: Math.round(18 * textScale)
    readonly property int fontSection: Math.round(22 * textScale)
    readonly property int fontHeading: Math.round(30 * textScale)
    readonly property int fontEmergency: Math.round(20 * textScale)
}
