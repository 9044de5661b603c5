// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/contentsource.h"

#include "pack/sourcefile.h"
#include "services/openinghours.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace kotona::pack {

namespace {

// Other words of a glossary term ("also") are words or short phrases.
constexpr int kMaxOtherWordChars = 60;

// Empty when `text` is valid OpenStreetMap opening_hours, else what is wrong.
QString openingHoursError(const QString &text)
{
    const auto parsed = OpeningHours::parse(text);
    return parsed.ok() ? QString() : parsed.error().message;
}

// Everything the loader needs while it walks the folder.
struct Loader {
    QDir root;
    Problems &problems;
    QDate today;
    ContentSource out;

    QString rel(const QString &path) const { return root.relativeFilePath(path); }

    // What a workshop plan's items point at, checked once everything is loaded.
    struct WorkshopRef {
        QString file;
        int line = 0;
        QString guide, section, checklist;
    };
    QList<WorkshopRef> workshopRefs;

    void problem(const QString &file, int line, const QString &message) { problems.append({ file, line, message }); }

    // Reads a whole YAML file; nullopt after reporting when it cannot be used.
    std::optional<YAML::Node> yamlFile(const QString &path)
    {
        const QString r = rel(path);
        const auto text = readSourceText(path, r, problems);
        if (!text)
            return std::nullopt;
        return parseYaml(*text, r, 1, problems);
    }

    QSet<QString> languageCodes() const
    {
        QSet<QString> s;
        for (const auto &l : out.languages)
            s.insert(l.code);
        return s;
    }

    LocalizedText localized(const YAML::Node &node, const QString &file, int firstLine, const char *what)
    {
        LocalizedText t;
        if (!node)
            return t;
        if (!node.IsMap()) {
            problem(file, lineOf(node, firstLine),
                    QCoreApplication::translate("kotona::pack::ContentSource", "%1 must be a map of language: text")
                        .arg(QString::fromLatin1(what)));
            return t;
        }
        const QSet<QString> langs = languageCodes();
        for (const auto &kv : node) {
            const QString lang = QString::fromStdString(kv.first.Scalar());
            if (!langs.contains(lang))
                problem(
                    file, lineOf(kv.first, firstLine),
                    QCoreApplication::translate("kotona::pack::ContentSource", "unknown language \"%1\"").arg(lang));
            else if (kv.second.IsScalar())
                t.insert(lang, QString::fromStdString(kv.second.Scalar()));
        }
        return t;
    }

    QDate date(const YAML::Node &map, const char *key, const QString &file, int firstLine, bool required = true)
    {
        const QString s = yamlString(map, key);
        const int line = map[key] ? lineOf(map[key], firstLine) : firstLine;
        if (s.isEmpty()) {
            if (required)
                problem(file, line,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "missing field \"%1\" (a date like 2026-01-31)")
                            .arg(QString::fromLatin1(key)));
            return {};
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid()) {
            problem(file, line,
                    QCoreApplication::translate("kotona::pack::ContentSource", "\"%1\" is not a date like 2026-01-31")
                        .arg(s));
            return {};
        }
        if (d > today) {
            problem(file, line,
                    QCoreApplication::translate("kotona::pack::ContentSource", "%1 %2 is in the future")
                        .arg(QString::fromLatin1(key), s));
            return {};
        }
        if (!out.newestReview.isValid() || d > out.newestReview)
            out.newestReview = d;
        return d;
    }

    void checkSources(const QStringList &sources, const YAML::Node &map, const QString &file, int firstLine)
    {
        const int line = map["sources"] ? lineOf(map["sources"], firstLine) : firstLine;
        if (sources.isEmpty())
            problem(file, line,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "missing sources: list the official pages the facts come from"));
        for (const QString &s : sources) {
            if (!s.startsWith(QLatin1String("https://")) && !s.startsWith(QLatin1String("http://")))
                problem(file, line,
                        QCoreApplication::translate("kotona::pack::ContentSource", "source \"%1\" is not a web address")
                            .arg(s));
        }
    }

    void loadPackInfo();
    void loadLanguages();
    void loadTopics();
    void loadMunicipalities();
    void loadGuides();
    std::optional<GuideTextSource> loadGuideText(const QString &path, const QString &expectedId);
    void loadGlossary();
    QMap<QString, QStringList> otherWords(const YAML::Node &node, const QMap<QString, QPair<QString, QString>> &entries,
                                          const QString &file);
    void loadServices();
    void loadChecklists();
    void loadWorkshops();
    void crossCheck();
};

