// SPDX-License-Identifier: GPL-3.0-or-later
// kotona-pack bench: synthetic corpora built from the repository's own sentences.
#include "commands.h"
#include "content/contentstore.h"
#include "content/sqlite.h"
#include "pack/contentsource.h"
#include "pack/packbuilder.h"
#include "search/fts5tokenizer.h"
#include "search/searchindex.h"
#include "sync/repository.h"
#include "sync/minisign.h"
#include "sync/batch.h"
#include "sync/applier.h"
#include "text/analyzer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>
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

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

void printFigures(const QJsonObject &figures, bool json, QTextStream &out)
{
    if (json) {
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    for (auto it = figures.begin(); it != figures.end(); ++it)
        out << it.key() << ": " << it.value().toVariant().toString() << '\n';
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

// The synthetic corpus of `--sections N` (default 100,000) sections built from
// the sentences of `--data DIR` (default: the repository's data/).
std::optional<pack::ContentSource> corpusFromArgs(const QStringList &args, QByteArray &raw, QTextStream &err)
{
    qint64 sections = 100000;
    QString data = QStringLiteral(KOTONA_DATA_DIR);
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sections"))
            sections = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--data"))
            data = args.at(i + 1);
    }
    if (sections < 10) {
        err << QCoreApplication::translate("kotona::cli", "--sections must be at least 10") << '\n';
        return std::nullopt;
    }
    pack::Problems problems;
    const auto real = pack::ContentSource::load(data, problems);
    if (real.guides.isEmpty() || real.languages.isEmpty()) {
        err << QCoreApplication::translate("kotona::cli", "No guides in %1 to take sentences from (use --data DIR).")
                   .arg(data)
            << '\n';
        return std::nullopt;
    }
    return synthesize(real, sections, raw);
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
    printFigures(figures, args.contains(QStringLiteral("--json")), out);
    return 0;
}

// Search latency and index cost on a synthetic corpus, beside a plain FTS5
// unicode61 index of the same text built in the same run.
int benchSearch(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QByteArray raw;
    const auto corpus = corpusFromArgs(args, raw, err);
    if (!corpus)
        return 1;
    QTemporaryDir tmp;
    const QString packPath = tmp.filePath(QStringLiteral("bench.sqlite"));
    const auto built = pack::PackBuilder::build(*corpus, packPath);
    if (!built.ok)
        return err << built.error << '\n', 1;

    // Both indexes are rebuilt here from the same sections, each in its own file copy
    // and as the pack builder builds its own (search::createIndex() and rebuildIndex(),
    // on a connection set up like the builder's): only the tokenizer differs.
    auto indexTime = [&](const QString &path, const QString &tokenize, double &seconds, qint64 &bytes) {
        QFile::copy(packPath, path);
        sql::Database db;
        if (!db.open(path, sql::Database::Mode::ReadWrite) || !search::registerTokenizer(db.handle()))
            return false;
        db.exec(QStringLiteral("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA mmap_size=1073741824;"));
        db.exec(QStringLiteral("DROP TRIGGER sections_search_insert; DROP TRIGGER sections_search_delete; "
                               "DROP TRIGGER sections_search_update_before; DROP TRIGGER sections_search_update_after; "
                               "DROP TABLE search_vocab; DROP TABLE search; DROP VIEW search_source; VACUUM;"));
        const qint64 without = fileSize(path);
        QElapsedTimer t;
        t.start();
        bool ok = false;
        {
            sql::Transaction tx(db);
            ok = search::createIndex(db, tokenize) && search::rebuildIndex(db) && tx.commit();
        }
        seconds = double(t.nsecsElapsed()) / 1e9;
        db.exec(QStringLiteral("VACUUM"));
        bytes = fileSize(path) - without;
        return ok;
    };
    double kotonaSeconds = 0, plainSeconds = 0;
    qint64 kotonaBytes = 0, plainBytes = 0;
    const QString kotonaPath = tmp.filePath(QStringLiteral("kotona.sqlite"));
    const QString plainPath = tmp.filePath(QStringLiteral("unicode61.sqlite"));
    if (!indexTime(kotonaPath, QStringLiteral("kotona"), kotonaSeconds, kotonaBytes)
        || !indexTime(plainPath, QStringLiteral("unicode61 remove_diacritics 0"), plainSeconds, plainBytes))
        return err << QStringLiteral("could not build the indexes") << '\n', 1;

    // Query words from the corpus itself (fixed seed).
    QList<QByteArray> words;
    {
        text::Analyzer a;
        a.words(raw.constData(), int(std::min<qsizetype>(raw.size(), 4 << 20)), [&](const QByteArray &w, int, int) {
            if (QString::fromUtf8(w).size() >= 5)
                words.append(w);
            return words.size() < 200000;
        });
    }
    if (words.isEmpty())
        return err << QStringLiteral("no words in the corpus") << '\n', 1;
    QRandomGenerator rng(7);
    auto pick = [&] { return QString::fromUtf8(words.at(int(rng.bounded(words.size())))); };

    // Our search, through the query planner, as the app runs it.
    ContentStore store;
    if (!store.open(kotonaPath).ok())
        return err << QStringLiteral("could not open the bench pack") << '\n', 1;
    auto timeOurs = [&](int prefixLength, bool typing) {
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            search::SearchRequest r;
            r.query = prefixLength > 0 ? pick().left(prefixLength) : pick();
            r.langs = { QStringLiteral("fi") };
            r.typeAhead = typing;
            QElapsedTimer t;
            t.start();
            (void)store.search(r);
            ms.append(double(t.nsecsElapsed()) / 1e6);
        }
        return percentile(ms, 0.95);
    };
    // The plain index with the same kind of query: prefix or word, bm25, snippet, top 10.
    sql::Database plain;
    (void)plain.open(plainPath, sql::Database::Mode::ReadOnly);
    (void)search::registerTokenizer(plain.handle());
    auto timePlain = [&](int prefixLength) {
        QList<double> ms;
        sql::Statement *s = plain.prepare(
            QStringLiteral("SELECT rowid, snippet(search, 0, '[', ']', '…', 14) FROM search WHERE search MATCH ?1 "
                           "ORDER BY bm25(search, 1.0, 6.0, 10.0, 3.0, 0.0) LIMIT 10"));
        for (int i = 0; i < 200 && s; ++i) {
            QString w = prefixLength > 0 ? pick().left(prefixLength) : pick();
            w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            const QString match
                = QLatin1Char('"') + w + QLatin1Char('"') + (prefixLength > 0 ? QStringLiteral("*") : QString());
            QElapsedTimer t;
            t.start();
            s->reset();
            s->bind(1, match);
            while (s->next()) { }
            ms.append(double(t.nsecsElapsed()) / 1e6);
        }
        return percentile(ms, 0.95);
    };

    // Tokenizer throughput: the FTS5 tokenizer as indexing runs it (words, stems and
    // folded forms), over the text marked as Finnish.
    double mbPerS = 0;
    {
        fts5_api *api = nullptr;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(plain.handle(), "SELECT fts5(?1)", -1, &s, nullptr) == SQLITE_OK) {
            sqlite3_bind_pointer(s, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
            sqlite3_step(s);
        }
        sqlite3_finalize(s);
        void *context = nullptr;
        fts5_tokenizer tokenizer;
        Fts5Tokenizer *instance = nullptr;
        if (!api || api->xFindTokenizer(api, "kotona", &context, &tokenizer) != SQLITE_OK
            || tokenizer.xCreate(context, nullptr, 0, &instance) != SQLITE_OK)
            return err << QStringLiteral("no tokenizer") << '\n', 1;
        const QByteArray sample
            = search::kLanguageMarker + QByteArray("fi") + search::kLanguageMarker + raw.left(8 << 20);
        QElapsedTimer t;
        t.start();
        tokenizer.xTokenize(instance, nullptr, FTS5_TOKENIZE_DOCUMENT, sample.constData(), int(sample.size()),
                            [](void *, int, const char *, int, int, int) { return SQLITE_OK; });
        mbPerS = double(sample.size()) / 1e6 / (double(t.nsecsElapsed()) / 1e9);
        tokenizer.xDelete(instance);
    }

    const double ta23 = std::max(timeOurs(2, true), timeOurs(3, true));
    const double ta4 = timeOurs(4, true);
    const double q = timeOurs(0, false);
    const QJsonObject figures {
        { QStringLiteral("sections"), built.sections },
        { QStringLiteral("typeahead_p95_ms_2_3"), ta23 },
        { QStringLiteral("typeahead_p95_ms_4plus"), ta4 },
        { QStringLiteral("query_p95_ms"), q },
        { QStringLiteral("index_sections_per_s"), double(built.sections) / kotonaSeconds },
        { QStringLiteral("index_bytes"), kotonaBytes },
        { QStringLiteral("index_size_ratio_vs_unicode61"),
          double(kotonaBytes) / double(std::max<qint64>(1, plainBytes)) },
        { QStringLiteral("tokenizer_mb_per_s"), mbPerS },
        { QStringLiteral("typeahead_p95_ms_2_3_unicode61"), std::max(timePlain(2), timePlain(3)) },
        { QStringLiteral("typeahead_p95_ms_4plus_unicode61"), timePlain(4) },
        { QStringLiteral("query_p95_ms_unicode61"), timePlain(0) },
        { QStringLiteral("index_sections_per_s_unicode61"), double(built.sections) / plainSeconds },
        { QStringLiteral("index_bytes_unicode61"), plainBytes },
    };
    printFigures(figures, args.contains(QStringLiteral("--json")), out);
    return 0;
}

