// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/openinghours.h"

#include "services/finnishholidays.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace kotona {

namespace {

constexpr int minutesPerDay = 24 * 60;

constexpr std::array<const char16_t *, 7> weekdayNames = { u"mo", u"tu", u"we", u"th", u"fr", u"sa", u"su" };
constexpr std::array<const char16_t *, 12> monthNames
    = { u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec" };
// English weekday names people write instead of the two-letter codes.
constexpr std::array<const char16_t *, 7> longWeekdayNames
    = { u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday" };

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// '-' and the dashes word processors put in its place.
bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014);
}

int indexIn(QStringView word, const auto &names)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (word.compare(QStringView(names[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QString monthName(int month)
{
    QString name = QString::fromUtf16(monthNames[std::size_t(month - 1)]);
    name[0] = name[0].toUpper();
    return name;
}

int daysInMonth(int month)
{
    static constexpr std::array<int, 12> days = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return days[std::size_t(month - 1)];
}

// How a character is shown inside an error message.
QString showChar(QChar c)
{
    if (c.isPrint() && !c.isSurrogate())
        return QString(c);
    return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
}

// Sorts spans and joins the ones that overlap or touch.
void normalise(std::vector<OpeningHours::Span> &spans)
{
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    std::vector<OpeningHours::Span> merged;
    for (const auto &s : spans) {
        if (!merged.empty() && s.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    spans = std::move(merged);
}

int key(OpeningHours::MonthDay md, int defaultDay)
{
    return md.month * 100 + (md.day == 0 ? defaultDay : md.day);
}

bool contains(const OpeningHours::DateRange &range, QDate date)
{
    const int k = date.month() * 100 + date.day();
    const int from = key(range.from, 1);
    const int to = key(range.to, 31);
    if (from <= to)
        return from <= k && k <= to;
    return k >= from || k <= to;
}

bool contains(const OpeningHours::WeekRange &range, int week)
{
    int offset = week - range.from;
    if (range.to >= range.from) {
        if (week < range.from || week > range.to)
            return false;
    } else {
        // "week 50-02": wraps over New Year; count the step through week 53.
        if (week < range.from && week > range.to)
            return false;
        if (offset < 0)
            offset += 53;
    }
    return offset % range.step == 0;
}

bool matchesNth(const OpeningHours::NthWeekday &nth, QDate date)
{
    if (date.dayOfWeek() - 1 != nth.weekday)
        return false;
    const int fromStart = (date.day() - 1) / 7; // 0 for the first
    const int fromEnd = (date.daysInMonth() - date.day()) / 7; // 0 for the last
    return (nth.fromStart & (1u << fromStart)) || (nth.fromEnd & (1u << fromEnd));
}

bool matches(const OpeningHours::Rule &rule, QDate date, bool publicHoliday)
{
    if (!rule.dates.empty()
        && std::none_of(rule.dates.begin(), rule.dates.end(), [&](const auto &r) { return contains(r, date); }))
        return false;
    if (!rule.weeks.empty()) {
        const int week = date.weekNumber();
        if (std::none_of(rule.weeks.begin(), rule.weeks.end(), [&](const auto &r) { return contains(r, week); }))
            return false;
    }
    if (rule.weekdays == 0 && !rule.publicHolidays && rule.nthWeekdays.empty())
        return true;
    if (rule.weekdays & (1u << (date.dayOfWeek() - 1)))
        return true;
    if (std::any_of(rule.nthWeekdays.begin(), rule.nthWeekdays.end(),
                    [&](const auto &n) { return matchesNth(n, date); }))
        return true;
    return rule.publicHolidays && publicHoliday;
}

using Interval = OpeningHours::Interval;
using Intervals = std::vector<OpeningHours::Interval>;

// The parts of sorted, disjoint `spans` (minutes of one day) not covered by `taken`.
std::vector<OpeningHours::Span> gapsIn(const std::vector<OpeningHours::Span> &spans, const Intervals &taken)
{
    std::vector<OpeningHours::Span> rest;
    std::size_t c = 0;
    for (const auto &span : spans) {
        int start = span.start;
        while (c < taken.size() && taken[c].end <= start)
            ++c;
        std::size_t k = c;
        while (k < taken.size() && taken[k].start < span.end) {
            if (taken[k].start > start)
                rest.push_back({ start, taken[k].start });
            start = std::max(start, taken[k].end);
            ++k;
        }
        if (start < span.end)
            rest.push_back({ start, span.end });
    }
    return rest;
}

// Paints sorted, disjoint `spans` with `state` over `day`, replacing what was there.
// O(n log n) in the sizes, so that thousands of spans cannot make it slow.
void paint(Intervals &day, const std::vector<OpeningHours::Span> &spans, OpeningHours::State state,
           const QString &comment)
{
    if (spans.empty())
        return;
    Intervals out;
    out.reserve(day.size() + spans.size() * 2);
    std::size_t c = 0;
    for (const Interval &old : day) {
        int start = old.start;
        while (c < spans.size() && spans[c].end <= start)
            ++c;
        std::size_t k = c;
        while (k < spans.size() && spans[k].start < old.end) {
            if (spans[k].start > start)
                out.push_back({ start, spans[k].start, old.state, old.comment });
            start = std::max(start, spans[k].end);
            ++k;
        }
        if (start < old.end)
            out.push_back({ start, old.end, old.state, old.comment });
    }
    for (const auto &span : spans)
        out.push_back({ span.start, span.end, state, comment });
    std::sort(out.begin(), out.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
    day = std::move(out);
}

// Joins neighbours that say the same.
void join(Intervals &day)
{
    Intervals out;
    out.reserve(day.size());
    for (auto &i : day) {
        if (!out.empty() && out.back().end == i.start && out.back().state == i.state
            && out.back().comment == i.comment)
            out.back().end = i.end;
        else
            out.push_back(std::move(i));
    }
    day = std::move(out);
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    { }

    OpeningHours::Result run(std::vector<OpeningHours::Rule> &rules)
    {
        skipSpace();
        if (atEnd())
            return error(
                OpeningHours::ErrorCode::Empty, 0,
                QCoreApplication::translate("kotona::OpeningHours", "the opening hours are empty at column %1"));
        auto separator = OpeningHours::Separator::Normal;
        while (true) {
            skipSpace();
            if (atEnd()) {
                if (separator != OpeningHours::Separator::Normal)
                    return error(OpeningHours::ErrorCode::EmptyRule, m_pos,
                                 QCoreApplication::translate("kotona::OpeningHours",
                                                             "expected a rule after \"%2\" at column %1"),
                                 separator == OpeningHours::Separator::Fallback ? QStringLiteral("||")
                                                                                 : QStringLiteral(","));
                break; // a trailing ';' is harmless
            }
            if (peek() == u';' || peek() == u',' || peek() == u'|')
                return error(
                    OpeningHours::ErrorCode::EmptyRule, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours", "expected a rule before \"%2\" at column %1"),
                    peek() == u'|' && peekAt(1) == u'|' ? QStringLiteral("||") : QString(peek()));
            OpeningHours::Rule rule;
            rule.separator = separator;
            rule.additional = separator == OpeningHours::Separator::Additional;
            if (!parseRule(rule))
                return *m_error;
            rules.push_back(std::move(rule));
            skipSpace();
            if (atEnd())
                break;
            if (peek() == u';') {
                ++m_pos;
                separator = OpeningHours::Separator::Normal;
                continue;
            }
            if (peek() == u',') {
                ++m_pos;
                separator = OpeningHours::Separator::Additional;
                continue;
            }
            if (peek() == u'|' && peekAt(1) == u'|') {
                m_pos += 2;
                separator = OpeningHours::Separator::Fallback;
                continue;
            }
            if (isAsciiLetter(peek())) {
                const QStringView w = wordAt(m_pos);
                if (isKnownWord(w))
                    return error(OpeningHours::ErrorCode::UnexpectedCharacter, m_pos,
                                 QCoreApplication::translate("kotona::OpeningHours",
                                                             "expected \";\" before \"%2\" at column %1"),
                                 w.toString());
                unknownWord();
                return *m_error;
            }
            return error(
                OpeningHours::ErrorCode::UnexpectedCharacter, m_pos,
                QCoreApplication::translate("kotona::OpeningHours",
                                            "expected \";\" or the end of the text, found \"%2\" at column %1"),
                showChar(peek()));
        }
        return OpeningHours::Result(OpeningHours());
    }

private:
    bool parseRule(OpeningHours::Rule &rule)
    {
        rule.column = int(m_pos) + 1;
        bool any = false;
        bool hasTimes = false;
        bool hasState = false;

        if (yearAt(m_pos))
            return unsupportedHere(m_text.mid(m_pos, 4).toString());
        if (monthAt(m_pos) >= 0) {
            if (!parseDates(rule))
                return false;
            any = true;
            skipSpace();
        }
        if (wordAt(m_pos).compare(u"week", Qt::CaseInsensitive) == 0) {
            if (!parseWeeks(rule))
                return false;
            any = true;
            skipSpace();
        }
        if (any && !atEnd() && peek() == u':' ) {
            ++m_pos; // "week 1,3: 10:00-12:00" separates for readability
            skipSpace();
        }
        if (weekdayAt(m_pos) >= 0 || isPublicHolidayAt(m_pos)) {
            if (!parseWeekdays(rule))
                return false;
            any = true;
            skipSpace();
        }
        if (startsWith(u"24/7")) {
            m_pos += 4;
            any = true;
            hasTimes = true; // all day, which an empty span list already means
            skipSpace();
        } else if (!atEnd() && isAsciiDigit(peek())) {
            if (!parseTimes(rule))
                return false;
            any = true;
            hasTimes = true;
            skipSpace();
        }
        if (!atEnd() && isAsciiLetter(peek())) {
            const QStringView w = wordAt(m_pos);
            if (w.compare(u"off", Qt::CaseInsensitive) == 0 || w.compare(u"closed", Qt::CaseInsensitive) == 0) {
                rule.state = OpeningHours::State::Closed;
                hasState = true;
            } else if (w.compare(u"open", Qt::CaseInsensitive) == 0) {
                rule.state = OpeningHours::State::Open;
                hasState = true;
            } else if (w.compare(u"unknown", Qt::CaseInsensitive) == 0) {
                rule.state = OpeningHours::State::Unknown;
                hasState = true;
            }
            if (hasState) {
                m_pos += w.size();
                any = true;
                skipSpace();
            }
        }
        if (!atEnd() && peek() == u'"') {
            if (!parseComment(rule))
                return false;
            // A comment on its own says something the rules cannot: "by appointment".
            if (!hasTimes && !hasState)
                rule.state = OpeningHours::State::Unknown;
            any = true;
        }
        if (!any)
            return failAtRuleStart();
        return true;
    }

    bool failAtRuleStart()
    {
        if (isAsciiLetter(peek()))
            return unknownWord();
        if (isDash(peek()))
            return fail(
                OpeningHours::ErrorCode::ExpectedWeekday, m_pos,
                QCoreApplication::translate("kotona::OpeningHours",
                                            "expected a day like Mo or a month like Jan before \"-\" at column %1"));
        return fail(OpeningHours::ErrorCode::UnexpectedCharacter, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours", "unexpected \"%2\" at column %1"),
                    showChar(peek()));
    }

    // "Jun-Aug", "Dec 24", "Dec 24-26", "Dec 24-Jan 6", "Jun,Aug", "Dec 24,31".
    bool parseDates(OpeningHours::Rule &rule)
    {
        int dayMonth = 0; // the month whose days may follow a comma ("Dec 24,31")
        while (true) {
            if (monthAt(m_pos) >= 0) {
                if (!parseDateRange(rule, dayMonth))
                    return false;
            } else if (!parseDaysOf(dayMonth, rule)) {
                return false;
            }
            const qsizetype save = m_pos;
            skipSpace();
            if (!atEnd() && peek() == u',') {
                const qsizetype next = skipSpaceFrom(m_pos + 1);
                if (monthAt(next) >= 0 || (dayMonth > 0 && dayAheadAt(next))) {
                    m_pos = next;
                    continue;
                }
                if (timeAt(next))
                    return commaBeforeTime();
            }
            m_pos = save;
            return true;
        }
    }

    bool parseDateRange(OpeningHours::Rule &rule, int &dayMonth)
    {
        const int month = readMonth();
        const qsizetype afterMonth = m_pos;
        skipSpace();
        if (dayAhead()) {
            const qsizetype dayPos = m_pos;
            int day = 0;
            if (!readDay(month, day))
                return false;
            skipSpace();
            if (!atEnd() && isDash(peek()) && monthAt(skipSpaceFrom(m_pos + 1)) >= 0) {
                // "Dec 24-Jan 6" or "Dec 24-Jan"
                m_pos = skipSpaceFrom(m_pos + 1);
                OpeningHours::DateRange range { { month, day }, { readMonth(), 0 } };
                const qsizetype afterTo = m_pos;
                skipSpace();
                if (dayAhead()) {
                    if (!readDay(range.to.month, range.to.day))
                        return false;
                } else {
                    m_pos = afterTo;
                }
                rule.dates.push_back(range);
                dayMonth = 0;
                return true;
            }
            m_pos = dayPos;
            dayMonth = month;
            return parseDaysOf(month, rule);
        }
        if (!atEnd() && isDash(peek())) {
            // "Jun-Aug" or "Jun-Aug 15"
            m_pos = skipSpaceFrom(m_pos + 1);
            if (monthAt(m_pos) < 0)
                return fail(
                    OpeningHours::ErrorCode::ExpectedDay, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours", "expected a month like Aug at column %1"));
            OpeningHours::DateRange range { { month, 0 }, { readMonth(), 0 } };
            const qsizetype afterTo = m_pos;
            skipSpace();
            if (dayAhead()) {
                if (!readDay(range.to.month, range.to.day))
                    return false;
            } else {
                m_pos = afterTo;
            }
            rule.dates.push_back(range);
            dayMonth = 0;
            return true;
        }
        m_pos = afterMonth;
        rule.dates.push_back({ { month, 0 }, { month, 0 } });
        dayMonth = 0;
        return true;
    }

    // "24" or "24-26" in `month`.
    bool parseDaysOf(int month, OpeningHours::Rule &rule)
    {
        const qsizetype fromPos = m_pos;
        int from = 0;
        if (!readDay(month, from))
            return false;
        int to = from;
        const qsizetype afterFrom = m_pos;
        skipSpace();
        if (!atEnd() && isDash(peek())) {
            m_pos = skipSpaceFrom(m_pos + 1);
            if (!dayAhead())
                return fail(OpeningHours::ErrorCode::ExpectedDay, m_pos,
                            QCoreApplication::translate("kotona::OpeningHours",
                                                        "expected a day like 26 or a month like Jan at column %1"));
            if (!readDay(month, to))
                return false;
            if (to < from)
                return fail(OpeningHours::ErrorCode::BackwardDayRange, fromPos,
                            QCoreApplication::translate("kotona::OpeningHours",
                                                        "the day range ends before it starts at column %1"));
        } else {
            m_pos = afterFrom;
        }
        rule.dates.push_back({ { month, from }, { month, to } });
        return true;
    }

    bool parseWeekdays(OpeningHours::Rule &rule)
    {
        while (true) {
            if (isPublicHolidayAt(m_pos)) {
                rule.publicHolidays = true;
                m_pos += 2;
            } else {
                const int from = weekdayAt(m_pos);
                if (from < 0)
                    return expectedWeekday();
                m_pos += 2;
                int to = from;
                const qsizetype beforeDash = m_pos;
                skipSpace();
                if (!atEnd() && isDash(peek())) {
                    ++m_pos;
                    skipSpace();
                    to = weekdayAt(m_pos);
                    if (to < 0)
                        return expectedWeekday();
                    m_pos += 2;
                } else {
                    m_pos = beforeDash;
                }
                if (!atEnd() && peek() == u'[') {
                    if (from != to)
                        return fail(OpeningHours::ErrorCode::ExpectedWeekday, m_pos,
                                    QCoreApplication::translate(
                                        "kotona::OpeningHours",
                                        "write one day before \"[\", like Sa[1], at column %1"));
                    if (!parseNth(rule, from))
                        return false;
                } else {
                    for (int d = from;; d = (d + 1) % 7) {
                        rule.weekdays |= 1u << d;
                        if (d == to)
                            break;
                    }
                }
            }
            const qsizetype save = m_pos;
            skipSpace();
            if (!atEnd() && peek() == u',') {
                qsizetype next = m_pos + 1;
                while (next < m_text.size() && m_text[next].isSpace())
                    ++next;
                if (weekdayAt(next) >= 0 || isPublicHolidayAt(next)) {
                    m_pos = next;
                    continue;
                }
                if (timeAt(next))
                    return commaBeforeTime();
                if (next < m_text.size() && isAsciiLetter(m_text[next])) {
                    // "Mo,Tue" or "Sa,SH": a day list that goes wrong.
                    const QStringView w = wordAt(next);
                    if (monthAt(next) < 0 && !isStateWord(w)) {
                        m_pos = next;
                        return expectedWeekday();
                    }
                }
            }
            m_pos = save;
            return true;
        }
    }

    // "week 01-26", "week 1,3", "week 2-52/2".
    bool parseWeeks(OpeningHours::Rule &rule)
    {
        m_pos += 4;
        skipSpace();
        while (true) {
            OpeningHours::WeekRange range;
            if (!readNumber(1, 53, range.from, weekMessage()))
                return false;
            range.to = range.from;
            const qsizetype afterFrom = m_pos;
            skipSpace();
            if (!atEnd() && isDash(peek())) {
                m_pos = skipSpaceFrom(m_pos + 1);
                if (!readNumber(1, 53, range.to, weekMessage()))
                    return false;
                if (!atEnd() && peek() == u'/') {
                    ++m_pos;
                    if (!readNumber(1, 53, range.step, weekMessage()))
                        return false;
                }
            } else {
                m_pos = afterFrom;
            }
            rule.weeks.push_back(range);
            const qsizetype save = m_pos;
            skipSpace();
            if (!atEnd() && peek() == u',' && weekNumberAt(skipSpaceFrom(m_pos + 1))) {
                m_pos = skipSpaceFrom(m_pos + 1);
                continue;
            }
            if (!atEnd() && peek() == u',' && timeAt(skipSpaceFrom(m_pos + 1)))
                return commaBeforeTime();
            m_pos = save;
            return true;
        }
    }

    // 1 or 2 digits that are not the hour of a time: "3" in "week 1,3: 10:00-12:00".
    bool weekNumberAt(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_text.size() && isAsciiDigit(m_text[q]) && q - p < 3)
            ++q;
        if (q == p || q - p > 2)
            return false;
        return !(q + 1 < m_text.size() && m_text[q] == u':' && isAsciiDigit(m_text[q + 1]));
    }

    static QString weekMessage()
    {
        return QCoreApplication::translate("kotona::OpeningHours", "expected a week number 1-53 at column %1");
    }

    // "[1]", "[-1]", "[1,3]", "[1-2]" after one weekday: its nth occurrences in the month.
    bool parseNth(OpeningHours::Rule &rule, int weekday)
    {
        const QString message = QCoreApplication::translate(
            "kotona::OpeningHours", "expected a number 1 to 5 or -1 to -5 inside \"[]\" at column %1");
        OpeningHours::NthWeekday nth;
        nth.weekday = weekday;
        ++m_pos; // '['
        while (true) {
            skipSpace();
            const bool fromEnd = !atEnd() && isDash(peek());
            if (fromEnd)
                ++m_pos;
            int first = 0;
            if (!readNumber(1, 5, first, message))
                return false;
            int last = first;
            skipSpace();
            if (!fromEnd && !atEnd() && isDash(peek())) {
                ++m_pos;
                skipSpace();
                const qsizetype lastPos = m_pos;
                if (!readNumber(1, 5, last, message))
                    return false;
                if (last < first)
                    return fail(OpeningHours::ErrorCode::BackwardDayRange, lastPos, message);
            }
            for (int n = first; n <= last; ++n)
                (fromEnd ? nth.fromEnd : nth.fromStart) |= 1u << (n - 1);
            skipSpace();
            if (!atEnd() && peek() == u',') {
                ++m_pos;
                continue;
            }
            if (atEnd() || peek() != u']')
                return fail(OpeningHours::ErrorCode::UnexpectedCharacter, m_pos, message);
            ++m_pos;
            break;
        }
        rule.nthWeekdays.push_back(nth);
        // "Sa[1] +2 days" shifts the day: not supported, and never to be read as a time.
        const qsizetype after = skipSpaceFrom(m_pos);
        if (after < m_text.size() && (m_text[after] == u'+' || isDash(m_text[after]))) {
            qsizetype end = after + 1;
            while (end < m_text.size() && !m_text[end].isSpace() && m_text[end] != u';')
                ++end;
            m_pos = after;
            return unsupportedHere(m_text.mid(after, end - after).toString());
        }
        return true;
    }

    // A whole number of 1 or 2 digits in [min, max].
    bool readNumber(int min, int max, int &value, const QString &message)
    {
        const qsizetype begin = m_pos;
        qsizetype p = m_pos;
        while (p < m_text.size() && isAsciiDigit(m_text[p]) && p - begin < 3)
            ++p;
        if (p == begin || p - begin > 2)
            return fail(OpeningHours::ErrorCode::ExpectedDay, begin, message);
        const int n = m_text.mid(begin, p - begin).toInt();
        if (n < min || n > max)
            return fail(OpeningHours::ErrorCode::InvalidDate, begin, message);
        value = n;
        m_pos = p;
        return true;
    }

    // Four digits that are not the start of a time: a year.
    bool yearAt(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_text.size() && isAsciiDigit(m_text[q]) && q - p < 5)
            ++q;
        return q - p == 4 && (q >= m_text.size() || m_text[q] != u':');
    }

    bool unsupportedHere(const QString &what)
    {
        const QString shown = what.size() > 20 ? what.left(20) + QChar(0x2026) : what;
        return fail(OpeningHours::ErrorCode::Unsupported, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours", "\"%2\" is not supported at column %1"),
                    shown);
    }

    bool parseTimes(OpeningHours::Rule &rule)
    {
        while (true) {
            const qsizetype spanPos = m_pos;
            int start = 0;
            if (!readTime(false, start))
                return false;
            skipSpace();
            if (atEnd() || !isDash(peek())) {
                if (!atEnd() && peek() == u'+')
                    return fail(OpeningHours::ErrorCode::Unsupported, m_pos,
                                QCoreApplication::translate(
                                    "kotona::OpeningHours",
                                    "open-ended times such as \"10:00+\" are not supported at column %1"));
                return fail(OpeningHours::ErrorCode::ExpectedTime, m_pos,
                            QCoreApplication::translate("kotona::OpeningHours",
                                                        "expected \"-\" and a closing time like 16:00 at column %1"));
            }
            ++m_pos;
            skipSpace();
            int end = 0;
            if (!readTime(true, end))
                return false;
            if (end == start)
                return fail(OpeningHours::ErrorCode::EmptySpan, spanPos,
                            QCoreApplication::translate("kotona::OpeningHours",
                                                        "the time span ends when it starts at column %1"));
            if (end < start)
                end += minutesPerDay; // past midnight
            rule.spans.push_back({ start, end });

            const qsizetype save = m_pos;
            skipSpace();
            if (!atEnd() && peek() == u',') {
                qsizetype next = m_pos + 1;
                while (next < m_text.size() && m_text[next].isSpace())
                    ++next;
                if (next < m_text.size() && isAsciiDigit(m_text[next])) {
                    m_pos = next;
                    continue;
                }
            }
            m_pos = save;
            return true;
        }
    }

    // HH:MM or H:MM. A start is 00:00-23:59; an end may be 24:00 and up to 48:00.
    bool readTime(bool isEnd, int &minutes)
    {
        const qsizetype begin = m_pos;
        auto expected = [&] {
            return fail(OpeningHours::ErrorCode::ExpectedTime, begin,
                        QCoreApplication::translate("kotona::OpeningHours", "expected a time like 09:00 at column %1"));
        };
        qsizetype p = m_pos;
        while (p < m_text.size() && isAsciiDigit(m_text[p]) && p - begin < 3)
            ++p;
        const qsizetype hourDigits = p - begin;
        if (hourDigits < 1 || hourDigits > 2 || p >= m_text.size() || m_text[p] != u':')
            return expected();
        ++p;
        const qsizetype minuteBegin = p;
        while (p < m_text.size() && isAsciiDigit(m_text[p]) && p - minuteBegin < 3)
            ++p;
        if (p - minuteBegin != 2)
            return expected();
        const int hour = m_text.mid(begin, hourDigits).toInt();
        const int minute = m_text.mid(minuteBegin, 2).toInt();
        const int total = hour * 60 + minute;
        const bool valid = minute < 60 && (isEnd ? total <= 2 * minutesPerDay : hour < 24);
        if (!valid)
            return fail(OpeningHours::ErrorCode::InvalidTime, begin,
                        isEnd ? QCoreApplication::translate("kotona::OpeningHours",
                                                            "\"%2\" is not a closing time (00:00-48:00) at column %1")
                              : QCoreApplication::translate("kotona::OpeningHours",
                                                            "\"%2\" is not an opening time (00:00-23:59) at column %1"),
                        m_text.mid(begin, p - begin).toString());
        minutes = total;
        m_pos = p;
        return true;
    }

    // "Mo-Fr, 09:00-16:00" would read as "Mo-Fr all day, and 09:00-16:00 every day".
    bool commaBeforeTime()
    {
        return fail(OpeningHours::ErrorCode::UnexpectedCharacter, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours",
                                                "unexpected \",\" between the days and the times at column %1"));
    }

    // 1 or 2 digits and a colon.
    bool timeAt(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_text.size() && isAsciiDigit(m_text[q]) && q - p < 3)
            ++q;
        return q > p && q - p <= 2 && q < m_text.size() && m_text[q] == u':';
    }

    // 1 or 2 digits that are not the hour of a time.
    bool dayAheadAt(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_text.size() && isAsciiDigit(m_text[q]) && q - p < 3)
            ++q;
        if (q == p)
            return false;
        return q >= m_text.size() || m_text[q] != u':';
    }
    bool dayAhead() const { return dayAheadAt(m_pos); }

    bool readDay(int month, int &day)
    {
        const qsizetype begin = m_pos;
        qsizetype p = m_pos;
        while (p < m_text.size() && isAsciiDigit(m_text[p]) && p - begin < 3)
            ++p;
        if (p - begin > 2)
            return fail(OpeningHours::ErrorCode::ExpectedDay, begin,
                        QCoreApplication::translate("kotona::OpeningHours",
                                                    "expected a day of the month like 24 at column %1"));
        const int value = m_text.mid(begin, p - begin).toInt();
        if (value < 1 || value > daysInMonth(month))
            return fail(OpeningHours::ErrorCode::InvalidDate, begin,
                        QCoreApplication::translate("kotona::OpeningHours", "\"%2 %3\" is not a date at column %1"),
                        monthName(month), QString::number(value));
        day = value;
        m_pos = p;
        return true;
    }

    int readMonth()
    {
        const int m = monthAt(m_pos);
        m_pos += 3;
        return m + 1;
    }

    bool parseComment(OpeningHours::Rule &rule)
    {
        const qsizetype open = m_pos;
        const qsizetype close = m_text.indexOf(u'"', open + 1);
        if (close < 0)
            return fail(OpeningHours::ErrorCode::UnterminatedComment, open,
                        QCoreApplication::translate("kotona::OpeningHours",
                                                    "the comment that starts at column %1 has no closing quote"));
        rule.comment = m_text.mid(open + 1, close - open - 1).trimmed().toString();
        m_pos = close + 1;
        return true;
    }

    // True when `w` starts an English weekday name: "Mon", "Tue", "Wednesday".
    static bool isLongWeekday(QStringView w)
    {
        return w.size() >= 3
            && std::any_of(longWeekdayNames.begin(), longWeekdayNames.end(),
                           [&](const char16_t *name) { return QStringView(name).startsWith(w, Qt::CaseInsensitive); });
    }

    bool expectedWeekday()
    {
        const QStringView w = wordAt(m_pos);
        if (isLongWeekday(w))
            return fail(OpeningHours::ErrorCode::ExpectedWeekday, m_pos,
                        QCoreApplication::translate("kotona::OpeningHours",
                                                    "write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1"));
        if (w.compare(u"SH", Qt::CaseInsensitive) == 0)
            return fail(OpeningHours::ErrorCode::Unsupported, m_pos,
                        QCoreApplication::translate("kotona::OpeningHours",
                                                    "school holidays (SH) are not supported at column %1"));
        return fail(OpeningHours::ErrorCode::ExpectedWeekday, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours", "expected a day like Mo or PH at column %1"));
    }

    bool unknownWord()
    {
        const QStringView w = wordAt(m_pos);
        const QString shown = w.size() > 20 ? w.left(20).toString() + QChar(0x2026) : w.toString();
        if (isLongWeekday(w))
            return fail(OpeningHours::ErrorCode::ExpectedWeekday, m_pos,
                        QCoreApplication::translate("kotona::OpeningHours",
                                                    "write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1"));
        static constexpr std::array<const char16_t *, 6> unsupported
            = { u"sh", u"sunrise", u"sunset", u"dawn", u"dusk", u"easter" };
        if (indexIn(w, unsupported) >= 0)
            return fail(OpeningHours::ErrorCode::Unsupported, m_pos,
                        QCoreApplication::translate("kotona::OpeningHours", "\"%2\" is not supported at column %1"),
                        shown);
        return fail(OpeningHours::ErrorCode::UnknownWord, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours", "unknown word \"%2\" at column %1"), shown);
    }

    // Records the error; `message` has the column as %1 and up to two details as %2 and %3.
    bool fail(OpeningHours::ErrorCode code, qsizetype pos, const QString &message, const QString &detail = {},
              const QString &detail2 = {})
    {
        OpeningHours::Error e;
        e.code = code;
        e.column = int(std::min<qsizetype>(pos, m_text.size())) + 1;
        const QString column = QString::number(e.column);
        if (!detail2.isNull())
            e.message = message.arg(column, detail, detail2);
        else if (!detail.isNull())
            e.message = message.arg(column, detail);
        else
            e.message = message.arg(column);
        m_error = std::move(e);
        return false;
    }

    // The same, for run(), which returns the error itself.
    OpeningHours::Error error(OpeningHours::ErrorCode code, qsizetype pos, const QString &message,
                              const QString &detail = {})
    {
        fail(code, pos, message, detail);
        return *m_error;
    }

    QStringView wordAt(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_text.size() && isAsciiLetter(m_text[q]))
            ++q;
        return m_text.mid(p, q - p);
    }
    int weekdayAt(qsizetype p) const
    {
        const QStringView w = wordAt(p);
        return w.size() == 2 ? indexIn(w, weekdayNames) : -1;
    }
    int monthAt(qsizetype p) const
    {
        const QStringView w = wordAt(p);
        return w.size() == 3 ? indexIn(w, monthNames) : -1;
    }
    bool isPublicHolidayAt(qsizetype p) const { return wordAt(p).compare(u"PH", Qt::CaseInsensitive) == 0; }
    static bool isStateWord(QStringView w)
    {
        static constexpr std::array<const char16_t *, 4> words = { u"off", u"closed", u"open", u"unknown" };
        return indexIn(w, words) >= 0;
    }
    bool isKnownWord(QStringView w) const
    {
        return (w.size() == 2 && indexIn(w, weekdayNames) >= 0) || (w.size() == 3 && indexIn(w, monthNames) >= 0)
            || w.compare(u"PH", Qt::CaseInsensitive) == 0 || w.compare(u"week", Qt::CaseInsensitive) == 0
            || isStateWord(w);
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    QChar peekAt(qsizetype offset) const { return m_pos + offset < m_text.size() ? m_text[m_pos + offset] : QChar(); }
    bool startsWith(QStringView s) const { return m_text.mid(m_pos).startsWith(s); }
    qsizetype skipSpaceFrom(qsizetype p) const
    {
        while (p < m_text.size() && m_text[p].isSpace())
            ++p;
        return p;
    }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    std::optional<OpeningHours::Error> m_error;
};

} // namespace

