#pragma once
// The chart words for the renderer's tests and golden files: the one catalogue's "chart.*"
// keys, read from web/messages/<lang>.json in the source tree (the program reads the copy
// embedded in it), so a golden file changes only when the renderer or the words do.

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "chart/labels.h"

namespace stegvis::chart::testing {

inline ChartLabels CatalogueLabels(Lang lang) {
  const std::string path =
      std::string(STEGVIS_SOURCE_DIR) + "/web/messages/" + std::string(LangCode(lang)) + ".json";
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::stringstream text;
  text << in.rdbuf();
  const boost::json::object words = boost::json::parse(text.str()).as_object();
  return LabelsFrom(lang, [&](std::string_view key) {
    const boost::json::value* word = words.if_contains(key);
    EXPECT_TRUE(word) << path << " lacks " << key;
    return word ? std::string(word->as_string()) : std::string(key);
  });
}

}  // namespace stegvis::chart::testing
