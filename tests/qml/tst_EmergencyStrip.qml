// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kotona.Ui

TestCase {
    name: "EmergencyStrip"
    when: windowShown
    width: 800
    height: 200

    Component { id: stripComponent; EmergencyStrip { width: 800 } }

    function test_shows_the_emergency_number_and_names_itself_for_screen_readers() {
        const strip = createTemporaryObject(stripComponent, this)
        verify(strip)
        const number = findChild(strip, "emergencyNumber")
        verify(number)
        verify(number.text.indexOf("112") >= 0, number.text)
        verify(strip.Accessible.name.indexOf("112") >= 0)
        verify(strip.height >= number.height, "the strip is tall enough for its text")
        compare(strip.color, Theme.emergency)
    }
}
