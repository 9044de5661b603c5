// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// The first page: search, "continue reading", bookmarks and the topics.
KPage {
    id: page

    objectName: "homePage"
    pageName: "home"
    title: qsTr("Home")

    function searchFor(text: string) {
        search.text = text
    }
    function ready(): bool { return !Search.busy }

    readonly property bool searching: search.text.trim().length > 0

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    component LinkChip: ItemDelegate {
        id: chip
        property string guideId
        property string label
        text: label
        font.pixelSize: Theme.fontBody
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Link
        Accessible.name: label
        onClicked: page.navigate("guide:" + guideId)
        contentItem: Label {
            text: chip.label
            font: chip.font
            color: Theme.accent
            elide: Text.ElideRight
        }
        background: Rectangle {
            radius: Theme.radius
            color: chip.down ? Theme.accentSoft : Theme.surface
            border.color: Theme.surfaceBorder
            FocusFrame { shown: chip.visualFocus }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: 2
                Label {
                    text: qsTr("Kotona")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your guide to everyday life in Finland")
                    font.pixelSize: Theme.fontTitle
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }

            NoticeBanner {
                objectName: "updateNotice"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: Library.contentUpdated
                text: qsTr("The guides were updated since your last visit.")
                onDismissed: Library.acknowledgeUpdate()
            }

            SearchField {
                id: search
                objectName: "homeSearch"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                onTextChanged: Search.query = text
                Component.onCompleted: if (Search.query !== "") text = Search.query
            }

            SearchResults {
                visible: page.searching
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                onOpened: (guideId, anchor) => page.navigate("guide:" + guideId + (anchor !== "" ? "#" + anchor : ""))
            }

            SectionTitle {
                visible: !page.searching && Library.recent.length > 0
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: qsTr("Continue reading")
            }
            Flow {
                objectName: "recentGuides"
                visible: !page.searching && Library.recent.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.spacing / 2
                Repeater {
                    model: Library.recent
                    delegate: LinkChip {
                        required property var modelData
                        guideId: modelData.guideId
                        label: modelData.title
                    }
                }
            }

            SectionTitle {
                visible: !page.searching && Library.bookmarks.length > 0
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: qsTr("Your bookmarks")
            }
            Flow {
                objectName: "homeBookmarks"
                visible: !page.searching && Library.bookmarks.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.spacing / 2
                Repeater {
                    model: Library.bookmarks
                    delegate: LinkChip {
                        required property var modelData
                        guideId: modelData.guideId
                        label: "★ " + modelData.title
                    }
                }
            }

            SectionTitle {
                visible: !page.searching
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: qsTr("Topics")
            }

            GridLayout {
                id: grid
                visible: !page.searching
                objectName: "topicGrid"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                columns: Math.max(1, Math.floor((scroll.availableWidth - 2 * Theme.margin + Theme.spacing)
                                                / (Theme.tileWidth + Theme.spacing)))
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                Repeater {
                    id: topicRepeater
                    objectName: "topicRepeater"
                    model: Topics
                    delegate: TopicTile {
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.tileWidth
                        Layout.preferredHeight: Theme.tileHeight
                        onClicked: page.navigate("topic:" + topicId)
                    }
                }
            }
        }
    }
}
