// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace kotona {

// Finland's public holidays, as the rules have stood since 1992, for opening hours:
// New Year's Day, Epiphany, Good Friday, Easter Sunday and Monday, May Day, Ascension
// Day, Whitsun, Midsummer Eve and Day, All Saints' Day, Independence Day, Christmas Eve,
// Christmas Day and St Stephen's Day. Midsummer Eve and Christmas Eve are not official
// holidays by law, but offices and most services close, so `PH` covers them here.
// Years outside 1583-9999 (the Gregorian calendar QDate can hold) have no holidays.
class FinnishHolidays
{
public:
    enum class Kind {
        NewYearsDay,
        Epiphany,
        GoodFriday,
        EasterSunday,
        EasterMonday,
        MayDay,
        AscensionDay,
        Whitsun,
        MidsummerEve,
        MidsummerDay,
        AllSaintsDay,
        IndependenceDay,
        ChristmasEve,
        ChristmasDay,
        StStephensDay,
    };

    struct Holiday {
        Kind kind;
        QDate date;
        QString name; // translated English name, "Good Friday"
    };

    [[nodiscard]] static bool isPublicHoliday(QDate date);
    // The holidays of `year` in date order.
    [[nodiscard]] static std::vector<Holiday> holidays(int year);
    // Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher).
    [[nodiscard]] static QDate easterSunday(int year);
};

} // namespace kotona
