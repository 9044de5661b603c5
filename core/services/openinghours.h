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

// Opening hours written in the subset of OpenStreetMap's `opening_hours` syntax that
// service directories really use:
//
//   Mo-Fr 09:00-16:00; Sa 10:00-14:00; PH off
//   Mo-Th 08:00-11:00,12:00-16:00; Fr 08:00-14:00 "by appointment"
//   Jun-Aug Mo-Fr 10:00-15:00; Dec 24-26 off
//   Fr-Sa 22:00-02:00
//   24/7
//
// Rules are separated by `;` (a later rule replaces earlier ones for the days it
// names) or by `,` when the comma does not continue a list (an additional rule that
// adds its times to the day). A rule is, in this order and each part optional but at
// least one present: dates (`Jun-Aug`, `Dec 24`, `Dec 24-26`, `Dec 24-Jan 6`,
// `Dec 24,31`), days (`Mo`, `Mo-Fr`, `Fr-Mo`, `Sa,Su,PH`), times (`09:00-16:00`,
// several separated by `,`, ends up to 48:00, an end before the start runs past
// midnight), a state (`open`, `off`, `closed`, `unknown`) and a comment in double
// quotes. `24/7` stands for a whole rule "open all day every day". A rule without
// times is open all day unless its state says otherwise; a rule with only a comment
// leaves the hours unknown. Days no rule names are closed. Keywords are matched
// without regard to case.
//
// Times that run past midnight belong to the day they start on: "Fr 22:00-02:00; Sa off"
// is open until 02:00 on Saturday night.
//
// parse() never throws and runs in time linear in the input; anything outside the
// subset is an error with a 1-based column (in UTF-16 code units) and a translated message.
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

    enum class State { Open, Closed, Unknown };

    struct Rule {
        std::vector<DateRange> dates; // empty: every date
        unsigned weekdays = 0; // bit 0 = Monday ... bit 6 = Sunday
        bool publicHolidays = false; // `PH` among the day selectors
        std::vector<Span> spans; // empty with State::Open: all day
        State state = State::Open;
        QString comment;
        bool additional = false; // introduced by `,`: adds to the day instead of replacing it
        int column = 1; // where the rule starts in the text, 1-based
    };

    // What the rules say about one calendar day.
    struct Day {
        State state = State::Closed;
        std::vector<Span> spans; // sorted by start; only when state is Open
        QString comment;
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

    // The state and spans of `date` (spans may run into the next day). `publicHoliday`
    // says whether `date` is a public holiday, for `PH` rules.
    [[nodiscard]] Day day(QDate date, bool publicHoliday) const;

    // True when some rule can say the place is open (it is not only comments or `off`).
    [[nodiscard]] bool canBeOpen() const;

private:
    std::vector<Rule> m_rules;
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
