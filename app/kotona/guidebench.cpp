// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidebench.h"

#include <QFile>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace kotona {

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

GuideBench::GuideBench(QQuickWindow *window, QStringList guideIds, int count)
    : QObject(window)
    , m_window(window)
    , m_ids(std::move(guideIds))
    , m_count(count)
{
    connect(window, &QQuickWindow::frameSwapped, this, &GuideBench::onFrame, Qt::QueuedConnection);
    // Start once the first page is on screen.
    QTimer::singleShot(300, this, &GuideBench::openNext);
}

void GuideBench::openNext()
{
    if (m_ids.isEmpty() || m_opened == m_count) {
        std::vector<double> sorted(m_ms.cbegin(), m_ms.cend());
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) {
            return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))];
        };
        QTextStream(stdout) << QStringLiteral("{\"guides_opened\": %1, \"open_median_ms\": %2, \"open_p95_ms\": %3, "
                                              "\"open_max_ms\": %4, \"rss_mib\": %5}")
                                   .arg(m_opened)
                                   .arg(at(0.5), 0, 'f', 1)
                                   .arg(at(0.95), 0, 'f', 1)
                                   .arg(sorted.empty() ? 0.0 : sorted.back(), 0, 'f', 1)
                                   .arg(residentMiB(), 0, 'f', 1)
                            << Qt::endl;
        emit finished(m_ids.isEmpty() ? 1 : 0);
        return;
    }
    const QString page = QStringLiteral("guide:") + m_ids.at(m_opened % m_ids.size());
    m_timer.start();
    m_waiting = true;
    bool ok = false;
    QMetaObject::invokeMethod(m_window, "navigate", Q_RETURN_ARG(bool, ok), Q_ARG(QString, page));
    m_window->requestUpdate();
}

void GuideBench::onFrame()
{
    if (!m_waiting)
        return;
    bool ready = false;
    QMetaObject::invokeMethod(m_window, "pageReady", Q_RETURN_ARG(bool, ready));
    if (!ready) {
        m_window->requestUpdate();
        return;
    }
    m_waiting = false;
    m_ms.append(double(m_timer.nsecsElapsed()) / 1e6);
    ++m_opened;
    // The next guide opens from the one just read, like a reader following links.
    QTimer::singleShot(0, this, &GuideBench::openNext);
}

} // namespace kotona
