// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "content/contentstore.h"
#include "pack/contentsource.h"
#include "pack/packbuilder.h"
#include "pack/packinspector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kotona::cli {

namespace {

int usageError(QTextStream &err, const QString &message)
{
    err << message << '\n'
        << QCoreApplication::translate("kotona::cli", "Run kotona-pack --help to see the commands.") << '\n';
    return 2;
}

void printProblems(const pack::Problems &problems, QTextStream &err)
{
    for (const auto &p : problems)
        err << p.toString() << '\n';
    err << QCoreApplication::translate("kotona::cli", "%n problem(s) found.", nullptr, int(problems.size())) << '\n';
}

// Splits `--flag` options from positional arguments; `--o VALUE` style options
// listed in `withValue` take the next argument.
struct Parsed {
    QStringList positional;
    QMap<QString, QString> options;
};

Parsed parse(const QStringList &args, const QStringList &withValue)
{
    Parsed p;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            if (withValue.contains(a) && i + 1 < args.size())
                p.options.insert(a, args.at(++i));
            else
                p.options.insert(a, QString());
        } else {
            p.positional.append(a);
        }
    }
    return p;
}

} // namespace

CommandLine parseCommandLine(const QStringList &args, const QStringList &withValue, const QStringList &flags)
{
    CommandLine c;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1String("--"))) {
            if (withValue.contains(arg) && i + 1 < args.size())
                c.options.insert(arg, args.at(++i));
            else if (flags.contains(arg))
                c.options.insert(arg, QString());
            else if (c.unknown.isEmpty())
                c.unknown = arg;
        } else {
            c.positional.append(arg);
        }
    }
    return c;
}

Command findCommand(const QString &name)
{
    static const QMap<QString, Command> commands = {
        { QStringLiteral("validate"), validateCommand }, { QStringLiteral("build"), buildCommand },
        { QStringLiteral("inspect"), inspectCommand },   { QStringLiteral("diff"), diffCommand },
        { QStringLiteral("bench"), benchCommand },       { QStringLiteral("search"), searchCommand },
        { QStringLiteral("hours"), hoursCommand },
        { QStringLiteral("keygen"), keygenCommand },     { QStringLiteral("sign"), signCommand },
        { QStringLiteral("verify"), verifyCommand },
        { QStringLiteral("publish"), publishCommand },   { QStringLiteral("rotate-root"), rotateRootCommand },
        { QStringLiteral("export"), exportCommand },     { QStringLiteral("sync"), syncCommand },
        { QStringLiteral("serve"), serveCommand },
    };
    return commands.value(name);
}

int validateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, {});
    if (p.positional.size() != 1)
        return usageError(
            err,
            QCoreApplication::translate("kotona::cli", "validate needs one content folder: kotona-pack validate DIR"));
    pack::Problems problems;
    const auto content = pack::ContentSource::load(p.positional.first(), problems);
    if (!problems.isEmpty()) {
        printProblems(problems, err);
        return 1;
    }
    out << QCoreApplication::translate("kotona::cli",
                                       "%1: %2 guides, %3 glossary terms, %4 services, %5 checklists: no problems.")
               .arg(p.positional.first())
               .arg(content.guides.size())
               .arg(content.glossary.size())
               .arg(content.services.size())
               .arg(content.checklists.size())
        << '\n';
    return 0;
}

int buildCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, { QStringLiteral("-o"), QStringLiteral("--seq") });
    if (p.positional.size() != 1 || !p.options.contains(QStringLiteral("-o")))
        return usageError(
            err,
            QCoreApplication::translate(
                "kotona::cli", "build needs a content folder and an output file: kotona-pack build DIR -o PACK"));
    pack::BuildOptions options;
    if (p.options.contains(QStringLiteral("--seq")))
        options.seq = p.options.value(QStringLiteral("--seq")).toLongLong();
    pack::Problems problems;
    const auto result = pack::PackBuilder::buildFromDirectory(p.positional.first(),
                                                              p.options.value(QStringLiteral("-o")), problems, options);
    if (!problems.isEmpty()) {
        printProblems(problems, err);
        err << QCoreApplication::translate("kotona::cli", "The pack was not built.") << '\n';
        return 1;
    }
    if (!result.ok) {
        err << QCoreApplication::translate("kotona::cli", "The pack could not be written: %1").arg(result.error)
            << '\n';
        return 1;
    }
    out << QCoreApplication::translate("kotona::cli", "%1: %2 sections, %3 bytes, content digest %4")
               .arg(p.options.value(QStringLiteral("-o")))
               .arg(result.sections)
               .arg(result.bytes)
               .arg(result.contentDigest)
        << '\n';
    return 0;
}

int inspectCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, {});
    if (p.positional.size() != 1)
        return usageError(err,
                          QCoreApplication::translate(
                              "kotona::cli", "inspect needs one pack file: kotona-pack inspect PACK [--json]"));
    const auto report = pack::PackInspector::inspect(p.positional.first());
    if (!report.error.isEmpty()) {
        err << report.error << '\n';
        return 1;
    }
    if (p.options.contains(QStringLiteral("--json"))) {
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (auto it = report.meta.cbegin(); it != report.meta.cend(); ++it)
        out << it.key() << ": " << it.value() << '\n';
    out << '\n' << QCoreApplication::translate("kotona::cli", "Records") << '\n';
    for (auto it = report.tableCounts.cbegin(); it != report.tableCounts.cend(); ++it) {
        out << "  " << it.key().leftJustified(20) << QString::number(it.value()).rightJustified(7);
        const auto byLang = report.countsByLanguage.value(it.key());
        for (auto jt = byLang.cbegin(); jt != byLang.cend(); ++jt)
            out << "  " << jt.key() << '=' << jt.value();
        out << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("kotona::cli",
                                       "Translations (o original, r reviewed, m machine, u outdated, . missing)")
        << '\n';
    out << QString().leftJustified(48);
    for (const QString &l : report.languages)
        out << l.leftJustified(4);
    out << '\n';
    for (auto it = report.matrix.cbegin(); it != report.matrix.cend(); ++it) {
        out << it.key().leftJustified(48);
        for (const QString &l : report.languages) {
            static const char marks[] = { 'o', 'r', 'm', 'u', '.' };
            out << QString(QLatin1Char(marks[int(it.value().value(l, pack::TranslationState::Missing))]))
                       .leftJustified(4);
        }
        out << '\n';
    }
    return 0;
}

int diffCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, {});
    if (p.positional.size() != 2)
        return usageError(
            err,
            QCoreApplication::translate("kotona::cli", "diff needs two pack files: kotona-pack diff OLD NEW [--json]"));
    const auto d = pack::PackInspector::diff(p.positional.at(0), p.positional.at(1));
    if (!d.error.isEmpty()) {
        err << d.error << '\n';
        return 1;
    }
    if (p.options.contains(QStringLiteral("--json"))) {
        out << QJsonDocument(d.toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto print = [&](const char *sign, const QMap<QString, QStringList> &m) {
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            for (const QString &id : it.value())
                out << sign << ' ' << it.key() << ' ' << id << '\n';
        }
    };
    print("+", d.added);
    print("~", d.changed);
    print("-", d.removed);
    if (d.isEmpty())
        out << QCoreApplication::translate("kotona::cli", "The packs hold the same records.") << '\n';
    return 0;
}

int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p
        = parse(args, { QStringLiteral("--lang"), QStringLiteral("--limit"), QStringLiteral("--municipality") });
    if (p.positional.size() < 2)
        return usageError(err,
                          QCoreApplication::translate("kotona::cli",
                                                      "search needs a pack and a query: kotona-pack search PACK "
                                                      "QUERY [--lang L] [--limit N] [--json]"));
    ContentStore store;
    const auto opened = store.open(p.positional.first());
    if (!opened.ok()) {
        err << opened.message << '\n';
        return 1;
    }
    search::SearchRequest request;
    request.query = p.positional.mid(1).join(QLatin1Char(' '));
    request.langs = { p.options.value(QStringLiteral("--lang"), QStringLiteral("en")) };
    request.municipality = p.options.value(QStringLiteral("--municipality"));
    request.limit = std::clamp(p.options.value(QStringLiteral("--limit"), QStringLiteral("10")).toInt(), 1, 100);
    request.typeAhead = false;
    const auto result = store.search(request);
    if (p.options.contains(QStringLiteral("--json"))) {
        QJsonArray hits;
        for (const auto &h : result.hits)
            hits.append(QJsonObject { { QStringLiteral("guide"), h.guideId },
                                      { QStringLiteral("section"), h.anchor },
                                      { QStringLiteral("lang"), h.lang },
                                      { QStringLiteral("score"), h.score },
                                      { QStringLiteral("title"), h.title },
                                      { QStringLiteral("heading"), h.heading },
                                      { QStringLiteral("snippet"), h.snippet },
                                      { QStringLiteral("more_in_guide"), h.moreInGuide } });
        out << QJsonDocument(
                   QJsonObject { { QStringLiteral("query"), request.query },
                                 { QStringLiteral("hits"), hits },
                                 { QStringLiteral("did_you_mean"), QJsonArray::fromStringList(result.didYouMean) } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    if (result.hits.isEmpty()) {
        out << QCoreApplication::translate("kotona::cli", "No results.") << '\n';
    }
    for (const auto &h : result.hits) {
        QString snippet = h.snippet;
        snippet.replace(search::kHighlightStart, QStringLiteral("["))
            .replace(search::kHighlightEnd, QStringLiteral("]"));
        out << QString::number(h.score, 'f', 2) << '\t' << h.guideId << '#' << h.anchor << '\t' << h.lang << '\t'
            << snippet << '\n';
    }
    if (!result.didYouMean.isEmpty())
        out << QCoreApplication::translate("kotona::cli", "Did you mean: %1")
                   .arg(result.didYouMean.join(QStringLiteral(", ")))
            << '\n';
    return 0;
}

} // namespace kotona::cli
