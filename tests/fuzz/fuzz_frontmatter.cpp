// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the content source reader: a guide file goes through the
// encoding checks, the front matter split, the YAML parser and the Markdown
// section splitter, as `kotona-pack validate` does. Run: tests/fuzz/run.sh
#include "pack/markdown.h"
#include "pack/sourcefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("en.md"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    kotona::pack::Problems problems;
    const auto text = kotona::pack::readSourceText(path, QStringLiteral("en.md"), problems);
    if (!text)
        return 0;
    if (const auto doc = kotona::pack::parseFrontMatter(*text, QStringLiteral("en.md"), problems)) {
        (void)kotona::pack::yamlString(doc->front, "title");
        (void)kotona::pack::yamlStringList(doc->front, "sources");
        const auto parsed = kotona::pack::parseMarkdown(doc->body);
        for (const auto &s : parsed.sections) {
            if (s.anchor.isEmpty())
                __builtin_trap(); // every section must have an anchor
        }
    }
    // Whatever the input, the body parser must cope with it too.
    (void)kotona::pack::parseMarkdown(*text);
    return 0;
}
