// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateservice.h"

#include "library.h"
#include "settings.h"
#include "sync/updater.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkInformation>
#include <QThread>
#include <QUrl>

#include <memory>

namespace kotona {

namespace {

// A source as typed: an http(s) URL, a file:// URL or a folder path.
bool isWebUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

QString folderOf(const QString &text)
{
    if (text.startsWith(QLatin1String("file:")))
        return QUrl(text).toLocalFile();
    return QDir::fromNativeSeparators(text);
}

// Runs on the worker thread: each source in order until one answers.
UpdateService::Outcome runUpdate(const QStringList &sources, const QString &packPath,
                                 const std::function<void(qint64)> &progress)
{
    UpdateService::Outcome out;
    qint64 before = 0;
    for (const QString &text : sources) {
        std::unique_ptr<sync::Source> source;
        if (isWebUrl(text)) {
            source = std::make_unique<sync::HttpSource>(QUrl(text), packPath + QStringLiteral(".downloads"));
        } else {
            const QString dir = folderOf(text);
            if (dir.isEmpty() || !QFileInfo(dir).isDir())
                continue; // a USB stick that is not plugged in
            source = std::make_unique<sync::DirectorySource>(dir);
        }
        // Progress while downloading: HttpSource runs a local event loop, so a
        // timer of this thread fires during the transfer.
        QTimer tick;
        tick.setInterval(200);
        QObject::connect(&tick, &QTimer::timeout, [&] { progress(before + source->bytesReceived()); });
        tick.start();
        sync::UpdateOptions options;
        options.packPath = packPath;
        const sync::UpdateResult result = sync::update(*source, options);
        tick.stop();
        before += source->bytesReceived();
        progress(before);
        out.bytes = before;
        if (!result.error) {
            out.kind = result.upToDate ? UpdateService::Outcome::Kind::UpToDate : UpdateService::Outcome::Kind::Updated;
            out.fromSeq = result.fromSeq;
            out.toSeq = result.toSeq;
            out.changes = result.changes;
            out.changedGuides = result.changedGuides;
            out.error = {};
            return out;
        }
        // A mirror that cannot be trusted or reached: try the next one, keep the reason.
        out.kind = UpdateService::Outcome::Kind::Failed;
        out.error = result.error;
    }
    return out;
}

} // namespace

UpdateService::UpdateService(Settings *settings, Library *library, UiLanguage *language, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_library(library)
    , m_language(language)
{
    m_retry.setSingleShot(true);
    // While an update runs, reads of the UI must not keep the pack locked when the
    // update commits (it waits up to 5 s for them).
    m_unlock.setInterval(200);
    connect(&m_unlock, &QTimer::timeout, m_library, &Library::releasePackLocks);
    connect(&m_retry, &QTimer::timeout, this, &UpdateService::checkNow);
    connect(m_settings, &Settings::updatesChanged, this, [this] {
        emit sourcesChanged();
        emit statusChanged();
        emit historyChanged();
    });
    // Status and summaries are shown in the current language.
    connect(m_language, &UiLanguage::changed, this, &UpdateService::statusChanged);
    connect(m_language, &UiLanguage::changed, this, &UpdateService::historyChanged);
    connect(m_settings, &Settings::languagesChanged, this, &UpdateService::historyChanged);
}

UpdateService::~UpdateService()
{
    // The update finishes its transaction (or leaves the old pack) before the app goes.
    if (m_thread)
        m_thread->wait();
}

void UpdateService::start(const QString &packPath)
{
    m_packPath = packPath;
    readTrust();
    emit statusChanged();
}

void UpdateService::readTrust()
{
    m_configured = !m_packPath.isEmpty() && sync::packRoot(m_packPath).has_value();
}

void UpdateService::startAutomaticChecks()
{
    const QDateTime last = lastCheck();
    if (!last.isValid() || last.secsTo(QDateTime::currentDateTimeUtc()) > kCheckIntervalSecs)
        checkNow();
    if (QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        checkNow();
                });
    }
}

QStringList UpdateService::sources() const
{
    return m_settings->updateSources();
}

QDateTime UpdateService::lastCheck() const
{
    return m_settings->lastUpdateCheck();
}

QString UpdateService::status() const
{
    if (!m_configured) {
        //: Status when the installed guides carry no signing key to check updates against.
        return tr("Updates are not set up for this collection of guides. "
                  "A newer version of Kotona will bring them.");
    }
    switch (m_state) {
    case State::Checking:
        //: Status while an update check runs.
        return tr("Checking for updates…");
    case State::Updated:
        //: Status after new versions of the guides were installed.
        return tr("The guides were updated.");
    case State::UpToDate:
        //: Status after a check found nothing new.
        return tr("The guides are up to date.");
    case State::Failed:
        return m_error.message();
    case State::NoSource:
        //: Status when every update source was missing (folder not there) or unreachable.
        return tr("No update source could be reached. Plug in the USB stick or connect to the "
                  "internet, then check again.");
    case State::Idle:
        break;
    }
    if (sources().isEmpty())
        //: Status when no update source has been added yet.
        return tr("Add a source to get updates: a web address or a folder, such as a USB stick.");
    return {};
}

