// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// Languages, municipality, text size and display; every change applies at once
// and is saved.
KPage {
    id: page

    objectName: "settingsPage"
    pageName: "settings"
    title: qsTr("Settings")

    component Heading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.pixelSize: Theme.fontSection
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    component Caption: Label {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
    }
    component Picker: ComboBox {
        Layout.fillWidth: true
        Layout.maximumWidth: 420 * Theme.textScale
        font.pixelSize: Theme.fontBody
        focusPolicy: Qt.StrongFocus
    }
    component Toggle: Switch {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        focusPolicy: Qt.StrongFocus
        Accessible.name: text
    }

    function indexOfValue(list, key: string, value: string): int {
        for (let i = 0; i < list.length; ++i) {
            if (list[i][key] === value)
                return i
        }
        return 0
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(Theme.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.readingWidth)
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: page.title
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }

            Heading { text: qsTr("Languages") }
            Caption { text: qsTr("Language of the menus and buttons") }
            Picker {
                objectName: "uiLanguagePicker"
                Accessible.name: qsTr("Language of the menus and buttons")
                textRole: "nativeName"
                valueRole: "code"
                model: Language.available
                currentIndex: page.indexOfValue(Language.available, "code", Language.code)
                onActivated: Language.setLanguage(currentValue)
            }
            Caption { text: qsTr("Language of the guides") }
            Picker {
                objectName: "contentLanguagePicker"
                Accessible.name: qsTr("Language of the guides")
                textRole: "nativeName"
                valueRole: "code"
                model: Library.languages
                currentIndex: page.indexOfValue(Library.languages, "code",
                                                Settings.contentLanguage !== "" ? Settings.contentLanguage : Language.code)
                onActivated: Settings.contentLanguage = currentValue
            }
            Caption { text: qsTr("Second language, when a guide is not in your language") }
            Picker {
                objectName: "secondLanguagePicker"
                readonly property var choices: [{ code: "", nativeName: qsTr("None") }].concat(Library.languages)
                Accessible.name: qsTr("Second language")
                textRole: "nativeName"
                valueRole: "code"
                model: choices
                currentIndex: page.indexOfValue(choices, "code", Settings.secondLanguage)
                onActivated: Settings.secondLanguage = currentValue
            }

            Heading { text: qsTr("Municipality") }
            Picker {
                objectName: "municipalityPicker"
                readonly property var choices: [{ id: "", name: qsTr("All of Finland") }].concat(Library.municipalities)
                Accessible.name: qsTr("Municipality")
                textRole: "name"
                valueRole: "id"
                model: choices
                currentIndex: page.indexOfValue(choices, "id", Settings.municipality)
                onActivated: Settings.municipality = currentValue
            }

            Heading { text: qsTr("Text size") }
            TextSizeControl { Layout.fillWidth: true }

            Heading { text: qsTr("Display") }
            Toggle {
                objectName: "highContrastSwitch"
                text: qsTr("High contrast")
                checked: Settings.highContrast
                onToggled: Settings.highContrast = checked
            }
            Toggle {
                objectName: "darkThemeSwitch"
                text: qsTr("Dark theme")
                checked: Settings.darkTheme
                onToggled: Settings.darkTheme = checked
            }
            Toggle {
                objectName: "reducedMotionSwitch"
                text: qsTr("Reduce motion")
                checked: Settings.reducedMotion
                onToggled: Settings.reducedMotion = checked
            }

            //: Heading of the settings section about new versions of the guides.
            Heading { text: qsTr("Updates") }
            Caption {
                objectName: "updatesSummary"
                //: Shown under "Updates" in the settings when there is no status to show.
                text: Updates.status !== "" ? Updates.status : qsTr("Keep the guides up to date from the internet or a USB stick.")
            }
            KButton {
                objectName: "openUpdatesButton"
                //: Opens the page with update sources, "Check now" and the update history.
                text: qsTr("Update sources and history")
                onClicked: page.navigate("updates")
            }

            Heading { text: qsTr("Start again") }
            KButton {
                text: qsTr("Choose language and municipality again")
                onClicked: page.navigate("firstrun")
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
