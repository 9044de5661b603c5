// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/topicmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTranslator>
#include <catch2/catch.hpp>

using kotona::Topic;
using kotona::TopicModel;

namespace {

// A real QTranslator whose catalogue is a small table instead of a .qm file.
class TableTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == "kotona::TopicCatalog" && QByteArray(source) == "Health")
            return QStringLiteral("Terveys");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QString titleOf(const TopicModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex idx = model.index(row);
        if (idx.data(TopicModel::IdRole).toString() == id)
            return idx.data(TopicModel::TitleRole).toString();
    }
    return {};
}

} // namespace

TEST_CASE("the topic model passes QAbstractItemModelTester and lists every topic")
{
    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 9);
    CHECK(model.rowCount(model.index(0)) == 0);
    CHECK(model.index(0).data(TopicModel::IdRole).toString() == "arrival");
    CHECK(model.index(0).data(TopicModel::IconRole).toString() == "arrival");
    CHECK(model.roleNames().value(TopicModel::IdRole) == "topicId");
    CHECK_FALSE(model.index(99).data(TopicModel::TitleRole).isValid());
}

TEST_CASE("the topic model retranslates its titles when the UI language changes")
{
    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(titleOf(model, "health") == "Health");

    TableTranslator finnish;
    QCoreApplication::installTranslator(&finnish);
    QSignalSpy changed(&model, &TopicModel::dataChanged);
    model.retranslate();
    QCoreApplication::removeTranslator(&finnish);

    CHECK(changed.count() == 1);
    CHECK(titleOf(model, "health") == "Terveys");
    CHECK(titleOf(model, "housing") == "Housing");
}

TEST_CASE("replacing the topics resets the model")
{
    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &TopicModel::modelReset);
    model.setTopics({ Topic { "health", "health", "Health", "Care" } });
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == 1);
    CHECK(model.index(0).data(Qt::DisplayRole).toString() == "Health");
}
