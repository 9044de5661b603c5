// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/openstatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>
#include <catch2/catch.hpp>

using kotona::describe;
using kotona::OpeningHours;
using kotona::OpenStatus;
using State = OpenStatus::State;

namespace {

const QTimeZone helsinki(QByteArrayLiteral("Europe/Helsinki"));

QDateTime at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), helsinki);
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

OpenStatus statusOf(const char *text, const QDateTime &moment)
{
    const auto result = OpeningHours::parse(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(result.ok());
    return OpenStatus::compute(result.value(), moment);
}

} // namespace

TEST_CASE("a place is open during its hours and says when it closes")
{
    // Monday 12 January 2026.
    const auto s = statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 12, 10, 0));
    CHECK(s.state == State::Open);
    CHECK(s.closesAt == at(2026, 1, 12, 16, 0));
    CHECK(describe(s) == "Open now, closes at 16:00");
}

TEST_CASE("a place that closes within 30 minutes closes soon")
{
    const auto soon = statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 12, 15, 40));
    CHECK(soon.state == State::ClosesSoon);
    CHECK(describe(soon) == "Closes in 20 min");
    CHECK(describe(statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 12, 15, 59))) == "Closes in 1 min");
    CHECK(statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 12, 15, 30)).state == State::ClosesSoon);
    CHECK(statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 12, 15, 29)).state == State::Open);
    CHECK(statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 12, 16, 0)).state == State::Closed);
}

TEST_CASE("a closed place says when it opens today, tomorrow, on a weekday or on a later date")
{
    const auto later = statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 12, 8, 0));
    CHECK(later.state == State::Closed);
    CHECK(later.opensAt == at(2026, 1, 12, 9, 0));
    CHECK(describe(later) == "Closed, opens at 09:00");

    const auto tomorrow = statusOf("Mo-Su 08:00-16:00", at(2026, 1, 12, 20, 0));
    CHECK(tomorrow.opensAt == at(2026, 1, 13, 8, 0));
    CHECK(describe(tomorrow) == "Closed, opens tomorrow at 08:00");

    const auto monday = statusOf("Mo-Fr 09:00-16:00", at(2026, 1, 16, 17, 0));
    CHECK(monday.opensAt == at(2026, 1, 19, 9, 0));
    CHECK(describe(monday) == "Closed, opens Monday at 09:00");

    CHECK(describe(statusOf("We 10:00-12:00", at(2026, 1, 12, 12, 0))) == "Closed, opens Wednesday at 10:00");

    const auto nextWeek = statusOf("Mo 10:00-12:00", at(2026, 1, 12, 12, 0));
    CHECK(nextWeek.opensAt == at(2026, 1, 19, 10, 0));
    CHECK(describe(nextWeek).startsWith("Closed, opens "));
    CHECK(describe(nextWeek).endsWith(" at 10:00"));
}

TEST_CASE("a moment in any time zone is judged in Helsinki time")
{
    const auto fromUtc = statusOf("Mo-Fr 09:00-16:00", utc(2026, 1, 12, 7, 30)); // 09:30 in Helsinki
    CHECK(fromUtc.state == State::Open);
    CHECK(fromUtc.closesAt == at(2026, 1, 12, 16, 0));
    CHECK(fromUtc.moment.timeZone() == helsinki);

    const QDateTime newYork(QDate(2026, 1, 12), QTime(1, 0), QTimeZone(QByteArrayLiteral("America/New_York")));
    // 01:00 in New York is 08:00 in Helsinki.
    CHECK(describe(statusOf("Mo-Fr 09:00-16:00", newYork)) == "Closed, opens at 09:00");
}

