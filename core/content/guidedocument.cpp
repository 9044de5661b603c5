// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/guidedocument.h"

#include "content/guidelistmodel.h"
#include "session/userstore.h"
#include "text/languageinfo.h"

namespace kotona {

namespace {

// A section's Markdown starts with its own heading, which the page draws itself.
QString withoutHeading(const QString &markdown)
{
    if (!markdown.startsWith(QLatin1Char('#')))
        return markdown;
    const qsizetype end = markdown.indexOf(QLatin1Char('\n'));
    return end < 0 ? QString() : markdown.mid(end + 1);
}

} // namespace

GuideDocument::GuideDocument(ContentStore *content, UserStore *user, QObject *parent)
    : QAbstractListModel(parent)
    , m_content(content)
    , m_user(user)
{ }

void GuideDocument::load(const QString &guideId, const QStringList &langs, const QString &variant,
                         const RenderStyle &style)
{
    beginResetModel();
    m_guideId = guideId;
    m_requested = langs.value(0);
    m_text = m_content->isOpen() ? m_content->guide(guideId, langs, variant) : std::nullopt;
    m_html.clear();
    m_related.clear();
    m_serviceIds.clear();
    m_checklistIds.clear();
    m_rightToLeft = false;
    m_bookmarked = false;
    if (m_text) {
        m_rightToLeft = text::isRightToLeft(m_text->summary.lang);
        RenderStyle textStyle = style;
        textStyle.rightToLeft = m_rightToLeft;
        for (const auto &s : std::as_const(m_text->sections))
            m_html.append(renderSectionHtml(withoutHeading(s.markdown), textStyle));
        for (const QString &id : m_content->linksOf(guideId, QStringLiteral("guide"))) {
            const auto other = m_content->guideSummary(id, langs);
            if (other && id != guideId)
                m_related.append(QVariantMap { { QStringLiteral("guideId"), id },
                                               { QStringLiteral("title"), other->title },
                                               { QStringLiteral("lang"), other->lang } });
        }
        m_serviceIds = m_content->linksOf(guideId, QStringLiteral("service"));
        m_checklistIds = m_content->checklistIdsOfTopic(m_text->summary.topic);
        if (m_user && m_user->isOpen()) {
            m_bookmarked = m_user->isBookmarked(guideId);
            m_user->recordVisit(guideId, m_text->summary.lang);
        }
    }
    endResetModel();
    emit loaded();
    emit bookmarkedChanged();
}

QString GuideDocument::state() const
{
    return found() ? toString(m_text->summary.state) : QString();
}

QDate GuideDocument::reviewedOn() const
{
    return found() ? QDate::fromString(m_text->reviewedOn, Qt::ISODate) : QDate();
}

void GuideDocument::setBookmarked(bool on)
{
    if (!found() || !m_user || on == m_bookmarked)
        return;
    const bool saved = on ? m_user->addBookmark(m_guideId, lang()) : m_user->removeBookmark(m_guideId);
    if (saved) {
        m_bookmarked = on;
        emit bookmarkedChanged();
    }
}

int GuideDocument::indexOfAnchor(const QString &anchor) const
{
    if (!found())
        return -1;
    for (int i = 0; i < m_text->sections.size(); ++i) {
        if (m_text->sections.at(i).anchor == anchor)
            return i;
    }
    return -1;
}

int GuideDocument::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !found() ? 0 : int(m_text->sections.size());
}

QVariant GuideDocument::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuideSection &s = m_text->sections.at(index.row());
    switch (role) {
    case AnchorRole:
        return s.anchor;
    case Qt::DisplayRole:
    case HeadingRole:
        return s.heading;
    case LevelRole:
        return s.level;
    case HtmlRole:
        return m_html.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> GuideDocument::roleNames() const
{
    return { { AnchorRole, "anchor" }, { HeadingRole, "heading" }, { LevelRole, "level" }, { HtmlRole, "html" } };
}

} // namespace kotona
