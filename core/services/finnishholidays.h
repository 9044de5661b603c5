// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace kotona {

// Finland's public holidays, as the rules have stood since 1992, for opening hours:
// New Year's Day, Epiphany, Good Friday, Easter Sunday and Monday, May Day, Ascension
// Day, Whitsun, Midsummer Eve and Day, All Saints' Day, Independence Day, Christmas Eve,
// Christmas Day and St Stephen's Day.
//
// Midsummer Eve and Christmas Eve are listed (the app names them) but are NOT public
// holidays for `PH`: isPublicHoliday() is false for them and their Holiday::countsAsPH
// is false. This follows OpenStreetMap: opening_hours.js's Finnish holiday definitions
// (src/holidays/fi.yaml) list juhannuspäivä and joulupäivä but neither eve, and Finnish
// mappers tag the eves explicitly ("Dec 24 off", "Jun 19-25 Fr off"). Counting them as
// PH here would make "Mo-Fr 09:00-16:00; PH off" mean something else in Kotona than
// on the map it was copied from; the eves are not official holidays by law either.
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
        bool countsAsPH = true; // false for Midsummer Eve and Christmas Eve (see above)
    };

    // True on the days `PH` means: the holidays above except the two eves.
    [[nodiscard]] static bool isPublicHoliday(QDate date);
    // The holiday on `date` (an eve too), if any.
    [[nodiscard]] static std::optional<Holiday> holidayOn(QDate date);
    // The holidays of `year` in date order.
    [[nodiscard]] static std::vector<Holiday> holidays(int year);
    // Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher).
    [[nodiscard]] static QDate easterSunday(int year);
};

} // namespace kotona