void Loader::loadPackInfo()
{
    const QString path = root.filePath(QStringLiteral("pack.yaml"));
    const auto y = yamlFile(path);
    if (!y)
        return;
    out.packId = yamlString(*y, "pack_id");
    out.fallback = yamlStringList(*y, "fallback");
    if (out.packId.isEmpty())
        problem(rel(path), 1, QCoreApplication::translate("kotona::pack::ContentSource", "missing field \"pack_id\""));
}

void Loader::loadLanguages()
{
    const QString path = root.filePath(QStringLiteral("languages.yaml"));
    const auto y = yamlFile(path);
    if (!y)
        return;
    const QString r = rel(path);
    QSet<QString> seen;
    for (const auto &n : (*y)["languages"]) {
        LanguageSource l { yamlString(n, "code"), yamlString(n, "native"), yamlString(n, "english"),
                           yamlString(n, "direction") };
        const int line = lineOf(n, 1);
        static const QRegularExpression codePattern(QStringLiteral("^[a-z]{2,3}$"));
        if (!codePattern.match(l.code).hasMatch())
            problem(r, line,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "language code \"%1\" must be two or three lowercase letters")
                        .arg(l.code));
        else if (seen.contains(l.code))
            problem(
                r, line,
                QCoreApplication::translate("kotona::pack::ContentSource", "duplicate language \"%1\"").arg(l.code));
        else if (l.direction != QLatin1String("ltr") && l.direction != QLatin1String("rtl"))
            problem(r, line,
                    QCoreApplication::translate("kotona::pack::ContentSource", "direction of \"%1\" must be ltr or rtl")
                        .arg(l.code));
        else if (l.nativeName.isEmpty() || l.englishName.isEmpty())
            problem(r, line,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "language \"%1\" needs its native and English names")
                        .arg(l.code));
        else {
            seen.insert(l.code);
            out.languages.append(l);
        }
    }
    if (out.languages.isEmpty())
        problem(r, 1, QCoreApplication::translate("kotona::pack::ContentSource", "no languages are listed"));
}

void Loader::loadTopics()
{
    const QString path = root.filePath(QStringLiteral("topics.yaml"));
    const auto y = yamlFile(path);
    if (!y)
        return;
    const QString r = rel(path);
    QSet<QString> seen;
    for (const auto &n : (*y)["topics"]) {
        TopicSource t { yamlString(n, "id"), yamlString(n, "icon"), localized(n["title"], r, 1, "title"),
                        localized(n["summary"], r, 1, "summary") };
        if (t.id.isEmpty() || seen.contains(t.id)) {
            problem(
                r, lineOf(n, 1),
                t.id.isEmpty()
                    ? QCoreApplication::translate("kotona::pack::ContentSource", "topic without id")
                    : QCoreApplication::translate("kotona::pack::ContentSource", "duplicate topic \"%1\"").arg(t.id));
            continue;
        }
        if (t.title.isEmpty())
            problem(r, lineOf(n, 1),
                    QCoreApplication::translate("kotona::pack::ContentSource", "topic \"%1\" has no title").arg(t.id));
        seen.insert(t.id);
        out.topics.append(t);
    }
}

void Loader::loadMunicipalities()
{
    const QString path = root.filePath(QStringLiteral("municipalities.yaml"));
    if (!QFile::exists(path))
        return;
    const auto y = yamlFile(path);
    if (!y)
        return;
    const QString r = rel(path);
    QSet<QString> seen;
    for (const auto &n : (*y)["municipalities"]) {
        MunicipalitySource m { yamlString(n, "id"), localized(n["name"], r, 1, "name") };
        if (m.id.isEmpty() || seen.contains(m.id)) {
            problem(r, lineOf(n, 1),
                    m.id.isEmpty()
                        ? QCoreApplication::translate("kotona::pack::ContentSource", "municipality without id")
                        : QCoreApplication::translate("kotona::pack::ContentSource", "duplicate municipality \"%1\"")
                              .arg(m.id));
            continue;
        }
        seen.insert(m.id);
        out.municipalities.append(m);
    }
}

