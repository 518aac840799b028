#pragma once
// Mustache templates (embedded templates/*.mustache). Values are HTML-escaped unless a
// template asks for raw output with {{{triple}}} braces, which only the layout uses for the
// already-rendered page body. Every template sees the message catalogue as {{msg.*}}.

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "core/error.h"
#include "web/http/embedded_files.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

class Templates {
 public:
  // Loads every templates/NAME.mustache, checks that each parses (fails naming the first
  // broken one) and prepares the catalogue's messages for every language.
  static core::Result<Templates> Load(std::span<const EmbeddedFile> files,
                                      const Catalogue& catalogue);
  Templates(Templates&&) noexcept;
  Templates& operator=(Templates&&) noexcept;
  ~Templates();

  // Renders template NAME (without folder and extension) with `view`, plus `msg` holding the
  // catalogue in `lang`. Thread-safe. Throws std::out_of_range for an unknown name: a
  // programmer error, answered as a 500.
  std::string Render(std::string_view name, const boost::json::value& view,
                     std::string_view lang) const;

 private:
  struct Impl;
  Templates();
  std::unique_ptr<Impl> impl_;
};

}  // namespace stegvis::web