// MRR@10 and recall@10 of the evaluation set, overall and per language.
int benchSearchQuality(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString packPath = args.value(1);
    QString queries = QStringLiteral(KOTONA_SOURCE_DIR "/tests/search/queries.tsv");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--queries"))
            queries = args.at(i + 1);
    }
    if (packPath.isEmpty() || packPath.startsWith(QLatin1Char('-')))
        return err << QCoreApplication::translate(
                   "kotona::cli", "Usage: kotona-pack bench search-quality PACK [--queries FILE] [--json]")
                   << '\n',
               2;
    ContentStore store;
    const auto opened = store.open(packPath);
    if (!opened.ok())
        return err << opened.message << '\n', 1;
    QFile f(queries);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return err << QCoreApplication::translate("kotona::cli", "Cannot read %1.").arg(queries) << '\n', 1;
    struct Sum {
        double rr = 0, recall = 0;
        int n = 0;
    };
    QMap<QString, Sum> byLang;
    Sum all;
    QJsonArray misses;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 3)
            continue;
        const QStringList expected = cols.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        search::SearchRequest r;
        r.query = cols.at(0);
        r.langs = { cols.at(1) };
        r.typeAhead = false;
        r.limit = 10;
        const auto result = store.search(r);
        double rr = 0;
        int found = 0;
        for (int i = 0; i < result.hits.size(); ++i) {
            if (expected.contains(result.hits.at(i).guideId)) {
                if (rr == 0)
                    rr = 1.0 / (i + 1);
                ++found;
            }
        }
        const double recall = expected.isEmpty() ? 0 : double(found) / double(expected.size());
        for (Sum *s : { &byLang[cols.at(1)], &all }) {
            s->rr += rr;
            s->recall += recall;
            ++s->n;
        }
        if (rr == 0)
            misses.append(cols.at(1) + QStringLiteral(": ") + cols.at(0));
    }
    if (all.n == 0)
        return err << QCoreApplication::translate("kotona::cli", "No queries in %1.").arg(queries) << '\n', 1;
    QJsonObject perLang;
    for (auto it = byLang.cbegin(); it != byLang.cend(); ++it)
        perLang.insert(it.key(),
                       QJsonObject { { QStringLiteral("queries"), it->n },
                                     { QStringLiteral("mrr10"), it->rr / it->n },
                                     { QStringLiteral("recall10"), it->recall / it->n } });
    const QJsonObject figures { { QStringLiteral("queries"), all.n },
                                { QStringLiteral("mrr10"), all.rr / all.n },
                                { QStringLiteral("recall10"), all.recall / all.n },
                                { QStringLiteral("languages"), perLang },
                                { QStringLiteral("misses"), misses } };
    if (args.contains(QStringLiteral("--json"))) {
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    out << "queries: " << all.n << "  MRR@10: " << QString::number(all.rr / all.n, 'f', 3)
        << "  recall@10: " << QString::number(all.recall / all.n, 'f', 3) << '\n';
    for (auto it = byLang.cbegin(); it != byLang.cend(); ++it)
        out << "  " << it.key() << ": " << it->n << " queries, MRR@10 " << QString::number(it->rr / it->n, 'f', 3)
            << ", recall@10 " << QString::number(it->recall / it->n, 'f', 3) << '\n';
    for (const auto &m : misses)
        out << "  missed " << m.toString() << '\n';
    return 0;
}

