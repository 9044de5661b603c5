// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQml.Models
import Kotona.Ui
import Kotona.App

// Shows the UI language in its own name and opens the list of languages.
Button {
    id: button

    objectName: "languageButton"
    text: Language.nativeName
    font.pixelSize: Theme.fontBody
    Accessible.name: qsTr("Language: %1").arg(Language.nativeName)
    onClicked: menu.open()

    Menu {
        id: menu
        y: button.height
        Instantiator {
            model: Language.available
            delegate: MenuItem {
                required property var modelData
                text: modelData.nativeName
                checkable: true
                checked: modelData.code === Language.code
                Accessible.name: modelData.nativeName
                onTriggered: Language.setLanguage(modelData.code)
            }
            onObjectAdded: (index, object) => menu.insertItem(index, object)
            onObjectRemoved: (index, object) => menu.removeItem(object)
        }
    }
}
