// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack hours: what the opening-hours engine says about one moment.
#include "commands.h"
#include "services/openinghours.h"
#include "services/openstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace kotona::cli {

namespace {

QDateTime parseMoment(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime) {
        // No offset given: a Helsinki wall-clock time, whatever this machine's zone.
        const QTimeZone helsinki(QByteArrayLiteral("Europe/Helsinki"));
        dt = QDateTime(dt.date(), dt.time(), helsinki.isValid() ? helsinki : QTimeZone(2 * 3600));
    }
    return dt;
}

// `value` as a JSON string literal, escaped.
QString jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

int hoursCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList words;
    QString at;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--json"))
            json = true;
        else if (args.at(i) == QLatin1String("--at") && i + 1 < args.size())
            at = args.at(++i);
        else
            words.append(args.at(i));
    }
    if (words.isEmpty()) {
        err << QCoreApplication::translate(
            "kotona::cli", "hours needs an opening_hours value: kotona-pack hours EXPR [--at ISO_TIME] [--json]")
            << '\n';
        return 2;
    }
    const QDateTime moment = at.isEmpty() ? QDateTime::currentDateTime() : parseMoment(at);
    if (!moment.isValid()) {
        err << QCoreApplication::translate("kotona::cli", "\"%1\" is not a date and time like 2026-03-29T03:30").arg(at)
            << '\n';
        return 2;
    }
    const QString expression = words.join(QLatin1Char(' '));
    const auto parsed = OpeningHours::parse(expression);
    if (!parsed.ok()) {
        err << parsed.error().message << '\n';
        return 1;
    }
    const OpenStatus status = OpenStatus::compute(parsed.value(), moment);
    if (!json) {
        out << describe(status) << '\n';
        return 0;
    }
    // Written by hand to keep the keys in the documented order.
    QString open = QStringLiteral("null");
    if (status.state == OpenStatus::State::Open || status.state == OpenStatus::State::ClosesSoon)
        open = QStringLiteral("true");
    else if (status.state == OpenStatus::State::Closed)
        open = QStringLiteral("false");
    const QString next
        = status.nextChange.isValid() ? jsonString(status.nextChange.toString(Qt::ISODate)) : QStringLiteral("null");
    out << QStringLiteral("{\"open\": %1, \"next_change\": %2, \"comment\": %3}")
               .arg(open, next, jsonString(status.comment))
        << '\n';
    return 0;
}

} // namespace kotona::cli
