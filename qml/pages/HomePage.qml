// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// The first page: who we are, a search field and the topics.
Page {
    id: page

    objectName: "homePage"
    title: qsTr("Home")
    background: Rectangle { color: Theme.background }

    function searchFor(text: string) {
        search.text = text
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
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
                LanguageButton {
                    Layout.alignment: Qt.AlignTop
                }
            }

            SearchField {
                id: search
                objectName: "homeSearch"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                onTextChanged: Search.query = text
            }

            SearchResults {
                visible: search.text.trim().length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
            }

            Label {
                visible: search.text.trim().length === 0
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                text: qsTr("Topics")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }

            GridLayout {
                id: grid
                visible: search.text.trim().length === 0
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
                    }
                }
            }
        }
    }
}
