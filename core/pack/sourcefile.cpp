// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/sourcefile.h"

#include <QCoreApplication>
#include <QFile>

namespace kotona::pack {

namespace {

// Offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlongs, surrogates and code points above U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int len = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static constexpr char32_t kMin[] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

} // namespace

std::optional<QString> readSourceText(const QString &path, const QString &relative, Problems &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(
            { relative, 0,
              QCoreApplication::translate("kotona::pack::SourceFile", "cannot be read: %1").arg(file.errorString()) });
        return std::nullopt;
    }
    if (file.size() > kMaxSourceFileBytes) {
        problems.append({ relative, 0,
                          QCoreApplication::translate("kotona::pack::SourceFile",
                                                      "is %1 KiB; the limit is %2 KiB: split it into several guides")
                              .arg(file.size() / 1024)
                              .arg(kMaxSourceFileBytes / 1024) });
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    bool usable = true;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        problems.append(
            { relative, 1,
              QCoreApplication::translate("kotona::pack::SourceFile",
                                          "starts with a byte order mark (BOM): save it as UTF-8 without BOM") });
        usable = false;
    }
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        problems.append(
            { relative, int(bytes.left(invalid).count('\n')) + 1,
              QCoreApplication::translate("kotona::pack::SourceFile", "is not valid UTF-8: save it as UTF-8") });
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(bytes);
    const qsizetype cr = bytes.indexOf('\r');
    if (cr >= 0) {
        problems.append(
            { relative, int(bytes.left(cr).count('\n')) + 1,
              QCoreApplication::translate("kotona::pack::SourceFile",
                                          "has Windows line endings (CRLF): save it with LF line endings") });
        usable = false;
    }
    if (bytes.contains('\0')) {
        problems.append(
            { relative, 0,
              QCoreApplication::translate("kotona::pack::SourceFile", "contains NUL bytes: it is not a text file") });
        usable = false;
    }
    if (!usable)
        return std::nullopt;
    return text;
}

std::optional<YAML::Node> parseYaml(const QString &text, const QString &relative, int firstLine, Problems &problems)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        problems.append({ relative, firstLine + std::max(0, e.mark.line),
                          QCoreApplication::translate("kotona::pack::SourceFile", "malformed YAML: %1")
                              .arg(QString::fromStdString(e.msg)) });
    }
    return std::nullopt;
}

std::optional<FrontMatterDocument> parseFrontMatter(const QString &text, const QString &relative, Problems &problems)
{
    if (!text.startsWith(QLatin1String("---\n"))) {
        problems.append({ relative, 1,
                          QCoreApplication::translate(
                              "kotona::pack::SourceFile",
                              "must begin with front matter: a line \"---\", the YAML fields, and \"---\"") });
        return std::nullopt;
    }
    const qsizetype end = text.indexOf(QLatin1String("\n---\n"), 3);
    const bool endsAtEof = end < 0 && text.endsWith(QLatin1String("\n---"));
    if (end < 0 && !endsAtEof) {
        problems.append({ relative, 1,
                          QCoreApplication::translate("kotona::pack::SourceFile",
                                                      "front matter is not closed by a line \"---\"") });
        return std::nullopt;
    }
    const qsizetype yamlEnd = end < 0 ? text.size() - 4 : end;
    const QString yaml = text.mid(4, yamlEnd - 4 + 1);
    auto node = parseYaml(yaml, relative, 2, problems);
    if (!node)
        return std::nullopt;
    if (!node->IsMap()) {
        problems.append({ relative, 2,
                          QCoreApplication::translate("kotona::pack::SourceFile",
                                                      "front matter must be YAML fields (key: value)") });
        return std::nullopt;
    }
    FrontMatterDocument doc;
    doc.front = *node;
    doc.body = end < 0 ? QString() : text.mid(end + 5);
    doc.bodyLine = int(text.left(end < 0 ? text.size() : end + 5).count(QLatin1Char('\n'))) + 1;
    return doc;
}

int lineOf(const YAML::Node &node, int firstLine)
{
    return firstLine + std::max(0, node.Mark().line);
}

QString yamlString(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return {};
    const YAML::Node v = map[key];
    if (!v || !v.IsScalar())
        return {};
    return QString::fromStdString(v.Scalar());
}

QStringList yamlStringList(const YAML::Node &map, const char *key)
{
    QStringList out;
    if (!map.IsMap())
        return out;
    const YAML::Node v = map[key];
    if (!v)
        return out;
    if (v.IsScalar()) {
        out.append(QString::fromStdString(v.Scalar()));
        return out;
    }
    if (v.IsSequence()) {
        for (const auto &item : v) {
            if (item.IsScalar())
                out.append(QString::fromStdString(item.Scalar()));
        }
    }
    return out;
}

} // namespace kotona::pack
