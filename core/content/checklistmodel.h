// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentstore.h"
#include "session/userstore.h"

#include <QAbstractListModel>

namespace kotona {

// The items of one checklist in the reader's language, with the reader's ticks
// from the user database. Roles: itemKey, text, done. setDone() saves at once.
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString checklistId READ checklistId NOTIFY progressChanged)
    Q_PROPERTY(QString title READ title NOTIFY progressChanged)
    Q_PROPERTY(QString lang READ lang NOTIFY progressChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY progressChanged)
    Q_PROPERTY(int count READ count NOTIFY progressChanged)
public:
    enum Role { KeyRole = Qt::UserRole + 1, TextRole, DoneRole };

    ChecklistModel(ContentStore *content, UserStore *user, QObject *parent = nullptr);

    void load(const QString &checklistId, const QStringList &langs);
    [[nodiscard]] const std::optional<Checklist> &checklist() const { return m_checklist; }
    // Ticks or unticks the item in `row`; false when it could not be saved.
    Q_INVOKABLE bool setDone(int row, bool done);

    [[nodiscard]] QString checklistId() const { return m_checklist ? m_checklist->id : QString(); }
    [[nodiscard]] QString title() const { return m_checklist ? m_checklist->title : QString(); }
    [[nodiscard]] QString lang() const { return m_checklist ? m_checklist->lang : QString(); }
    [[nodiscard]] int doneCount() const;
    [[nodiscard]] int count() const { return rowCount(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void progressChanged();

private:
    ContentStore *m_content;
    UserStore *m_user;
    std::optional<Checklist> m_checklist;
    QSet<QString> m_done;
};

} // namespace kotona
