#pragma once
// The page templates (embedded templates/NAME.mustache), compiled once per language when the
// server starts and rendered from any number of threads without locks. Values are
// HTML-escaped; only raw tags ({{{x}}} or {{& x}}) write a value as is, which the layout uses
// for the already-rendered page body. Every template sees the message catalogue as {{msg.*}},
// resolved at compile time. The engine is described in template_program.h (rendering rules),
// template_parser.h (syntax), typed_view.h and json_view.h (views).

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/describe.h"
#include "core/error.h"
#include "web/http/embedded_files.h"
#include "web/render/catalogue.h"
#include "web/render/json_view.h"
#include "web/render/template_program.h"
#include "web/render/typed_view.h"
#include "web/render/view_ref.h"

namespace stegvis::web {

class Templates {
 public:
  // Loads and compiles every templates/NAME.mustache for every language. Fails naming the
  // first template that does not parse or names a message the catalogue lacks, and the line.
  static core::Result<Templates> Load(std::span<const EmbeddedFile> files,
                                      const Catalogue& catalogue);
  Templates(Templates&&) noexcept;
  Templates& operator=(Templates&&) noexcept;
  ~Templates();

  // Renders template NAME (without folder and extension) with `view` in `lang` ("sv" or "en";
  // anything else is Swedish). Thread-safe. Throws std::out_of_range for an unknown name: a
  // programmer error, answered as a 500.
  std::string Render(std::string_view name, ViewRef view, std::string_view lang) const;
  // The same with `outer` below `view` on the context stack: names `view` does not have are
  // looked up in `outer` (a page body sees the layout's values).
  std::string Render(std::string_view name, ViewRef outer, ViewRef view,
                     std::string_view lang) const;

  // The same for a Boost.JSON view (json_view.h), read in place.
  std::string Render(std::string_view name, const boost::json::value& view,
                     std::string_view lang) const {
    return Render(name, JsonView(view), lang);
  }
  std::string Render(std::string_view name, const boost::json::object& view,
                     std::string_view lang) const {
    return Render(name, JsonView(view), lang);
  }

  // The same for a typed view: a struct described with core/describe.h (typed_view.h).
  template <core::Described View>
  std::string Render(std::string_view name, const View& view, std::string_view lang) const {
    return Render(name, TypedView(view), lang);
  }

 private:
  struct Impl;
  Templates();
  // The compiled template NAME in `lang`; throws std::out_of_range for an unknown name.
  const TemplateProgram& Program(std::string_view name, std::string_view lang) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stegvis::web
