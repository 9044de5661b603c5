// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QQuickWindow;

namespace kotona {

// Acts once on a window's first rendered frame: prints the start-up time, writes
// a screenshot, or announces the frame to a test that waits for it.
class FrameWatcher : public QObject
{
    Q_OBJECT
public:
    enum class Action { Announce, BenchStartup, Screenshot };

    FrameWatcher(QQuickWindow *window, Action action, const QElapsedTimer &sinceStart, QString screenshotFile = {});

signals:
    // Emitted with the process exit code when the action wants the app to quit.
    void finished(int exitCode);

private:
    void onFrameSwapped();
    // Grabs once the page says it is ready (50 ms apart, at most `triesLeft` times).
    void grabWhenReady(int triesLeft);

    QQuickWindow *m_window;
    Action m_action;
    QElapsedTimer m_sinceStart;
    QString m_screenshotFile;
    bool m_done = false;
};

} // namespace kotona
