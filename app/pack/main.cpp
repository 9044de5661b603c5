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
    // One translatable line per command, so a new command adds one message.
    const auto tr = [](const char *text) { return QCoreApplication::translate("kotona::cli", text); };
    const QList<QPair<const char *, QString>> commands = {
        { "validate DIR", tr("check a content folder; every problem as file:line: message") },
        { "build DIR -o PACK", tr("build a pack from a valid content folder") },
        { "inspect PACK [--json]", tr("counts per table and language, translation matrix") },
        { "diff OLD NEW [--json]", tr("records added, changed and removed, by id") },
        { "search PACK QUERY [--lang L] [--limit N] [--json]", tr("ranked search results") },
        { "bench build [--sections N] [--json]", tr("build a synthetic corpus and time it") },
        { "bench open PACK [--json]", tr("time opening a pack and the home page's first queries") },
        { "bench search [--sections N] [--json]", tr("search latency and index cost beside FTS5 unicode61") },
        { "bench search-quality PACK [--queries FILE] [--json]", tr("MRR@10 and recall@10 of the evaluation set") },
        { "bench hours [--data DIR] [--json]", tr("opening-hours evaluations per second and the open-now filter time") },
        { "hours EXPR [--at ISO_TIME] [--json]", tr("open, closed or unknown at a moment, and the next change") },
        { "keygen --key KEY [--password-file F] [--force]", tr("make a signing key pair: KEY and KEY.pub (minisign format)") },
        { "sign FILE --key KEY [--password-file F] [--trusted-comment T]", tr("sign FILE into FILE.minisig") },
        { "verify FILE --pub PUB [--sig SIG]", tr("check FILE's minisign signature; non-zero exit with the reason") },
        { "publish DATA|PACK --repo DIR --key KEY [--password-file F]", tr("write the next signed release into a repository") },
        { "rotate-root --repo DIR --key OLD --new-key NEW", tr("trust a new signing key, signed by the old one") },
        { "export --repo DIR --to DIR", tr("copy a repository to a folder or USB stick") },
        { "serve DIR [--port N] [--bind ADDR]", tr("serve a repository over HTTP; prints its address first") },
        { "sync --from URL|DIR --pack PACK [--trust ROOT_JSON] [--json]", tr("update a pack from a repository") },
    };
    QString text = tr("Usage: kotona-pack COMMAND [ARGUMENTS]") + QLatin1Char('\n')
        + tr("Builds, checks, searches and publishes Kotona content packs.") + QStringLiteral("\n\n") + tr("Commands:")
        + QLatin1Char('\n');
    for (const auto &[syntax, what] : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(QString::fromLatin1(syntax), what);
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + QStringLiteral("  -h, --help      ")
        + tr("show this help") + QLatin1Char('\n') + QStringLiteral("  -v, --version   ") + tr("show the version")
        + QLatin1Char('\n');
    return text;
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
