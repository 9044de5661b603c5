// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the opening-hours parser and the "open now" status.
// Build (from the repo root):
//   clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -Icore \
//     tests/fuzz/fuzz_openinghours.cpp core/services/openinghours.cpp \
//     core/services/openstatus.cpp core/services/finnishholidays.cpp \
//     $(pkg-config --cflags --libs Qt6Core) -o build/fuzz_openinghours
//   build/fuzz_openinghours -max_total_time=60 tests/fuzz/corpus/openinghours
// Copy the corpus first if new inputs should not land in the repository.
#include "services/openinghours.h"
#include "services/openstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringDecoder>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Moments that exercise midnight, both daylight-saving changes and the Christmas holidays.
const QDateTime &moment(int i)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Helsinki"));
    static const QDateTime moments[] = {
        QDateTime(QDate(2026, 1, 12), QTime(10, 0), zone),
        QDateTime(QDate(2026, 1, 16), QTime(23, 59), zone),
        QDateTime(QDate(2026, 3, 29), QTime(2, 50), zone),
        QDateTime(QDate(2026, 10, 25), QTime(0, 40), QTimeZone::utc()),
        QDateTime(QDate(2026, 12, 24), QTime(0, 0), zone),
        QDateTime(QDate(2026, 6, 19), QTime(15, 45), QTimeZone::utc()),
    };
    return moments[i];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(data, qsizetype(size)));
    if (decoder.hasError())
        return -1; // not UTF-8: keep it out of the corpus

    const auto result = kotona::OpeningHours::parse(text);
    if (!result.ok()) {
        const auto &error = result.error();
        if (error.column < 1 || error.column > text.size() + 1 || error.message.isEmpty())
            std::abort();
        return 0;
    }
    for (int i = 0; i < 6; ++i) {
        const auto status = kotona::OpenStatus::compute(result.value(), moment(i));
        const QString text = kotona::describe(status);
        if (text.isEmpty())
            std::abort();
        // The invariants the UI relies on.
        const qint64 now = status.moment.toMSecsSinceEpoch();
        switch (status.state) {
        case kotona::OpenStatus::State::ClosesSoon:
            if (!status.closesAt.isValid() || status.closesAt.toMSecsSinceEpoch() - now > 30 * 60 * 1000)
                std::abort();
            [[fallthrough]];
        case kotona::OpenStatus::State::Open:
            if (status.closesAt.isValid() && status.closesAt.toMSecsSinceEpoch() <= now)
                std::abort();
            break;
        case kotona::OpenStatus::State::Closed:
            if (status.opensAt.isValid()
                && (status.opensAt.toMSecsSinceEpoch() <= now
                    || status.opensAt.toMSecsSinceEpoch() - now > 14LL * 24 * 3600 * 1000))
                std::abort();
            break;
        case kotona::OpenStatus::State::Unknown:
            break;
        }
    }
    return 0;
}
