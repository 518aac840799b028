#pragma once
// Mustache templates (embedded templates/*.mustache). Values are HTML-escaped unless a
// template asks for raw output with {{{triple}}} braces, which only the layout uses for the
// already-rendered page body.

#include <map>
#include <span>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "core/error.h"
#include "web/embedded_files.h"

namespace stegvis::web {

class Templates {
 public:
  // Loads every templates/NAME.mustache and checks that each parses; fails naming the first
  // broken template.
  static core::Result<Templates> Load(std::span<const EmbeddedFile> files);

  // Renders template NAME (without folder and extension) with `view`. Throws
  // std::out_of_range for an unknown name: a programmer error, caught as a 500.
  std::string Render(std::string_view name, const boost::json::value& view) const;

 private:
  std::map<std::string, std::string, std::less<>> sources_;
};

}  // namespace stegvis::web
