// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace kotona::cli {

// A kotona-pack command: arguments after the command name; returns the exit status
// (0 success, 1 the input has problems, 2 wrong usage).
using Command = std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)>;

[[nodiscard]] Command findCommand(const QString &name);

// Positional arguments and `--option VALUE` pairs (options in `withValue`) or flags
// (`flags`); `unknown` is the first other option, which callers refuse.
struct CommandLine {
    QStringList positional;
    QMap<QString, QString> options;
    QString unknown;
    [[nodiscard]] bool has(const char *option) const { return options.contains(QLatin1String(option)); }
    [[nodiscard]] QString value(const char *option) const { return options.value(QLatin1String(option)); }
};
[[nodiscard]] CommandLine parseCommandLine(const QStringList &args, const QStringList &withValue,
                                           const QStringList &flags = {});

// Commands implemented in their own files.
int validateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int buildCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int inspectCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int diffCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int benchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int benchSync(const QStringList &args, QTextStream &out, QTextStream &err);
int benchHours(const QStringList &args, QTextStream &out, QTextStream &err);
int hoursCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// signcommands.cpp: minisign-compatible keys and signatures.
int keygenCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int signCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int verifyCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// synccommands.cpp: the signed repository and the update client.
int publishCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int rotateRootCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int syncCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int serveCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace kotona::cli
