// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kotona.Ui
import Kotona.App

// Live results under the search field: the best section of each guide, with the
// matched words in bold, or a clear "nothing found" with the closest words.
ColumnLayout {
    id: results

    objectName: "searchResults"
    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        visible: Search.count === 0 && !Search.busy
        objectName: "searchNothing"
        text: Search.didYouMean.length > 0
              //: %1 is a list of words from the guides, e.g. "allowance, allowances"
              ? qsTr("Nothing found. Did you mean: %1?").arg(Search.didYouMean.join(", "))
              : qsTr("Nothing found. Try another word, or fewer words.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    Repeater {
        model: Search
        delegate: ItemDelegate {
            id: hit

            required property string title
            required property string heading
            required property string snippetHtml
            required property string lang
            required property int moreInGuide

            Layout.fillWidth: true
            padding: Theme.spacing
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: title + ", " + heading
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: hit.visualFocus ? Theme.focus : Theme.surfaceBorder
                border.width: hit.visualFocus ? Theme.focusWidth : 1
            }
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: hit.heading.length > 0 && hit.heading !== hit.title
                          ? hit.title + " › " + hit.heading : hit.title
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: hit.snippetHtml
                    textFormat: Text.StyledText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                Label {
                    visible: hit.lang !== Language.code || hit.moreInGuide > 0
                    text: (hit.lang !== Language.code
                           //: %1 is the language code of a text shown in another language, e.g. "en"
                           ? qsTr("In language: %1").arg(hit.lang) + "  " : "")
                          + (hit.moreInGuide > 0
                             //: Other matching parts of the same guide
                             ? qsTr("%n more in this guide", "", hit.moreInGuide) : "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.accent
                }
            }
        }
    }
}
