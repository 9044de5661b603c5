// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack: the publisher's and editor's command line over kotona_core.
// Commands (build, validate, inspect, publish, ...) arrive with their issues.
#include "kotona/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kotona-pack"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kotona::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("kotona-pack",
                                    "Builds, checks and publishes Kotona content packs.\n\n"
                                    "Commands:\n"
                                    "  (none yet) commands arrive as the content pack is built"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("kotona-pack", "The command to run."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        parser.showHelp(2);
    }
    QTextStream(stderr) << QCoreApplication::translate("kotona-pack", "Unknown command: %1").arg(args.first()) << '\n'
                        << QCoreApplication::translate("kotona-pack", "Run kotona-pack --help to see the commands.")
                        << '\n';
    return 2;
}
