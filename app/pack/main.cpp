// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack: the publisher's and editor's command line over kotona_core.
#include "commands.h"
#include "kotona/version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "kotona::cli",
        "Usage: kotona-pack COMMAND [ARGUMENTS]\n"
        "Builds, checks and publishes Kotona content packs.\n\n"
        "Commands:\n"
        "  validate DIR                 check a content folder; every problem as file:line: message\n"
        "  build DIR -o PACK            build a pack from a valid content folder\n"
        "  inspect PACK [--json]        counts per table and language, translation matrix\n"
        "  diff OLD NEW [--json]        records added, changed and removed, by id\n"
        "  search PACK QUERY [--lang L] [--limit N] [--json]   ranked search results\n"
        "  bench build [--sections N] [--json]   build a synthetic corpus and time it\n"
        "  bench open PACK [--json]     time opening a pack and the home page's first queries\n\n"
        "Options:\n"
        "  -h, --help                   show this help\n"
        "  -v, --version                show the version\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kotona-pack"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kotona::kVersion));

    // Messages in the user's language when Kotona has it (fi, sv), else English.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("kotona"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "kotona-pack " << kotona::kVersion << '\n';
        return 0;
    }
    const auto handler = kotona::cli::findCommand(command);
    if (!handler) {
        err << QCoreApplication::translate("kotona::cli", "Unknown command: %1").arg(command) << '\n'
            << QCoreApplication::translate("kotona::cli", "Run kotona-pack --help to see the commands.") << '\n';
        return 2;
    }
    return handler(args, out, err);
}
