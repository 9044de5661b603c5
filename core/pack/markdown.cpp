// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/markdown.h"

#include <QRegularExpression>
#include <QSet>

#include <md4c.h>

namespace kotona::pack {

namespace {

struct TextCollector {
    QByteArray out;
    bool pendingSpace = false;

    void space() { pendingSpace = !out.isEmpty(); }
    void add(const char *text, MD_SIZE size)
    {
        if (pendingSpace && !out.endsWith(' '))
            out.append(' ');
        pendingSpace = false;
        out.append(text, qsizetype(size));
    }
};

int enterBlock(MD_BLOCKTYPE, void *, void *user)
{
    static_cast<TextCollector *>(user)->space();
    return 0;
}

int leaveBlock(MD_BLOCKTYPE, void *, void *user)
{
    static_cast<TextCollector *>(user)->space();
    return 0;
}

int enterSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user)
{
    auto *c = static_cast<TextCollector *>(user);
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        c->space();
        break;
    case MD_TEXT_NULLCHAR:
        break;
    case MD_TEXT_ENTITY:
        // Keep the common entities readable; others stay as written.
        if (QByteArrayView(text, size) == "&amp;")
            c->add("&", 1);
        else if (QByteArrayView(text, size) == "&nbsp;")
            c->add(" ", 1);
        else
            c->add(text, size);
        break;
    default:
        c->add(text, size);
    }
    return 0;
}

const QRegularExpression &headingPattern()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    return re;
}

const QRegularExpression &fencePattern()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(```|~~~)"));
    return re;
}

const QRegularExpression &linkPattern()
{
    static const QRegularExpression re(QStringLiteral("\\]\\((guide|glossary):([^)\\s]*)\\)"));
    return re;
}

} // namespace

QString markdownToPlainText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    TextCollector collector;
    MD_PARSER parser {};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = enterSpan;
    parser.text = onText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector);
    return QString::fromUtf8(collector.out).trimmed();
}

QString slugify(const QString &heading)
{
    QString slug;
    bool dash = false;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (dash && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            slug.append(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug.isEmpty() ? QStringLiteral("section") : slug;
}

ParsedMarkdown parseMarkdown(const QString &body)
{
    ParsedMarkdown result;
    const QStringList lines = body.split(QLatin1Char('\n'));
    QSet<QString> anchors;
    MarkdownSection current;
    current.anchor = QStringLiteral("intro");
    current.line = 1;
    QStringList currentLines;
    bool inFence = false;
    QString fence;

    auto flush = [&] {
        current.markdown = currentLines.join(QLatin1Char('\n')).trimmed();
        const bool emptyIntro = current.level == 0 && current.markdown.isEmpty();
        if (!emptyIntro) {
            // The heading is a field of its own: the plain text is what is under it.
            const QStringList body = current.level > 0 ? currentLines.mid(1) : currentLines;
            current.plain = markdownToPlainText(body.join(QLatin1Char('\n')));
            anchors.insert(current.anchor);
            result.sections.append(current);
        }
        currentLines.clear();
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const auto fenceMatch = fencePattern().match(line);
        if (fenceMatch.hasMatch()) {
            if (!inFence) {
                inFence = true;
                fence = fenceMatch.captured(1);
            } else if (fenceMatch.captured(1) == fence) {
                inFence = false;
            }
        }
        if (!inFence) {
            const auto heading = headingPattern().match(line);
            if (heading.hasMatch()) {
                flush();
                current = MarkdownSection {};
                current.level = int(heading.captured(1).size());
                current.heading = markdownToPlainText(heading.captured(2));
                QString anchor = slugify(current.heading);
                for (int n = 2; anchors.contains(anchor) || anchor == QLatin1String("intro"); ++n)
                    anchor = slugify(current.heading) + QLatin1Char('-') + QString::number(n);
                current.anchor = anchor;
                anchors.insert(anchor);
                current.line = i + 1;
            }
            auto it = linkPattern().globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                result.links.append({ m.captured(1), m.captured(2), i + 1 });
            }
        }
        currentLines.append(line);
    }
    flush();
    return result;
}

} // namespace kotona::pack
