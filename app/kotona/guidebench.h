// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

class QQuickWindow;

namespace kotona {

// `kotona --bench-guides N`: opens N guides one after another the way a reader
// does (window.navigate("guide:ID"), cycling through the pack's guides) and
// measures each from the request to the first frame that shows the page. Page
// transitions are switched off (reduced motion) so the figure is the app's work,
// not an animation. Prints one JSON line: median and p95 in ms, and the resident
// memory after the last guide.
class GuideBench : public QObject
{
    Q_OBJECT
public:
    GuideBench(QQuickWindow *window, QStringList guideIds, int count);

signals:
    void finished(int exitCode);

private:
    void openNext();
    void onFrame();

    QQuickWindow *m_window;
    QStringList m_ids;
    int m_count;
    int m_opened = 0;
    bool m_waiting = false;
    QElapsedTimer m_timer;
    QList<double> m_ms;
};

// Resident set size of this process in MiB (Linux /proc), 0 where unknown.
[[nodiscard]] double residentMiB();

} // namespace kotona
