// SPDX-License-Identifier: GPL-3.0-or-later
#include "framewatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

namespace kotona {

FrameWatcher::FrameWatcher(QQuickWindow *window, Action action, const QElapsedTimer &sinceStart, QString screenshotFile)
    : QObject(window)
    , m_window(window)
    , m_action(action)
    , m_sinceStart(sinceStart)
    , m_screenshotFile(std::move(screenshotFile))
{
    connect(window, &QQuickWindow::frameSwapped, this, &FrameWatcher::onFrameSwapped, Qt::QueuedConnection);
}

void FrameWatcher::onFrameSwapped()
{
    if (m_done)
        return;
    m_done = true;
    const qint64 ms = m_sinceStart.elapsed();
    QTextStream out(stdout);
    switch (m_action) {
    case Action::Announce:
        out << "kotona: first frame after " << ms << " ms" << Qt::endl;
        return;
    case Action::BenchStartup:
        out << ms << Qt::endl;
        emit finished(0);
        return;
    case Action::Screenshot: {
        // Images and fonts may still be arriving on the first frame; the grab
        // below renders the scene again, synchronously, once they are in.
        QTimer::singleShot(50, this, [this] { grabWhenReady(100); });
        return;
    }
    }
}

void FrameWatcher::grabWhenReady(int triesLeft)
{
    bool ready = true;
    QMetaObject::invokeMethod(m_window, "pageReady", Q_RETURN_ARG(bool, ready));
    if (!ready && triesLeft > 0) {
        QTimer::singleShot(50, this, [this, triesLeft] { grabWhenReady(triesLeft - 1); });
        return;
    }
    const QImage image = m_window->grabWindow();
    const QFileInfo info(m_screenshotFile);
    QDir().mkpath(info.absolutePath());
    if (image.isNull() || !image.save(m_screenshotFile)) {
        QTextStream(stderr) << tr("Could not write the screenshot to %1. Check that the folder "
                                  "exists and can be written to.")
                                   .arg(m_screenshotFile)
                            << Qt::endl;
        emit finished(1);
        return;
    }
    emit finished(0);
}

} // namespace kotona
