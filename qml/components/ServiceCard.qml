// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// One service: whether it is open now, and how to reach it. Address and phone
// can be copied with one click.
Rectangle {
    id: card

    required property string serviceId
    required property string name
    required property string address
    required property string phone
    required property string web
    required property string openingHours
    required property var languages
    required property string openState
    required property string statusText

    signal copyRequested(string text)

    objectName: "service:" + serviceId
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.surfaceBorder
    Accessible.role: Accessible.Grouping
    Accessible.name: name

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: card.name
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: card.openState !== "unknown"
            text: card.statusText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: card.openState === "open" ? Theme.success
                   : card.openState === "closesSoon" ? Theme.text : Theme.danger
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.openState === "unknown"
            text: qsTr("Opening hours: check the service's web page.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.address !== ""
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.address
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            KButton {
                text: qsTr("Copy address")
                font.pixelSize: Theme.fontSmall
                onClicked: card.copyRequested(card.address)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.phone !== ""
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                //: %1 is a phone number
                text: Theme.keepNumbersLtr(qsTr("Phone: %1").arg(card.phone), card.LayoutMirroring.enabled)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            KButton {
                text: qsTr("Copy phone")
                font.pixelSize: Theme.fontSmall
                onClicked: card.copyRequested(card.phone)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.web !== ""
            text: "<a href=\"" + card.web + "\">" + card.web + "</a>"
            textFormat: Text.StyledText
            linkColor: Theme.link
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            onLinkActivated: link => Qt.openUrlExternally(link)
            Accessible.role: Accessible.Link
            Accessible.name: card.web
        }
        Label {
            Layout.fillWidth: true
            visible: card.openingHours !== ""
            //: %1 is opening hours in OpenStreetMap notation, e.g. "Mo-Fr 08:00-16:00"
            text: qsTr("Hours: %1").arg(card.openingHours)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.languages.length > 0
            //: Followed by the languages spoken at a service
            text: qsTr("Languages spoken:") + " " + card.languages.map(l => Library.languageName(l)).join(", ")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
