// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/openinghours.h"

#include <QCoreApplication>
#include <QTranslator>
#include <catch2/catch.hpp>

#include <random>

using kotona::OpeningHours;
using Span = OpeningHours::Span;
using State = OpeningHours::State;
using Code = OpeningHours::ErrorCode;

namespace {

// Monday 12 January 2026 starts the week used below.
QDate weekday(int dayOfWeek)
{
    return QDate(2026, 1, 11 + dayOfWeek);
}

OpeningHours parsed(const QString &text)
{
    const auto result = OpeningHours::parse(text);
    INFO(text.toStdString() << " -> " << (result.ok() ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return result.value();
}

std::vector<Span> spansOn(const OpeningHours &hours, QDate date, bool holiday = false)
{
    return hours.day(date, holiday).spans(State::Open);
}

bool openOn(const OpeningHours &hours, QDate date, bool holiday = false)
{
    return hours.day(date, holiday).anyOpen();
}

QString commentOn(const OpeningHours &hours, QDate date, int minute = 12 * 60)
{
    for (const auto &i : hours.day(date, false).intervals) {
        if (i.start <= minute && minute < i.end)
            return i.comment;
    }
    return {};
}

} // namespace

TEST_CASE("a weekday range is open on the days it names and closed on the others")
{
    const auto hours = parsed("Mo-Fr 09:00-16:00");
    for (int d = 1; d <= 5; ++d)
        CHECK(spansOn(hours, weekday(d)) == std::vector<Span> { { 9 * 60, 16 * 60 } });
    CHECK(hours.day(weekday(6), false).stateAt(12 * 60) == State::Closed);
    CHECK(hours.day(weekday(7), false).stateAt(12 * 60) == State::Closed);
    REQUIRE(hours.rules().size() == 1);
    CHECK(hours.rules()[0].weekdays == 0b0011111u);
    CHECK(hours.rules()[0].column == 1);
}

TEST_CASE("a later rule replaces earlier ones for the days it names")
{
    const auto hours = parsed("Mo-Fr 09:00-16:00; We 12:00-18:00; Sa 10:00-14:00");
    CHECK(spansOn(hours, weekday(2)) == std::vector<Span> { { 540, 960 } });
    CHECK(spansOn(hours, weekday(3)) == std::vector<Span> { { 720, 1080 } });
    CHECK(spansOn(hours, weekday(6)) == std::vector<Span> { { 600, 840 } });
    CHECK_FALSE(openOn(hours, weekday(7)));
    CHECK(hours.rules()[1].column == 20);
}

TEST_CASE("weekday lists and ranges that wrap over the weekend select the right days")
{
    const auto weekend = parsed("Sa,Su 10:00-14:00");
    CHECK(openOn(weekend, weekday(6)));
    CHECK(openOn(weekend, weekday(7)));
    CHECK_FALSE(openOn(weekend, weekday(5)));

    const auto wrap = parsed("Fr-Mo 10:00-12:00");
    CHECK(wrap.rules()[0].weekdays == 0b1110001u);
    CHECK(openOn(wrap, weekday(1)));
    CHECK_FALSE(openOn(wrap, weekday(2)));
    CHECK_FALSE(openOn(wrap, weekday(4)));
    CHECK(openOn(wrap, weekday(5)));
    CHECK(openOn(wrap, weekday(7)));

    const auto mixed = parsed("Mo,We-Th, Sa 08:00-09:00");
    CHECK(mixed.rules()[0].weekdays == 0b0101101u);
}

TEST_CASE("a rule may have several time spans")
{
    const auto hours = parsed("Mo-Fr 08:00-11:00,12:00-16:00");
    CHECK(spansOn(hours, weekday(1)) == std::vector<Span> { { 480, 660 }, { 720, 960 } });
    const auto spaced = parsed("Mo 08:00 - 11:00 , 12:00-16:00");
    CHECK(spansOn(spaced, weekday(1)) == std::vector<Span> { { 480, 660 }, { 720, 960 } });
}

TEST_CASE("spans past midnight and up to 24:00 or 48:00 reach into the next days")
{
    const auto night = parsed("Fr 22:00-02:00");
    CHECK(spansOn(night, weekday(5)) == std::vector<Span> { { 22 * 60, 24 * 60 } });
    CHECK(spansOn(night, weekday(6)) == std::vector<Span> { { 0, 2 * 60 } });
    CHECK_FALSE(openOn(night, weekday(7)));
    CHECK(night.rules()[0].spans == std::vector<Span> { { 22 * 60, 26 * 60 } });

    CHECK(spansOn(parsed("Mo 10:00-24:00"), weekday(1)) == std::vector<Span> { { 600, 1440 } });
    CHECK_FALSE(openOn(parsed("Mo 10:00-24:00"), weekday(2)));
    CHECK(spansOn(parsed("Mo 22:00-26:00"), weekday(2)) == std::vector<Span> { { 0, 120 } });
    CHECK(spansOn(parsed("Mo 00:00-48:00"), weekday(1)) == std::vector<Span> { { 0, 1440 } });
    CHECK(spansOn(parsed("Mo 00:00-48:00"), weekday(2)) == std::vector<Span> { { 0, 1440 } });
    CHECK(spansOn(parsed("Mo 9:30-17:00"), weekday(1)) == std::vector<Span> { { 570, 1020 } });
}

TEST_CASE("a normal rule for the next day replaces the part past midnight, as opening_hours.js does")
{
    // opening_hours.js's own example: "22:00-02:00; Tu 12:00-14:00".
    const auto hours = parsed("22:00-02:00; Tu 12:00-14:00");
    CHECK(spansOn(hours, weekday(1)) == std::vector<Span> { { 0, 120 }, { 1320, 1440 } });
    CHECK(spansOn(hours, weekday(2)) == std::vector<Span> { { 720, 840 } });
    CHECK(spansOn(hours, weekday(3)) == std::vector<Span> { { 0, 120 }, { 1320, 1440 } });

    CHECK_FALSE(openOn(parsed("Fr 22:00-02:00; Sa off"), weekday(6)));
    CHECK(spansOn(parsed("Fr 22:00-02:00, Sa 10:00-12:00"), weekday(6)) == std::vector<Span> { { 0, 120 }, { 600, 720 } });
    // A holiday the day before carries its PH hours past midnight.
    CHECK(hours.day(weekday(4), false, true).spans() == std::vector<Span> { { 0, 120 }, { 1320, 1440 } });
    CHECK(parsed("PH 20:00-03:00").day(weekday(4), false, true).spans() == std::vector<Span> { { 0, 180 } });
    CHECK_FALSE(parsed("PH 20:00-03:00").day(weekday(4), false, false).anyOpen());
}

TEST_CASE("24/7 is open all day every day")
{
    const auto hours = parsed("24/7");
    for (int d = 1; d <= 7; ++d)
        CHECK(spansOn(hours, weekday(d)) == std::vector<Span> { { 0, 1440 } });
    CHECK(spansOn(hours, QDate(2026, 12, 25), true) == std::vector<Span> { { 0, 1440 } });
    const auto commented = parsed("24/7 \"ring the bell at night\"");
    CHECK(commentOn(commented, weekday(1)) == "ring the bell at night");
}

TEST_CASE("a rule without times is open all day on its days")
{
    const auto hours = parsed("Mo-Fr");
    CHECK(spansOn(hours, weekday(3)) == std::vector<Span> { { 0, 1440 } });
    CHECK_FALSE(openOn(hours, weekday(6)));
}

TEST_CASE("off and closed close the days they name, or only the hours they name")
{
    CHECK_FALSE(openOn(parsed("Mo-Fr 09:00-16:00; We off"), weekday(3)));
    CHECK_FALSE(openOn(parsed("Mo-Fr 09:00-16:00; We closed"), weekday(3)));
    CHECK(openOn(parsed("Mo-Fr 09:00-16:00; We closed"), weekday(4)));
    CHECK_FALSE(openOn(parsed("off"), weekday(1)));
    const auto lunch = parsed("Mo-Fr 09:00-16:00; We 12:00-13:00 off");
    CHECK(spansOn(lunch, weekday(3)) == std::vector<Span> { { 540, 720 }, { 780, 960 } });
    const auto breaks = parsed("Mo 08:00-12:00,13:00-17:00, Mo 07:00-09:00,11:00-14:00,16:30-16:45 off");
    CHECK(spansOn(breaks, weekday(1)) == std::vector<Span> { { 540, 660 }, { 840, 990 }, { 1005, 1020 } });
    CHECK_FALSE(openOn(parsed("Mo 10:00-12:00; Mo 09:00-13:00 off"), weekday(1)));
    CHECK(spansOn(lunch, weekday(2)) == std::vector<Span> { { 540, 960 } });
    CHECK(spansOn(parsed("Mo 10:00-12:00 open"), weekday(1)) == std::vector<Span> { { 600, 720 } });
}

TEST_CASE("PH rules apply on public holidays only and override earlier rules")
{
    const auto off = parsed("Mo-Fr 09:00-16:00; PH off");
    CHECK(off.rules()[1].publicHolidays);
    CHECK_FALSE(openOn(off, weekday(1), true));
    CHECK(openOn(off, weekday(1), false));

    const auto shortDay = parsed("Mo-Fr 09:00-16:00; PH 10:00-14:00");
    CHECK(spansOn(shortDay, weekday(5), true) == std::vector<Span> { { 600, 840 } });
    CHECK(spansOn(shortDay, weekday(6), true) == std::vector<Span> { { 600, 840 } });
    CHECK_FALSE(openOn(shortDay, weekday(6), false));

    const auto listed = parsed("Sa,Su,PH 10:00-14:00");
    CHECK(openOn(listed, weekday(2), true));
    CHECK_FALSE(openOn(listed, weekday(2), false));
    CHECK(openOn(listed, weekday(7), false));

    // Written first, PH is overridden by the weekday rule that follows.
    CHECK(openOn(parsed("PH off; Mo-Fr 09:00-16:00"), weekday(1), true));
}

TEST_CASE("month ranges, single dates, day ranges and date lists select dates")
{
    const auto summer = parsed("Mo-Fr 09:00-16:00; Jun-Aug Mo-Fr 10:00-15:00");
    CHECK(spansOn(summer, QDate(2026, 7, 6)) == std::vector<Span> { { 600, 900 } });
    CHECK(spansOn(summer, QDate(2026, 5, 4)) == std::vector<Span> { { 540, 960 } });
    CHECK(spansOn(summer, QDate(2026, 8, 31)) == std::vector<Span> { { 600, 900 } });
    CHECK_FALSE(openOn(summer, QDate(2026, 7, 4)));

    const auto winter = parsed("Nov-Feb 10:00-12:00");
    CHECK(openOn(winter, QDate(2026, 12, 15)));
    CHECK(openOn(winter, QDate(2026, 1, 15)));
    CHECK(openOn(winter, QDate(2028, 2, 29)));
    CHECK_FALSE(openOn(winter, QDate(2026, 3, 1)));

    const auto eve = parsed("Mo-Su 10:00-18:00; Dec 24 off");
    CHECK_FALSE(openOn(eve, QDate(2026, 12, 24)));
    CHECK(openOn(eve, QDate(2026, 12, 23)));
    CHECK(openOn(eve, QDate(2026, 12, 25)));

    const auto christmas = parsed("Mo-Su 10:00-18:00; Dec 24-26 off");
    CHECK(openOn(christmas, QDate(2026, 12, 23)));
    CHECK_FALSE(openOn(christmas, QDate(2026, 12, 24)));
    CHECK_FALSE(openOn(christmas, QDate(2026, 12, 26)));
    CHECK(openOn(christmas, QDate(2026, 12, 27)));

    const auto eves = parsed("Mo-Su 10:00-18:00; Dec 24,31 10:00-14:00");
    CHECK(spansOn(eves, QDate(2026, 12, 31)) == std::vector<Span> { { 600, 840 } });
    CHECK(spansOn(eves, QDate(2026, 12, 30)) == std::vector<Span> { { 600, 1080 } });

    const auto holidaySeason = parsed("Mo-Su 10:00-18:00; Dec 24-Jan 6 off");
    CHECK_FALSE(openOn(holidaySeason, QDate(2026, 12, 31)));
    CHECK_FALSE(openOn(holidaySeason, QDate(2027, 1, 6)));
    CHECK(openOn(holidaySeason, QDate(2027, 1, 7)));

    const auto months = parsed("Jun,Aug 10:00-12:00");
    CHECK(openOn(months, QDate(2026, 6, 1)));
    CHECK_FALSE(openOn(months, QDate(2026, 7, 1)));
    CHECK(openOn(months, QDate(2026, 8, 31)));

    const auto untilMid = parsed("Jun-Aug 15 10:00-12:00");
    CHECK(openOn(untilMid, QDate(2026, 8, 15)));
    CHECK_FALSE(openOn(untilMid, QDate(2026, 8, 16)));
}

TEST_CASE("a comment on its own leaves the hours unknown, next to hours it is kept")
{
    const auto appointment = parsed("\"by appointment\"");
    CHECK(appointment.day(weekday(1), false).stateAt(12 * 60) == State::Unknown);
    CHECK(commentOn(appointment, weekday(1)) == "by appointment");
    CHECK_FALSE(appointment.canBeOpen());

    const auto withHours = parsed("Mo-Fr 10:00-12:00 \"call first\"; Sa \"by appointment\"");
    CHECK(withHours.day(weekday(1), false).stateAt(11 * 60) == State::Open);
    CHECK(commentOn(withHours, weekday(1), 11 * 60) == "call first");
    CHECK(withHours.day(weekday(1), false).stateAt(12 * 60) == State::Closed);
    CHECK(withHours.day(weekday(6), false).stateAt(12 * 60) == State::Unknown);
    CHECK(withHours.canBeOpen());

    const auto closedNote = parsed("Mo-Fr 10:00-12:00; We off \"renovation\"");
    CHECK(closedNote.day(weekday(3), false).stateAt(12 * 60) == State::Closed);
    CHECK(commentOn(closedNote, weekday(3)) == "renovation");

    CHECK(parsed("Mo unknown").day(weekday(1), false).stateAt(12 * 60) == State::Unknown);
}

TEST_CASE("a comma that does not continue a list starts an additional rule that adds hours")
{
    const auto hours = parsed("Mo-Fr 08:00-12:00, We 14:00-18:00");
    REQUIRE(hours.rules().size() == 2);
    CHECK(hours.rules()[1].additional);
    CHECK(spansOn(hours, weekday(3)) == std::vector<Span> { { 480, 720 }, { 840, 1080 } });
    CHECK(spansOn(hours, weekday(2)) == std::vector<Span> { { 480, 720 } });
}

TEST_CASE("keywords ignore case and the text may use spaces, dashes and a trailing semicolon freely")
{
    const auto hours = parsed(QString::fromUtf8("  mo\xe2\x80\x93"
                                                "fr 09:00\xe2\x80\x93"
                                                "16:00 ;SA OFF; ph Closed ;\n"));
    CHECK(spansOn(hours, weekday(2)) == std::vector<Span> { { 540, 960 } });
    CHECK_FALSE(openOn(hours, weekday(6)));
    CHECK_FALSE(openOn(hours, weekday(2), true));
    CHECK(parsed("jun-AUG mo 10:00-12:00").rules()[0].dates.size() == 1);
}

TEST_CASE("every parse error names its column and says what was expected")
{
    struct Case {
        QString text;
        Code code;
        int column;
        const char *message;
    };
    const std::vector<Case> cases = {
        { "", Code::Empty, 1, "the opening hours are empty at column 1" },
        { "   ", Code::Empty, 1, "the opening hours are empty at column 1" },
        { "Mo-Fr 9-16", Code::ExpectedTime, 7, "expected a time like 09:00 at column 7" },
        { "Mo 9:0-10:00", Code::ExpectedTime, 4, "expected a time like 09:00 at column 4" },
        { "Mo 123:00-13:00", Code::ExpectedTime, 4, "expected a time like 09:00 at column 4" },
        { "Mo 09:00-", Code::ExpectedTime, 10, "expected a time like 09:00 at column 10" },
        { "Mo-Fr 09:00", Code::ExpectedTime, 12, "expected \"-\" and a closing time like 16:00 at column 12" },
        { "10:00+", Code::Unsupported, 6, "open-ended times such as \"10:00+\" are not supported at column 6" },
        { "Mo 25:00-26:00", Code::InvalidTime, 4, "\"25:00\" is not an opening time (00:00-23:59) at column 4" },
        { "Mo 24:00-02:00", Code::InvalidTime, 4, "\"24:00\" is not an opening time (00:00-23:59) at column 4" },
        { "Mo 09:60-10:00", Code::InvalidTime, 4, "\"09:60\" is not an opening time (00:00-23:59) at column 4" },
        { "Mo 09:00-49:00", Code::InvalidTime, 10, "\"49:00\" is not a closing time (00:00-48:00) at column 10" },
        { "Mo 09:00-09:00", Code::EmptySpan, 4, "the time span ends when it starts at column 4" },
        { "Mo-Fr, 09:00-16:00", Code::UnexpectedCharacter, 6,
          "unexpected \",\" between the days and the times at column 6" },
        { "Jun-Aug ,10:00-12:00", Code::UnexpectedCharacter, 9,
          "unexpected \",\" between the days and the times at column 9" },
        { "Mo-Xy 10:00-12:00", Code::ExpectedWeekday, 4, "expected a day like Mo or PH at column 4" },
        { "Mon-Fri 09:00-16:00", Code::ExpectedWeekday, 1,
          "write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column 1" },
        { "Mo,Tue 10:00-12:00", Code::ExpectedWeekday, 4,
          "write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column 4" },
        { "-Fr 10:00-12:00", Code::ExpectedWeekday, 1,
          "expected a day like Mo or a month like Jan before \"-\" at column 1" },
        { "Sa[1] +2 days 10:00-12:00", Code::Unsupported, 7, "\"+2\" is not supported at column 7" },
        { "Sa[6] 10:00-12:00", Code::InvalidDate, 4,
          "expected a number 1 to 5 or -1 to -5 inside \"[]\" at column 4" },
        { "Mo-Fr[1] 10:00-12:00", Code::ExpectedWeekday, 6, "write one day before \"[\", like Sa[1], at column 6" },
        { "2026 Dec 24 off", Code::Unsupported, 1, "\"2026\" is not supported at column 1" },
        { "week 54 off", Code::InvalidDate, 6, "expected a week number 1-53 at column 6" },
        { "Sa,SH off", Code::Unsupported, 4, "school holidays (SH) are not supported at column 4" },
        { "sunrise-sunset", Code::Unsupported, 1, "\"sunrise\" is not supported at column 1" },
        { "Feb 30 off", Code::InvalidDate, 5, "\"Feb 30\" is not a date at column 5" },
        { "Apr 31 off", Code::InvalidDate, 5, "\"Apr 31\" is not a date at column 5" },
        { "Dec 26-24 off", Code::BackwardDayRange, 5, "the day range ends before it starts at column 5" },
        { "Jun- 10:00-12:00", Code::ExpectedDay, 6, "expected a month like Aug at column 6" },
        { "Dec 24- off", Code::ExpectedDay, 9, "expected a day like 26 or a month like Jan at column 9" },
        { "Dec 123 off", Code::ExpectedDay, 5, "expected a day of the month like 24 at column 5" },
        { "Mo \"by appointment", Code::UnterminatedComment, 4,
          "the comment that starts at column 4 has no closing quote" },
        { "Mo 10:00-12:00;; Tu off", Code::EmptyRule, 16, "expected a rule before \";\" at column 16" },
        { "; Mo off", Code::EmptyRule, 1, "expected a rule before \";\" at column 1" },
        { "Mo 10:00-12:00,", Code::EmptyRule, 16, "expected a rule after \",\" at column 16" },
        { "Mo 10:00-12:00 ||", Code::EmptyRule, 18, "expected a rule after \"||\" at column 18" },
        { "|| Mo", Code::EmptyRule, 1, "expected a rule before \"||\" at column 1" },
        { "Mo 10:00-12:00 Tu 10:00-12:00", Code::UnexpectedCharacter, 16, "expected \";\" before \"Tu\" at column 16" },
        { "Mo 10:00-12:00 foo", Code::UnknownWord, 16, "unknown word \"foo\" at column 16" },
        { "Mo 10:00-12:00 10:00", Code::UnexpectedCharacter, 16,
          "expected \";\" or the end of the text, found \"1\" at column 16" },
        { "@", Code::UnexpectedCharacter, 1, "unexpected \"@\" at column 1" },
        { QString::fromUtf8("Mo 10:00-12:00 \xc3\xa4"), Code::UnexpectedCharacter, 16,
          "expected \";\" or the end of the text, found \"\xc3\xa4\" at column 16" },
        { QString("Mo") + QChar(0), Code::UnexpectedCharacter, 3,
          "expected \";\" or the end of the text, found \"U+0000\" at column 3" },
        { QString(QChar(0xD800)) + "Mo", Code::UnexpectedCharacter, 1, "unexpected \"U+D800\" at column 1" },
    };
    for (const auto &c : cases) {
        INFO("input: " << c.text.toStdString());
        const auto result = OpeningHours::parse(c.text);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == c.code);
        CHECK(result.error().column == c.column);
        CHECK(result.error().message.toStdString() == QString::fromUtf8(c.message).toStdString());
    }
}

TEST_CASE("parse error messages go through the translator")
{
    class Pirate : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            if (QByteArray(context) == "kotona::OpeningHours"
                && QByteArray(source) == "expected a time like 09:00 at column %1")
                return QStringLiteral("arr, a time like 09:00 be missing at column %1");
            return {};
        }
        bool isEmpty() const override { return false; }
    } pirate;
    QCoreApplication::installTranslator(&pirate);
    const auto result = OpeningHours::parse(u"Mo-Fr 9-16");
    QCoreApplication::removeTranslator(&pirate);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "arr, a time like 09:00 be missing at column 7");
}

