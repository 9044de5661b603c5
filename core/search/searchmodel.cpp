// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchmodel.h"

#include "content/contentstore.h"

namespace kotona::search {

struct SearchWorker::Store {
    ContentStore content;
    bool opened = false;
};

SearchWorker::SearchWorker(QString packPath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_packPath(std::move(packPath))
    , m_latest(std::move(latest))
    , m_store(std::make_unique<Store>())
{ }

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(quint64 generation, const SearchRequest &request)
{
    // A newer query is already waiting: this one's answer would be thrown away.
    if (generation < m_latest->load())
        return;
    if (!m_store->opened)
        m_store->opened = m_store->content.open(m_packPath).ok();
    SearchResult result;
    if (m_store->opened)
        result = m_store->content.search(request);
    emit finished(generation, result.hits, result.didYouMean);
}

void SearchWorker::reopen()
{
    m_store->content.close();
    m_store->opened = false;
}

SearchModel::SearchModel(const QString &packPath, QObject *parent)
    : QAbstractListModel(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<kotona::search::SearchRequest>();
    qRegisterMetaType<QList<kotona::search::SearchHit>>();
    m_worker = new SearchWorker(packPath, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SearchModel::requested, m_worker, &SearchWorker::run, Qt::QueuedConnection);
    connect(m_worker, &SearchWorker::finished, this, &SearchModel::onFinished, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("kotona-search"));
    m_thread.start();
}

SearchModel::~SearchModel()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // skip whatever is queued
    m_thread.quit();
    m_thread.wait();
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    sendQuery();
}

void SearchModel::setLanguages(const QStringList &langs)
{
    if (langs == m_langs)
        return;
    m_langs = langs;
    sendQuery();
}

void SearchModel::reopenPack()
{
    QMetaObject::invokeMethod(m_worker, &SearchWorker::reopen, Qt::QueuedConnection);
    sendQuery();
}

void SearchModel::setMunicipality(const QString &municipality)
{
    if (municipality == m_municipality)
        return;
    m_municipality = municipality;
    sendQuery();
}

void SearchModel::sendQuery()
{
    ++m_generation;
    m_latest->store(m_generation);
    if (m_query.trimmed().isEmpty()) {
        // Nothing to look for: clear at once, without a round trip.
        onFinished(m_generation, {}, {});
        return;
    }
    if (!m_busy) {
        m_busy = true;
        emit busyChanged();
    }
    SearchRequest r;
    r.query = m_query;
    r.langs = m_langs;
    r.municipality = m_municipality;
    r.typeAhead = true;
    emit requested(m_generation, r);
}

void SearchModel::onFinished(quint64 generation, const QList<SearchHit> &hits, const QStringList &didYouMean)
{
    if (generation != m_generation)
        return; // the reader has typed on since
    beginResetModel();
    m_hits = hits;
    m_didYouMean = didYouMean;
    endResetModel();
    emit resultsChanged();
    if (m_busy) {
        m_busy = false;
        emit busyChanged();
    }
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case GuideIdRole:
        return h.guideId;
    case AnchorRole:
        return h.anchor;
    case LangRole:
        return h.lang;
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case HeadingRole:
        return h.heading;
    case SnippetRole:
        return h.snippet;
    case SnippetHtmlRole: {
        QString html = h.snippet.toHtmlEscaped();
        html.replace(kHighlightStart.toHtmlEscaped(), QStringLiteral("<b>"));
        html.replace(kHighlightEnd.toHtmlEscaped(), QStringLiteral("</b>"));
        return html;
    }
    case MoreInGuideRole:
        return h.moreInGuide;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return { { GuideIdRole, "guideId" },
             { AnchorRole, "anchor" },
             { LangRole, "lang" },
             { TitleRole, "title" },
             { HeadingRole, "heading" },
             { SnippetRole, "snippet" },
             { SnippetHtmlRole, "snippetHtml" },
             { MoreInGuideRole, "moreInGuide" } };
}

} // namespace kotona::search
