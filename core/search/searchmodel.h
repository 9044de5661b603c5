// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searcher.h"

#include <QAbstractListModel>
#include <QThread>

#include <atomic>
#include <memory>

namespace kotona::search {

class SearchWorker;

// Search results as the reader types. Each query runs on a worker thread with its
// own read connection to the pack, so the GUI thread never waits; queries that a
// newer one has replaced are skipped before they run and their results dropped.
// Roles: guideId, anchor, lang, title, heading, snippet (plain, with the
// highlight markers of searcher.h), snippetHtml (escaped, matches in <b>),
// moreInGuide.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QStringList didYouMean READ didYouMean NOTIFY resultsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
public:
    enum Role {
        GuideIdRole = Qt::UserRole + 1,
        AnchorRole,
        LangRole,
        TitleRole,
        HeadingRole,
        SnippetRole,
        SnippetHtmlRole,
        MoreInGuideRole
    };

    explicit SearchModel(const QString &packPath, QObject *parent = nullptr);
    ~SearchModel() override;

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    // The reader's languages (first preferred) and municipality for ranking.
    void setLanguages(const QStringList &langs);
    void setMunicipality(const QString &municipality);
    // The pack file was replaced: the worker opens it anew for the next query.
    void reopenPack();
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QStringList didYouMean() const { return m_didYouMean; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();
    void busyChanged();
    void resultsChanged();
    void requested(quint64 generation, const kotona::search::SearchRequest &request);

private:
    void sendQuery();
    void onFinished(quint64 generation, const QList<kotona::search::SearchHit> &hits, const QStringList &didYouMean);

    QString m_query;
    QStringList m_langs;
    QString m_municipality;
    QList<SearchHit> m_hits;
    QStringList m_didYouMean;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
};

// The worker behind SearchModel, living on its thread. Not for direct use.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    SearchWorker(QString packPath, std::shared_ptr<std::atomic<quint64>> latest);
    ~SearchWorker() override;

    // Closes the pack; the next query opens it again (after the file was replaced).
    void reopen();
    void run(quint64 generation, const kotona::search::SearchRequest &request);

signals:
    void finished(quint64 generation, const QList<kotona::search::SearchHit> &hits, const QStringList &didYouMean);

private:
    struct Store;
    QString m_packPath;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Store> m_store;
};

} // namespace kotona::search

Q_DECLARE_METATYPE(kotona::search::SearchRequest)
Q_DECLARE_METATYPE(kotona::search::SearchHit)
