// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/finnishholidays.h"

#include <QCoreApplication>

#include <algorithm>

// The list and the rules for the moving days follow the University of Helsinki Almanac
// Office as quoted on "Finnish holidays",
// https://hameenlinna.myintegration.fi/en/everyday-life-in-finland/finnish-holidays/
// (Midsummer Day: the Saturday between 20 and 26 June; All Saints' Day: the Saturday
// between 31 October and 6 November), checked against the 2026 dates listed at
// https://logifie.com/pt/holidays/FI/2026 (Good Friday 3 April, Ascension 14 May,
// Pentecost 24 May, Midsummer Eve 19 June, All Saints' Day 31 October 2026).

namespace kotona {

namespace {

constexpr int firstYear = 1583;
constexpr int lastYear = 9999;

// The Saturday in [first, first + 6].
QDate saturdayFrom(QDate first)
{
    return first.addDays((Qt::Saturday - first.dayOfWeek() + 7) % 7);
}

} // namespace

QDate FinnishHolidays::easterSunday(int year)
{
    if (year < firstYear || year > lastYear)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

std::vector<FinnishHolidays::Holiday> FinnishHolidays::holidays(int year)
{
    if (year < firstYear || year > lastYear)
        return {};
    const QDate easter = easterSunday(year);
    const QDate midsummerDay = saturdayFrom(QDate(year, 6, 20));
    std::vector<Holiday> list = {
        { Kind::NewYearsDay, QDate(year, 1, 1),
          QCoreApplication::translate("kotona::FinnishHolidays", "New Year's Day") },
        { Kind::Epiphany, QDate(year, 1, 6), QCoreApplication::translate("kotona::FinnishHolidays", "Epiphany") },
        { Kind::GoodFriday, easter.addDays(-2), QCoreApplication::translate("kotona::FinnishHolidays", "Good Friday") },
        { Kind::EasterSunday, easter, QCoreApplication::translate("kotona::FinnishHolidays", "Easter Sunday") },
        { Kind::EasterMonday, easter.addDays(1),
          QCoreApplication::translate("kotona::FinnishHolidays", "Easter Monday") },
        { Kind::MayDay, QDate(year, 5, 1), QCoreApplication::translate("kotona::FinnishHolidays", "May Day") },
        { Kind::AscensionDay, easter.addDays(39),
          QCoreApplication::translate("kotona::FinnishHolidays", "Ascension Day") },
        { Kind::Whitsun, easter.addDays(49), QCoreApplication::translate("kotona::FinnishHolidays", "Whitsun") },
        { Kind::MidsummerEve, midsummerDay.addDays(-1),
          QCoreApplication::translate("kotona::FinnishHolidays", "Midsummer Eve"), false },
        { Kind::MidsummerDay, midsummerDay, QCoreApplication::translate("kotona::FinnishHolidays", "Midsummer Day") },
        { Kind::AllSaintsDay, saturdayFrom(QDate(year, 10, 31)),
          QCoreApplication::translate("kotona::FinnishHolidays", "All Saints' Day") },
        { Kind::IndependenceDay, QDate(year, 12, 6),
          QCoreApplication::translate("kotona::FinnishHolidays", "Independence Day") },
        { Kind::ChristmasEve, QDate(year, 12, 24),
          QCoreApplication::translate("kotona::FinnishHolidays", "Christmas Eve"), false },
        { Kind::ChristmasDay, QDate(year, 12, 25),
          QCoreApplication::translate("kotona::FinnishHolidays", "Christmas Day") },
        { Kind::StStephensDay, QDate(year, 12, 26),
          QCoreApplication::translate("kotona::FinnishHolidays", "St Stephen's Day") },
    };
    // Ascension Day can fall on May Day (it did in 2008); keep date order either way.
    std::stable_sort(list.begin(), list.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

bool FinnishHolidays::isPublicHoliday(QDate date)
{
    if (!date.isValid() || date.year() < firstYear || date.year() > lastYear)
        return false;
    // Cheap checks first: most days are not near a holiday.
    const int month = date.month();
    const int day = date.day();
    if (month == 1)
        return day == 1 || day == 6;
    if (month == 12)
        return day == 6 || day == 25 || day == 26; // not Christmas Eve: see the header
    if (month == 5 && day == 1)
        return true;
    if (month == 6) {
        const QDate midsummerDay = saturdayFrom(QDate(date.year(), 6, 20));
        if (date == midsummerDay) // not Midsummer Eve: see the header
            return true;
    }
    if (month == 10 || month == 11)
        return date == saturdayFrom(QDate(date.year(), 10, 31));
    if (month >= 3 && month <= 6) {
        const QDate easter = easterSunday(date.year());
        const qint64 offset = easter.daysTo(date);
        return offset == -2 || offset == 0 || offset == 1 || offset == 39 || offset == 49;
    }
    return false;
}

std::optional<FinnishHolidays::Holiday> FinnishHolidays::holidayOn(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    for (auto &h : holidays(date.year())) {
        if (h.date == date)
            return h;
    }
    return std::nullopt;
}

} // namespace kotona
