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

    signal opened(string guideId, string anchor)

    readonly property string readerLanguage: Settings.contentLanguage !== "" ? Settings.contentLanguage : Language.code

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

            required property int index
            required property string guideId
            required property string anchor
            required property string title
            required property string heading
            required property string snippetHtml
            required property string lang
            required property int moreInGuide

            objectName: "searchHit" + index
            Layout.fillWidth: true
            padding: Theme.spacing
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: title + ", " + heading
            onClicked: results.opened(guideId, anchor)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.surfaceBorder
                FocusFrame { shown: hit.visualFocus }
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
                    visible: hit.lang !== results.readerLanguage || hit.moreInGuide > 0
                    text: (hit.lang !== results.readerLanguage
                           //: %1 is a language's own name, e.g. "English"
                           ? qsTr("In %1").arg(Library.languageName(hit.lang)) + "  " : "")
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
