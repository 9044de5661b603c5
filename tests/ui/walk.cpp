// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted walk through the real app (the composition root and Main.qml the
// kotona executable uses, in a real window): first run -> choose Arabic -> search
// "kela" -> open the guide -> bookmark it -> quit; then a second process on the
// same data folder checks that the bookmark and the language are still there.
#include "appcontext.h"
#include "content/guidedocument.h"
#include "library.h"
#include "settings.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(Kotona_UiPlugin)

namespace {

int failures = 0;

void check(bool ok, const QString &what)
{
    QTextStream(ok ? stdout : stderr) << (ok ? "ok: " : "FAIL: ") << what << Qt::endl;
    if (!ok)
        ++failures;
}

// The first visible item called `name` in the visual tree under `item` (pages in
// a StackView are visual children only, not QObject children).
QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name && item->width() > 0)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findVisible(child, name))
            return found;
    }
    return nullptr;
}

QQuickItem *waitForItem(QQuickWindow *window, const QString &name, int ms = 5000)
{
    QQuickItem *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = findVisible(window->contentItem(), name)) != nullptr; }, ms);
    return found;
}

// True once page transitions are over and the page has its data.
bool pageReady(QQuickWindow *window)
{
    bool ready = false;
    QMetaObject::invokeMethod(window, "pageReady", Q_RETURN_ARG(bool, ready));
    return ready;
}

bool click(QQuickWindow *window, const QString &name)
{
    (void)QTest::qWaitFor([&] { return pageReady(window); }, 5000);
    QQuickItem *item = waitForItem(window, name);
    if (!item) {
        check(false, QStringLiteral("find %1").arg(name));
        return false;
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    QTest::qWait(50);
    return true;
}

struct App {
    kotona::AppContext context;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    explicit App(const QString &dataDir)
    {
        check(context.start(dataDir, kotona::AppContext::bundledPackPath()), QStringLiteral("the app starts"));
        check(context.notice().isEmpty(), QStringLiteral("starts without a problem notice: %1").arg(context.notice()));
        engine.addImportPath(QStringLiteral("qrc:/"));
        context.attachEngine(&engine);
        context.registerForQml();
        engine.load(QUrl(QStringLiteral("qrc:/Kotona/Ui/Main.qml")));
        window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (window) {
            bool opened = false;
            QMetaObject::invokeMethod(window, "openPage", Q_RETURN_ARG(bool, opened), Q_ARG(QString, QString()));
            check(QTest::qWaitForWindowExposed(window), QStringLiteral("the window is on screen"));
            // Shortcuts (Alt+Left) go to the active window only.
            window->requestActivate();
            (void)QTest::qWaitForWindowActive(window); // without a window manager it may not be
        }
    }
};

int firstRun(const QString &dataDir)
{
    App app(dataDir);
    if (!app.window)
        return 1;
    QQuickWindow *w = app.window;
    check(waitForItem(w, QStringLiteral("firstRunPage")) != nullptr,
          QStringLiteral("the first run starts on the chooser"));
    click(w, QStringLiteral("language:ar"));
    check(app.context.language()->code() == QLatin1String("ar"), QStringLiteral("the UI is in Arabic"));
    check(app.context.language()->rightToLeft(), QStringLiteral("the layout is right to left"));
    check(app.context.settings()->contentLanguage() == QLatin1String("ar"), QStringLiteral("the guides are in Arabic"));
    click(w, QStringLiteral("municipality:all"));
    click(w, QStringLiteral("firstRunDone"));
    check(app.context.settings()->firstRunDone(), QStringLiteral("the first run is done"));

    QQuickItem *search = waitForItem(w, QStringLiteral("homeSearch"));
    check(search != nullptr, QStringLiteral("the home page shows the search field"));
    if (!search)
        return 1;
    search->forceActiveFocus();
    for (const char c : { 'k', 'e', 'l', 'a' })
        QTest::keyClick(w, c);
    check(waitForItem(w, QStringLiteral("searchHit0"), 10000) != nullptr,
          QStringLiteral("searching kela finds guides"));
    click(w, QStringLiteral("searchHit0"));
    QQuickItem *page = waitForItem(w, QStringLiteral("guidePage"));
    check(page != nullptr, QStringLiteral("a search hit opens its guide"));
    if (!page)
        return 1;
    const auto *doc = qvariant_cast<kotona::GuideDocument *>(page->property("doc"));
    check(doc && doc->guideId() == QLatin1String("arrival/kela"),
          QStringLiteral("the guide is arrival/kela (%1)").arg(doc ? doc->guideId() : QString()));
    check(doc && doc->lang() == QLatin1String("ar"), QStringLiteral("the guide is shown in Arabic"));
    click(w, QStringLiteral("bookmarkButton"));
    w->grabWindow().save(QStringLiteral(KOTONA_SCREENSHOT_DIR "/walk-guide-bookmarked-ar.png"));
    const QVariantList bookmarks = app.context.library()->bookmarks();
    check(bookmarks.size() == 1
              && bookmarks.first().toMap().value(QStringLiteral("guideId")) == QLatin1String("arrival/kela"),
          QStringLiteral("the bookmark button bookmarks the guide"));
    // Back to home with Alt+Left, as a reader would, and forward with the mouse's
    // forward button.
    QTest::keyClick(w, Qt::Key_Left, Qt::AltModifier);
    check(waitForItem(w, QStringLiteral("searchHit0")) != nullptr,
          QStringLiteral("Alt+Left goes back to the search results"));
    (void)QTest::qWaitFor([&] { return pageReady(w); }, 5000);
    QTest::mouseClick(w, Qt::ForwardButton, {}, QPoint(w->width() / 2, w->height() / 2));
    check(waitForItem(w, QStringLiteral("guidePage")) != nullptr,
          QStringLiteral("the mouse forward button opens the guide again"));
    (void)QTest::qWaitFor([&] { return pageReady(w); }, 5000);
    QTest::mouseClick(w, Qt::BackButton, {}, QPoint(w->width() / 2, w->height() / 2));
    search = waitForItem(w, QStringLiteral("homeSearch"));
    check(search != nullptr, QStringLiteral("the mouse back button goes home"));
    if (!search)
        return 1;
    // An empty search field shows home again, with the bookmark.
    search->forceActiveFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Backspace);
    check(waitForItem(w, QStringLiteral("homeBookmarks")) != nullptr, QStringLiteral("home lists the bookmark"));
    return failures;
}