std::optional<GuideTextSource> Loader::loadGuideText(const QString &path, const QString &expectedId)
{
    const QString r = rel(path);
    const auto text = readSourceText(path, r, problems);
    if (!text)
        return std::nullopt;
    const auto doc = parseFrontMatter(*text, r, problems);
    if (!doc)
        return std::nullopt;
    const YAML::Node &f = doc->front;

    GuideTextSource t;
    t.file = r;
    // File name: <lang>.md or <lang>.easy.md
    const QStringList nameParts = QFileInfo(path).fileName().split(QLatin1Char('.'));
    t.lang = nameParts.value(0);
    t.variant = nameParts.size() == 3 && nameParts.at(1) == QLatin1String("easy") ? QStringLiteral("easy")
                                                                                  : QStringLiteral("standard");
    if (!languageCodes().contains(t.lang) || nameParts.size() > 3
        || (nameParts.size() == 3 && t.variant != QLatin1String("easy"))) {
        problem(r, 0,
                QCoreApplication::translate(
                    "kotona::pack::ContentSource",
                    "file name must be <language>.md or <language>.easy.md with a language of languages.yaml"));
        return std::nullopt;
    }
    const QString id = yamlString(f, "id");
    if (id != expectedId)
        problem(r, f["id"] ? lineOf(f["id"], 2) : 2,
                QCoreApplication::translate("kotona::pack::ContentSource",
                                            "id \"%1\" does not match its folder: it must be \"%2\"")
                    .arg(id, expectedId));
    t.title = yamlString(f, "title");
    t.summary = yamlString(f, "summary");
    if (t.title.isEmpty())
        problem(r, 2, QCoreApplication::translate("kotona::pack::ContentSource", "missing field \"title\""));
    if (t.summary.isEmpty())
        problem(r, 2, QCoreApplication::translate("kotona::pack::ContentSource", "missing field \"summary\""));
    t.reviewedOn = date(f, "reviewed_on", r, 2);
    t.sources = yamlStringList(f, "sources");
    checkSources(t.sources, f, r, 2);
    t.translation = yamlString(f, "translation");
    t.municipality = yamlString(f, "municipality");
    t.services = yamlStringList(f, "services");
    t.glossary = yamlStringList(f, "glossary");
    const int trLine = f["translation"] ? lineOf(f["translation"], 2) : 2;
    if (t.translation == QLatin1String("original")) {
        bool ok = false;
        t.revision = yamlString(f, "revision").toInt(&ok);
        if (!ok || t.revision < 1)
            problem(r, f["revision"] ? lineOf(f["revision"], 2) : trLine,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "an original needs \"revision\": a whole number from 1"));
    } else if (t.translation == QLatin1String("reviewed") || t.translation == QLatin1String("machine")) {
        static const QRegularExpression fromPattern(QStringLiteral("^([a-z]{2,3})@([0-9]+)$"));
        const auto m = fromPattern.match(yamlString(f, "translated_from"));
        if (!m.hasMatch())
            problem(r, f["translated_from"] ? lineOf(f["translated_from"], 2) : trLine,
                    QCoreApplication::translate(
                        "kotona::pack::ContentSource",
                        "a translation needs \"translated_from\" like en@1: the original's language and revision"));
        else {
            t.translatedFromLang = m.captured(1);
            t.translatedFromRevision = m.captured(2).toInt();
        }
    } else {
        problem(r, trLine,
                QCoreApplication::translate("kotona::pack::ContentSource",
                                            "\"translation\" must be original, reviewed or machine"));
    }
    t.body = doc->body;
    t.bodyLine = doc->bodyLine;
    t.parsed = parseMarkdown(doc->body);
    if (t.parsed.sections.isEmpty())
        problem(r, doc->bodyLine, QCoreApplication::translate("kotona::pack::ContentSource", "the guide has no text"));
    return t;
}

