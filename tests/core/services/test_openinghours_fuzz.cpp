// SPDX-License-Identifier: GPL-3.0-or-later
// A fuzz test of the opening-hours parser that runs in ctest: many random inputs up to
// 10 kB, built from the syntax's own tokens, random characters and mutations of valid
// expressions, must never crash, hang or take long, and every error must point inside
// the text. tests/fuzz/fuzz_openinghours.cpp is the libFuzzer target for longer runs.
#include "services/openinghours.h"
#include "services/openstatus.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <catch2/catch.hpp>

#include <array>
#include <random>

using kotona::OpeningHours;
using kotona::OpenStatus;

namespace {

constexpr std::array<const char16_t *, 48> tokens = {
    u"Mo",          u"Tu",
    u"We",          u"Th",
    u"Fr",          u"Sa",
    u"Su",          u"PH",
    u"SH",          u"Jan",
    u"Jun",         u"Dec",
    u"week",        u" ",
    u"-",           u",",
    u";",           u"||",
    u"|",           u":",
    u"[",           u"]",
    u"/",           u"+",
    u"\"",          u"\"by appointment\"",
    u"off",         u"open",
    u"unknown",     u"closed",
    u"24/7",        u"09:00",
    u"16:00",       u"24:00",
    u"48:00",       u"1",
    u"5",           u"-1",
    u"24",          u"53",
    u"2026",        u"10:00-12:00",
    u"22:00-02:00", u"sunrise",
    u"easter",      u"\t",
    u"\u2013",      u"\u00e4",
};

constexpr std::array<const char *, 8> valid = {
    "Mo-Fr 09:00-16:00; Sa 10:00-14:00; PH off",
    "Mo-Th 08:00-11:30,12:30-16:00; Fr 08:00-14:00 \"by appointment\"",
    "Jun-Aug Mo-Fr 10:00-15:00; Dec 24-26 off",
    "week 01-26 Sa[1] 10:00-14:00 || \"call us\"",
    "Fr-Sa 22:00-02:00, Su[-1] 12:00-16:00",
    "24/7; Dec 25 off",
    "Mo[1,3] 09:00-11:00; week 2-52/2 We 10:00-12:00 unknown",
    "Dec 24-Jan 6 off; Mo-Su 10:00-18:00 open \"winter\"",
};

QString randomInput(std::mt19937 &random)
{
    const int maxLength = int(random() % 10240) + 1;
    QString text;
    switch (random() % 3) {
    case 0: // tokens of the syntax
        while (text.size() < maxLength)
            text += QString::fromUtf16(tokens[random() % tokens.size()]);
        break;
    case 1: // any UTF-16 code unit, NULs and lone surrogates included
        for (int i = 0; i < maxLength; ++i)
            text += QChar(char16_t(random() & 0xffff));
        break;
    default: { // valid expressions, repeated and mutated
        while (text.size() < maxLength)
            text += QString::fromLatin1(valid[random() % valid.size()]) + QStringLiteral("; ");
        const int mutations = int(random() % 20);
        for (int m = 0; m < mutations && !text.isEmpty(); ++m) {
            const qsizetype at = qsizetype(random() % std::uint32_t(text.size()));
            switch (random() % 3) {
            case 0:
                text.remove(at, 1 + qsizetype(random() % 5));
                break;
            case 1:
                text.insert(at, QString::fromUtf16(tokens[random() % tokens.size()]));
                break;
            default:
                text[at] = QChar(char16_t(random() % 128));
                break;
            }
        }
        break;
    }
    }
    return text.left(10240);
}

} // namespace

TEST_CASE(
    "2,000 random inputs up to 10 kB never crash the parser, each error points into the text, and each parse is fast")
{
    std::mt19937 random(14);
    const QDateTime moment(QDate(2026, 3, 29), QTime(2, 30), QTimeZone(QByteArrayLiteral("Europe/Helsinki")));
    qint64 slowestNs = 0;
    int parsedOk = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString text = randomInput(random);
        QElapsedTimer timer;
        timer.start();
        const auto result = OpeningHours::parse(text);
        if (result.ok()) {
            ++parsedOk;
            // What parses must also evaluate, including on the spring-forward night.
            const auto status = OpenStatus::compute(result.value(), moment);
            CHECK(status.moment.isValid());
        } else {
            INFO(text.left(200).toStdString());
            CHECK(result.error().column >= 1);
            CHECK(result.error().column <= text.size() + 1);
            CHECK_FALSE(result.error().message.isEmpty());
        }
        slowestNs = std::max(slowestNs, timer.nsecsElapsed());
    }
    // A generous bound for a shared, slow machine: linear parsing takes well under 1 ms
    // for 10 kB; a hang or quadratic blow-up would take seconds.
    CHECK(slowestNs < qint64(500) * 1000 * 1000);
    CHECK(parsedOk > 0); // the mutated valid texts do parse sometimes
}
