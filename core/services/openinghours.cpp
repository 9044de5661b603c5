// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/openinghours.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
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

// Removes `cut` from `spans`; both end up sorted. Linear after sorting, so that
// thousands of spans cannot make it slow.
void subtract(std::vector<OpeningHours::Span> &spans, std::vector<OpeningHours::Span> cut)
{
    normalise(spans);
    normalise(cut);
    std::vector<OpeningHours::Span> rest;
    std::size_t c = 0;
    for (const auto &span : spans) {
        int start = span.start;
        while (c < cut.size() && cut[c].end <= start)
            ++c;
        std::size_t k = c;
        while (k < cut.size() && cut[k].start < span.end) {
            if (cut[k].start > start)
                rest.push_back({ start, cut[k].start });
            start = std::max(start, cut[k].end);
            ++k;
        }
        if (start < span.end)
            rest.push_back({ start, span.end });
    }
    spans = std::move(rest);
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

bool matches(const OpeningHours::Rule &rule, QDate date, bool publicHoliday)
{
    if (!rule.dates.empty()
        && std::none_of(rule.dates.begin(), rule.dates.end(), [&](const auto &r) { return contains(r, date); }))
        return false;
    if (rule.weekdays == 0 && !rule.publicHolidays)
        return true;
    if (rule.weekdays & (1u << (date.dayOfWeek() - 1)))
        return true;
    return rule.publicHolidays && publicHoliday;
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
        bool additional = false;
        while (true) {
            skipSpace();
            if (atEnd()) {
                if (additional)
                    return error(OpeningHours::ErrorCode::EmptyRule, m_pos,
                                 QCoreApplication::translate("kotona::OpeningHours",
                                                             "expected a rule after \",\" at column %1"));
                break; // a trailing ';' is harmless
            }
            if (peek() == u';' || peek() == u',')
                return error(
                    OpeningHours::ErrorCode::EmptyRule, m_pos,
                    QCoreApplication::translate("kotona::OpeningHours", "expected a rule before \"%2\" at column %1"),
                    QString(peek()));
            OpeningHours::Rule rule;
            rule.additional = additional;
            if (!parseRule(rule))
                return *m_error;
            rules.push_back(std::move(rule));
            skipSpace();
            if (atEnd())
                break;
            if (peek() == u';') {
                ++m_pos;
                additional = false;
                continue;
            }
            if (peek() == u',') {
                ++m_pos;
                additional = true;
                continue;
            }
            if (peek() == u'|' && peekAt(1) == u'|')
                return error(OpeningHours::ErrorCode::Unsupported, m_pos,
                             QCoreApplication::translate("kotona::OpeningHours",
                                                         "fallback rules (\"||\") are not supported at column %1"));
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

        if (monthAt(m_pos) >= 0) {
            if (!parseDates(rule))
                return false;
            any = true;
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
                for (int d = from;; d = (d + 1) % 7) {
                    rule.weekdays |= 1u << d;
                    if (d == to)
                        break;
                }
                if (!atEnd() && peek() == u'[')
                    return fail(OpeningHours::ErrorCode::Unsupported, m_pos,
                                QCoreApplication::translate(
                                    "kotona::OpeningHours",
                                    "weekdays of the month such as \"Mo[1]\" are not supported at column %1"));
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
        static constexpr std::array<const char16_t *, 7> unsupported
            = { u"sh", u"sunrise", u"sunset", u"dawn", u"dusk", u"week", u"easter" };
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
            || w.compare(u"PH", Qt::CaseInsensitive) == 0 || isStateWord(w);
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
    return Result(std::move(hours));
}

OpeningHours::Day OpeningHours::day(QDate date, bool publicHoliday) const
{
    Day result;
    if (!date.isValid())
        return result;
    for (const Rule &rule : m_rules) {
        if (!matches(rule, date, publicHoliday))
            continue;
        switch (rule.state) {
        case State::Open: {
            std::vector<Span> spans = rule.spans.empty() ? std::vector<Span> { { 0, minutesPerDay } } : rule.spans;
            if (rule.additional && result.state == State::Open)
                result.spans.insert(result.spans.end(), spans.begin(), spans.end());
            else
                result.spans = std::move(spans);
            result.state = State::Open;
            if (!rule.comment.isEmpty() || !rule.additional)
                result.comment = rule.comment;
            break;
        }
        case State::Closed:
            // "We 12:00-14:00 off" closes only those hours of what earlier rules opened.
            if (!rule.spans.empty() && result.state == State::Open) {
                subtract(result.spans, rule.spans);
                if (result.spans.empty())
                    result.state = State::Closed;
            } else {
                result.state = State::Closed;
                result.spans.clear();
            }
            if (!rule.comment.isEmpty() || !rule.additional)
                result.comment = rule.comment;
            break;
        case State::Unknown:
            result.state = State::Unknown;
            result.spans.clear();
            result.comment = rule.comment;
            break;
        }
    }
    normalise(result.spans);
    return result;
}

bool OpeningHours::canBeOpen() const
{
    return std::any_of(m_rules.begin(), m_rules.end(), [](const Rule &r) { return r.state == State::Open; });
}

} // namespace kotona