void Loader::loadGuides()
{
    QSet<QString> topics;
    for (const auto &t : out.topics)
        topics.insert(t.id);
    const QDir guidesDir(root.filePath(QStringLiteral("guides")));
    for (const QString &topic : guidesDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!topics.contains(topic)) {
            problem(QStringLiteral("guides/") + topic, 0,
                    QCoreApplication::translate("kotona::pack::ContentSource", "unknown topic \"%1\": see topics.yaml")
                        .arg(topic));
            continue;
        }
        const QDir topicDir(guidesDir.filePath(topic));
        for (const QString &slug : topicDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            GuideSource g;
            g.id = topic + QLatin1Char('/') + slug;
            g.topic = topic;
            const QDir dir(topicDir.filePath(slug));
            const QStringList files = dir.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
            if (files.isEmpty())
                problem(rel(dir.path()), 0,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "guide folder without any <language>.md file"));
            for (const QString &file : files) {
                if (auto t = loadGuideText(dir.filePath(file), g.id))
                    g.texts.append(*t);
            }
            if (g.texts.isEmpty())
                continue;
            out.guides.append(g);
        }
    }
}

// `also: {fi: [sossu], sv: [dagis]}`: per language, a list of other words for a term.
QMap<QString, QStringList>
Loader::otherWords(const YAML::Node &node, const QMap<QString, QPair<QString, QString>> &entries, const QString &file)
{
    QMap<QString, QStringList> out;
    if (!node)
        return out;
    if (!node.IsMap()) {
        problem(
            file, lineOf(node, 1),
            QCoreApplication::translate("kotona::pack::ContentSource", "\"also\" must be a map of language: [words]"));
        return out;
    }
    for (const auto &kv : node) {
        const QString lang = QString::fromStdString(kv.first.Scalar());
        const int line = lineOf(kv.first, 1);
        if (!entries.contains(lang)) {
            problem(file, line,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "\"also\" has words in \"%1\", which has no term: add the term first")
                        .arg(lang));
            continue;
        }
        if (!kv.second.IsSequence()) {
            problem(file, line,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "\"also\" in \"%1\" must be a list of words, like [sossu]")
                        .arg(lang));
            continue;
        }
        QStringList words;
        for (const auto &item : kv.second) {
            const QString word = item.IsScalar() ? QString::fromStdString(item.Scalar()).trimmed() : QString();
            if (word.isEmpty() || word.size() > kMaxOtherWordChars || word.contains(QLatin1Char('\n')))
                problem(file, line,
                        QCoreApplication::translate(
                            "kotona::pack::ContentSource",
                            "\"also\" in \"%1\": each word must be text of 1 to %2 characters on one line")
                            .arg(lang)
                            .arg(kMaxOtherWordChars));
            else if (word.compare(entries.value(lang).first, Qt::CaseInsensitive) == 0)
                problem(file, line,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "\"also\" in \"%1\" repeats the term \"%2\"")
                            .arg(lang, word));
            else if (words.contains(word, Qt::CaseInsensitive))
                problem(
                    file, line,
                    QCoreApplication::translate("kotona::pack::ContentSource", "\"also\" in \"%1\" has \"%2\" twice")
                        .arg(lang, word));
            else
                words << word;
        }
        if (!words.isEmpty())
            out.insert(lang, words);
    }
    return out;
}