TEST_CASE("spans past midnight stay open into the next day")
{
    // Friday 16 and Saturday 17 January 2026.
    const auto friday = statusOf("Fr,Sa 22:00-02:00", at(2026, 1, 16, 23, 0));
    CHECK(friday.state == State::Open);
    CHECK(friday.closesAt == at(2026, 1, 17, 2, 0));
    CHECK(describe(friday) == "Open now, closes at 02:00");

    const auto afterMidnight = statusOf("Fr,Sa 22:00-02:00", at(2026, 1, 17, 1, 0));
    CHECK(afterMidnight.state == State::Open);
    CHECK(afterMidnight.closesAt == at(2026, 1, 17, 2, 0));
    CHECK(statusOf("Fr,Sa 22:00-02:00", at(2026, 1, 17, 1, 45)).state == State::ClosesSoon);

    const auto morning = statusOf("Fr,Sa 22:00-02:00", at(2026, 1, 17, 3, 0));
    CHECK(morning.state == State::Closed);
    CHECK(describe(morning) == "Closed, opens at 22:00");

    // Sunday night after Saturday's span: closed until Friday.
    const auto sunday = statusOf("Fr,Sa 22:00-02:00", at(2026, 1, 18, 3, 0));
    CHECK(sunday.opensAt == at(2026, 1, 23, 22, 0));
}

TEST_CASE("back-to-back spans across midnight make one opening")
{
    const auto s = statusOf("Mo-Su 00:00-02:00,18:00-24:00", at(2026, 1, 12, 23, 0));
    CHECK(s.state == State::Open);
    CHECK(s.closesAt == at(2026, 1, 13, 2, 0));

    const auto midnight = statusOf("Mo-Su 10:00-24:00", at(2026, 1, 12, 20, 0));
    CHECK(midnight.closesAt == at(2026, 1, 13, 0, 0));
    CHECK(describe(midnight) == "Open now, closes at 24:00");
}

TEST_CASE("a place open for days says on which day it closes")
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto s = statusOf("Mo-We", at(2026, 1, 12, 10, 0));
    const QString text = describe(s);
    QLocale::setDefault(saved);
    CHECK(s.state == State::Open);
    CHECK(s.closesAt == at(2026, 1, 15, 0, 0));
    CHECK(text == "Open now, closes Wednesday 14 January at 24:00");
}

TEST_CASE("a place open all the time is open with no closing time")
{
    const auto s = statusOf("24/7", at(2026, 3, 29, 4, 0)); // just after the spring-forward gap
    CHECK(s.state == State::Open);
    CHECK_FALSE(s.closesAt.isValid());
    CHECK(describe(s) == "Open now");
}

TEST_CASE("PH off closes on Christmas Day but not on the eves, which OpenStreetMap does not count as PH")
{
    // Thursday 24 December 2026 is Christmas Eve; Friday 25 is Christmas Day, 26-27 a weekend.
    const auto eve = statusOf("Mo-Fr 09:00-16:00; PH off", at(2026, 12, 24, 10, 0));
    CHECK(eve.state == State::Open);
    CHECK(eve.closesAt == at(2026, 12, 24, 16, 0));
    CHECK_FALSE(eve.publicHoliday);
    const auto evening = statusOf("Mo-Fr 09:00-16:00; PH off", at(2026, 12, 24, 17, 0));
    CHECK(evening.opensAt == at(2026, 12, 28, 9, 0));
    CHECK(describe(evening) == "Closed, opens Monday at 09:00");
    const auto christmas = statusOf("Mo-Fr 09:00-16:00; PH off", at(2026, 12, 25, 10, 0));
    CHECK(christmas.state == State::Closed);
    CHECK(christmas.publicHoliday);
    CHECK(describe(christmas) == "Closed today (public holiday)");
    // Opening later on the holiday itself is said as usual.
    CHECK(describe(statusOf("Mo-Fr 09:00-16:00; PH 12:00-14:00", at(2026, 12, 25, 10, 0))) == "Closed, opens at 12:00");
    // On a holiday that falls on a day the place is closed anyway, the next opening is more use.
    CHECK(describe(statusOf("Mo-Fr 09:00-16:00; PH off", at(2026, 12, 6, 10, 0))) == "Closed, opens tomorrow at 09:00");
    CHECK(describe(statusOf("Mo-Fr 09:00-16:00; PH off", at(2026, 12, 25, 17, 0))) == "Closed, opens Monday at 09:00");

    // Friday 19 June 2026 is Midsummer Eve: closed only when the text says so.
    CHECK(statusOf("Mo-Fr 09:00-16:00; PH off", at(2026, 6, 19, 10, 0)).state == State::Open);
    const auto tagged = statusOf("Mo-Fr 09:00-16:00; PH off; Jun 19-25 Fr off", at(2026, 6, 18, 17, 0));
    CHECK(tagged.opensAt == at(2026, 6, 22, 9, 0));
}

