// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/openstatus.h"

#include "services/finnishholidays.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <vector>

namespace kotona {

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 never = std::numeric_limits<qint64>::max();

const QTimeZone &helsinki()
{
    // Without time-zone data, fall back to Finnish winter time rather than to UTC.
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Europe/Helsinki"));
        return z.isValid() ? z : QTimeZone(2 * 3600);
    }();
    return zone;
}

// The moment a Helsinki wall-clock time happens. A time in the spring-forward gap
// happens at the end of the gap; Qt picks one of the two moments of a repeated time.
qint64 slowToMSecs(QDate base, qint64 minute)
{
    const QTimeZone &zone = helsinki();
    for (int step = 0; step <= 180; ++step) {
        const qint64 m = minute + step;
        const QDate date = base.addDays(m / minutesPerDay);
        const QTime time = QTime(0, 0).addSecs(int(m % minutesPerDay) * 60);
        const QDateTime dt(date, time, zone);
        if (dt.isValid())
            return dt.toMSecsSinceEpoch();
    }
    // Not reached with real zones: no gap lasts three hours.
    const QDate date = base.addDays(minute / minutesPerDay);
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + (minute % minutesPerDay) * msPerMinute
        - qint64(zone.standardTimeOffset(QDateTime(date, QTime(0, 0), QTimeZone::utc()))) * 1000;
}

// Converts the wall-clock minutes of one day to moments; days without a clock change
// (all but two a year) take the fast path.
class DayClock
{
public:
    // `start` and `end`: the midnights that begin `date` and the day after, in Helsinki.
    DayClock(QDate date, const QDateTime &start, const QDateTime &end)
        : m_date(date)
        , m_midnight(start.toMSecsSinceEpoch())
        , m_uniform(start.offsetFromUtc() == end.offsetFromUtc())
    { }
    qint64 toMSecs(int minute) const
    {
        if (m_uniform)
            return m_midnight + qint64(minute) * msPerMinute;
        return slowToMSecs(m_date, minute);
    }

private:
    QDate m_date;
    qint64 m_midnight = 0;
    bool m_uniform = true;
};

struct Piece {
    qint64 start;
    qint64 end;
    OpeningHours::State state;
    QString comment;
};

