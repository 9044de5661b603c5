// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kotona.Ui
import Kotona.App

TestCase {
    id: testCase
    name: "HomePage"
    when: windowShown
    width: 1000
    height: 700

    Component { id: pageComponent; HomePage { width: 1000; height: 700 } }


    function tiles(page) {
        const repeater = findChild(page, "topicRepeater")
        const result = []
        for (let i = 0; i < repeater.count; ++i)
            result.push(repeater.itemAt(i))
        return result
    }

    function cleanup() {
        Language.setLanguage("en")
    }

    function test_shows_a_tile_for_every_topic_with_its_title() {
        const page = createTemporaryObject(pageComponent, testCase)
        const all = tiles(page)
        compare(all.length, Topics.rowCount())
        compare(all.length, 9)
        compare(all[0].topicId, "arrival")
        compare(all[1].Accessible.name, "Health")
        verify(all[1].width > 100 && all[1].height > 60, "tiles are laid out with a real size")
    }

    // That Tab really shows a focus ring is checked in the real window (tests/ui);
    // Qt Quick Test's own window does not run the tab chain.
    function test_every_tile_takes_keyboard_focus() {
        const page = createTemporaryObject(pageComponent, testCase)
        const all = tiles(page)
        for (let i = 0; i < all.length; ++i) {
            verify(all[i].activeFocusOnTab, "tile " + i + " takes part in the tab chain")
            all[i].forceActiveFocus()
            verify(all[i].activeFocus, "tile " + i + " can hold the focus")
        }
    }

    function test_switching_the_language_retranslates_without_restart() {
        const page = createTemporaryObject(pageComponent, testCase)
        const search = findChild(page, "homeSearch")
        const english = search.placeholderText
        verify(Language.setLanguage("fi"))
        compare(Language.code, "fi")
        verify(search.placeholderText !== english, "placeholder follows the language")
        compare(tiles(page)[1].title, "Terveys")
        verify(!Language.setLanguage("xx"), "an unknown language is refused")
        compare(Language.code, "fi")
    }
}