void Loader::loadGlossary()
{
    const QDir dir(root.filePath(QStringLiteral("glossary")));
    for (const QString &file : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        const auto y = yamlFile(path);
        if (!y)
            continue;
        const QString r = rel(path);
        GlossaryTermSource g;
        g.id = yamlString(*y, "id");
        g.related = yamlStringList(*y, "related");
        if (g.id != QFileInfo(file).completeBaseName()) {
            problem(
                r, 1,
                QCoreApplication::translate("kotona::pack::ContentSource", "id \"%1\" must equal the file name \"%2\"")
                    .arg(g.id, QFileInfo(file).completeBaseName()));
            continue;
        }
        const YAML::Node terms = (*y)["terms"];
        if (!terms || !terms.IsMap()) {
            problem(r, 1,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "missing \"terms\": the term and its explanation per language"));
            continue;
        }
        const QSet<QString> langs = languageCodes();
        for (const auto &kv : terms) {
            const QString lang = QString::fromStdString(kv.first.Scalar());
            const QString term = yamlString(kv.second, "term");
            const QString explanation = yamlString(kv.second, "explanation");
            if (!langs.contains(lang))
                problem(
                    r, lineOf(kv.first, 1),
                    QCoreApplication::translate("kotona::pack::ContentSource", "unknown language \"%1\"").arg(lang));
            else if (term.isEmpty() || explanation.isEmpty())
                problem(
                    r, lineOf(kv.first, 1),
                    QCoreApplication::translate("kotona::pack::ContentSource", "\"%1\" needs both term and explanation")
                        .arg(lang));
            else
                g.entries.insert(lang, { term, explanation });
        }
        g.also = otherWords((*y)["also"], g.entries, r);
        out.glossary.append(g);
    }
}

void Loader::loadServices()
{
    const QDir dir(root.filePath(QStringLiteral("services")));
    QSet<QString> municipalities { QStringLiteral("national") };
    for (const auto &m : out.municipalities)
        municipalities.insert(m.id);
    QSet<QString> seen;
    for (const QString &file : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        const auto y = yamlFile(path);
        if (!y)
            continue;
        const QString r = rel(path);
        const QString municipality = yamlString(*y, "municipality");
        if (!municipalities.contains(municipality)) {
            problem(r, 1,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "unknown municipality \"%1\": see municipalities.yaml")
                        .arg(municipality));
            continue;
        }
        for (const auto &n : (*y)["services"]) {
            const int line = lineOf(n, 1);
            ServiceSource s;
            s.id = yamlString(n, "id");
            s.municipality = municipality;
            s.kind = yamlString(n, "kind");
            s.address = yamlString(n, "address");
            s.phone = yamlString(n, "phone");
            s.web = yamlString(n, "web");
            s.openingHours = yamlString(n, "opening_hours");
            s.name = localized(n["name"], r, 1, "name");
            s.languages = yamlStringList(n, "languages");
            s.topics = yamlStringList(n, "topics");
            s.sources = yamlStringList(n, "sources");
            s.reviewedOn = date(n, "reviewed_on", r, 1);
            checkSources(s.sources, n, r, 1);
            if (s.id.isEmpty() || seen.contains(s.id)) {
                problem(r, line,
                        s.id.isEmpty()
                            ? QCoreApplication::translate("kotona::pack::ContentSource", "service without id")
                            : QCoreApplication::translate("kotona::pack::ContentSource", "duplicate service id \"%1\"")
                                  .arg(s.id));
                continue;
            }
            if (s.name.isEmpty())
                problem(
                    r, line,
                    QCoreApplication::translate("kotona::pack::ContentSource", "service \"%1\" has no name").arg(s.id));
            const YAML::Node c = n["coordinates"];
            if (c && c.IsSequence() && c.size() == 2) {
                s.latitude = c[0].as<double>(0.0);
                s.longitude = c[1].as<double>(0.0);
                s.hasCoordinates = s.latitude >= 59 && s.latitude <= 71 && s.longitude >= 19 && s.longitude <= 32;
                if (!s.hasCoordinates)
                    problem(r, lineOf(c, 1),
                            QCoreApplication::translate("kotona::pack::ContentSource",
                                                        "coordinates of \"%1\" are not in Finland")
                                .arg(s.id));
            }
            if (!s.openingHours.isEmpty()) {
                const QString error = openingHoursError(s.openingHours);
                if (!error.isEmpty())
                    problem(r, lineOf(n["opening_hours"], 1),
                            QCoreApplication::translate("kotona::pack::ContentSource", "invalid opening_hours: %1")
                                .arg(error));
            }
            seen.insert(s.id);
            out.services.append(s);
        }
    }
}

