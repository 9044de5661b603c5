// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QUrl>

namespace kotona::sync {

// Serves a repository folder read-only over HTTP/1.1 (kotona-pack serve; the app
// sharing its repository on the LAN; the sync tests). GET and HEAD only, files under
// the folder only (no listing, no "..", no hidden files), Range (one range) with
// If-Range on ETag, 416 beyond the end, Connection: close.
class RepositoryServer : public QTcpServer
{
    Q_OBJECT
public:
    // Deliberate misbehaviour, for tests of the client (PACK_FORMAT.md, "Tests").
    struct Faults {
        qint64 dropAfterBytes = -1; // close the connection after this many body bytes
        bool ignoreRange = false; // answer 200 with the whole file to a Range request
        bool always416 = false; // answer every Range request with 416
        bool captivePortal = false; // answer everything with an HTML login page
        bool endless = false; // send data forever (until the client hangs up)
        QByteArray changedEtag; // pretend the file changed: another ETag
    };

    explicit RepositoryServer(QString root, QObject *parent = nullptr);

    // Listens on `address`:`port` (0: any free port). False with errorString() on failure.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] QUrl url() const;

    void setFaults(const Faults &faults) { m_faults = faults; }
    [[nodiscard]] int requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QString m_root;
    Faults m_faults;
    int m_requests = 0;
};

} // namespace kotona::sync
