// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentstore.h"

#include <QAbstractListModel>

namespace kotona {

// The sections of one guide text, in reading order (the reader's table of
// contents and pages). Roles: anchor, heading, level, markdown.
class SectionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { AnchorRole = Qt::UserRole + 1, HeadingRole, LevelRole, MarkdownRole };

    explicit SectionModel(QObject *parent = nullptr);

    void setGuide(const std::optional<GuideText> &guide);
    [[nodiscard]] const std::optional<GuideText> &guide() const { return m_guide; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::optional<GuideText> m_guide;
};

} // namespace kotona
