// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentfixture.h"
#include "pack/contentsource.h"
#include "pack/packbuilder.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <functional>

// A built pack of the fixture content plus a service in Turku.
struct BuiltPack {
    ContentFixture content;
    QTemporaryDir dir;
    QString path = dir.filePath("pack.sqlite");

    // `extra` may add or change files before the build.
    explicit BuiltPack(const std::function<void(ContentFixture &)> &extra = {})
    {
        content.write("guides/housing/turku-rent/en.md",
                      ContentFixture::guide("housing/turku-rent", "original", "Renting in Turku", "## Where\n\nx\n",
                                            "municipality: turku\n"));
        content.write("checklists/first-weeks/en.md",
                      "---\ntitle: First weeks\ntopic: health\ntranslation: original\n---\n\n"
                      "- [ ] Register your address {#register}\n- [ ] Find your health centre\n");
        content.write("checklists/first-weeks/fi.md",
                      "---\ntitle: Ensimmäiset viikot\ntranslation: machine\n---\n\n"
                      "- [ ] Rekisteröi osoitteesi {#register}\n- [ ] Etsi terveysasemasi\n");
        content.write("services/turku.yaml",
                      "municipality: turku\nservices:\n"
                      "  - id: turku/office\n    kind: public-service\n    name: {fi: Virasto, en: Office}\n"
                      "    opening_hours: \"Mo-Fr 09:00-16:00; PH off\"\n    languages: [fi, en]\n"
                      "    topics: [housing]\n    sources: [https://www.turku.fi/]\n    reviewed_on: 2026-01-15\n");
        if (extra)
            extra(content);
        kotona::pack::Problems problems;
        const auto source = kotona::pack::ContentSource::load(content.path(), problems, QDate(2026, 11, 23));
        for (const auto &p : problems)
            UNSCOPED_INFO(p.toString().toStdString());
        REQUIRE(problems.isEmpty());
        REQUIRE(kotona::pack::PackBuilder::build(source, path).ok);
    }
};