int secondRun(const QString &dataDir)
{
    App app(dataDir);
    if (!app.window)
        return 1;
    check(app.context.language()->code() == QLatin1String("ar"), QStringLiteral("after a restart the UI is in Arabic"));
    check(app.context.settings()->firstRunDone(), QStringLiteral("after a restart the first run is not repeated"));
    check(waitForItem(app.window, QStringLiteral("homePage")) != nullptr, QStringLiteral("the app opens on home"));
    const QVariantList bookmarks = app.context.library()->bookmarks();
    check(bookmarks.size() == 1
              && bookmarks.first().toMap().value(QStringLiteral("guideId")) == QLatin1String("arrival/kela"),
          QStringLiteral("after a restart the bookmark is still there"));
    check(waitForItem(app.window, QStringLiteral("homeBookmarks")) != nullptr,
          QStringLiteral("after a restart home shows the bookmark"));
    check(app.context.library()->recent().size() == 1,
          QStringLiteral("after a restart \"continue reading\" has the guide"));
    return failures;
}

// Damaged files: a pack that is not a pack and a user database that is not a
// database. The app opens anyway, explains, restores the bundled pack (keeping the
// bad file) and starts new user data only when asked, after keeping the old file.
int damagedRun(const QString &dataDir)
{
    for (const char *name : { "pack.sqlite", "user.sqlite" }) {
        QFile file(QDir(dataDir).filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write("this is not a database\n") < 0)
            return 1;
    }
    kotona::AppContext context;
    context.start(dataDir, kotona::AppContext::bundledPackPath(), QStringLiteral("fi"));
    check(context.notice().contains(QString::fromUtf8("Sisältöpaketti")),
          QStringLiteral("damaged files are explained in Finnish: %1").arg(context.notice()));
    check(context.library()->packOpen(), QStringLiteral("the bundled pack was restored and opened"));
    check(!context.library()->userDataSaved(), QStringLiteral("damaged user data is not used"));
    const QDir dir(dataDir);
    check(!dir.entryList({ QStringLiteral("pack.sqlite.broken-*") }).isEmpty(),
          QStringLiteral("the damaged pack was kept aside"));
    check(dir.exists(QStringLiteral("user.sqlite")), QStringLiteral("the damaged user data was left in place"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    context.attachEngine(&engine);
    context.registerForQml();
    engine.load(QUrl(QStringLiteral("qrc:/Kotona/Ui/Main.qml")));
    auto *w = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!w)
        return 1;
    check(QTest::qWaitForWindowExposed(w), QStringLiteral("the window is on screen"));
    check(waitForItem(w, QStringLiteral("packNotice")) != nullptr, QStringLiteral("the window shows the notice"));
    w->grabWindow().save(QStringLiteral(KOTONA_SCREENSHOT_DIR "/damaged-files-fi.png"));
    click(w, QStringLiteral("packNoticeSecondAction"));
    check(context.library()->userDataSaved(), QStringLiteral("\"Start with new settings\" opens new user data"));
    check(!dir.entryList({ QStringLiteral("user.sqlite.broken-*") }).isEmpty(),
          QStringLiteral("the damaged user data was kept aside first"));
    return failures;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("first"))
        return firstRun(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("second"))
        return secondRun(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("damaged"))
        return damagedRun(args.at(2));

    // Two processes on one data folder: the second is a real restart.
    QTemporaryDir dir;
    for (const char *phase : { "first", "second" }) {
        QProcess run;
        run.setProcessChannelMode(QProcess::ForwardedChannels);
        run.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(phase), dir.path() });
        if (!run.waitForFinished(120000) || run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0) {
            QTextStream(stderr) << "FAIL: the " << phase << " run failed" << Qt::endl;
            return 1;
        }
    }
    QTemporaryDir damaged;
    QProcess run;
    run.setProcessChannelMode(QProcess::ForwardedChannels);
    run.start(QCoreApplication::applicationFilePath(), { QStringLiteral("damaged"), damaged.path() });
    if (!run.waitForFinished(120000) || run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0) {
        QTextStream(stderr) << "FAIL: the run with damaged files failed" << Qt::endl;
        return 1;
    }
    return 0;
}
