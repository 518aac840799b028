#pragma once
// The Swedish/English message catalogue: every text a user sees. Loaded from the embedded
// files messages/sv.json and messages/en.json (flat "dotted.key": "text" objects).

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.h"
#include "web/http/embedded_files.h"

namespace stegvis::web {

inline constexpr std::string_view kLanguages[] = {"sv", "en"};

class Catalogue {
 public:
  // Loads messages/<lang>.json for every language. Fails if a file is missing or not a flat
  // object of strings, if the languages do not have exactly the same keys, or if a key is
  // both a message and the prefix of another ("a" and "a.b"), which templates cannot reach.
  static core::Result<Catalogue> Load(std::span<const EmbeddedFile> files);

  // The text for `key` in `lang` ("sv" or "en"); the key itself if it is missing.
  std::string Get(std::string_view lang, std::string_view key) const;

  // The text with each {{name}} replaced by its value (values are plain text; escaping is
  // the template's job).
  std::string Format(
      std::string_view lang, std::string_view key,
      std::initializer_list<std::pair<std::string_view, std::string_view>> values) const;
  std::string Format(std::string_view lang, std::string_view key,
                     std::span<const std::pair<std::string, std::string>> values) const;

  // Every message of a language, nested by the dots of its key ({"home": {"title": ...}}),
  // for templates to use as {{msg.home.title}}.
  const boost::json::object& Nested(std::string_view lang) const;

 private:
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> flat_;
  std::map<std::string, boost::json::object, std::less<>> nested_;
};

}  // namespace stegvis::web
