// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/guiderenderer.h"

#include <QRegularExpression>

#include <md4c-html.h>

namespace kotona {

namespace {

void append(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

// Wraps grouped numbers (phone numbers, "0800 147 111") in a left-to-right
// embedding, in the text between tags only.
QString keepNumbersLeftToRight(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression grouped(QStringLiteral("(\\+?\\d+(?: \\d+)+)"));
    QString out;
    out.reserve(html.size() + 32);
    qsizetype at = 0;
    const auto text = [&](QStringView part) {
        QString t = part.toString();
        t.replace(grouped, QStringLiteral("\u202A\\1\u202C"));
        out += t;
    };
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        text(QStringView(html).mid(at, m.capturedStart() - at));
        out += m.captured();
        at = m.capturedEnd();
    }
    text(QStringView(html).mid(at));
    return out;
}

} // namespace

QString renderSectionHtml(const QString &markdown, const RenderStyle &style)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3 / 2);
    const unsigned flags
        = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_NOHTML | MD_FLAG_PERMISSIVEAUTOLINKS;
    if (md_html(utf8.constData(), MD_SIZE(utf8.size()), append, &out, flags, 0) != 0)
        return markdown.toHtmlEscaped();
    QString html = QString::fromUtf8(out);

    // Qt draws every link in one colour; glossary words get their own colour and
    // keep the underline so that they read as "explained here".
    static const QRegularExpression glossary(QStringLiteral("<a href=\"glossary:([^\"]*)\">"));
    html.replace(glossary,
                 QStringLiteral("<a href=\"glossary:\\1\" style=\"color:%1; text-decoration: underline\">")
                     .arg(style.glossaryColor));
    static const QRegularExpression other(QStringLiteral("<a href=\"(?!glossary:)([^\"]*)\">"));
    html.replace(other, QStringLiteral("<a href=\"\\1\" style=\"color:%1\">").arg(style.linkColor));
    html.replace(QStringLiteral("src=\"media:"), QStringLiteral("src=\"image://pack/"));
    html.replace(QStringLiteral("<table>"),
                 QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                                "style=\"border-collapse: collapse; border-color: %1\">")
                     .arg(style.borderColor));
    // Task list items come out as disabled check boxes that Qt cannot draw.
    html.replace(QStringLiteral("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>"),
                 QStringLiteral("\u2610 "));
    html.replace(QStringLiteral("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>"),
                 QStringLiteral("\u2611 "));
    if (style.rightToLeft)
        html = keepNumbersLeftToRight(html);
    return html.trimmed();
}

} // namespace kotona
