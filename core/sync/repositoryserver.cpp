// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/repositoryserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace kotona::sync {

namespace {

QByteArray statusLine(int code)
{
    switch (code) {
    case 200: return "HTTP/1.1 200 OK\r\n";
    case 206: return "HTTP/1.1 206 Partial Content\r\n";
    case 400: return "HTTP/1.1 400 Bad Request\r\n";
    case 404: return "HTTP/1.1 404 Not Found\r\n";
    case 405: return "HTTP/1.1 405 Method Not Allowed\r\n";
    case 416: return "HTTP/1.1 416 Range Not Satisfiable\r\n";
    default: return "HTTP/1.1 500 Internal Server Error\r\n";
    }
}

// A request path as a file under `root`, or empty when it is not one we serve.
QString fileFor(const QString &root, const QByteArray &target)
{
    const QString path = QUrl::fromPercentEncoding(target.split('?').first());
    if (!path.startsWith(u'/') || path.contains(QLatin1String("..")) || path.contains(QLatin1String("/.")) || path.contains(u'\\'))
        return {};
    const QString file = root + path;
    return QFileInfo(file).isFile() ? file : QString();
}

} // namespace

RepositoryServer::RepositoryServer(QString root, QObject *parent)
    : QTcpServer(parent)
    , m_root(std::move(root))
{
}

bool RepositoryServer::start(const QHostAddress &address, quint16 port)
{
    return listen(address, port);
}

QUrl RepositoryServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    const QHostAddress a = serverAddress();
    u.setHost(a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1") : a.toString());
    u.setPort(serverPort());
    u.setPath(QStringLiteral("/"));
    return u;
}

void RepositoryServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A client that never finishes its request is dropped.
    QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (socket->property("answered").toBool())
            return;
        const QByteArray text = socket->peek(16384);
        const qsizetype end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            if (text.size() >= 16384)
                socket->abort();
            return;
        }
        socket->setProperty("answered", true);
        ++m_requests;
        const QList<QByteArray> lines = text.left(end).split('\n');
        const QList<QByteArray> request = lines.first().trimmed().split(' ');
        QByteArray range, ifRange;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "range")
                range = value;
            else if (name == "if-range")
                ifRange = value;
        }
        auto reply = [socket](int code, const QByteArray &headers, const QByteArray &body, bool sendBody) {
            socket->write(statusLine(code) + headers + "Content-Length: " + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\n\r\n");
            if (sendBody)
                socket->write(body);
            socket->disconnectFromHost();
        };
        if (request.size() != 3 || !request.at(2).startsWith("HTTP/1."))
            return reply(400, {}, {}, false);
        const bool head = request.at(0) == "HEAD";
        if (!head && request.at(0) != "GET")
            return reply(405, "Allow: GET, HEAD\r\n", {}, false);
        if (m_faults.captivePortal)
            return reply(200, "Content-Type: text/html\r\n",
                         "<!DOCTYPE html><html><head><title>Log in</title></head><body>Accept the terms to use the Wi-Fi.</body></html>",
                         !head);
        const QString file = fileFor(m_root, request.at(1));
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
            return reply(404, {}, {}, false);
        if (m_faults.endless) {
            socket->write(statusLine(200) + "Content-Type: application/octet-stream\r\nConnection: close\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] {
                if (socket->bytesToWrite() < (1 << 20))
                    socket->write(QByteArray(64 * 1024, 'z'));
            });
            timer->start(1);
            return;
        }
        const QByteArray data = f.readAll();
        const QByteArray etag = m_faults.changedEtag.isEmpty()
            ? '"' + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(32) + '"'
            : m_faults.changedEtag;
        QByteArray headers = "ETag: " + etag + "\r\nAccept-Ranges: bytes\r\nContent-Type: "
            + (file.endsWith(QLatin1String(".json")) ? QByteArray("application/json") : QByteArray("application/octet-stream")) + "\r\n";
        qint64 from = 0, to = data.size() - 1;
        bool partial = false;
        if (!range.isEmpty() && !m_faults.ignoreRange && (ifRange.isEmpty() || ifRange == etag)) {
            if (m_faults.always416 || !range.startsWith("bytes="))
                return reply(416, "Content-Range: bytes */" + QByteArray::number(data.size()) + "\r\n", {}, false);
            const QList<QByteArray> parts = range.mid(6).split('-');
            bool ok = parts.size() == 2;
            from = ok ? parts.at(0).toLongLong(&ok) : 0;
            if (ok && !parts.at(1).isEmpty())
                to = std::min<qint64>(to, parts.at(1).toLongLong(&ok));
            if (!ok || from >= data.size() || from > to)
                return reply(416, "Content-Range: bytes */" + QByteArray::number(data.size()) + "\r\n", {}, false);
            partial = true;
            headers += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                + QByteArray::number(data.size()) + "\r\n";
        }
        QByteArray body = data.mid(from, to - from + 1);
        if (m_faults.dropAfterBytes >= 0 && body.size() > m_faults.dropAfterBytes) {
            // Announce everything, send a part, hang up.
            socket->write(statusLine(partial ? 206 : 200) + headers + "Content-Length: " + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\n\r\n");
            if (!head)
                socket->write(body.left(m_faults.dropAfterBytes));
            socket->flush();
            QTimer::singleShot(50, socket, [socket] { socket->abort(); });
            return;
        }
        reply(partial ? 206 : 200, headers, body, !head);
    });
}

} // namespace kotona::sync
