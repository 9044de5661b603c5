// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack bench: synthetic corpora built from the repository's own sentences.
#include "commands.h"
#include "content/contentstore.h"
#include "pack/contentsource.h"
#include "pack/packbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zstd.h>

namespace kotona::cli {

namespace {

// Sentences of every guide section, per language.
QMap<QString, QStringList> sentencesOf(const pack::ContentSource &content)
{
    static const QRegularExpression split(QStringLiteral("(?<=[.!?])\\s+"));
    QMap<QString, QStringList> out;
    for (const auto &g : content.guides) {
        for (const auto &t : g.texts) {
            for (const auto &s : t.parsed.sections) {
                for (const QString &sentence : s.plain.split(split, Qt::SkipEmptyParts))
                    out[t.lang].append(sentence);
            }
        }
    }
    return out;
}

// A content source of `sections` sections in every language of `real`, each
// guide text holding ten sections of shuffled real sentences (fixed seed).
pack::ContentSource synthesize(const pack::ContentSource &real, qint64 sections, QByteArray &rawText)
{
    pack::ContentSource c;
    c.packId = QStringLiteral("bench");
    c.languages = real.languages;
    c.topics = real.topics;
    const auto pools = sentencesOf(real);
    QStringList all;
    for (const auto &p : pools)
        all += p;
    QRandomGenerator rng(20261123);
    constexpr int kSectionsPerText = 10;
    const qint64 texts = (sections + kSectionsPerText - 1) / kSectionsPerText;
    for (qint64 i = 0; i < texts; ++i) {
        const auto &lang = c.languages.at(int(i % c.languages.size())).code;
        const QStringList &pool = pools.contains(lang) ? pools[lang] : all;
        const qint64 guideIndex = i / c.languages.size();
        if (i % c.languages.size() == 0) {
            pack::GuideSource g;
            g.id = QStringLiteral("%1/bench-%2").arg(c.topics.at(int(guideIndex % c.topics.size())).id).arg(guideIndex);
            g.topic = c.topics.at(int(guideIndex % c.topics.size())).id;
            g.originalLang = lang;
            g.revision = 1;
            c.guides.append(g);
        }
        pack::GuideTextSource t;
        t.lang = lang;
        t.variant = QStringLiteral("standard");
        t.translation = i % c.languages.size() == 0 ? QStringLiteral("original") : QStringLiteral("machine");
        t.title = pool.at(int(rng.bounded(pool.size())));
        t.summary = pool.at(int(rng.bounded(pool.size())));
        t.reviewedOn = QDate(2026, 11, 1);
        t.sources = { QStringLiteral("https://www.infofinland.fi/") };
        QString body;
        for (int s = 0; s < kSectionsPerText; ++s) {
            body += QStringLiteral("## ") + pool.at(int(rng.bounded(pool.size()))) + QStringLiteral("\n\n");
            const int n = 3 + int(rng.bounded(6));
            for (int k = 0; k < n; ++k)
                body += pool.at(int(rng.bounded(pool.size()))) + QLatin1Char(' ');
            body += QStringLiteral("\n\n");
        }
        rawText += body.toUtf8();
        t.body = body;
        t.parsed = pack::parseMarkdown(body);
        c.guides.last().texts.append(t);
    }
    return c;
}

} // namespace

// Opening a pack and answering the home page's first queries (topics and the
// guides of the first topic), `runs` times; prints the median and the worst.
int benchOpen(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString pack = args.value(1);
    if (pack.isEmpty() || pack.startsWith(QLatin1Char('-')))
        return err << QCoreApplication::translate("kotona::cli", "Usage: kotona-pack bench open PACK [--json]") << '\n',
               2;
    QList<double> ms;
    qint64 topics = 0, guides = 0;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer timer;
        timer.start();
        ContentStore store;
        const auto opened = store.open(pack);
        if (!opened.ok())
            return err << opened.message << '\n', 1;
        const auto t = store.topics({ QStringLiteral("fi") });
        const auto g
            = t.isEmpty() ? QList<GuideSummary>() : store.guides(t.first().id, QString(), { QStringLiteral("fi") });
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        topics = t.size();
        guides = g.size();
    }
    std::sort(ms.begin(), ms.end());
    const QJsonObject figures { { QStringLiteral("runs"), ms.size() },
                                { QStringLiteral("open_and_home_query_median_ms"), ms.at(ms.size() / 2) },
                                { QStringLiteral("open_and_home_query_max_ms"), ms.last() },
                                { QStringLiteral("topics"), topics },
                                { QStringLiteral("first_topic_guides"), guides } };
    if (args.contains(QStringLiteral("--json")))
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    else
        for (auto it = figures.begin(); it != figures.end(); ++it)
            out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    return 0;
}

int benchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.value(0) == QLatin1String("open"))
        return benchOpen(args, out, err);
    if (args.value(0) != QLatin1String("build"))
        return err << QCoreApplication::translate("kotona::cli",
                                                  "Usage: kotona-pack bench build [--sections N] [--data DIR] [--json]")
                   << '\n',
               2;
    qint64 sections = 100000;
    QString data = QStringLiteral(KOTONA_DATA_DIR);
    const bool json = args.contains(QStringLiteral("--json"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sections"))
            sections = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--data"))
            data = args.at(i + 1);
    }
    if (sections < 10)
        return err << QCoreApplication::translate("kotona::cli", "--sections must be at least 10") << '\n', 2;
    pack::Problems problems;
    const auto real = pack::ContentSource::load(data, problems);
    if (real.guides.isEmpty() || real.languages.isEmpty())
        return err << QCoreApplication::translate("kotona::cli",
                                                  "No guides in %1 to take sentences from (use --data DIR).")
                          .arg(data)
                   << '\n',
               1;

    QByteArray raw;
    const auto corpus = synthesize(real, sections, raw);
    QTemporaryDir tmp;
    const QString packPath = tmp.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const auto result = pack::PackBuilder::build(corpus, packPath);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok)
        return err << result.error << '\n', 1;

    QByteArray compressed(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t zbytes
        = ZSTD_compress(compressed.data(), size_t(compressed.size()), raw.constData(), size_t(raw.size()), 19);

    const QJsonObject figures { { QStringLiteral("sections"), result.sections },
                                { QStringLiteral("languages"), corpus.languages.size() },
                                { QStringLiteral("seconds"), seconds },
                                { QStringLiteral("sections_per_s"), double(result.sections) / seconds },
                                { QStringLiteral("pack_bytes"), result.bytes },
                                { QStringLiteral("raw_bytes"), raw.size() },
                                { QStringLiteral("raw_zstd19_bytes"), qint64(ZSTD_isError(zbytes) ? 0 : zbytes) } };
    if (json) {
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (auto it = figures.begin(); it != figures.end(); ++it)
            out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return 0;
}

} // namespace kotona::cli
