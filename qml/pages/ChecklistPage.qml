// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// One checklist to tick through; ticks are saved at once.
KPage {
    id: page

    required property string checklistId
    property var checklist: Library.checklist(checklistId)

    objectName: "checklistPage"
    pageName: "checklist:" + checklistId
    title: checklist.title

    Connections {
        target: Settings
        function onLanguagesChanged() { page.checklist = Library.checklist(page.checklistId) }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ChecklistView {
            x: Math.max(Theme.margin, (scroll.availableWidth - width) / 2)
            y: Theme.margin
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            checklist: page.checklist
        }
    }
}
