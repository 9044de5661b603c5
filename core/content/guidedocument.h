// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentstore.h"
#include "content/guiderenderer.h"

#include <QAbstractListModel>
#include <QDate>
#include <QVariantList>

namespace kotona {

class UserStore;

// One guide opened for reading: its sections as rendered HTML (the rows of this
// model: anchor, heading, level, html) and everything the reader page shows about
// it as properties: the language it is shown in and why (fallback), how it was
// translated, the easy-to-read variant, sources, related guides and services, and
// whether the reader bookmarked it. Opening a guide records a visit in the
// reader's history.
class GuideDocument : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString guideId READ guideId NOTIFY loaded)
    Q_PROPERTY(QString topic READ topic NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    Q_PROPERTY(QString lang READ lang NOTIFY loaded)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY loaded)
    Q_PROPERTY(QString requestedLang READ requestedLang NOTIFY loaded)
    Q_PROPERTY(bool isFallback READ isFallback NOTIFY loaded)
    Q_PROPERTY(QStringList languages READ languages NOTIFY loaded)
    Q_PROPERTY(QString state READ state NOTIFY loaded)
    Q_PROPERTY(QString originalLang READ originalLang NOTIFY loaded)
    Q_PROPERTY(QDate reviewedOn READ reviewedOn NOTIFY loaded)
    Q_PROPERTY(QStringList sources READ sources NOTIFY loaded)
    Q_PROPERTY(QString variant READ variant NOTIFY loaded)
    Q_PROPERTY(bool hasEasyVariant READ hasEasyVariant NOTIFY loaded)
    Q_PROPERTY(QVariantList relatedGuides READ relatedGuides NOTIFY loaded)
    Q_PROPERTY(QStringList serviceIds READ serviceIds NOTIFY loaded)
    Q_PROPERTY(QStringList checklistIds READ checklistIds NOTIFY loaded)
    Q_PROPERTY(bool bookmarked READ bookmarked WRITE setBookmarked NOTIFY bookmarkedChanged)
public:
    enum Role { AnchorRole = Qt::UserRole + 1, HeadingRole, LevelRole, HtmlRole };

    GuideDocument(ContentStore *content, UserStore *user, QObject *parent = nullptr);

    // Loads `guideId` for a reader whose languages are `langs` (first = preferred).
    // `variant` is "standard" or "easy"; a missing variant falls back to standard.
    void load(const QString &guideId, const QStringList &langs, const QString &variant, const RenderStyle &style);

    [[nodiscard]] bool found() const { return m_text.has_value(); }
    [[nodiscard]] QString guideId() const { return m_guideId; }
    [[nodiscard]] QString topic() const { return found() ? m_text->summary.topic : QString(); }
    [[nodiscard]] QString title() const { return found() ? m_text->summary.title : QString(); }
    [[nodiscard]] QString summary() const { return found() ? m_text->summary.summary : QString(); }
    [[nodiscard]] QString lang() const { return found() ? m_text->summary.lang : QString(); }
    [[nodiscard]] bool rightToLeft() const { return m_rightToLeft; }
    [[nodiscard]] QString requestedLang() const { return m_requested; }
    [[nodiscard]] bool isFallback() const { return found() && lang() != m_requested; }
    [[nodiscard]] QStringList languages() const { return found() ? m_text->summary.languages : QStringList(); }
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString originalLang() const { return found() ? m_text->originalLang : QString(); }
    [[nodiscard]] QDate reviewedOn() const;
    [[nodiscard]] QStringList sources() const { return found() ? m_text->sources : QStringList(); }
    [[nodiscard]] QString variant() const { return found() ? m_text->variant : QString(); }
    [[nodiscard]] bool hasEasyVariant() const { return found() && m_text->hasEasyVariant; }
    [[nodiscard]] QVariantList relatedGuides() const { return m_related; }
    [[nodiscard]] QStringList serviceIds() const { return m_serviceIds; }
    [[nodiscard]] QStringList checklistIds() const { return m_checklistIds; }
    [[nodiscard]] bool bookmarked() const { return m_bookmarked; }
    void setBookmarked(bool on);

    // The row of the section with this anchor, -1 if none.
    Q_INVOKABLE int indexOfAnchor(const QString &anchor) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void loaded();
    void bookmarkedChanged();

private:
    ContentStore *m_content;
    UserStore *m_user;
    QString m_guideId, m_requested;
    std::optional<GuideText> m_text;
    QStringList m_html;
    bool m_rightToLeft = false;
    bool m_bookmarked = false;
    QVariantList m_related;
    QStringList m_serviceIds, m_checklistIds;
};

} // namespace kotona
