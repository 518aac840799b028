#include "web/templates.h"

#include <stdexcept>

#include <kainjow/mustache.hpp>

namespace stegvis::web {
namespace {

namespace mustache = kainjow::mustache;

mustache::data ToData(const boost::json::value& value) {
  switch (value.kind()) {
    case boost::json::kind::object: {
      mustache::data out{mustache::data::type::object};
      for (const auto& [key, child] : value.as_object()) out.set(std::string(key), ToData(child));
      return out;
    }
    case boost::json::kind::array: {
      mustache::data out{mustache::data::type::list};
      for (const auto& child : value.as_array()) out.push_back(ToData(child));
      return out;
    }
    case boost::json::kind::string: return mustache::data{std::string(value.as_string())};
    case boost::json::kind::bool_: return mustache::data{value.as_bool()};
    case boost::json::kind::int64: return mustache::data{std::to_string(value.as_int64())};
    case boost::json::kind::uint64: return mustache::data{std::to_string(value.as_uint64())};
    case boost::json::kind::double_: return mustache::data{std::to_string(value.as_double())};
    case boost::json::kind::null: return mustache::data{false};
  }
  return mustache::data{false};
}

}  // namespace

core::Result<Templates> Templates::Load(std::span<const EmbeddedFile> files) {
  Templates templates;
  const std::string_view prefix = "templates/", suffix = ".mustache";
  for (const auto& file : files) {
    if (!file.name.starts_with(prefix) || !file.name.ends_with(suffix)) continue;
    std::string name(
        file.name.substr(prefix.size(), file.name.size() - prefix.size() - suffix.size()));
    mustache::mustache parsed{std::string(file.content)};
    if (!parsed.is_valid()) {
      return core::Fail(core::Error::Internal("template " + name + ": " + parsed.error_message()));
    }
    templates.sources_.emplace(std::move(name), std::string(file.content));
  }
  return templates;
}

std::string Templates::Render(std::string_view name, const boost::json::value& view) const {
  auto it = sources_.find(name);
  if (it == sources_.end()) throw std::out_of_range("no template " + std::string(name));
  mustache::mustache tmpl{it->second};
  return tmpl.render(ToData(view));
}

}  // namespace stegvis::web
