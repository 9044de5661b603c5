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

// An open period in wall-clock minutes counted from the midnight that starts `base`.
struct WallSpan {
    qint64 start;
    qint64 end;
};

// The moment a Helsinki wall-clock time happens. A time in the spring-forward gap
// happens at the end of the gap; Qt picks one of the two moments of a repeated time.
qint64 toMSecs(QDate base, qint64 minute)
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

QString clock(const QDateTime &dt)
{
    return dt.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

OpenStatus OpenStatus::compute(const OpeningHours &hours, const QDateTime &moment)
{
    OpenStatus status;
    if (!moment.isValid())
        return status;
    const QTimeZone &zone = helsinki();
    status.moment = moment.toTimeZone(zone);
    const QDate today = status.moment.date();
    const QDate base = today.addDays(-1); // spans from yesterday may still be open
    const qint64 now = status.moment.toMSecsSinceEpoch();
    const qint64 searchEnd = now + qint64(searchDays) * minutesPerDay * msPerMinute;

    // Yesterday, today and the days of the search, in wall-clock minutes from `base`.
    std::vector<WallSpan> spans;
    OpeningHours::Day todayHours;
    const int dayCount = searchDays + 2;
    for (int i = 0; i < dayCount; ++i) {
        const QDate date = base.addDays(i);
        OpeningHours::Day day = hours.day(date, FinnishHolidays::isPublicHoliday(date));
        if (day.state == OpeningHours::State::Open) {
            for (const auto &s : day.spans)
                spans.push_back({ qint64(i) * minutesPerDay + s.start, qint64(i) * minutesPerDay + s.end });
        }
        if (i == 1)
            todayHours = std::move(day);
    }
    std::sort(spans.begin(), spans.end(), [](const WallSpan &a, const WallSpan &b) { return a.start < b.start; });
    std::vector<WallSpan> merged;
    for (const auto &s : spans) {
        if (!merged.empty() && s.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    const qint64 horizon = qint64(dayCount) * minutesPerDay;

    status.comment = todayHours.comment;
    for (const auto &s : merged) {
        const qint64 end = s.end >= horizon ? never : toMSecs(base, s.end);
        if (end <= now)
            continue;
        const qint64 start = toMSecs(base, s.start);
        if (start >= end)
            continue; // entirely inside the spring-forward gap
        if (start <= now) {
            status.state = State::Open;
            if (end != never) {
                status.closesAt = QDateTime::fromMSecsSinceEpoch(end, zone);
                if (end - now <= qint64(closesSoonSeconds) * 1000)
                    status.state = State::ClosesSoon;
            }
            return status;
        }
        if (todayHours.state == OpeningHours::State::Unknown) {
            status.state = State::Unknown;
            return status;
        }
        status.state = State::Closed;
        if (start <= searchEnd)
            status.opensAt = QDateTime::fromMSecsSinceEpoch(start, zone);
        return status;
    }
    status.state = todayHours.state == OpeningHours::State::Unknown ? State::Unknown : State::Closed;
    return status;
}

QString describe(const OpenStatus &status)
{
    switch (status.state) {
    case OpenStatus::State::Unknown:
        if (!status.comment.isEmpty())
            return QCoreApplication::translate("kotona::OpenStatus", "Opening hours: %1").arg(status.comment);
        return QCoreApplication::translate("kotona::OpenStatus", "Opening hours unknown");
    case OpenStatus::State::ClosesSoon:
        return QCoreApplication::translate("kotona::OpenStatus", "Closes soon (%1)").arg(clock(status.closesAt));
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