OpeningHours::Result OpeningHours::parse(QStringView text)
{
    std::vector<Rule> rules;
    Parser parser(text);
    Result result = parser.run(rules);
    if (!result.ok())
        return result;
    OpeningHours hours;
    hours.m_rules = std::move(rules);
    hours.m_wraps = std::any_of(hours.m_rules.begin(), hours.m_rules.end(), [](const Rule &r) {
        return std::any_of(r.spans.begin(), r.spans.end(), [](const Span &s) { return s.end > minutesPerDay; });
    });
    return Result(std::move(hours));
}

OpeningHours::Day OpeningHours::day(QDate date, bool publicHoliday, bool previousPublicHoliday) const
{
    Day result;
    if (!date.isValid())
        return result;
    const QDate previous = date.addDays(-1);
    Intervals &day = result.intervals;
    std::vector<Span> pieces;
    for (const Rule &rule : m_rules) {
        const bool today = matches(rule, date, publicHoliday);
        // Times past midnight of the day before: only rules with such times can reach.
        bool fromYesterday = false;
        if (m_wraps && previous.isValid()) {
            const bool wraps
                = std::any_of(rule.spans.begin(), rule.spans.end(), [](const Span &s) { return s.end > minutesPerDay; });
            fromYesterday = wraps && matches(rule, previous, previousPublicHoliday);
        }
        if (!today && !fromYesterday)
            continue;

        pieces.clear();
        if (fromYesterday) {
            for (const Span &s : rule.spans) {
                if (s.end > minutesPerDay)
                    pieces.push_back({ 0, std::min(s.end - minutesPerDay, minutesPerDay) });
            }
        }
        if (today) {
            if (rule.spans.empty())
                pieces.push_back({ 0, minutesPerDay });
            for (const Span &s : rule.spans)
                pieces.push_back({ s.start, std::min(s.end, minutesPerDay) });
        }
        normalise(pieces);

        switch (rule.separator) {
        case Separator::Fallback:
            paint(day, gapsIn(pieces, day), rule.state, rule.comment);
            break;
        case Separator::Additional:
            paint(day, pieces, rule.state, rule.comment);
            break;
        case Separator::Normal:
            // "We 12:00-14:00 off" closes only those hours of what earlier rules opened.
            if (today && !(rule.state == State::Closed && !rule.spans.empty()))
                day.clear();
            paint(day, pieces, rule.state, rule.comment);
            break;
        }
    }
    join(day);
    return result;
}

OpeningHours::Day OpeningHours::day(QDate date) const
{
    return day(date, FinnishHolidays::isPublicHoliday(date), FinnishHolidays::isPublicHoliday(date.addDays(-1)));
}

OpeningHours::State OpeningHours::Day::stateAt(int minute) const
{
    for (const Interval &i : intervals) {
        if (i.start <= minute && minute < i.end)
            return i.state;
    }
    return State::Closed;
}

std::vector<OpeningHours::Span> OpeningHours::Day::spans(State state) const
{
    std::vector<Span> out;
    for (const Interval &i : intervals) {
        if (i.state != state)
            continue;
        if (!out.empty() && out.back().end == i.start)
            out.back().end = i.end;
        else
            out.push_back({ i.start, i.end });
    }
    return out;
}

bool OpeningHours::Day::anyOpen() const
{
    return std::any_of(intervals.begin(), intervals.end(), [](const Interval &i) { return i.state == State::Open; });
}

bool OpeningHours::canBeOpen() const
{
    return std::any_of(m_rules.begin(), m_rules.end(), [](const Rule &r) { return r.state == State::Open; });
}

} // namespace kotona
