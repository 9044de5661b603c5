// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <utility>
#include <variant>
#include <vector>

namespace kotona {

class OpeningHoursResult;

// Opening hours in OpenStreetMap's `opening_hours` syntax, evaluated the way the
// reference implementation (opening_hours.js) evaluates it:
//
//   Mo-Fr 09:00-16:00; Sa 10:00-14:00; PH off
//   Mo-Th 08:00-11:00,12:00-16:00; Fr 08:00-14:00 "by appointment"
//   Jun-Aug Mo-Fr 10:00-15:00; Dec 24-26 off; week 01-26 Sa[1] 10:00-14:00
//   Fr-Sa 22:00-02:00 || "call us"
//   24/7
//
// A rule is, in this order and each part optional but at least one present: dates
// (`Jun-Aug`, `Dec 24`, `Dec 24-26`, `Dec 24-Jan 6`, `Dec 24,31`), ISO week numbers
// (`week 01-26`, `week 1,3`, `week 2-52/2`, an optional `:` after them), days (`Mo`,
// `Mo-Fr`, `Fr-Mo`, `Sa,Su,PH`, `Sa[1]`, `Su[-1]`, `Mo[1,3]`, `Mo[1-2]`), times
// (`09:00-16:00`, several separated by `,`, ends up to 48:00, an end before the start
// runs past midnight), a state (`open`, `off`, `closed`, `unknown`) and a comment in
// double quotes. `24/7` stands for "open all day every day". A rule without times
// covers the whole day; a rule with only a comment makes its days unknown.
//
// Rules are separated by `;` (normal), `,` when the comma does not continue a list
// (additional) or `||` (fallback). For each calendar day the rules are applied in order:
// - a normal rule whose dates and days name the day replaces everything earlier rules
//   said about that day (an `off` rule with times only closes those times);
// - an additional rule paints its times over what is there;
// - a fallback rule fills only the times that no earlier rule has said anything about.
// Times past midnight belong to the next calendar day's evaluation, as in
// opening_hours.js: in "Fr 22:00-02:00; Sa off" the Saturday rule replaces Saturday
// 00:00-02:00 too, and in "22:00-02:00; Tu 12:00-14:00" Tuesday is open only 12:00-14:00.
// Times no rule covers are closed.
//
// Keywords are matched without regard to case. Year ranges, school holidays, sunrise
// and other variable times, open ends (`10:00+`), day offsets (`Sa[1] +2 days`) and
// anything else outside this list is an error, "not supported at column N", never
// silently misread.
//
// parse() never throws and runs in time linear in the input; any error carries a
// 1-based column (in UTF-16 code units) and a translated message.
class OpeningHours
{
public:
    // A time span in minutes after the midnight that starts the day; 0 <= start < 1440
    // and start < end <= 2880 (end > 1440 means it runs into the next day).
    struct Span {
        int start = 0;
        int end = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };

    // A date selector: month 1-12 and day 1-31; day 0 means the first day of the month
    // in `from` and the last day of the month in `to`. `to` before `from` wraps over New Year.
    struct MonthDay {
        int month = 0;
        int day = 0;
        friend bool operator==(const MonthDay &, const MonthDay &) = default;
    };
    struct DateRange {
        MonthDay from;
        MonthDay to;
        friend bool operator==(const DateRange &, const DateRange &) = default;
    };

    // ISO 8601 week numbers from..to (1-53), every `step`th week counted from `from`;
    // `to` before `from` wraps over New Year.
    struct WeekRange {
        int from = 1;
        int to = 1;
        int step = 1;
        friend bool operator==(const WeekRange &, const WeekRange &) = default;
    };

    // `Sa[1]`: weekday 0 (Monday)..6 (Sunday) on the nth occurrences in the month; bit
    // n-1 of `fromStart` for [n], bit n-1 of `fromEnd` for [-n] (n = 1..5).
    struct NthWeekday {
        int weekday = 0;
        unsigned fromStart = 0;
        unsigned fromEnd = 0;
        friend bool operator==(const NthWeekday &, const NthWeekday &) = default;
    };

    enum class State { Open, Closed, Unknown };
    enum class Separator { Normal, Additional, Fallback };

    struct Rule {
        std::vector<DateRange> dates; // empty: every date
        std::vector<WeekRange> weeks; // empty: every week
        unsigned weekdays = 0; // bit 0 = Monday ... bit 6 = Sunday
        std::vector<NthWeekday> nthWeekdays;
        bool publicHolidays = false; // `PH` among the day selectors
        std::vector<Span> spans; // empty: all day
        State state = State::Open;
        QString comment;
        Separator separator = Separator::Normal; // what came before this rule
        bool additional = false; // separator == Additional, kept for readers of old code
        int column = 1; // where the rule starts in the text, 1-based
    };

    // A stretch of one calendar day, minutes 0 <= start < end <= 1440.
    struct Interval {
        int start = 0;
        int end = 0;
        State state = State::Open;
        QString comment;
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    // What the rules say about one calendar day: sorted, non-overlapping intervals;
    // minutes no interval covers are closed (and no rule said anything about them).
    // Neighbours with the same state and comment are joined.
    struct Day {
        std::vector<Interval> intervals;
        // The state at `minute` (0..1439).
        [[nodiscard]] State stateAt(int minute) const;
        // The intervals of one state, as spans (for tests and simple callers).
        [[nodiscard]] std::vector<Span> spans(State state = State::Open) const;
        // Open at some time of the day.
        [[nodiscard]] bool anyOpen() const;
    };

    enum class ErrorCode {
        Empty,
        UnexpectedCharacter,
        UnknownWord,
        ExpectedTime,
        InvalidTime,
        EmptySpan,
        ExpectedWeekday,
        ExpectedDay,
        InvalidDate,
        BackwardDayRange,
        UnterminatedComment,
        EmptyRule,
        Unsupported,
    };

    struct Error {
        ErrorCode code = ErrorCode::Empty;
        int column = 1; // 1-based, in UTF-16 code units
        QString message; // translated, ends with "at column N"
    };

    using Result = OpeningHoursResult;

    [[nodiscard]] static Result parse(QStringView text);

    [[nodiscard]] const std::vector<Rule> &rules() const { return m_rules; }

    // What the rules say about `date`. `publicHoliday` says whether `date` is a public
    // holiday and `previousPublicHoliday` whether the day before is (its rules' times
    // past midnight reach into `date`).
    [[nodiscard]] Day day(QDate date, bool publicHoliday, bool previousPublicHoliday = false) const;
    // The same with Finland's public holidays (FinnishHolidays::isPublicHoliday).
    [[nodiscard]] Day day(QDate date) const;

    // True when some rule can say the place is open (it is not only comments or `off`).
    [[nodiscard]] bool canBeOpen() const;

private:
    std::vector<Rule> m_rules;
    bool m_wraps = false; // some span runs past midnight
};

// Either the parsed rules or the error that stopped the parser.
class [[nodiscard]] OpeningHoursResult
{
public:
    OpeningHoursResult(OpeningHours hours)
        : m_value(std::move(hours))
    { }
    OpeningHoursResult(OpeningHours::Error error)
        : m_value(std::move(error))
    { }
    [[nodiscard]] bool ok() const { return std::holds_alternative<OpeningHours>(m_value); }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    [[nodiscard]] const OpeningHours &value() const { return std::get<OpeningHours>(m_value); }
    // Only when !ok().
    [[nodiscard]] const OpeningHours::Error &error() const { return std::get<OpeningHours::Error>(m_value); }

private:
    std::variant<OpeningHours, OpeningHours::Error> m_value;
};

} // namespace kotona
