// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/openinghours.h"

#include <QDateTime>
#include <QString>

namespace kotona {

// Whether a place is open at a moment, judged in Helsinki time (Europe/Helsinki, with
// its daylight-saving changes) whatever the zone of the moment given, with `PH` rules
// applied on Finnish public holidays (FinnishHolidays::isPublicHoliday).
//
// - Open: open now; `closesAt` is when it closes, or invalid when it stays open for
//   the whole 14 days looked at (24/7).
// - ClosesSoon: open now and closes within 30 minutes (`closesAt` is set).
// - Closed: `opensAt` is the next opening within 14 days, or invalid if there is none.
// - Unknown: the rules for this moment are a comment or `unknown`, or the moment is invalid.
// `nextChange` is the first moment within the 14 days at which the state (open, closed
// or unknown) is different, invalid if there is none.
//
// Wall-clock times that do not exist on the night clocks go forward (03:00-04:00 on the
// last Sunday of March) happen at the first moment after the gap; a span inside the gap
// does not happen. On the night clocks go back, 03:00-04:00 happens twice; boundaries
// such as 04:00 count real time, so "Sa 22:00-04:00" is open 7 real hours that night.
struct OpenStatus {
    enum class State { Unknown, Open, ClosesSoon, Closed };

    State state = State::Unknown;
    QDateTime closesAt; // in Helsinki time
    QDateTime opensAt; // in Helsinki time
    QDateTime nextChange; // in Helsinki time
    QDateTime moment; // the moment asked about, in Helsinki time
    QString comment; // the comment of the rule that decided, "by appointment"
    bool publicHoliday = false; // the moment's day is a public holiday (PH)
    // Closed, and would have opened later today if today were not a public holiday.
    bool closedForHoliday = false;

    static constexpr int searchDays = 14;
    static constexpr int closesSoonSeconds = 30 * 60;

    [[nodiscard]] static OpenStatus compute(const OpeningHours &hours, const QDateTime &moment);
};

// The short text the UI shows, in the reader's language through
// QCoreApplication::translate, with 24-hour times: "Open now, closes at 16:00",
// "Closes in 20 min", "Closed, opens at 10:00", "Closed, opens tomorrow at 08:00",
// "Closed, opens Monday at 09:00", "Closed today (public holiday)".
[[nodiscard]] QString describe(const OpenStatus &status);

} // namespace kotona
