// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// A guide to read: contents beside the text on wide windows, honest labels on
// how the text was translated, the fallback notice when it is not in the
// reader's language, bookmark, easy-to-read toggle, sources, related guides,
// services and the topic's checklist.
KPage {
    id: page

    required property string guideId
    property string anchor: ""
    property string variant: "standard"
    property string lang: ""
    // Re-reads the guide when it changes (language settings).
    property int generation: 0
    // A binding: a new variant, language or theme reloads the guide.
    readonly property var doc: open()

    function open() {
        void generation
        return Library.openGuide(guideId, {
            variant: variant, lang: lang,
            linkColor: Theme.link.toString(), glossaryColor: Theme.glossary.toString(),
            borderColor: Theme.surfaceBorder.toString()
        })
    }
    function scrollToAnchor(name: string) {
        const i = doc.indexOfAnchor(name)
        if (i < 0)
            return
        const item = sections.itemAt(i)
        if (item)
            flick.contentY = Math.max(0, Math.min(item.mapToItem(column, 0, 0).y - Theme.spacing,
                                                   flick.contentHeight - flick.height))
    }

    objectName: "guidePage"
    pageName: "guide:" + guideId + (anchor !== "" ? "#" + anchor : "")
    title: doc.title

    Connections {
        target: Settings
        function onLanguagesChanged() { page.lang = ""; page.generation++ }
    }
    Component.onCompleted: if (anchor !== "") Qt.callLater(scrollToAnchor, anchor)

    readonly property bool wide: width > Theme.readingWidth + 300
    readonly property string shownIn: Library.languageName(doc.lang)
    // The services the guide names; none when it names none.
    readonly property var services: {
        if (doc.serviceIds.length === 0)
            return null
        const model = Library.services()
        model.ids = doc.serviceIds
        return model
    }

    Label {
        visible: !page.doc.found
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        text: qsTr("This guide is not in the content pack. It may have been removed in an update.")
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    RowLayout {
        anchors.fill: parent
        visible: page.doc.found
        spacing: 0

        // Contents: one entry per section.
        ListView {
            id: toc
            objectName: "guideContents"
            visible: page.wide
            Layout.preferredWidth: 280
            Layout.fillHeight: true
            Layout.topMargin: Theme.margin
            clip: true
            model: page.doc
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Contents")
            header: Label {
                width: toc.width
                leftPadding: Theme.margin
                rightPadding: Theme.spacing
                bottomPadding: Theme.spacing / 2
                text: qsTr("Contents")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                font.capitalization: Font.AllUppercase
                color: Theme.textMuted
            }
            delegate: ItemDelegate {
                id: entry
                required property string anchor
                required property string heading
                required property int level
                width: toc.width
                leftPadding: Theme.margin + (level > 2 ? Theme.spacing : 0)
                rightPadding: Theme.spacing
                text: heading
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Link
                Accessible.name: heading
                onClicked: page.scrollToAnchor(anchor)
                contentItem: Label {
                    text: entry.heading
                    font: entry.font
                    color: Theme.accent
                    wrapMode: Text.Wrap
                }
                background: Rectangle {
                    color: entry.down ? Theme.accentSoft : "transparent"
                    FocusFrame { shown: entry.visualFocus }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // The reader's actions stay in view while the text scrolls.
            Flow {
                objectName: "guideActions"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacing / 2
                spacing: Theme.spacing / 2
                KButton {
                    objectName: "bookmarkButton"
                    checkable: true
                    checked: page.doc.bookmarked
                    text: page.doc.bookmarked ? qsTr("★ Bookmarked") : qsTr("☆ Bookmark")
                    Accessible.name: page.doc.bookmarked ? qsTr("Remove bookmark") : qsTr("Bookmark this guide")
                    onClicked: page.doc.bookmarked = !page.doc.bookmarked
                }
                KButton {
                    objectName: "easyButton"
                    visible: page.doc.hasEasyVariant
                    checkable: true
                    checked: page.variant === "easy"
                    text: qsTr("Easy to read")
                    onClicked: page.variant = page.variant === "easy" ? "standard" : "easy"
                }
                KButton {
                    visible: !page.wide && sections.count > 1
                    text: qsTr("Contents")
                    onClicked: contentsMenu.open()
                    Menu {
                        id: contentsMenu
                        Repeater {
                            model: page.doc
                            delegate: MenuItem {
                                required property string anchor
                                required property string heading
                                text: heading
                                onTriggered: page.scrollToAnchor(anchor)
                            }
                        }
                    }
                }
            }

            Flickable {
                id: flick
                objectName: "guideFlick"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: width
                contentHeight: column.implicitHeight + 2 * Theme.margin
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                Keys.onUpPressed: flick.contentY = Math.max(0, flick.contentY - 60)
                Keys.onDownPressed: flick.contentY = Math.min(flick.contentHeight - flick.height, flick.contentY + 60)

                ColumnLayout {
                    id: column
                    x: Math.max(Theme.margin, (flick.width - width) / 2)
                    y: Theme.margin
                    width: Math.min(flick.width - 2 * Theme.margin, Theme.readingWidth)
                    spacing: Theme.spacing
                    // The guide's own language decides the direction of its text.
                    LayoutMirroring.enabled: page.doc.rightToLeft
                    LayoutMirroring.childrenInherit: true

                    Label {
                        Layout.fillWidth: true
                        objectName: "guideTitle"
                        text: page.doc.title
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.doc.summary
                        font.pixelSize: Theme.fontTitle
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }

                    NoticeBanner {
                        objectName: "fallbackNotice"
                        Layout.fillWidth: true
                        visible: page.doc.isFallback && page.lang === ""
                        dismissable: false
                        //: %1 is the reader's language, %2 the language the guide is shown in, %3 a list of languages
                        text: qsTr("Not yet in %1 — shown in %2. This guide exists in: %3.")
                              .arg(Library.languageName(page.doc.requestedLang)).arg(page.shownIn)
                              .arg(page.doc.languages.map(l => Library.languageName(l)).join(", "))
                    }
                    NoticeBanner {
                        objectName: "translationNotice"
                        Layout.fillWidth: true
                        visible: page.doc.state === "machine" || page.doc.state === "outdated"
                        dismissable: false
                        text: page.doc.state === "machine"
                              ? qsTr("This text was translated with the help of a machine and has not been checked yet. It may contain mistakes.")
                              : qsTr("The original of this text has changed since it was translated. Parts of it may be out of date.")
                        //: %1 is a language's own name, e.g. "English"
                        actionText: qsTr("Read the original (%1)").arg(Library.languageName(page.doc.originalLang))
                        onAction: page.lang = page.doc.originalLang
                    }
                    NoticeBanner {
                        objectName: "originalNotice"
                        Layout.fillWidth: true
                        visible: page.lang !== "" && page.doc.found
                        dismissable: false
                        //: %1 is a language's own name
                        text: qsTr("You are reading this guide in %1.").arg(page.shownIn)
                        actionText: qsTr("Back to your language")
                        onAction: page.lang = ""
                    }

                    Repeater {
                        id: sections
                        model: page.doc
                        delegate: ColumnLayout {
                            id: section
                            required property string anchor
                            required property string heading
                            required property int level
                            required property string html
                            Layout.fillWidth: true
                            spacing: 4
                            Label {
                                Layout.fillWidth: true
                                Layout.topMargin: Theme.spacing
                                text: section.heading
                                font.pixelSize: section.level > 2 ? Theme.fontTitle : Theme.fontSection
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignLeft
                                Accessible.role: Accessible.Heading
                            }
                            SectionText {
                                Layout.fillWidth: true
                                text: section.html
                                onGuideLinkActivated: (id, anchor) => page.navigate("guide:" + id + (anchor !== "" ? "#" + anchor : ""))
                                onGlossaryLinkActivated: termId => page.showTerm(termId)
                            }
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        height: 1
                        color: Theme.surfaceBorder
                    }
                    Label {
                        objectName: "checkedOn"
                        Layout.fillWidth: true
                        //: %1 is a date
                        text: qsTr("Checked on %1").arg(page.doc.reviewedOn.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.doc.sources.length > 0
                        text: qsTr("Sources")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: page.doc.sources
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: "<a href=\"" + modelData + "\">" + modelData + "</a>"
                            textFormat: Text.StyledText
                            linkColor: Theme.link
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignLeft
                            onLinkActivated: link => Qt.openUrlExternally(link)
                            Accessible.role: Accessible.Link
                            Accessible.name: modelData
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: page.doc.relatedGuides.length > 0
                        text: qsTr("Related guides")
                        font.pixelSize: Theme.fontSection
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                    }
                    Repeater {
                        model: page.doc.relatedGuides
                        delegate: GuideCard {
                            required property var modelData
                            Layout.fillWidth: true
                            guideId: modelData.guideId
                            title: modelData.title
                            onOpened: id => page.navigate("guide:" + id)
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: page.services !== null && page.services.count > 0
                        text: qsTr("Where to get help")
                        font.pixelSize: Theme.fontSection
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                    }
                    Repeater {
                        model: page.services
                        delegate: ServiceCard {
                            Layout.fillWidth: true
                            onCopyRequested: text => page.copyText(text)
                        }
                    }

                    Repeater {
                        model: page.doc.checklistIds
                        delegate: ChecklistView {
                            required property string modelData
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            checklist: Library.checklist(modelData)
                        }
                    }
                }
            }
        }
    }
}
