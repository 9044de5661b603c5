// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// The services directory for the reader's municipality and all of Finland,
// filtered by topic, a language spoken there, or only those open now.
KPage {
    id: page

    property var services: Library.services()

    objectName: "servicesPage"
    pageName: "services"
    title: qsTr("Services")

    Connections {
        target: Settings
        function onMunicipalityChanged() { page.services = Library.services() }
        function onLanguagesChanged() { page.services = Library.services() }
    }

    ListView {
        id: list
        objectName: "serviceList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        clip: true
        model: page.services
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: page.title

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: page.title
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Flow {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                spacing: Theme.spacing
                ComboBox {
                    id: topicFilter
                    objectName: "serviceTopicFilter"
                    font.pixelSize: Theme.fontBody
                    textRole: "title"
                    valueRole: "topicId"
                    model: [{ topicId: "", title: qsTr("All topics") }].concat(topicList.items)
                    Accessible.name: qsTr("Topic")
                    onActivated: page.services.topic = currentValue
                }
                ComboBox {
                    id: languageFilter
                    objectName: "serviceLanguageFilter"
                    font.pixelSize: Theme.fontBody
                    textRole: "nativeName"
                    valueRole: "code"
                    model: [{ code: "", nativeName: qsTr("Any language") }].concat(Library.languages)
                    Accessible.name: qsTr("Language spoken")
                    onActivated: page.services.spokenLanguage = currentValue
                }
                Switch {
                    objectName: "serviceOpenNow"
                    text: qsTr("Open now")
                    font.pixelSize: Theme.fontBody
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: text
                    onToggled: page.services.openNowOnly = checked
                }
            }
            Label {
                Layout.fillWidth: true
                visible: list.count === 0
                text: qsTr("No service matches these filters.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        footer: Item { width: 1; height: Theme.margin }

        delegate: ServiceCard {
            width: list.width
            onCopyRequested: text => page.copyText(text)
        }
    }

    // Topic names for the filter, in the reader's language.
    Instantiator {
        id: topicList
        property var items: []
        model: Topics
        delegate: QtObject {
            required property string topicId
            required property string title
        }
        onObjectAdded: (index, object) => {
            const copy = items.slice()
            copy.splice(index, 0, { topicId: object.topicId, title: object.title })
            items = copy
        }
        onObjectRemoved: (index, object) => {
            const copy = items.slice()
            copy.splice(index, 1)
            items = copy
        }
    }
}
