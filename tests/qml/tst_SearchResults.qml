// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kotona.Ui
import Kotona.App

TestCase {
    id: testCase
    name: "SearchResults"
    // TestCase items are invisible by default; results only show when visible.
    visible: true
    when: windowShown
    width: 1000
    height: 700

    Component { id: pageComponent; HomePage { width: 1000; height: 700 } }

    function cleanup() {
        Search.query = ""
    }

    function test_typing_shows_results_from_the_starter_pack_instead_of_the_topics() {
        const page = createTemporaryObject(pageComponent, testCase)
        const field = findChild(page, "homeSearch")
        const grid = findChild(page, "topicGrid")
        const results = findChild(page, "searchResults")
        verify(grid.visible)
        verify(!results.visible)
        field.text = "112"
        compare(Search.query, "112")
        tryVerify(() => !Search.busy && Search.count > 0, 20000, "results arrive from the worker thread")
        verify(results.visible)
        verify(!grid.visible, "the topics give way to the results")
        field.text = ""
        verify(grid.visible)
    }

    function test_nothing_found_says_so() {
        const page = createTemporaryObject(pageComponent, testCase)
        findChild(page, "homeSearch").text = "qqqqxxxxzzzz"
        tryVerify(() => !Search.busy, 20000)
        compare(Search.count, 0)
        const nothing = findChild(page, "searchNothing")
        verify(nothing.visible)
        verify(nothing.text.length > 0)
    }
}
