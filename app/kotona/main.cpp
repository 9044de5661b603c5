// SPDX-License-Identifier: GPL-3.0-or-later
// kotona: the reader app. Parses the command line, builds the composition root
// (AppContext) and loads the QML shell from the module Kotona.Ui.
#include "appcontext.h"
#include "framewatcher.h"
#include "guidebench.h"
#include "kotona/version.h"
#include "settings.h"
#include "uilanguage.h"
#include "updateservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <cstring>

Q_IMPORT_QML_PLUGIN(Kotona_UiPlugin)

namespace {

struct Options {
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    QCoreApplication::translate("main",
                                                                "Render a page offscreen, save it as a PNG and exit."),
                                    QStringLiteral("file") };
    QCommandLineOption lang { QStringLiteral("lang"),
                              QCoreApplication::translate(
                                  "main", "User interface language (fi, sv, en, ar, uk, ru, so, fa, et)."),
                              QStringLiteral("code") };
    QCommandLineOption page { QStringLiteral("page"),
                              QCoreApplication::translate(
                                  "main",
                                  "Page to open: home, firstrun, topic:ID, guide:ID, search:WORDS, services, "
                                  "glossary, saved, checklist:ID, settings, updates."),
                              QStringLiteral("name") };
    QCommandLineOption size { QStringLiteral("size"),
                              QCoreApplication::translate("main", "Window size, for example 1280x800."),
                              QStringLiteral("WxH") };
    QCommandLineOption benchStartup { QStringLiteral("bench-startup"),
                                      QCoreApplication::translate(
                                          "main", "Print the milliseconds to the first frame and exit.") };
    QCommandLineOption dataDir {
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder for the content pack and your saved data."), QStringLiteral("dir")
    };
    QCommandLineOption benchGuides { QStringLiteral("bench-guides"),
                                     QStringLiteral("Open N guides one after another; print timings and memory."),
                                     QStringLiteral("N") };
    QCommandLineOption requirePack { QStringLiteral("require-pack"),
                                     QStringLiteral("Exit with status 3 when the pack or user data had a problem.") };
    QCommandLineOption printFirstFrame { QStringLiteral("print-first-frame"),
                                         QCoreApplication::translate(
                                             "main", "Print a line when the first frame is on screen.") };

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Kotona: guides for life in Finland, in your language, offline."));
        parser.addHelpOption();
        parser.addVersionOption();
        printFirstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
        requirePack.setFlags(QCommandLineOption::HiddenFromHelp);
        benchGuides.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions(
            { screenshot, lang, page, size, dataDir, benchStartup, printFirstFrame, requirePack, benchGuides });
    }
};

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kotona"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kotona"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kotona::kVersion));
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // --help and --version must work where no display exists.
    if (hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version")
        || hasArgument(argc, argv, "-v")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        Options options;
        options.addTo(parser);
        parser.process(app);
        return 0;
    }

    const bool offscreen = hasArgument(argc, argv, "--screenshot");
    if (offscreen) {
        // Screenshots render without a display, in software, the same on every machine.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    QGuiApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kotona"));
    QGuiApplication::setDesktopFileName(QStringLiteral("fi.kotona.Kotona"));

    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);

    kotona::AppContext context;
    const QString lang = parser.value(options.lang);
    if (!context.start(parser.isSet(options.dataDir)
                           ? parser.value(options.dataDir)
                           : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                       kotona::AppContext::bundledPackPath(), lang)) {
        return fail(QCoreApplication::translate("main", "Unknown language \"%1\". Choose one of: %2.")
                        .arg(lang, kotona::UiLanguage::supported().join(QStringLiteral(", "))));
    }
    if (!context.notice().isEmpty())
        QTextStream(stderr) << context.notice() << Qt::endl;
    if (parser.isSet(options.requirePack) && !context.notice().isEmpty())
        return 3;

    // One look on every desktop; the pages style their controls on top of it.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    context.attachEngine(&engine);
    context.registerForQml();
    engine.load(QUrl(QStringLiteral("qrc:/Kotona/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return fail(QCoreApplication::translate("main",
                                                "The user interface could not be loaded. "
                                                "Reinstall Kotona; if that does not help, report this error."));
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(QStringLiteral("Main.qml must be a window"));

    if (parser.isSet(options.size)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = sizePattern.match(parser.value(options.size));
        if (!match.hasMatch()) {
            return fail(QCoreApplication::translate("main",
                                                    "The size \"%1\" is not valid. Write it as WIDTHxHEIGHT, "
                                                    "for example 1280x800.")
                            .arg(parser.value(options.size)));
        }
        window->resize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    const QString page = parser.value(options.page);
    bool opened = false;
    QMetaObject::invokeMethod(window, "openPage", Q_RETURN_ARG(bool, opened), Q_ARG(QString, page));
    if (!opened) {
        return fail(QCoreApplication::translate("main",
                                                "There is no page called \"%1\". Pages: home, firstrun, topic:ID, "
                                                "guide:ID, search:WORDS, services, glossary, saved, checklist:ID, "
                                                "settings, updates.")
                        .arg(page));
    }

    if (parser.isSet(options.benchGuides)) {
        context.settings()->setReducedMotion(true);
        auto *bench
            = new kotona::GuideBench(window, context.content().guideIds(), parser.value(options.benchGuides).toInt());
        QObject::connect(bench, &kotona::GuideBench::finished, &app, [](int code) { QCoreApplication::exit(code); });
        return app.exec();
    }

    // Automatic update checks only in a real session, not in screenshots or benchmarks.
    if (!offscreen && !parser.isSet(options.benchStartup) && !parser.isSet(options.printFirstFrame))
        context.updates()->startAutomaticChecks();

    kotona::FrameWatcher *watcher = nullptr; // owned by the window
    if (offscreen) {
        watcher = new kotona::FrameWatcher(window, kotona::FrameWatcher::Action::Screenshot, sinceStart,
                                           parser.value(options.screenshot));
    } else if (parser.isSet(options.benchStartup)) {
        watcher = new kotona::FrameWatcher(window, kotona::FrameWatcher::Action::BenchStartup, sinceStart);
    } else if (parser.isSet(options.printFirstFrame)) {
        watcher = new kotona::FrameWatcher(window, kotona::FrameWatcher::Action::Announce, sinceStart);
    }
    if (watcher) {
        QObject::connect(watcher, &kotona::FrameWatcher::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
    }
    return app.exec();
}
