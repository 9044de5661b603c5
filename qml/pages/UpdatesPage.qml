// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// Updates of the guides: where they come from, "Check now" with its progress, the
// last check and the history of updates with what changed in each.
KPage {
    id: page

    objectName: "updatesPage"
    pageName: "updates"
    //: Title of the page about updates of the guides.
    title: qsTr("Updates")

    readonly property var uiLocale: Qt.locale(Language.code)

    component Heading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.pixelSize: Theme.fontSection
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.Heading
    }
    component Caption: Label {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
    }

    function addTypedSource() {
        if (Updates.addSource(sourceField.text)) {
            sourceField.text = ""
            addError.visible = false
        } else {
            addError.visible = true
        }
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
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BusyIndicator {
                    objectName: "updatesBusy"
                    running: Updates.busy
                    visible: Updates.busy
                    Layout.preferredWidth: 32 * Theme.textScale
                    Layout.preferredHeight: 32 * Theme.textScale
                    //: Screen reader name of the spinner shown while updates are checked.
                    Accessible.name: qsTr("Checking for updates")
                }
                Caption {
                    objectName: "updatesStatus"
                    text: Updates.status
                    visible: text !== ""
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            Caption {
                objectName: "updatesProgress"
                visible: Updates.busy || Updates.bytesReceived > 0
                color: Theme.textMuted
                //: Progress of an update download; %1 is an amount of data such as "1.2 MB".
                text: qsTr("Received %1").arg(page.uiLocale.formattedDataSize(Updates.bytesReceived))
            }
            Caption {
                objectName: "updatesLastCheck"
                color: Theme.textMuted
                text: Updates.lastCheck && !isNaN(Updates.lastCheck.getTime())
                      //: %1 is a date and time in the reader's language.
                      ? qsTr("Last checked: %1").arg(Updates.lastCheck.toLocaleString(page.uiLocale, Locale.ShortFormat))
                      //: Shown when updates have never been checked.
                      : qsTr("Not checked yet")
            }
            KButton {
                objectName: "checkNowButton"
                primary: enabled
                //: Button that looks for new versions of the guides at once.
                text: qsTr("Check now")
                enabled: !Updates.busy && Updates.configured && Updates.sources.length > 0
                onClicked: Updates.checkNow()
            }

            //: Heading of the list of places updates come from (web addresses, folders).
            Heading { text: qsTr("Sources") }
            Caption {
                color: Theme.textMuted
                //: Explains the list of update sources.
                text: qsTr("Tried in this order until one answers. A folder can be a USB stick; it is skipped when it is not plugged in.")
            }
            Repeater {
                model: Updates.sources
                delegate: RowLayout {
                    required property string modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        // Addresses and paths read left to right in every language.
                        text: "\u202A" + modelData + "\u202C"
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        elide: Text.ElideMiddle
                        horizontalAlignment: Text.AlignLeft
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData
                    }
                    KButton {
                        objectName: "removeSource" + index
                        //: Removes one update source from the list.
                        text: qsTr("Remove")
                        //: Screen reader name of the remove button; %1 is the source's address.
                        Accessible.name: qsTr("Remove %1").arg(modelData)
                        onClicked: Updates.removeSource(index)
                    }
                }
            }
            Caption {
                visible: Updates.sources.length === 0
                color: Theme.textMuted
                //: Shown instead of the list when no update source was added.
                text: qsTr("No sources yet.")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: sourceField
                    objectName: "sourceField"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    //: Placeholder of the field where a new update source is typed.
                    placeholderText: qsTr("https://… or /media/usb/kotona")
                    //: Screen reader name of the field where a new update source is typed.
                    Accessible.name: qsTr("New source: a web address or a folder")
                    horizontalAlignment: TextInput.AlignLeft
                    onAccepted: page.addTypedSource()
                    background: Rectangle {
                        implicitHeight: 40
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: sourceField.activeFocus ? Theme.accent : Theme.surfaceBorder
                        border.width: sourceField.activeFocus ? 2 : 1
                    }
                }
                KButton {
                    objectName: "addSourceButton"
                    //: Adds the typed address or folder to the update sources.
                    text: qsTr("Add")
                    //: Screen reader name of the button that adds the typed update source.
                    Accessible.name: qsTr("Add source")
                    enabled: sourceField.text.trim() !== ""
                    onClicked: page.addTypedSource()
                }
            }
            Caption {
                id: addError
                objectName: "addSourceError"
                visible: false
                color: Theme.danger
                //: Error under the source field when the typed text cannot be used.
                text: qsTr("This is not a web address (https://…) or a folder (/…), or it is already in the list.")
            }

            //: Heading of the list of updates that were installed.
            Heading { text: qsTr("History") }
            Caption {
                visible: Updates.history.length === 0
                color: Theme.textMuted
                //: Shown instead of the history when no update was installed.
                text: qsTr("No updates installed yet.")
            }
            Repeater {
                model: Updates.history
                delegate: Rectangle {
                    id: entry
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.surfaceBorder
                    Accessible.role: Accessible.ListItem
                    Accessible.name: dateLabel.text + ". " + entry.modelData.summary.join(". ")
                    ColumnLayout {
                        id: entryColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing / 3
                        Label {
                            id: dateLabel
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            text: entry.modelData.date.toLocaleString(page.uiLocale, Locale.ShortFormat)
                        }
                        Repeater {
                            model: entry.modelData.summary
                            delegate: Label {
                                required property string modelData
                                Layout.fillWidth: true
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                horizontalAlignment: Text.AlignLeft
                                wrapMode: Text.Wrap
                                text: modelData
                            }
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
