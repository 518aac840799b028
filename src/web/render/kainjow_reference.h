#pragma once
// The template engine Stegvis rendered with before its own: kainjow Mustache
// (libkainjow-mustache-dev), fed as it was — each render converts the JSON view into
// kainjow's data, borrows a parsed template from a locked pool and layers the whole catalogue
// underneath as {{msg.*}}. Kept as the reference that templates_equivalence_test.cc compares
// the engine with, byte for byte, and as the baseline of bench/templates. Only those two
// include this header; nothing that ships does, so kainjow is a test dependency.

#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>
#include <kainjow/mustache.hpp>

#include "web/http/embedded_files.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

class KainjowTemplates {
 public:
  // Parses every templates/NAME.mustache in `files`; throws std::runtime_error naming the
  // first template kainjow cannot parse.
  KainjowTemplates(std::span<const EmbeddedFile> files, const Catalogue& catalogue) {
    const std::string_view prefix = "templates/", suffix = ".mustache";
    for (const auto& file : files) {
      if (!file.name.starts_with(prefix) || !file.name.ends_with(suffix)) continue;
      std::string name(
          file.name.substr(prefix.size(), file.name.size() - prefix.size() - suffix.size()));
      AddTemplate(name, file.content);
    }
    for (std::string_view lang : kLanguages) {
      Mustache::data layer{Mustache::data::type::object};
      layer.set("msg", ToData(catalogue.Nested(lang)));
      messages_.emplace(std::string(lang), std::move(layer));
    }
  }

  // Adds (or replaces) template `name`; throws std::runtime_error if kainjow cannot parse it.
  void AddTemplate(const std::string& name, std::string_view source) {
    auto parsed = std::make_unique<Mustache::mustache>(std::string(source));
    if (!parsed->is_valid()) {
      throw std::runtime_error("template " + name + ": " + parsed->error_message());
    }
    Pool& pool = pools_[name];
    pool.source = std::string(source);
    pool.idle.clear();
    pool.idle.push_back(std::move(parsed));
  }

  // Renders template `name` with `view` and the catalogue in `lang`, as the engine before
  // this one did. Thread-safe.
  std::string Render(std::string_view name, const boost::json::value& view,
                     std::string_view lang) const {
    auto it = pools_.find(name);
    if (it == pools_.end()) throw std::out_of_range("no template " + std::string(name));
    Pool& pool = const_cast<Pool&>(it->second);
    std::unique_ptr<Mustache::mustache> tmpl;
    {
      std::lock_guard lock(pool.mutex);
      if (!pool.idle.empty()) {
        tmpl = std::move(pool.idle.back());
        pool.idle.pop_back();
      }
    }
    if (!tmpl) tmpl = std::make_unique<Mustache::mustache>(pool.source);

    auto messages = messages_.find(lang);
    if (messages == messages_.end()) messages = messages_.begin();
    Mustache::data data = ToData(view);
    Mustache::context<std::string> context{&messages->second};
    context.push(&data);
    std::string out = tmpl->render(context);

    std::lock_guard lock(pool.mutex);
    pool.idle.push_back(std::move(tmpl));
    return out;
  }

 private:
  struct Mustache {
    using mustache = kainjow::mustache::mustache;
    using data = kainjow::mustache::data;
    template <typename S>
    using context = kainjow::mustache::context<S>;
  };

  static Mustache::data ToData(const boost::json::value& value) {
    switch (value.kind()) {
      case boost::json::kind::object: {
        Mustache::data out{Mustache::data::type::object};
        for (const auto& [key, child] : value.as_object()) {
          out.set(std::string(key), ToData(child));
        }
        return out;
      }
      case boost::json::kind::array: {
        Mustache::data out{Mustache::data::type::list};
        for (const auto& child : value.as_array()) out.push_back(ToData(child));
        return out;
      }
      case boost::json::kind::string: return Mustache::data{std::string(value.as_string())};
      case boost::json::kind::bool_: return Mustache::data{value.as_bool()};
      case boost::json::kind::int64: return Mustache::data{std::to_string(value.as_int64())};
      case boost::json::kind::uint64: return Mustache::data{std::to_string(value.as_uint64())};
      case boost::json::kind::double_: return Mustache::data{std::to_string(value.as_double())};
      case boost::json::kind::null: return Mustache::data{false};
    }
    return Mustache::data{false};
  }

  // Parsed copies of one template: a parsed kainjow template is not safe to render from two
  // threads at once, so each render borrows a copy.
  struct Pool {
    std::string source;
    std::mutex mutex;
    std::vector<std::unique_ptr<Mustache::mustache>> idle;
  };

  std::map<std::string, Pool, std::less<>> pools_;
  std::map<std::string, Mustache::data, std::less<>> messages_;  // by language: {"msg": ...}
};

}  // namespace stegvis::web
