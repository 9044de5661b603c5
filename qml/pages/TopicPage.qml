// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// The guides of one topic: those of the reader's municipality first, then the
// ones for all of Finland, each with the languages it exists in.
KPage {
    id: page

    required property string topicId
    property var guides: Library.guideList(topicId)
    readonly property var topic: Library.topic(topicId)

    objectName: "topicPage"
    pageName: "topic:" + topicId
    title: topic.title !== undefined ? topic.title : ""

    Connections {
        target: Settings
        function onLanguagesChanged() { page.guides = Library.guideList(page.topicId) }
        function onMunicipalityChanged() { page.guides = Library.guideList(page.topicId) }
    }

    ListView {
        id: list
        objectName: "topicGuides"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        clip: true
        model: page.guides
        keyNavigationEnabled: true
        activeFocusOnTab: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: page.title

        header: ColumnLayout {
            width: list.width
            spacing: 4
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: page.title
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                text: page.topic.summary !== undefined ? page.topic.summary : ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: list.count === 0
                text: qsTr("There are no guides on this topic yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        footer: Item { width: 1; height: Theme.margin }

        section.property: "municipality"
        section.criteria: ViewSection.FullString
        section.delegate: Label {
            required property string section
            width: list.width
            topPadding: Theme.spacing
            bottomPadding: 4
            text: section !== "" ? qsTr("In your municipality") : qsTr("All of Finland")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }

        delegate: GuideCard {
            required property var model
            width: list.width
            guideId: model.guideId
            title: model.title
            summary: model.summary
            lang: model.lang
            isFallback: model.isFallback
            languages: model.languages
            textState: model.state
            onOpened: id => page.navigate("guide:" + id)
        }
    }
}
