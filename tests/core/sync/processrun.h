// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a real program (minisign, kotona-pack) for the sync tests and collects what it did.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace kotona::test {

struct ProcessRun {
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `input` is written to the program's standard input, which is then closed.
inline ProcessRun runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                             const QString &workingDir = {}, int timeoutMs = 180000)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    ProcessRun run;
    run.started = process.waitForStarted(30000);
    if (!run.started)
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    process.waitForFinished(5000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The `minisign` command, or empty when it is not installed (dev.sh and CI install it).
inline QString minisignProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("minisign"));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace kotona::test