TEST_CASE("PH hours replace the usual hours on a public holiday")
{
    // Good Friday, 3 April 2026.
    const auto s = statusOf("Mo-Fr 09:00-16:00; PH 10:00-14:00", at(2026, 4, 3, 11, 0));
    CHECK(s.state == State::Open);
    CHECK(s.closesAt == at(2026, 4, 3, 14, 0));
    // Easter Sunday is a holiday, so the place opens then.
    const auto saturday = statusOf("Mo-Fr 09:00-16:00; PH 10:00-14:00", at(2026, 4, 4, 11, 0));
    CHECK(saturday.opensAt == at(2026, 4, 5, 10, 0));
}

TEST_CASE("closing times count real minutes across the spring-forward night of 29 March 2026")
{
    // 02:50 EET is 10 real minutes before 04:00 EEST.
    const auto s = statusOf("Sa 22:00-04:00", at(2026, 3, 29, 2, 50));
    CHECK(s.state == State::ClosesSoon);
    CHECK(s.closesAt == utc(2026, 3, 29, 1, 0));
    CHECK(s.moment.secsTo(s.closesAt) == 10 * 60);
    CHECK(describe(s) == "Closes in 10 min");

    // Saturday 20:00 EET to Sunday 09:00 EEST is 12 hours, not 13.
    const auto saturday = statusOf("Mo-Su 09:00-16:00", at(2026, 3, 28, 20, 0));
    CHECK(saturday.opensAt == utc(2026, 3, 29, 6, 0));
    CHECK(saturday.moment.secsTo(saturday.opensAt) == 12 * 3600);
    CHECK(describe(saturday) == "Closed, opens tomorrow at 09:00");

    const auto sunday = statusOf("Mo-Su 09:00-16:00", at(2026, 3, 29, 15, 45));
    CHECK(sunday.state == State::ClosesSoon);
    CHECK(sunday.closesAt.offsetFromUtc() == 3 * 3600);

    // An opening time that the clocks skip happens when the gap ends.
    const auto skipped = statusOf("Su 03:30-10:00", at(2026, 3, 29, 1, 0));
    CHECK(skipped.opensAt == at(2026, 3, 29, 4, 0));
    CHECK(skipped.opensAt.offsetFromUtc() == 3 * 3600);
    // A span that lies wholly inside the gap does not open that night, only a week later.
    CHECK(statusOf("Su 03:10-03:50", at(2026, 3, 29, 1, 0)).opensAt == at(2026, 4, 5, 3, 10));
}

TEST_CASE("closing times count real minutes across the fall-back night of 25 October 2026")
{
    // 03:40 summer time (00:40 UTC) is 80 real minutes before 04:00 winter time.
    const auto s = statusOf("Sa 22:00-04:00", utc(2026, 10, 25, 0, 40));
    CHECK(s.state == State::Open);
    CHECK(s.closesAt == utc(2026, 10, 25, 2, 0));
    CHECK(s.moment.secsTo(s.closesAt) == 80 * 60);

    // Saturday 20:00 EEST to Sunday 09:00 EET is 14 hours.
    const auto saturday = statusOf("Mo-Su 09:00-16:00", at(2026, 10, 24, 20, 0));
    CHECK(saturday.opensAt == utc(2026, 10, 25, 7, 0));
    CHECK(saturday.moment.secsTo(saturday.opensAt) == 14 * 3600);
    CHECK(describe(saturday) == "Closed, opens tomorrow at 09:00");

    const auto sunday = statusOf("Mo-Su 09:00-16:00", at(2026, 10, 25, 12, 0));
    CHECK(sunday.state == State::Open);
    CHECK(sunday.closesAt.offsetFromUtc() == 2 * 3600);
    CHECK(describe(sunday) == "Open now, closes at 16:00");
}

