// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace kotona::cli {

// A kotona-pack command: arguments after the command name; returns the exit status
// (0 success, 1 the input has problems, 2 wrong usage).
using Command = std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)>;

[[nodiscard]] Command findCommand(const QString &name);

// Commands implemented in their own files.
int validateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int buildCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int inspectCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int diffCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int benchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int benchHours(const QStringList &args, QTextStream &out, QTextStream &err);
int hoursCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// signcommands.cpp: minisign-compatible keys and signatures.
int keygenCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int signCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int verifyCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace kotona::cli