void Loader::loadChecklists()
{
    const QDir dir(root.filePath(QStringLiteral("checklists")));
    static const QRegularExpression itemPattern(
        QStringLiteral("^\\s*[-*] \\[[ xX]\\] (.*?)(?:\\s*\\{#([a-z0-9-]+)\\})?\\s*$"));
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        ChecklistSource c;
        c.id = id;
        const QDir cdir(dir.filePath(id));
        for (const QString &file : cdir.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name)) {
            const QString path = cdir.filePath(file);
            const QString r = rel(path);
            const auto text = readSourceText(path, r, problems);
            if (!text)
                continue;
            const auto doc = parseFrontMatter(*text, r, problems);
            if (!doc)
                continue;
            ChecklistTextSource t;
            t.lang = QFileInfo(file).completeBaseName();
            t.title = yamlString(doc->front, "title");
            t.translation = yamlString(doc->front, "translation");
            if (c.topic.isEmpty())
                c.topic = yamlString(doc->front, "topic");
            if (!languageCodes().contains(t.lang))
                problem(
                    r, 0,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "file name must be <language>.md with a language of languages.yaml"));
            if (t.title.isEmpty())
                problem(r, 2, QCoreApplication::translate("kotona::pack::ContentSource", "missing field \"title\""));
            const QStringList lines = doc->body.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const auto m = itemPattern.match(lines.at(i));
                if (m.hasMatch()) {
                    const QString key = m.captured(2).isEmpty() ? QString::number(t.items.size() + 1) : m.captured(2);
                    t.items.append({ key, m.captured(1) });
                }
            }
            if (t.items.isEmpty())
                problem(r, doc->bodyLine,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "a checklist needs items written as \"- [ ] task\""));
            c.texts.append(t);
        }
        out.checklists.append(c);
    }
}

void Loader::loadWorkshops()
{
    static const QStringList kinds
        = { QStringLiteral("welcome"),   QStringLiteral("section"), QStringLiteral("discussion"),
            QStringLiteral("checklist"), QStringLiteral("break"),   QStringLiteral("closing") };
    const QDir dir(root.filePath(QStringLiteral("workshops")));
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = QDir(dir.filePath(id)).filePath(QStringLiteral("plan.yaml"));
        const QString r = rel(path);
        const auto y = yamlFile(path);
        if (!y)
            continue;
        const YAML::Node &plan = *y;
        if (!plan.IsMap() || !plan["items"] || !plan["items"].IsSequence() || plan["items"].size() == 0) {
            problem(r, 1,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "a workshop plan needs a list of \"items\""));
            continue;
        }
        if (!plan["title"] || !plan["title"].IsMap() || !plan["title"]["en"])
            problem(
                r, 1,
                QCoreApplication::translate("kotona::pack::ContentSource",
                                            "a workshop plan needs a title, at least in English (title: {en: ...})"));
        int total = 0;
        for (const auto &item : plan["items"]) {
            const int line = lineOf(item, 1);
            const QString kind
                = item.IsMap() && item["kind"] ? QString::fromStdString(item["kind"].Scalar()) : QString();
            if (!kinds.contains(kind)) {
                problem(r, line,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "unknown item kind \"%1\": use one of %2")
                            .arg(kind, kinds.join(QStringLiteral(", "))));
                continue;
            }
            bool ok = false;
            const int minutes = item["minutes"] ? QString::fromStdString(item["minutes"].Scalar()).toInt(&ok) : 0;
            if (!ok || minutes <= 0)
                problem(r, line,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "every item needs \"minutes\", a whole number above 0"));
            total += std::max(minutes, 0);
            WorkshopRef ref { r, line, {}, {}, {} };
            if (kind == QLatin1String("section")) {
                ref.guide = item["guide"] ? QString::fromStdString(item["guide"].Scalar()) : QString();
                ref.section = item["section"] ? QString::fromStdString(item["section"].Scalar()) : QString();
                if (ref.guide.isEmpty() || ref.section.isEmpty())
                    problem(r, line,
                            QCoreApplication::translate("kotona::pack::ContentSource",
                                                        "a section item needs \"guide\" and \"section\""));
                else
                    workshopRefs.append(ref);
            } else if (kind == QLatin1String("checklist")) {
                ref.checklist = item["checklist"] ? QString::fromStdString(item["checklist"].Scalar()) : QString();
                workshopRefs.append(ref);
            }
        }
        if (plan["duration_minutes"]) {
            const int duration = QString::fromStdString(plan["duration_minutes"].Scalar()).toInt();
            if (duration != total)
                problem(
                    r, lineOf(plan["duration_minutes"], 1),
                    QCoreApplication::translate("kotona::pack::ContentSource", "the items add up to %1 minutes, not %2")
                        .arg(total)
                        .arg(duration));
        }
        // Stored as JSON: YAML's scalars become strings, which is what a plan holds.
        std::function<QJsonValue(const YAML::Node &)> toJson = [&](const YAML::Node &n) -> QJsonValue {
            if (n.IsMap()) {
                QJsonObject o;
                for (const auto &kv : n)
                    o.insert(QString::fromStdString(kv.first.Scalar()), toJson(kv.second));
                return o;
            }
            if (n.IsSequence()) {
                QJsonArray a;
                for (const auto &item : n)
                    a.append(toJson(item));
                return a;
            }
            return n.IsScalar() ? QJsonValue(QString::fromStdString(n.Scalar())) : QJsonValue();
        };
        out.workshops.insert(id,
                             QString::fromUtf8(QJsonDocument(toJson(plan).toObject()).toJson(QJsonDocument::Compact)));
    }
}

