// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentstore.h"

#include <QAbstractListModel>

namespace kotona {

// The guides of one topic for the reader's municipality and languages: municipal
// guides first, then national ones. Roles: guideId, title, summary, lang,
// isFallback, state (original|reviewed|machine|outdated), languages, municipality.
class GuideListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        LangRole,
        IsFallbackRole,
        StateRole,
        LanguagesRole,
        MunicipalityRole
    };

    explicit GuideListModel(ContentStore *store, QObject *parent = nullptr);

    // Reloads the list; the store must stay alive while the model is used.
    void load(const QString &topic, const QString &municipality, const QStringList &langs);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    ContentStore *m_store;
    QList<GuideSummary> m_guides;
};

[[nodiscard]] QString toString(TextState state);

} // namespace kotona
