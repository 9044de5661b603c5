// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kotona.Ui
import Kotona.App

// The reader's components over the real starter pack (registered by main.cpp).
TestCase {
    id: testCase
    name: "Reader"
    when: windowShown
    visible: true
    width: 900
    height: 700

    Component { id: stripComponent; EmergencyStrip { width: 900 } }
    Component { id: navComponent; NavBar { width: 900 } }
    Component { id: popupComponent; GlossaryPopup {} }
    Component { id: cardComponent; GuideCard { width: 600 } }
    Component { id: guideComponent; GuidePage { width: 900; height: 700 } }
    Component { id: badgeComponent; StateBadge {} }
    SignalSpy { id: spy }

    // Every test starts from an English reader, whatever the one before it did.
    function cleanup() {
        Settings.contentLanguage = "en"
    }

    function test_the_emergency_strip_gives_poison_and_crisis_numbers_and_one_click_to_all() {
        const strip = createTemporaryObject(stripComponent, testCase)
        verify(findChild(strip, "poisonNumber").text.indexOf("0800 147 111") >= 0)
        verify(findChild(strip, "crisisNumber").text.indexOf("09 2525 0111") >= 0)
        spy.target = strip
        spy.signalName = "moreHelp"
        spy.clear()
        mouseClick(findChild(strip, "emergencyMore"))
        compare(spy.count, 1)
    }

    function test_grouped_numbers_are_kept_left_to_right_only_in_right_to_left_text() {
        compare(Theme.keepNumbersLtr("Call 09 2525 0111", false), "Call 09 2525 0111")
        compare(Theme.keepNumbersLtr("اتصل 09 2525 0111 أو 112", true), "اتصل \u202A09 2525 0111\u202C أو 112")
    }

    function test_the_nav_bar_sends_the_page_names_of_its_buttons() {
        const bar = createTemporaryObject(navComponent, testCase, { canGoBack: true })
        spy.target = bar
        spy.signalName = "go"
        spy.clear()
        mouseClick(findChild(bar, "navServices"))
        mouseClick(findChild(bar, "navGlossary"))
        mouseClick(findChild(bar, "navSettings"))
        compare(spy.count, 3)
        compare(spy.signalArguments[0][0], "services")
        compare(spy.signalArguments[1][0], "glossary")
        compare(spy.signalArguments[2][0], "settings")
        verify(!findChild(bar, "navForward").enabled, "nothing to go forward to")
        verify(findChild(bar, "navBack").enabled)
        compare(findChild(bar, "navBack").Accessible.name, "Back")
    }

    function test_a_glossary_term_opens_with_its_finnish_word() {
        const popup = createTemporaryObject(popupComponent, testCase)
        popup.showTerm("residence-permit")
        tryCompare(popup, "opened", true)
        compare(findChild(popup.contentItem, "glossaryTerm").text, "residence permit")
        verify(findChild(popup.contentItem, "glossaryExplanation").text.length > 20)
        compare(popup.entry.finnish, "oleskelulupa")
        popup.close()
        popup.showTerm("no-such-term")
        verify(!popup.opened, "an unknown term opens nothing")
    }

    function test_a_guide_card_lists_its_languages_by_their_own_names() {
        const card = createTemporaryObject(cardComponent, testCase, {
            guideId: "health/getting-care", title: "Getting health care", languages: ["fi", "ar"], textState: "machine" })
        verify(card.implicitHeight > 0)
        spy.target = card
        spy.signalName = "opened"
        spy.clear()
        mouseClick(card)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "health/getting-care")
    }

    function test_only_machine_and_outdated_texts_get_a_badge() {
        const badge = createTemporaryObject(badgeComponent, testCase, { textState: "original" })
        verify(!badge.visible)
        badge.textState = "machine"
        verify(badge.visible)
        compare(badge.text, "Machine translation")
        badge.textState = "outdated"
        compare(badge.text, "Translation out of date")
        badge.textState = "reviewed"
        verify(!badge.visible)
    }

    function test_the_guide_page_reads_a_guide_bookmarks_it_and_follows_glossary_links() {
        const page = createTemporaryObject(guideComponent, testCase, { guideId: "arrival/kela" })
        verify(page.doc.found)
        compare(page.doc.lang, "en")
        compare(findChild(page, "guideTitle").text, page.doc.title)
        verify(findChild(page, "checkedOn").text.indexOf("Checked on") === 0)
        verify(!findChild(page, "translationNotice").visible, "an original needs no translation notice")
        const bookmark = findChild(page, "bookmarkButton")
        waitForRendering(page)
        const wasBookmarked = page.doc.bookmarked
        mouseClick(bookmark)
        compare(page.doc.bookmarked, !wasBookmarked)
        mouseClick(bookmark)
        compare(page.doc.bookmarked, wasBookmarked)
        spy.target = page
        spy.signalName = "showTerm"
        spy.clear()
        // A glossary link in the text asks the window for the term's pop-up.
        const section = findChild(page, "guideFlick")
        verify(section)
        page.showTerm("kela")
        compare(spy.count, 1)
    }

    function test_the_guide_page_reads_a_machine_translation_and_switches_to_the_original() {
        Settings.contentLanguage = "fi"
        const page = createTemporaryObject(guideComponent, testCase, { guideId: "arrival/kela" })
        compare(page.doc.lang, "fi")
        compare(page.doc.state, "machine")
        const notice = findChild(page, "translationNotice")
        verify(notice.visible)
        const action = findChild(notice, "translationNoticeAction")
        // Click only once the page is laid out and the button is on screen.
        waitForRendering(page)
        tryVerify(() => action.width > 0 && action.mapToItem(testCase, 0, 0).y >= 0
                        && action.mapToItem(testCase, 0, action.height).y <= testCase.height)
        mouseClick(action)
        tryCompare(page.doc, "lang", "en")
        verify(findChild(page, "originalNotice").visible)
    }

    function test_a_guide_that_is_not_in_the_readers_language_says_so() {
        // Turkish: a language the pack does not have, so any guide falls back.
        Settings.contentLanguage = "tr"
        const page = createTemporaryObject(guideComponent, testCase, { guideId: "leisure/libraries" })
        verify(page.doc.isFallback)
        compare(page.doc.lang, "en")
        const notice = findChild(page, "fallbackNotice")
        verify(notice.visible)
        verify(notice.text.indexOf(Library.languageName("tr")) >= 0, notice.text)
        verify(notice.text.indexOf(Library.languageName("fi")) >= 0, "the notice lists the languages it exists in")
    }
}
