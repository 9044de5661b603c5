// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kotona::pack {

// One section of a guide: the text under one heading (the unit of search).
// Text before the first heading is a section with an empty heading and anchor "intro".
struct MarkdownSection {
    QString anchor; // stable within the text: a slug of the heading, made unique
    QString heading; // plain text of the heading
    int level = 0; // 1..6, 0 for the intro
    QString markdown; // the section's Markdown, its heading line included
    QString plain; // plain text for search and snippets
    int line = 0; // 1-based line of the heading within the body
};

// A link to something in the pack: [text](guide:topic/slug) or [text](glossary:term).
struct MarkdownLink {
    QString kind; // "guide" or "glossary"
    QString target; // the id after the colon
    int line = 0; // 1-based line within the body
};

struct ParsedMarkdown {
    QList<MarkdownSection> sections;
    QList<MarkdownLink> links;
};

// Splits a CommonMark body at its ATX headings (# ... ######, outside fenced code)
// and finds its pack links. Never fails: any text is some Markdown.
[[nodiscard]] ParsedMarkdown parseMarkdown(const QString &body);

// CommonMark to plain text (md4c): no markup, one space between blocks.
[[nodiscard]] QString markdownToPlainText(const QString &markdown);

// "Where to get help?" -> "where-to-get-help"; letters of every script are kept.
[[nodiscard]] QString slugify(const QString &heading);

} // namespace kotona::pack
