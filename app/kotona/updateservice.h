// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>

class QThread;

namespace kotona {

class Library;
class Settings;
class UiLanguage;

// Keeps the installed pack up to date from signed repositories (docs/PACK_FORMAT.md),
// a thin Qt wrapper around kotona::sync::update. Exposed to QML as the singleton
// `Updates` of `Kotona.App`.
//
// Contract:
// - `sources` are URLs (http, https) or folders, tried in order until one answers
//   (mirrors); a folder that does not exist (a USB stick not plugged in) is skipped
//   silently. They, the last check and the history are saved through Settings.
// - The trust anchor is the installed pack's own `meta.root`. A pack without one
//   is never updated: `configured` is false and `status` says so.
// - checkNow() runs the update on a worker thread; the UI thread never waits on the
//   network. On success Library reopens the pack and the update is added to
//   `history`; on an error `status` is Error::message() and the pack is unchanged.
//   Soft errors (network, expiry, clock, disk) are retried after 5 minutes,
//   doubling up to 6 hours.
// - startAutomaticChecks() (the app, not tests or screenshots) checks at once when
//   the last check is older than 24 hours, and whenever the network becomes
//   reachable (QNetworkInformation, when a backend is available).
class UpdateService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList sources READ sources NOTIFY sourcesChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastCheck READ lastCheck NOTIFY statusChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(qint64 bytesReceived READ bytesReceived NOTIFY progressChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
public:
    static constexpr int kFirstRetryMs = 5 * 60 * 1000;
    static constexpr int kMaxRetryMs = 6 * 60 * 60 * 1000;
    static constexpr qint64 kCheckIntervalSecs = 24 * 60 * 60;

    UpdateService(Settings *settings, Library *library, UiLanguage *language, QObject *parent = nullptr);
    ~UpdateService() override;

    // The pack to keep up to date; reads its trust anchor and sets the status.
    void start(const QString &packPath);
    // Checks now when the last check is too old, and when the network comes back.
    void startAutomaticChecks();

    [[nodiscard]] QStringList sources() const;
    [[nodiscard]] bool configured() const { return m_configured; }
    [[nodiscard]] bool busy() const { return m_thread != nullptr; }
    [[nodiscard]] QDateTime lastCheck() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    // {date, fromSeq, toSeq, summary: [lines in the reader's language]}, newest first.
    [[nodiscard]] QVariantList history() const;
    // Milliseconds until the next retry after a soft error; 0 when none is planned.
    [[nodiscard]] int retryDelay() const { return m_retry.isActive() ? m_retryMs : 0; }

    // Starts a check unless one runs or nothing can be checked; false then.
    Q_INVOKABLE bool checkNow();
    // Adds a URL (http, https) or a folder; false (and nothing saved) for text
    // that is neither, or a source already listed.
    Q_INVOKABLE bool addSource(const QString &text);
    Q_INVOKABLE void removeSource(int index);

    // The "what changed" lines of a manifest's `changes` in the first of
    // `languages` it has (else English, else any).
    [[nodiscard]] static QStringList summaryLines(const QJsonObject &changes, const QStringList &languages,
                                                  const QString &uiLanguage);

signals:
    void sourcesChanged();
    void statusChanged();
    void progressChanged();
    void historyChanged();
    // A check ended (updated, up to date, or refused/postponed).
    void checkFinished(bool updated);

public:
    // What a check on the worker thread found (internal; public for the worker).
    struct Outcome {
        enum class Kind { Updated, UpToDate, Failed, NoSource };
        Kind kind = Kind::NoSource;
        sync::Error error; // for Failed
        qint64 fromSeq = 0, toSeq = 0, bytes = 0;
        QJsonObject changes;
        QStringList changedGuides;
    };

private:
    void finish(const Outcome &outcome);
    enum class State { Idle, Checking, Updated, UpToDate, Failed, NoSource };
    void setProgress(qint64 bytes);
    void readTrust();

    Settings *m_settings;
    Library *m_library;
    UiLanguage *m_language;
    QString m_packPath;
    bool m_configured = false;
    State m_state = State::Idle;
    sync::Error m_error;
    qint64 m_bytesReceived = 0;
    QThread *m_thread = nullptr;
    QTimer m_retry;
    QTimer m_unlock;
    int m_retryMs = 0;
};

} // namespace kotona
