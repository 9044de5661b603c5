// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// A small, valid content folder in a temporary directory that tests change file
// by file to provoke one problem at a time.
class ContentFixture
{
public:
    ContentFixture()
    {
        write("pack.yaml", "pack_id: test.pack\nfallback: [en, fi]\n");
        write("languages.yaml",
              "languages:\n"
              "  - {code: fi, native: suomi, english: Finnish, direction: ltr}\n"
              "  - {code: en, native: English, english: English, direction: ltr}\n"
              "  - {code: ar, native: العربية, english: Arabic, direction: rtl}\n");
        write("topics.yaml",
              "topics:\n  - id: health\n    icon: health\n    title: {en: Health, fi: Terveys}\n"
              "  - id: housing\n    icon: housing\n    title: {en: Housing, fi: Asuminen}\n");
        write("municipalities.yaml", "municipalities:\n  - id: turku\n    name: {fi: Turku, en: Turku}\n");
        write("glossary/kela.yaml",
              "id: kela\nrelated: []\nterms:\n"
              "  en: {term: Kela, explanation: The Social Insurance Institution.}\n"
              "  fi: {term: Kela, explanation: Kansaneläkelaitos.}\n");
        write("guides/health/care/en.md",
              guide("health/care", "original", "Getting care",
                    "## Health centre\n\nGo to the [health centre](guide:housing/rent).\n\n"
                    "## Emergencies\n\nCall 112. Ask [Kela](glossary:kela).\n"));
        write("guides/health/care/fi.md",
              guide("health/care", "machine", "Hoitoon hakeutuminen",
                    "## Terveysasema\n\nMene terveysasemalle.\n\n## Hätätilanteet\n\nSoita 112.\n"));
        write("guides/housing/rent/en.md",
              guide("housing/rent", "original", "Renting", "Intro text.\n\n## Deposit\n\nPay a deposit.\n"));
    }

    static QByteArray guide(const char *id, const char *translation, const char *title, const char *body,
                            const char *extra = "")
    {
        QByteArray t = QByteArray("---\nid: ") + id + "\ntitle: " + title
            + "\nsummary: A summary.\n"
              "reviewed_on: 2026-01-15\nsources:\n  - https://www.infofinland.fi/\ntranslation: "
            + translation + "\n";
        t += QByteArray(translation) == "original" ? "revision: 1\n" : "translated_from: en@1\n";
        t += extra;
        t += "---\n\n";
        t += body;
        return t;
    }

    void write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
    }

    void remove(const QString &relative) { QFile::remove(m_dir.filePath(relative)); }
    QString path() const { return m_dir.path(); }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
};
