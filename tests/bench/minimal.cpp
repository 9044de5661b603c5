// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for `kotona --bench-startup`: the smallest Qt Quick window (one
// line of text), built in the same tree with the same Qt and measured the same
// way, from main() to the first rendered frame, in milliseconds.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        Window {
            width: 1100; height: 740; visible: true
            Text { anchors.centerIn: parent; text: "Kotona"; font.pixelSize: 30 }
        })");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&] {
            QTextStream(stdout) << sinceStart.elapsed() << Qt::endl;
            QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
    return app.exec();
}
