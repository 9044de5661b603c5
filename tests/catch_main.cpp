// SPDX-License-Identifier: GPL-3.0-or-later
// The one main of every Catch2 test: a QCoreApplication exists for the whole run,
// so core code may use event loops, QStandardPaths and translators.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kotona-tests"));
    return Catch::Session().run(argc, argv);
}
