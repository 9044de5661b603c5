// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack bench hours: opening-hours evaluations per second over the starter
// pack's services, and the time of the app's "open now" filter over all of them.
#include "commands.h"
#include "pack/contentsource.h"
#include "services/openinghours.h"
#include "services/openstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace kotona::cli {

int benchHours(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const bool json = args.contains(QStringLiteral("--json"));
    const int dataIndex = int(args.indexOf(QStringLiteral("--data")));
    const QString dataDir
        = dataIndex >= 0 && dataIndex + 1 < args.size() ? args.at(dataIndex + 1) : QStringLiteral(KOTONA_DATA_DIR);
    pack::Problems problems;
    const auto content = pack::ContentSource::load(dataDir, problems);
    if (!problems.isEmpty()) {
        for (const auto &p : problems)
            err << p.toString() << '\n';
        return 1;
    }
    QStringList texts;
    for (const auto &s : content.services) {
        if (!s.openingHours.isEmpty())
            texts.append(s.openingHours);
    }
    if (texts.isEmpty()) {
        err << QCoreApplication::translate("kotona::cli", "No services with opening hours in %1.").arg(dataDir) << '\n';
        return 1;
    }

    // 10,000 moments 52 min 43 s apart from New Year 2026: a whole year, both clock
    // changes, every holiday, every time of day.
    constexpr int momentCount = 10000;
    const QTimeZone helsinki(QByteArrayLiteral("Europe/Helsinki"));
    const QDateTime first(QDate(2026, 1, 1), QTime(0, 0), helsinki);
    std::vector<QDateTime> moments;
    moments.reserve(momentCount);
    for (int i = 0; i < momentCount; ++i)
        moments.push_back(first.addSecs(qint64(i) * 3163));

    QElapsedTimer timer;
    timer.start();
    std::vector<OpeningHours> hours;
    for (const QString &t : texts) {
        const auto parsed = OpeningHours::parse(t);
        if (parsed.ok())
            hours.push_back(parsed.value());
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;

    int open = 0;
    timer.restart();
    for (const QDateTime &m : moments) {
        for (const OpeningHours &h : hours) {
            const auto s = OpenStatus::compute(h, m);
            open += s.state == OpenStatus::State::Open || s.state == OpenStatus::State::ClosesSoon;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 evaluations = qint64(moments.size()) * qint64(hours.size());

    // The "open now" filter as the app runs it: parse every service's text and judge
    // it at one moment. The median and slowest of 101 runs at moments across the year,
    // after the evaluations above loaded the time-zone data (a cold first run is
    // measured by bench open's start-up figures, not here).
    std::vector<double> filterMs;
    for (int run = 0; run < 101; ++run) {
        const QDateTime &m = moments[std::size_t(run) * (momentCount / 101)];
        timer.restart();
        int n = 0;
        for (const QString &t : texts) {
            const auto parsed = OpeningHours::parse(t);
            if (parsed.ok()) {
                const auto s = OpenStatus::compute(parsed.value(), m);
                n += s.state == OpenStatus::State::Open || s.state == OpenStatus::State::ClosesSoon;
            }
        }
        filterMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        open += n;
    }
    std::sort(filterMs.begin(), filterMs.end());

    const QJsonObject figures { { QStringLiteral("services"), qint64(hours.size()) },
                                { QStringLiteral("moments"), momentCount },
                                { QStringLiteral("evaluations"), evaluations },
                                { QStringLiteral("seconds"), seconds },
                                { QStringLiteral("evaluations_per_s"), double(evaluations) / seconds },
                                { QStringLiteral("parse_all_ms"), parseSeconds * 1000 },
                                { QStringLiteral("open_now_filter_ms_median"), filterMs[filterMs.size() / 2] },
                                { QStringLiteral("open_now_filter_ms_max"), filterMs.back() },
                                { QStringLiteral("open_results"), open } };
    if (json) {
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    for (auto it = figures.begin(); it != figures.end(); ++it)
        out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    return 0;
}

} // namespace kotona::cli
