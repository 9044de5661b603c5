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

    // The reader's history as page names, newest last. Only the home page and
    // the current page are alive (StackView holds at most two items), so a long
    // reading session does not keep every page it passed in memory.
    property var backPages: []
    property var forwardPages: []

    Binding { target: Theme; property: "textScale"; value: Settings.textScale }
    Binding { target: Theme; property: "dark"; value: Settings.darkTheme }
    Binding { target: Theme; property: "highContrast"; value: Settings.highContrast }
    Binding { target: Theme; property: "reducedMotion"; value: Settings.reducedMotion }

    // The component and properties of a page name (`kotona --page` accepts the
    // same names); null for a name no page answers to.
    function pageFor(name: string) {
        const arg = name.slice(name.indexOf(":") + 1)
        if (name === "home")
            return { component: homePage, properties: {} }
        if (name === "firstrun")
            return { component: firstRunPage, properties: {} }
        if (name === "services")
            return { component: servicesPage, properties: {} }
        if (name === "glossary")
            return { component: glossaryPage, properties: {} }
        if (name === "saved")
            return { component: savedPage, properties: {} }
        if (name === "settings")
            return { component: settingsPage, properties: {} }
        if (name === "updates")
            return { component: updatesPage, properties: {} }
        if (name.startsWith("topic:") && arg !== "")
            return { component: topicPage, properties: { topicId: arg } }
        if (name.startsWith("checklist:") && arg !== "")
            return { component: checklistPage, properties: { checklistId: arg } }
        if (name.startsWith("guide:") && arg !== "") {
            const hash = arg.indexOf("#")
            return { component: guidePage, properties: {
                guideId: hash < 0 ? arg : arg.slice(0, hash), anchor: hash < 0 ? "" : arg.slice(hash + 1) } }
        }
        return null
    }

    // Shows the page called `name` (home stays at the bottom of the stack).
    function show(name: string, backwards: bool): bool {
        if (name === "home") {
            stack.pop(null, backwards ? StackView.PopTransition : StackView.PushTransition)
            return true
        }
        const page = pageFor(name)
        if (!page)
            return false
        if (stack.depth === 1)
            stack.push(page.component, page.properties)
        else
            stack.replace(page.component, page.properties,
                          backwards ? StackView.PopTransition : StackView.PushTransition)
        return true
    }

    function currentName(): string {
        return stack.currentItem ? stack.currentItem.pageName : "home"
    }

    // Opens a page as the reader asked; the forward history is gone.
    function navigate(name: string): bool {
        const from = currentName()
        if (from === name)
            return true
        if (name.startsWith("search:")) {
            stack.pop(null)
            stack.currentItem.searchFor(name.slice(7))
        } else if (pageFor(name) === null) {
            return false
        } else {
            show(name, false)
        }
        backPages = backPages.concat([from])
        forwardPages = []
        return true
    }

    function goBack() {
        if (backPages.length === 0 || stack.busy)
            return
        const name = backPages[backPages.length - 1]
        forwardPages = forwardPages.concat([currentName()])
        backPages = backPages.slice(0, -1)
        show(name, true)
    }

    function goForward() {
        if (forwardPages.length === 0 || stack.busy)
            return
        const name = forwardPages[forwardPages.length - 1]
        backPages = backPages.concat([currentName()])
        forwardPages = forwardPages.slice(0, -1)
        show(name, false)
    }

    // Called by `kotona --page`: "" starts as usual (the first-run chooser the
    // first time), any other name opens that page. False for an unknown name.
    function openPage(name: string): bool {
        stack.pop(null, StackView.Immediate)
        backPages = []
        forwardPages = []
        if (name === "") {
            if (!Settings.firstRunDone)
                stack.push(firstRunPage, {}, StackView.Immediate)
            return true
        }
        if (name === "home")
            return true
        if (!navigate(name))
            return false
        backPages = []
        return true
    }

    // False while the page still waits for data, so that a screenshot shows what
    // the reader will see.
    function pageReady(): bool {
        return !stack.busy && (!stack.currentItem || stack.currentItem.ready())
    }

    function copyToClipboard(text: string) {
        clipboardHelper.text = text
        clipboardHelper.selectAll()
        clipboardHelper.copy()
        clipboardHelper.text = ""
        copiedTip.show(qsTr("Copied: %1").arg(text), 2500)
    }

    Shortcut {
        // Alt+Left, and the Back key of keyboards that have one.
        sequences: ["Alt+Left", "Back"]
        // One window: the history keys work wherever the focus is.
        context: Qt.ApplicationShortcut
        onActivated: window.goBack()
    }
    Shortcut {
        sequences: ["Alt+Right", "Forward"]
        context: Qt.ApplicationShortcut
        onActivated: window.goForward()
    }
    Shortcut {
        // Backspace goes back, except while typing.
        sequence: "Backspace"
        enabled: !(window.activeFocusItem && window.activeFocusItem.hasOwnProperty("cursorPosition")
                   && !window.activeFocusItem.readOnly)
        onActivated: window.goBack()
    }
    Shortcut {
        sequence: StandardKey.Find
        onActivated: window.navigate("home")
    }

    header: NavBar {
        canGoBack: window.backPages.length > 0
        canGoForward: window.forwardPages.length > 0
        current: stack.currentItem ? stack.currentItem.pageName : ""
        visible: !(stack.currentItem && stack.currentItem.pageName === "firstrun")
        onBack: window.goBack()
        onForward: window.goForward()
        onGo: page => window.navigate(page)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        NoticeBanner {
            objectName: "packNotice"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: Library.notice !== ""
            text: Library.notice
            actionText: !Library.packOpen && Library.canRestorePack ? qsTr("Restore the guides that came with Kotona") : ""
            secondActionText: !Library.userDataSaved ? qsTr("Start with new settings") : ""
            onAction: Library.restorePack()
            onSecondAction: Library.resetUserData()
            onDismissed: Library.dismissNotice()
        }

        StackView {
            id: stack
            objectName: "pageStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: homePage

            pushEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animationMs } }
            pushExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animationMs } }
            popEnter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animationMs } }
            popExit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animationMs } }
        }

        EmergencyStrip {
            id: emergency
            Layout.fillWidth: true
            onMoreHelp: window.navigate("guide:safety/emergency-numbers")
        }
    }

    // Back and forward mouse buttons anywhere in the window; other buttons pass.
    MouseArea {
        anchors.fill: parent
        z: 1000
        acceptedButtons: Qt.BackButton | Qt.ForwardButton
        onClicked: mouse => mouse.button === Qt.BackButton ? window.goBack() : window.goForward()
    }

    GlossaryPopup { id: glossaryPopup }

    ToolTip {
        id: copiedTip
        objectName: "copiedTip"
        x: (window.width - width) / 2
        y: window.height - height - emergency.height - Theme.margin
        font.pixelSize: Theme.fontBody
    }

    TextEdit {
        id: clipboardHelper
        visible: false
    }

    // Wires a page's requests to the window.
    component PageLinks: Connections {
        function onNavigate(name) { window.navigate(name) }
        function onShowTerm(termId) { glossaryPopup.showTerm(termId) }
        function onCopyText(text) { window.copyToClipboard(text) }
    }

    Component {
        id: homePage
        HomePage {
            id: homePageItem
            PageLinks { target: homePageItem }
        }
    }
    Component {
        id: firstRunPage
        FirstRunPage {
            id: firstRunItem
            PageLinks { target: firstRunItem }
            onFinished: {
                stack.pop(null)
                window.backPages = []
                window.forwardPages = []
            }
        }
    }
    Component {
        id: topicPage
        TopicPage {
            id: topicPageItem
            PageLinks { target: topicPageItem }
        }
    }
    Component {
        id: guidePage
        GuidePage {
            id: guidePageItem
            PageLinks { target: guidePageItem }
        }
    }
    Component {
        id: servicesPage
        ServicesPage {
            id: servicesPageItem
            PageLinks { target: servicesPageItem }
        }
    }
    Component {
        id: glossaryPage
        GlossaryPage {
            id: glossaryPageItem
            PageLinks { target: glossaryPageItem }
        }
    }
    Component {
        id: savedPage
        SavedPage {
            id: savedPageItem
            PageLinks { target: savedPageItem }
        }
    }
    Component {
        id: checklistPage
        ChecklistPage {
            id: checklistPageItem
            PageLinks { target: checklistPageItem }
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            id: settingsPageItem
            PageLinks { target: settingsPageItem }
        }
    }
    Component {
        id: updatesPage
        UpdatesPage {
            id: updatesPageItem
            PageLinks { target: updatesPageItem }
        }
    }
}
