// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kotona::pack {

// Status of one guide in one language, as the translation matrix shows it.
enum class TranslationState { Original, Reviewed, Machine, Outdated, Missing };
[[nodiscard]] QString toString(TranslationState state);

struct PackReport {
    QMap<QString, QString> meta; // pack_id, seq, ...
    QMap<QString, qint64> tableCounts; // record table -> rows
    QMap<QString, QMap<QString, qint64>> countsByLanguage; // table -> language -> rows
    QStringList languages; // of the pack, in its order
    QMap<QString, QMap<QString, TranslationState>> matrix; // guide id -> language -> state
    QString error; // when the pack could not be read

    [[nodiscard]] QJsonObject toJson() const;
};

// What changed between two packs, by record id.
struct PackDiff {
    QMap<QString, QStringList> added, changed, removed; // table -> ids
    QString error;

    [[nodiscard]] bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
};

// Read-only views of a pack file for editors and scripts (kotona-pack inspect/diff).
class PackInspector
{
public:
    [[nodiscard]] static PackReport inspect(const QString &packPath);
    [[nodiscard]] static PackDiff diff(const QString &oldPack, const QString &newPack);
};

} // namespace kotona::pack
