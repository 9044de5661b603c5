// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// The first start: language (each in its own name and script, no flags), then
// the municipality or all of Finland, then text size. All can be changed later
// in Settings.
KPage {
    id: page

    property int step: 0

    signal finished()

    objectName: "firstRunPage"
    pageName: "firstrun"
    title: qsTr("Welcome")

    function chooseLanguage(code: string) {
        Settings.contentLanguage = code
        // The interface follows when it is translated; English otherwise.
        if (!Language.setLanguage(code))
            Language.setLanguage("en")
        step = 1
    }
    function chooseMunicipality(id: string) {
        Settings.municipality = id
        step = 2
    }

    component Choice: ItemDelegate {
        id: choice
        property string label
        property string detail
        Layout.fillWidth: true
        Layout.preferredWidth: 240 * Theme.textScale
        padding: Theme.spacing
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: label
        contentItem: ColumnLayout {
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: choice.label
                font.pixelSize: Theme.fontTitle + 2
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                // Kept (empty) when there is nothing to add, so all choices are equally tall.
                text: choice.detail !== choice.label ? choice.detail : " "
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
        }
        background: Rectangle {
            radius: Theme.radius
            color: choice.down ? Theme.accentSoft : Theme.surface
            border.color: Theme.surfaceBorder
            FocusFrame { shown: choice.visualFocus }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: content
            x: Math.max(Theme.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, 820 * Theme.textScale)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                //: Step indicator of the first-run setup, e.g. "Step 1 of 3"
                text: qsTr("Step %1 of %2").arg(page.step + 1).arg(3)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }

            // Step 1: language.
            ColumnLayout {
                visible: page.step === 0
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    objectName: "chooseLanguageTitle"
                    // Deliberately not translated: whoever starts the app must find
                    // their own language here, whatever the system language is.
                    text: "Valitse kieli · Välj språk · Choose your language · اختر لغتك · Оберіть мову · "
                          + "Выберите язык · Dooro luqaddaada · زبان خود را انتخاب کنید · Vali keel"
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                GridLayout {
                    objectName: "languageChoices"
                    Layout.fillWidth: true
                    columns: Math.max(1, Math.floor(content.width / (250 * Theme.textScale)))
                    rowSpacing: Theme.spacing
                    columnSpacing: Theme.spacing
                    Repeater {
                        model: Library.languages
                        delegate: Choice {
                            required property var modelData
                            objectName: "language:" + modelData.code
                            label: modelData.nativeName
                            detail: modelData.englishName
                            onClicked: page.chooseLanguage(modelData.code)
                        }
                    }
                }
            }

            // Step 2: municipality.
            ColumnLayout {
                visible: page.step === 1
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Where do you live?")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("You will see the guides and services of your municipality first.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: Math.max(1, Math.floor(content.width / (250 * Theme.textScale)))
                    rowSpacing: Theme.spacing
                    columnSpacing: Theme.spacing
                    Repeater {
                        model: Library.municipalities
                        delegate: Choice {
                            required property var modelData
                            objectName: "municipality:" + modelData.id
                            label: modelData.name
                            onClicked: page.chooseMunicipality(modelData.id)
                        }
                    }
                    Choice {
                        objectName: "municipality:all"
                        label: qsTr("All of Finland")
                        detail: qsTr("Another municipality")
                        onClicked: page.chooseMunicipality("")
                    }
                }
                KButton {
                    text: qsTr("Back")
                    onClicked: page.step = 0
                }
            }

            // Step 3: text size.
            ColumnLayout {
                visible: page.step === 2
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Text size")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Make the text as large as is comfortable for you.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TextSizeControl { Layout.fillWidth: true }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    KButton {
                        text: qsTr("Back")
                        onClicked: page.step = 1
                    }
                    Item { Layout.fillWidth: true }
                    KButton {
                        objectName: "firstRunDone"
                        primary: true
                        text: qsTr("Start")
                        onClicked: {
                            Settings.firstRunDone = true
                            page.finished()
                        }
                    }
                }
            }
        }
    }
}