TEST_CASE("a place closed for the whole 14-day search is closed with no next opening")
{
    // Closed all July 2026: from 10 July nothing opens within 14 days.
    const auto july = statusOf("Mo-Fr 09:00-16:00; Jul off", at(2026, 7, 10, 12, 0));
    CHECK(july.state == State::Closed);
    CHECK_FALSE(july.opensAt.isValid());
    CHECK(describe(july) == "Closed");

    // Monday 3 August 09:00 is 14 days less 3 hours after 20 July 12:00, 15 days after 19 July.
    CHECK(statusOf("Mo-Fr 09:00-16:00; Jul off", at(2026, 7, 20, 12, 0)).opensAt == at(2026, 8, 3, 9, 0));
    CHECK_FALSE(statusOf("Mo-Fr 09:00-16:00; Jul off", at(2026, 7, 19, 12, 0)).opensAt.isValid());

    const auto never = statusOf("off", at(2026, 1, 12, 12, 0));
    CHECK(never.state == State::Closed);
    CHECK_FALSE(never.opensAt.isValid());
}

TEST_CASE("rules that are only comments leave the status unknown")
{
    const auto s = statusOf("\"by appointment\"", at(2026, 1, 12, 12, 0));
    CHECK(s.state == State::Unknown);
    CHECK(s.comment == "by appointment");
    CHECK(describe(s) == "Opening hours: by appointment");

    const auto saturday = statusOf("Mo-Fr 09:00-16:00; Sa \"by appointment\"", at(2026, 1, 17, 12, 0));
    CHECK(saturday.state == State::Unknown);
    const auto sunday = statusOf("Mo-Fr 09:00-16:00; Sa \"by appointment\"", at(2026, 1, 18, 12, 0));
    CHECK(sunday.state == State::Closed);
    CHECK(sunday.opensAt == at(2026, 1, 19, 9, 0));

    CHECK(statusOf("Mo unknown", at(2026, 1, 12, 12, 0)).state == State::Unknown);
    CHECK(describe(statusOf("Mo unknown", at(2026, 1, 12, 12, 0))) == "Opening hours unknown");
    CHECK(OpenStatus::compute(OpeningHours::parse(u"24/7").value(), QDateTime()).state == State::Unknown);
}

TEST_CASE("the status text goes through the translator")
{
    class Finnish : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            if (QByteArray(context) == "kotona::OpenStatus" && QByteArray(source) == "Closed, opens tomorrow at %1")
                return QStringLiteral("Suljettu, avautuu huomenna klo %1");
            return {};
        }
        bool isEmpty() const override { return false; }
    } finnish;
    QCoreApplication::installTranslator(&finnish);
    const QString text = describe(statusOf("Mo-Su 08:00-16:00", at(2026, 1, 12, 20, 0)));
    QCoreApplication::removeTranslator(&finnish);
    CHECK(text == "Suljettu, avautuu huomenna klo 08:00");
}

TEST_CASE("a 100 KB list of spans is judged minute by minute")
{
    QString gaps;
    for (int m = 0; m < 24 * 60 - 1; m += 2)
        gaps += QStringLiteral("%1:%2-%3:%4,")
                    .arg(m / 60, 2, 10, QLatin1Char('0'))
                    .arg(m % 60, 2, 10, QLatin1Char('0'))
                    .arg((m + 1) / 60, 2, 10, QLatin1Char('0'))
                    .arg((m + 1) % 60, 2, 10, QLatin1Char('0'));
    gaps.chop(1);
    QString text = QStringLiteral("Mo-Su 00:00-24:00");
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral(", Mo-Su ") + gaps + QStringLiteral(" off");
    REQUIRE(text.size() > 100 * 1000);
    const auto hours = OpeningHours::parse(text);
    REQUIRE(hours.ok());

    const QDateTime even = at(2026, 1, 12, 10, 0).addSecs(30);
    const auto closed = OpenStatus::compute(hours.value(), even);
    CHECK(closed.state == State::Closed);
    CHECK(closed.opensAt == at(2026, 1, 12, 10, 1));
    const auto open = OpenStatus::compute(hours.value(), even.addSecs(60));
    CHECK(open.state == State::ClosesSoon);
    CHECK(open.closesAt == at(2026, 1, 12, 10, 2));
}