void Loader::crossCheck()
{
    QSet<QString> guideIds, glossaryIds, serviceIds, municipalityIds;
    for (const auto &g : out.guides)
        guideIds.insert(g.id);
    for (const auto &g : out.glossary)
        glossaryIds.insert(g.id);
    for (const auto &s : out.services)
        serviceIds.insert(s.id);
    for (const auto &m : out.municipalities)
        municipalityIds.insert(m.id);

    for (auto &g : out.guides) {
        // The original: exactly one standard text marked original.
        const GuideTextSource *original = nullptr;
        for (const auto &t : g.texts) {
            if (t.translation == QLatin1String("original") && t.variant == QLatin1String("standard")) {
                if (original)
                    problem(t.file, 0,
                            QCoreApplication::translate("kotona::pack::ContentSource",
                                                        "a second original of %1: only one language is the original")
                                .arg(g.id));
                else
                    original = &t;
            }
        }
        if (original) {
            g.originalLang = original->lang;
            g.revision = original->revision;
            g.municipality = original->municipality;
        }
        for (const auto &t : g.texts) {
            if (!t.translatedFromLang.isEmpty()) {
                if (!original)
                    problem(
                        t.file, 0,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "a translation without its original: add the original text of %1")
                            .arg(g.id));
                else if (t.translatedFromLang != original->lang)
                    problem(t.file, 0,
                            QCoreApplication::translate("kotona::pack::ContentSource",
                                                        "translated_from names %1 but the original is %2.md")
                                .arg(t.translatedFromLang, original->lang));
                else if (t.translatedFromRevision > original->revision)
                    problem(t.file, 0,
                            QCoreApplication::translate(
                                "kotona::pack::ContentSource",
                                "translated_from revision %1 is newer than the original's revision %2")
                                .arg(t.translatedFromRevision)
                                .arg(original->revision));
            }
            if (t.municipality != g.municipality)
                problem(t.file, 2,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "municipality differs from the original's (\"%1\")")
                            .arg(g.municipality));
            if (!t.municipality.isEmpty() && !municipalityIds.contains(t.municipality))
                problem(t.file, 2,
                        QCoreApplication::translate("kotona::pack::ContentSource",
                                                    "unknown municipality \"%1\": see municipalities.yaml")
                            .arg(t.municipality));
            for (const auto &link : t.parsed.links) {
                const bool known = link.kind == QLatin1String("guide") ? guideIds.contains(link.target)
                                                                       : glossaryIds.contains(link.target);
                if (!known)
                    problem(t.file, t.bodyLine + link.line - 1,
                            QCoreApplication::translate("kotona::pack::ContentSource",
                                                        "link to a %1 that does not exist: %2")
                                .arg(link.kind, link.target));
            }
            for (const QString &term : t.glossary) {
                if (!glossaryIds.contains(term))
                    problem(t.file, 2,
                            QCoreApplication::translate("kotona::pack::ContentSource",
                                                        "glossary term \"%1\" does not exist")
                                .arg(term));
            }
            for (const QString &service : t.services) {
                if (!serviceIds.contains(service))
                    problem(t.file, 2,
                            QCoreApplication::translate("kotona::pack::ContentSource", "service \"%1\" does not exist")
                                .arg(service));
            }
        }
        if (!original && !g.texts.isEmpty() && g.texts.first().translatedFromLang.isEmpty())
            problem(g.texts.first().file, 0,
                    QCoreApplication::translate("kotona::pack::ContentSource", "the guide %1 has no original text")
                        .arg(g.id));
    }
    for (const auto &g : out.glossary) {
        for (const QString &r : g.related) {
            if (!glossaryIds.contains(r))
                problem(QStringLiteral("glossary/%1.yaml").arg(g.id), 1,
                        QCoreApplication::translate("kotona::pack::ContentSource", "related term \"%1\" does not exist")
                            .arg(r));
        }
    }
    // Workshop items: the guide, its section (an anchor of the original) and checklists exist.
    QSet<QString> checklistIds;
    for (const auto &c : out.checklists)
        checklistIds.insert(c.id);
    for (const auto &ref : std::as_const(workshopRefs)) {
        if (!ref.checklist.isEmpty() || ref.guide.isEmpty()) {
            if (!checklistIds.contains(ref.checklist))
                problem(ref.file, ref.line,
                        QCoreApplication::translate("kotona::pack::ContentSource", "checklist \"%1\" does not exist")
                            .arg(ref.checklist));
            continue;
        }
        const auto guide = std::find_if(out.guides.cbegin(), out.guides.cend(),
                                        [&](const GuideSource &g) { return g.id == ref.guide; });
        if (guide == out.guides.cend()) {
            problem(ref.file, ref.line,
                    QCoreApplication::translate("kotona::pack::ContentSource", "guide \"%1\" does not exist")
                        .arg(ref.guide));
            continue;
        }
        bool found = false;
        for (const auto &t : guide->texts) {
            if (t.lang != guide->originalLang || t.variant != QLatin1String("standard"))
                continue;
            for (const auto &section : t.parsed.sections)
                found = found || section.anchor == ref.section;
        }
        if (!found)
            problem(ref.file, ref.line,
                    QCoreApplication::translate("kotona::pack::ContentSource",
                                                "guide \"%1\" has no section \"%2\" in its original")
                        .arg(ref.guide, ref.section));
    }

    QSet<QString> topicIds;
    for (const auto &t : out.topics)
        topicIds.insert(t.id);
    for (const auto &s : out.services) {
        for (const QString &t : s.topics) {
            if (!topicIds.contains(t))
                problem(
                    QStringLiteral("services/%1.yaml").arg(s.municipality), 0,
                    QCoreApplication::translate("kotona::pack::ContentSource", "service \"%1\": unknown topic \"%2\"")
                        .arg(s.id, t));
        }
    }
}

} // namespace

ContentSource ContentSource::load(const QString &dataDir, Problems &problems, QDate today)
{
    Loader l { QDir(dataDir), problems, today, {}, {} };
    if (!l.root.exists()) {
        problems.append(
            { dataDir, 0,
              QCoreApplication::translate("kotona::pack::ContentSource", "the content folder does not exist") });
        return {};
    }
    l.loadPackInfo();
    l.loadLanguages();
    l.loadTopics();
    l.loadMunicipalities();
    l.loadGlossary();
    l.loadServices();
    l.loadGuides();
    l.loadChecklists();
    l.loadWorkshops();
    l.crossCheck();
    return std::move(l.out);
}

} // namespace kotona::pack
