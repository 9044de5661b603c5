// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/finnishholidays.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using kotona::FinnishHolidays;
using Kind = FinnishHolidays::Kind;

namespace {

std::vector<QDate> datesOf(int year)
{
    std::vector<QDate> dates;
    for (const auto &h : FinnishHolidays::holidays(year))
        dates.push_back(h.date);
    return dates;
}

QDate dateOf(int year, Kind kind)
{
    for (const auto &h : FinnishHolidays::holidays(year)) {
        if (h.kind == kind)
            return h.date;
    }
    return {};
}

} // namespace

TEST_CASE("Easter Sunday follows the Gregorian computus")
{
    CHECK(FinnishHolidays::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(FinnishHolidays::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(FinnishHolidays::easterSunday(2027) == QDate(2027, 3, 28));
    // The earliest and latest possible Easters, and a year when Ascension fell on May Day.
    CHECK(FinnishHolidays::easterSunday(2285) == QDate(2285, 3, 22));
    CHECK(FinnishHolidays::easterSunday(2038) == QDate(2038, 4, 25));
    CHECK(FinnishHolidays::easterSunday(2008) == QDate(2008, 3, 23));
    CHECK(FinnishHolidays::easterSunday(2000) == QDate(2000, 4, 23));
}

TEST_CASE("the public holidays of 2025 are the fifteen days Finland keeps")
{
    CHECK(datesOf(2025)
          == std::vector<QDate> { QDate(2025, 1, 1), QDate(2025, 1, 6), QDate(2025, 4, 18), QDate(2025, 4, 20),
                                  QDate(2025, 4, 21), QDate(2025, 5, 1), QDate(2025, 5, 29), QDate(2025, 6, 8),
                                  QDate(2025, 6, 20), QDate(2025, 6, 21), QDate(2025, 11, 1), QDate(2025, 12, 6),
                                  QDate(2025, 12, 24), QDate(2025, 12, 25), QDate(2025, 12, 26) });
}

TEST_CASE("the public holidays of 2026 match the published calendar")
{
    CHECK(datesOf(2026)
          == std::vector<QDate> { QDate(2026, 1, 1), QDate(2026, 1, 6), QDate(2026, 4, 3), QDate(2026, 4, 5),
                                  QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 5, 14), QDate(2026, 5, 24),
                                  QDate(2026, 6, 19), QDate(2026, 6, 20), QDate(2026, 10, 31), QDate(2026, 12, 6),
                                  QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2026, 12, 26) });
}

TEST_CASE("the public holidays of 2027 include an early Easter and the latest Midsummer and All Saints' Day")
{
    CHECK(datesOf(2027)
          == std::vector<QDate> { QDate(2027, 1, 1), QDate(2027, 1, 6), QDate(2027, 3, 26), QDate(2027, 3, 28),
                                  QDate(2027, 3, 29), QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 16),
                                  QDate(2027, 6, 25), QDate(2027, 6, 26), QDate(2027, 11, 6), QDate(2027, 12, 6),
                                  QDate(2027, 12, 24), QDate(2027, 12, 25), QDate(2027, 12, 26) });
}

TEST_CASE("the moving holidays fall on the weekday their rule names")
{
    for (int year = 2000; year <= 2100; ++year) {
        INFO(year);
        CHECK(dateOf(year, Kind::GoodFriday).dayOfWeek() == Qt::Friday);
        CHECK(dateOf(year, Kind::EasterSunday).dayOfWeek() == Qt::Sunday);
        CHECK(dateOf(year, Kind::EasterMonday).dayOfWeek() == Qt::Monday);
        CHECK(dateOf(year, Kind::AscensionDay).dayOfWeek() == Qt::Thursday);
        CHECK(dateOf(year, Kind::Whitsun).dayOfWeek() == Qt::Sunday);
        const QDate eve = dateOf(year, Kind::MidsummerEve);
        CHECK(eve.dayOfWeek() == Qt::Friday);
        CHECK(eve >= QDate(year, 6, 19));
        CHECK(eve <= QDate(year, 6, 25));
        const QDate midsummer = dateOf(year, Kind::MidsummerDay);
        CHECK(midsummer.dayOfWeek() == Qt::Saturday);
        CHECK(midsummer >= QDate(year, 6, 20));
        CHECK(midsummer <= QDate(year, 6, 26));
        const QDate allSaints = dateOf(year, Kind::AllSaintsDay);
        CHECK(allSaints.dayOfWeek() == Qt::Saturday);
        CHECK(allSaints >= QDate(year, 10, 31));
        CHECK(allSaints <= QDate(year, 11, 6));
    }
}

TEST_CASE("isPublicHoliday agrees with the list, less the two eves, on every day of 2025 to 2030 and 2008")
{
    for (int year : { 2008, 2025, 2026, 2027, 2028, 2029, 2030 }) {
        std::set<QDate> listed;
        for (const auto &h : FinnishHolidays::holidays(year)) {
            if (h.countsAsPH)
                listed.insert(h.date);
        }
        CHECK(listed.size() == (year == 2008 ? 12u : 13u)); // Ascension Day was May Day in 2008
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            INFO(d.toString(Qt::ISODate).toStdString());
            CHECK(FinnishHolidays::isPublicHoliday(d) == (listed.count(d) == 1));
        }
    }
}

TEST_CASE("ordinary days around the holidays are not holidays")
{
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 1, 2)));
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 4, 4))); // Holy Saturday
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 6, 21))); // the Sunday after Midsummer
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 11, 1)));
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 12, 27)));
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 12, 31))); // New Year's Eve
}

TEST_CASE("Midsummer Eve and Christmas Eve are named but are not PH, as in OpenStreetMap's Finnish holidays")
{
    // Friday 19 June 2026 and Thursday 24 December 2026.
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 6, 19)));
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate(2026, 12, 24)));
    CHECK(FinnishHolidays::isPublicHoliday(QDate(2026, 6, 20)));
    CHECK(FinnishHolidays::isPublicHoliday(QDate(2026, 12, 25)));
    const auto eve = FinnishHolidays::holidayOn(QDate(2026, 12, 24));
    REQUIRE(eve.has_value());
    CHECK(eve->kind == Kind::ChristmasEve);
    CHECK_FALSE(eve->countsAsPH);
    CHECK(FinnishHolidays::holidayOn(QDate(2026, 6, 19))->name == "Midsummer Eve");
    CHECK(FinnishHolidays::holidayOn(QDate(2026, 4, 3))->countsAsPH);
    CHECK_FALSE(FinnishHolidays::holidayOn(QDate(2026, 4, 4)).has_value());
}

TEST_CASE("Ascension Day on May Day still keeps the list in date order")
{
    const auto list = FinnishHolidays::holidays(2008);
    REQUIRE(list.size() == 15);
    CHECK(dateOf(2008, Kind::AscensionDay) == QDate(2008, 5, 1));
    CHECK(std::is_sorted(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.date < b.date; }));
}

TEST_CASE("holidays carry English names and invalid dates or years have none")
{
    const auto list = FinnishHolidays::holidays(2026);
    CHECK(list.front().name == "New Year's Day");
    CHECK(list.back().name == "St Stephen's Day");
    CHECK(list[8].name == "Midsummer Eve");
    CHECK(FinnishHolidays::holidays(1500).empty());
    CHECK(FinnishHolidays::holidays(10000).empty());
    CHECK_FALSE(FinnishHolidays::easterSunday(1500).isValid());
    CHECK_FALSE(FinnishHolidays::isPublicHoliday(QDate()));
}
