// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// What the reader keeps: bookmarked guides and checklists with their progress.
KPage {
    id: page

    objectName: "savedPage"
    pageName: "saved"
    title: qsTr("Bookmarks and checklists")

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Theme.margin
            width: scroll.availableWidth - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Bookmarks")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: Library.bookmarks.length === 0
                text: qsTr("No bookmarks yet. Open a guide and choose \"Bookmark\" to keep it here.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                objectName: "bookmarkList"
                model: Library.bookmarks
                delegate: GuideCard {
                    required property var modelData
                    Layout.fillWidth: true
                    guideId: modelData.guideId
                    title: modelData.title
                    summary: modelData.summary
                    onOpened: id => page.navigate("guide:" + id)
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Checklists")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: Library.checklists
                delegate: GuideCard {
                    required property var modelData
                    Layout.fillWidth: true
                    guideId: modelData.checklistId
                    title: modelData.title
                    summary: qsTr("%1 of %2 done").arg(modelData.doneCount).arg(modelData.count)
                    onOpened: id => page.navigate("checklist:" + id)
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