bool UpdateService::checkNow()
{
    if (m_thread || m_packPath.isEmpty())
        return false;
    readTrust();
    if (!m_configured || sources().isEmpty()) {
        emit statusChanged();
        return false;
    }
    m_retry.stop();
    m_state = State::Checking;
    setProgress(0);
    const QStringList list = sources();
    const QString pack = m_packPath;
    QPointer<UpdateService> self(this);
    m_thread = QThread::create([self, list, pack] {
        const auto progress = [self](qint64 bytes) {
            QMetaObject::invokeMethod(self, [self, bytes] {
                if (self)
                    self->setProgress(bytes);
            }, Qt::QueuedConnection);
        };
        const Outcome outcome = runUpdate(list, pack, progress);
        QMetaObject::invokeMethod(self, [self, outcome] {
            if (self)
                self->finish(outcome);
        }, Qt::QueuedConnection);
    });
    m_library->releasePackLocks();
    m_unlock.start();
    m_thread->setObjectName(QStringLiteral("kotona-update"));
    m_thread->start();
    emit statusChanged();
    return true;
}

void UpdateService::finish(const Outcome &outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_unlock.stop();
    setProgress(outcome.bytes);
    m_error = outcome.error;
    bool retry = false;
    switch (outcome.kind) {
    case Outcome::Kind::Updated: {
        m_state = State::Updated;
        QJsonArray history = m_settings->updateHistory();
        history.append(QJsonObject {
            { QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
            { QStringLiteral("fromSeq"), outcome.fromSeq },
            { QStringLiteral("toSeq"), outcome.toSeq },
            { QStringLiteral("changes"), outcome.changes },
            { QStringLiteral("changedGuides"), QJsonArray::fromStringList(outcome.changedGuides) },
        });
        m_settings->setUpdateHistory(history);
        m_library->reloadPack();
        readTrust();
        break;
    }
    case Outcome::Kind::UpToDate:
        m_state = State::UpToDate;
        break;
    case Outcome::Kind::Failed:
        qWarning().noquote() << "Update refused or postponed:" << outcome.error.detail;
        m_state = State::Failed;
        retry = !sync::isHard(outcome.error.code);
        break;
    case Outcome::Kind::NoSource:
        m_state = State::NoSource;
        retry = true;
        break;
    }
    if (retry) {
        m_retryMs = m_retryMs == 0 ? kFirstRetryMs : std::min(m_retryMs * 2, kMaxRetryMs);
        m_retry.start(m_retryMs);
    } else {
        m_retryMs = 0;
    }
    m_settings->setLastUpdateCheck(QDateTime::currentDateTimeUtc());
    emit statusChanged();
    emit checkFinished(outcome.kind == Outcome::Kind::Updated);
}

void UpdateService::setProgress(qint64 bytes)
{
    if (bytes == m_bytesReceived)
        return;
    m_bytesReceived = bytes;
    emit progressChanged();
}

bool UpdateService::addSource(const QString &text)
{
    const QString source = text.trimmed();
    if (source.isEmpty())
        return false;
    const bool folder = !isWebUrl(source)
        && (source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1String("file:"))
            || QDir::isAbsolutePath(folderOf(source)));
    if (!isWebUrl(source) && !folder)
        return false;
    QStringList list = sources();
    if (list.contains(source))
        return false;
    list.append(source);
    m_settings->setUpdateSources(list);
    return true;
}

void UpdateService::removeSource(int index)
{
    QStringList list = sources();
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    m_settings->setUpdateSources(list);
}

QStringList UpdateService::summaryLines(const QJsonObject &changes, const QStringList &languages,
                                        const QString &uiLanguage)
{
    QJsonObject lang;
    for (const QString &code : languages + QStringList { QStringLiteral("en") }) {
        if (changes.contains(code)) {
            lang = changes.value(code).toObject();
            break;
        }
    }
    if (lang.isEmpty() && !changes.isEmpty())
        lang = changes.begin()->toObject();
    const QLocale locale(uiLanguage);
    QStringList lines;
    const auto add = [&](const char *key, const QString &label) {
        QStringList titles;
        for (const auto &v : lang.value(QLatin1String(key)).toArray())
            titles.append(v.toString());
        if (!titles.isEmpty())
            lines.append(label.arg(locale.createSeparatedList(titles)));
    };
    //: A line of the "what changed" summary of an update; %1 is a list of guide titles.
    add("added", tr("New guides: %1"));
    //: A line of the "what changed" summary of an update; %1 is a list of guide titles.
    add("updated", tr("Updated guides: %1"));
    //: A line of the "what changed" summary of an update; %1 is a list of guide titles.
    add("removed", tr("Removed guides: %1"));
    return lines;
}

QVariantList UpdateService::history() const
{
    QVariantList out;
    const QJsonArray stored = m_settings->updateHistory();
    for (auto it = stored.end(); it != stored.begin();) {
        const QJsonObject entry = (*--it).toObject();
        QStringList summary = summaryLines(entry.value(QStringLiteral("changes")).toObject(),
                                           m_library->readerLanguages(), m_language->code());
        if (summary.isEmpty())
            //: Summary of an update that changed no guide titles (only small fixes).
            summary.append(tr("Small corrections."));
        out.append(QVariantMap {
            { QStringLiteral("date"),
              QDateTime::fromString(entry.value(QStringLiteral("date")).toString(), Qt::ISODate) },
            { QStringLiteral("fromSeq"), entry.value(QStringLiteral("fromSeq")).toInteger() },
            { QStringLiteral("toSeq"), entry.value(QStringLiteral("toSeq")).toInteger() },
            { QStringLiteral("summary"), summary },
        });
    }
    return out;
}

} // namespace kotona