TEST_CASE("100 KB of garbage, long valid texts and hostile characters neither crash nor hang the parser")
{
    std::mt19937 random(20260329);
    const std::u16string alphabet = u"MoTuWeThFrSaSuPHJunDecoff0123456789:-,;\"/ 24/7\t\n[]+|";
    for (int round = 0; round < 20; ++round) {
        QString garbage;
        garbage.reserve(100 * 1024);
        for (int i = 0; i < 100 * 1024; ++i) {
            const auto r = random();
            if (r % 4 == 0)
                garbage.append(QChar(char16_t(random() & 0xffff))); // NULs, lone surrogates, anything
            else
                garbage.append(QChar(alphabet[r % alphabet.size()]));
        }
        const auto result = OpeningHours::parse(garbage);
        if (!result.ok()) {
            CHECK(result.error().column >= 1);
            CHECK(result.error().column <= garbage.size() + 1);
            CHECK_FALSE(result.error().message.isEmpty());
        }
    }

    QString many;
    for (int i = 0; i < 7000; ++i)
        many += QStringLiteral("Mo-Fr 10:00-11:00,12:00-13:00; ");
    const auto result = OpeningHours::parse(many);
    REQUIRE(result.ok());
    CHECK(result.value().rules().size() == 7000);

    const QString quotes(100 * 1024, QChar(u'"'));
    CHECK(OpeningHours::parse(quotes).ok() == false);
    const QString digits(100 * 1024, QChar(u'9'));
    CHECK(OpeningHours::parse(digits).error().code == Code::ExpectedTime);
}
