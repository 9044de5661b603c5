// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// Every official word the guides explain, in the reader's language, with a
// filter field. A term opens its pop-up with the Finnish and Swedish words.
KPage {
    id: page

    property var terms: Library.glossary()

    objectName: "glossaryPage"
    pageName: "glossary"
    title: qsTr("Words")

    Connections {
        target: Settings
        function onLanguagesChanged() { page.terms = Library.glossary() }
    }

    ListView {
        id: list
        objectName: "glossaryList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        clip: true
        model: page.terms
        spacing: 0
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: page.title

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Words and what they mean")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            TextField {
                id: filter
                objectName: "glossaryFilter"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                placeholderText: qsTr("Find a word")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Accessible.name: qsTr("Find a word")
                onTextChanged: list.filterText = text.trim().toLocaleLowerCase()
                background: Rectangle {
                    implicitHeight: 44
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: filter.activeFocus ? Theme.focus : Theme.surfaceBorder
                    border.width: filter.activeFocus ? Theme.focusWidth : 1
                }
            }
        }
        property string filterText: ""

        delegate: ItemDelegate {
            id: row
            required property string termId
            required property string term
            required property string explanation
            readonly property bool matches: list.filterText === ""
                || term.toLocaleLowerCase().includes(list.filterText)
                || explanation.toLocaleLowerCase().includes(list.filterText)
            width: list.width
            height: matches ? implicitHeight : 0
            visible: matches
            padding: Theme.spacing
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: term
            Accessible.description: explanation
            onClicked: page.showTerm(termId)
            background: Rectangle {
                color: row.down ? Theme.accentSoft : "transparent"
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: 1
                    color: Theme.surfaceBorder
                }
                FocusFrame { shown: row.visualFocus }
            }
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.term
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.glossary
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: row.explanation
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
