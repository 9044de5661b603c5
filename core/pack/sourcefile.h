// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack/problem.h"

#include <QString>

#include <optional>
#include <yaml-cpp/yaml.h>

namespace kotona::pack {

// The largest source file we accept: a guide is a few pages, not a book.
inline constexpr qint64 kMaxSourceFileBytes = 256 * 1024;

// Reads a text source file and checks its encoding: UTF-8 without BOM, LF line
// endings, at most kMaxSourceFileBytes. Every problem found goes to `problems`;
// returns the text when it can still be used.
[[nodiscard]] std::optional<QString> readSourceText(const QString &path, const QString &relative, Problems &problems);

// Parses YAML text. On a syntax error, records `file:line` and returns nothing.
// `firstLine` is the file line of the YAML's first line (front matter starts at 2).
[[nodiscard]] std::optional<YAML::Node> parseYaml(const QString &text, const QString &relative, int firstLine,
                                                  Problems &problems);

// A Markdown file split into its YAML front matter and its body.
struct FrontMatterDocument {
    YAML::Node front;
    QString body;
    int bodyLine = 1; // file line where the body starts
};

// Splits `---` front matter from the Markdown body and parses it.
[[nodiscard]] std::optional<FrontMatterDocument> parseFrontMatter(const QString &text, const QString &relative,
                                                                  Problems &problems);

// The 1-based file line of a YAML node, given the file line of the YAML's first line.
[[nodiscard]] int lineOf(const YAML::Node &node, int firstLine);

// Typed reads of YAML values; an absent key gives an empty value.
[[nodiscard]] QString yamlString(const YAML::Node &map, const char *key);
[[nodiscard]] QStringList yamlStringList(const YAML::Node &map, const char *key);

} // namespace kotona::pack
