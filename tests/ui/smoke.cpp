// SPDX-License-Identifier: GPL-3.0-or-later
// UI smoke test: starts the real kotona on the current X display (Xvfb in ctest),
// waits for its first frame, grabs the screen as the X server has it and fails if
// the window's title is wrong or the picture is blank.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QTextStream>
#include <QThread>

namespace {

int fail(const QString &why)
{
    QTextStream(stderr) << "FAIL: " << why << Qt::endl;
    return 1;
}

// Window names the X server knows, from xwininfo (x11-utils).
QString windowTree()
{
    QProcess xwininfo;
    xwininfo.start(QStringLiteral("xwininfo"), { QStringLiteral("-root"), QStringLiteral("-tree") });
    xwininfo.waitForFinished(10000);
    return QString::fromLocal8Bit(xwininfo.readAllStandardOutput());
}

// Theme.focus: the colour of the keyboard focus ring.
constexpr QRgb kFocusColour = qRgb(0xf2, 0xa9, 0x00);

bool containsColour(const QImage &image, QRgb colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if ((line[x] & 0xffffff) == (colour & 0xffffff))
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);

    QProcess kotona;
    kotona.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kotona.start(QStringLiteral(KOTONA_APP),
                 { QStringLiteral("--print-first-frame"), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--size"), QStringLiteral("1100x740") });
    if (!kotona.waitForStarted(10000))
        return fail(QStringLiteral("kotona did not start: ") + kotona.errorString());

    QString output;
    while (!output.contains(QLatin1String("first frame"))) {
        if (!kotona.waitForReadyRead(60000))
            return fail(QStringLiteral("no first frame within 60 s; output so far: ") + output);
        output += QString::fromLocal8Bit(kotona.readAllStandardOutput());
    }
    QTextStream(stdout) << output;
    // Let late images and fonts settle before looking.
    QThread::msleep(500);

    // Title: the window manager-less Xvfb still knows every top-level window's name.
    const QString tree = windowTree();
    if (!tree.contains(QLatin1String("\"Kotona\"")))
        return fail(QStringLiteral("no window titled \"Kotona\"; windows:\n") + tree);

    const QImage shot = QGuiApplication::primaryScreen()->grabWindow(0).toImage();

    // Keyboard: Tab from the window must put a visible focus ring on a control.
    const bool focusRingBefore = containsColour(shot, kFocusColour);
    QProcess::execute(QStringLiteral("xdotool"),
                      { QStringLiteral("search"), QStringLiteral("--name"), QStringLiteral("^Kotona$"),
                        QStringLiteral("windowfocus"), QStringLiteral("--sync"), QStringLiteral("key"),
                        QStringLiteral("Tab"), QStringLiteral("Tab"), QStringLiteral("Tab") });
    QThread::msleep(400);
    const QImage afterTab = QGuiApplication::primaryScreen()->grabWindow(0).toImage();
    afterTab.save(QStringLiteral(KOTONA_SCREENSHOT_DIR "/ui-smoke-home-tab.png"));
    kotona.terminate();
    kotona.waitForFinished(5000);
    if (focusRingBefore || !containsColour(afterTab, kFocusColour))
        return fail(QStringLiteral("Tab does not show a focus ring (before: %1)").arg(focusRingBefore));

    QDir().mkpath(QStringLiteral(KOTONA_SCREENSHOT_DIR));
    const QString file = QStringLiteral(KOTONA_SCREENSHOT_DIR "/ui-smoke-home.png");
    if (shot.isNull() || !shot.save(file))
        return fail(QStringLiteral("could not grab or save the screen to ") + file);
    QTextStream(stdout) << "screenshot: " << file << Qt::endl;

    // Blank: a real home page has many colours (text, icons, the red strip) and no
    // single colour covers nearly all of the window.
    const QImage window = shot.copy(0, 0, 1100, 740).convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < window.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(window.constScanLine(y));
        for (int x = 0; x < window.width(); x += 2)
            ++counts[line[x]];
    }
    int most = 0;
    for (int c : std::as_const(counts))
        most = std::max(most, c);
    const int total = (window.height() / 2) * (window.width() / 2);
    if (counts.size() < 50 || most > total * 95 / 100) {
        return fail(QStringLiteral("the window looks blank: %1 colours, the commonest covers %2 %")
                        .arg(counts.size())
                        .arg(100.0 * most / total, 0, 'f', 1));
    }
    // The emergency strip's red must be there, near the bottom of the window.
    const QRgb red = qRgb(0xb3, 0x12, 0x1f);
    bool stripSeen = false;
    for (int x = 0; x < window.width() && !stripSeen; ++x)
        stripSeen = window.pixel(x, window.height() - 5) == red;
    if (!stripSeen)
        return fail(QStringLiteral("the emergency strip is not at the bottom of the window"));
    QTextStream(stdout) << "ok: " << counts.size() << " colours, window titled Kotona" << Qt::endl;
    return 0;
}
