// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Kotona.Ui

// What every page of the app has: its name in the history (the same names as
// `kotona --page`) and the requests it sends to the window.
Page {
    // e.g. "home", "topic:health", "guide:health/getting-care#if-you-need-care-now"
    property string pageName: ""

    signal navigate(string name)
    signal showTerm(string termId)
    signal copyText(string text)

    // False while the page still waits for data, so screenshots wait too.
    function ready(): bool { return true }

    background: Rectangle { color: Theme.background }
}