QString clock(const QDateTime &dt)
{
    return dt.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

OpenStatus OpenStatus::compute(const OpeningHours &hours, const QDateTime &moment)
{
    using HState = OpeningHours::State;
    OpenStatus status;
    if (!moment.isValid())
        return status;
    const QTimeZone &zone = helsinki();
    status.moment = moment.toTimeZone(zone);
    const QDate today = status.moment.date();
    const qint64 now = status.moment.toMSecsSinceEpoch();
    const qint64 searchEnd = now + qint64(searchDays) * minutesPerDay * msPerMinute;
    status.publicHoliday = FinnishHolidays::isPublicHoliday(today);

    // Walk the days from today, as pieces of time with one state each (gaps are closed),
    // until the answer is known.
    bool found = false; // the piece holding `now` is known
    HState current = HState::Closed;
    qint64 changeAt = never; // the first moment after now with another state
    qint64 opensAt = never; // the first open moment after now (when closed)
    bool previousHoliday = FinnishHolidays::isPublicHoliday(today.addDays(-1));
    qint64 horizon = now;
    auto take = [&](qint64 start, qint64 end, HState state, const QString &comment) {
        if (end <= start || end <= now)
            return;
        if (!found) {
            found = true;
            current = state;
            status.comment = comment;
            return;
        }
        if (changeAt == never && state != current)
            changeAt = start;
        if (opensAt == never && state == HState::Open)
            opensAt = start;
    };
    QDateTime midnight(today, QTime(0, 0), zone); // Helsinki never changes its clocks at midnight
    for (int i = 0; i <= searchDays; ++i) {
        const QDate date = today.addDays(i);
        const QDateTime nextMidnight(date.addDays(1), QTime(0, 0), zone);
        const bool holiday = i == 0 ? status.publicHoliday : FinnishHolidays::isPublicHoliday(date);
        const OpeningHours::Day day = hours.day(date, holiday, previousHoliday);
        previousHoliday = holiday;
        const DayClock clock(date, midnight, nextMidnight);
        midnight = nextMidnight;
        int minute = 0;
        for (const auto &interval : day.intervals) {
            if (interval.start > minute)
                take(clock.toMSecs(minute), clock.toMSecs(interval.start), HState::Closed, QString());
            take(clock.toMSecs(interval.start), clock.toMSecs(interval.end), interval.state, interval.comment);
            minute = interval.end;
        }
        if (minute < minutesPerDay)
            take(clock.toMSecs(minute), clock.toMSecs(minutesPerDay), HState::Closed, QString());
        horizon = clock.toMSecs(minutesPerDay);
        if (found && changeAt != never && (current != HState::Closed || opensAt != never))
            break;
    }
    if (changeAt != never)
        status.nextChange = QDateTime::fromMSecsSinceEpoch(changeAt, zone);
    switch (current) {
    case HState::Unknown:
        status.state = State::Unknown;
        break;
    case HState::Open:
        status.state = State::Open;
        if (changeAt != never && changeAt < horizon) {
            status.closesAt = status.nextChange;
            if (changeAt - now <= qint64(closesSoonSeconds) * 1000)
                status.state = State::ClosesSoon;
        }
        break;
    case HState::Closed:
        status.state = State::Closed;
        if (opensAt != never && opensAt <= searchEnd)
            status.opensAt = QDateTime::fromMSecsSinceEpoch(opensAt, zone);
        if (status.publicHoliday) {
            const int minute = status.moment.time().hour() * 60 + status.moment.time().minute();
            const auto ordinary = hours.day(today, false, FinnishHolidays::isPublicHoliday(today.addDays(-1)));
            status.closedForHoliday
                = std::any_of(ordinary.intervals.begin(), ordinary.intervals.end(), [&](const auto &i) {
                      return i.state == HState::Open && i.end > minute;
                  });
        }
        break;
    }
    if (status.nextChange.isValid() && changeAt > searchEnd)
        status.nextChange = QDateTime();
    return status;
}

QString describe(const OpenStatus &status)
{
    switch (status.state) {
    case OpenStatus::State::Unknown:
        if (!status.comment.isEmpty())
            return QCoreApplication::translate("kotona::OpenStatus", "Opening hours: %1").arg(status.comment);
        return QCoreApplication::translate("kotona::OpenStatus", "Opening hours unknown");
    case OpenStatus::State::ClosesSoon: {
        // Whole minutes left, rounded up: 20 min 10 s reads "Closes in 21 min".
        const qint64 seconds = status.moment.secsTo(status.closesAt);
        const int minutes = int(std::max<qint64>(1, (seconds + 59) / 60));
        return QCoreApplication::translate("kotona::OpenStatus", "Closes in %n min", nullptr, minutes);
    }
    case OpenStatus::State::Open: {
        if (!status.closesAt.isValid())
            return QCoreApplication::translate("kotona::OpenStatus", "Open now");
        // Closing at midnight reads as 24:00 of the day before, the way Finnish signs write it.
        const bool midnight = status.closesAt.time() == QTime(0, 0);
        const QDate day = midnight ? status.closesAt.date().addDays(-1) : status.closesAt.date();
        const QString at = midnight ? QStringLiteral("24:00") : clock(status.closesAt);
        if (status.moment.secsTo(status.closesAt) > 24 * 3600)
            return QCoreApplication::translate("kotona::OpenStatus", "Open now, closes %1 at %2")
                .arg(QLocale().toString(day, QStringLiteral("dddd d MMMM")), at);
        return QCoreApplication::translate("kotona::OpenStatus", "Open now, closes at %1").arg(at);
    }
    case OpenStatus::State::Closed:
        break;
    }
    // Closed for the rest of a public holiday: say why, the way a sign on the door would.
    if (status.closedForHoliday && (!status.opensAt.isValid() || status.opensAt.date() != status.moment.date()))
        return QCoreApplication::translate("kotona::OpenStatus", "Closed today (public holiday)");
    if (!status.opensAt.isValid())
        return QCoreApplication::translate("kotona::OpenStatus", "Closed");
    const QString at = clock(status.opensAt);
    const qint64 days = status.moment.date().daysTo(status.opensAt.date());
    if (days == 0)
        return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens at %1").arg(at);
    if (days == 1)
        return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens tomorrow at %1").arg(at);
    if (days < 7) {
        // Whole sentences per weekday, so that languages with cases can say "on Monday" their way.
        switch (status.opensAt.date().dayOfWeek()) {
        case Qt::Monday:
            return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens Monday at %1").arg(at);
        case Qt::Tuesday:
            return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens Tuesday at %1").arg(at);
        case Qt::Wednesday:
            return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens Wednesday at %1").arg(at);
        case Qt::Thursday:
            return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens Thursday at %1").arg(at);
        case Qt::Friday:
            return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens Friday at %1").arg(at);
        case Qt::Saturday:
            return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens Saturday at %1").arg(at);
        default:
            return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens Sunday at %1").arg(at);
        }
    }
    return QCoreApplication::translate("kotona::OpenStatus", "Closed, opens %1 at %2")
        .arg(QLocale().toString(status.opensAt.date(), QStringLiteral("dddd d MMMM")), at);
}

} // namespace kotona