// Sync costs on the synthetic corpus: publish a release, change 1% of the sections,
// publish again; the batch against the snapshot, the snapshot against the pack, and
// how fast a client applies the batch (with its checks and the search index).
namespace {
qint64 sectionsIn(const QString &path)
{
    sql::Database db;
    sql::Statement *s = db.open(path, sql::Database::Mode::ReadOnly) ? db.prepare(QStringLiteral("SELECT count(*) FROM sections")) : nullptr;
    return s && s->next() ? s->integer(0) : 0;
}
} // namespace

int benchSync(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QByteArray raw;
    const auto corpus = corpusFromArgs(args, raw, err);
    if (!corpus)
        return 1;
    const bool json = args.contains(QStringLiteral("--json"));
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite")), b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString repo = dir.filePath(QStringLiteral("repo"));
    if (!pack::PackBuilder::build(*corpus, a).ok || !QFile::copy(a, b))
        return err << "cannot build the corpus\n", 1;
    QFile::setPermissions(b, QFile::ReadOwner | QFile::WriteOwner);
    qint64 changed = 0;
    {
        sql::Database db;
        if (!db.open(b, sql::Database::Mode::ReadWrite) || !search::registerTokenizer(db.handle())
            || !db.exec(QStringLiteral("UPDATE sections SET body = body || ' Updated in this release.', "
                                       "plain = plain || ' Updated in this release.' WHERE rowid % 100 = 0")))
            return err << "cannot change the corpus\n", 1;
        sql::Statement *s = db.prepare(QStringLiteral("SELECT changes()"));
        changed = s && s->next() ? s->integer(0) : 0;
    }
    auto key = sync::SecretKey::generate();
    if (!key)
        return err << key.error().message << '\n', 1;
    QElapsedTimer timer;
    timer.start();
    const sync::PublishResult first = sync::publish(a, repo, key.value());
    const double publishFirstS = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const sync::PublishResult second = first.error ? first : sync::publish(b, repo, key.value());
    const double publishSecondS = double(timer.nsecsElapsed()) / 1e9;
    if (second.error)
        return err << second.error.detail << '\n', 1;

    // The client side: release 1 applies the batch to release 2.
    sync::Manifest manifest;
    QFile mf(repo + QStringLiteral("/") + sync::manifestPath(2));
    QFile bf;
    QByteArray rawBatch;
    sync::Batch batch;
    if (!mf.open(QIODevice::ReadOnly) || sync::parseManifest(mf.readAll(), &manifest) || manifest.batches.isEmpty())
        return err << "no manifest\n", 1;
    bf.setFileName(repo + QStringLiteral("/") + sync::blobPath(manifest.batches.last().blob.sha256));
    if (!bf.open(QIODevice::ReadOnly) || sync::decompress(bf.readAll(), qint64(1) << 32, &rawBatch)
        || sync::decodeBatch(rawBatch, &batch))
        return err << "cannot read the batch\n", 1;
    QList<double> applyS;
    for (int run = 0; run < 3; ++run) {
        const QString client = dir.filePath(QStringLiteral("client%1.sqlite").arg(run));
        QFile::copy(a, client);
        QFile::setPermissions(client, QFile::ReadOwner | QFile::WriteOwner);
        sql::Database db;
        if (!db.open(client, sql::Database::Mode::ReadWrite) || !search::registerTokenizer(db.handle())
            || !db.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE id = 'seq'")))
            return err << "cannot open the client pack\n", 1;
        timer.restart();
        const sync::ApplyResult applied = sync::applyBatch(db, batch);
        applyS << double(timer.nsecsElapsed()) / 1e9;
        if (applied.error)
            return err << applied.error.detail << '\n', 1;
        db.close();
        QFile::remove(client);
    }
    std::sort(applyS.begin(), applyS.end());
    const double apply = applyS.at(1);
    printFigures({ { QStringLiteral("sections"), sectionsIn(b) },
                   { QStringLiteral("sections_changed"), changed },
                   { QStringLiteral("batch_records"), second.records },
                   { QStringLiteral("batch_bytes"), second.batchBytes },
                   { QStringLiteral("snapshot_bytes"), second.snapshotBytes },
                   { QStringLiteral("pack_bytes"), fileSize(b) },
                   { QStringLiteral("update_1pct_bytes_ratio"), double(second.batchBytes) / double(second.snapshotBytes) },
                   { QStringLiteral("snapshot_to_pack_ratio"), double(second.snapshotBytes) / double(fileSize(b)) },
                   { QStringLiteral("apply_seconds_median"), apply },
                   { QStringLiteral("apply_records_per_s"), double(second.records) / apply },
                   { QStringLiteral("publish_first_s"), publishFirstS },
                   { QStringLiteral("publish_second_s"), publishSecondS } },
                 json, out);
    return 0;
}

int benchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.value(0) == QLatin1String("open"))
        return benchOpen(args, out, err);
    if (args.value(0) == QLatin1String("search"))
        return benchSearch(args, out, err);
    if (args.value(0) == QLatin1String("search-quality"))
        return benchSearchQuality(args, out, err);
    if (args.value(0) == QLatin1String("hours"))
        return benchHours(args, out, err);
    if (args.value(0) == QLatin1String("sync"))
        return benchSync(args, out, err);
    if (args.value(0) != QLatin1String("build"))
        return err << QCoreApplication::translate("kotona::cli",
                                                  "Usage: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]")
                   << '\n',
               2;
    const bool json = args.contains(QStringLiteral("--json"));
    QByteArray raw;
    const auto corpus = corpusFromArgs(args, raw, err);
    if (!corpus)
        return 1;
    QTemporaryDir tmp;
    const QString packPath = tmp.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const auto result = pack::PackBuilder::build(*corpus, packPath);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok)
        return err << result.error << '\n', 1;

    QByteArray compressed(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t zbytes
        = ZSTD_compress(compressed.data(), size_t(compressed.size()), raw.constData(), size_t(raw.size()), 19);

    const QJsonObject figures { { QStringLiteral("sections"), result.sections },
                                { QStringLiteral("languages"), corpus->languages.size() },
                                { QStringLiteral("seconds"), seconds },
                                { QStringLiteral("sections_per_s"), double(result.sections) / seconds },
                                { QStringLiteral("pack_bytes"), result.bytes },
                                { QStringLiteral("raw_bytes"), raw.size() },
                                { QStringLiteral("raw_zstd19_bytes"), qint64(ZSTD_isError(zbytes) ? 0 : zbytes) } };
    printFigures(figures, json, out);
    return 0;
}

} // namespace kotona::cli
