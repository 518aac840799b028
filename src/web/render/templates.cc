#include "web/render/templates.h"

#include <map>
#include <mutex>
#include <stdexcept>
#include <vector>

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

// Parsed copies of one template. A parsed kainjow template is not safe to render from two
// threads at once, so each render borrows a copy and parsing happens once per copy.
struct Pool {
  std::string source;
  std::mutex mutex;
  std::vector<std::unique_ptr<mustache::mustache>> idle;
};

}  // namespace

struct Templates::Impl {
  std::map<std::string, Pool, std::less<>> pools;
  std::map<std::string, mustache::data, std::less<>> messages;  // by language: {"msg": ...}
};

Templates::Templates() : impl_(std::make_unique<Impl>()) {}
Templates::Templates(Templates&&) noexcept = default;
Templates& Templates::operator=(Templates&&) noexcept = default;
Templates::~Templates() = default;

core::Result<Templates> Templates::Load(std::span<const EmbeddedFile> files,
                                        const Catalogue& catalogue) {
  Templates templates;
  const std::string_view prefix = "templates/", suffix = ".mustache";
  for (const auto& file : files) {
    if (!file.name.starts_with(prefix) || !file.name.ends_with(suffix)) continue;
    std::string name(
        file.name.substr(prefix.size(), file.name.size() - prefix.size() - suffix.size()));
    auto parsed = std::make_unique<mustache::mustache>(std::string(file.content));
    if (!parsed->is_valid()) {
      return core::Fail(core::Error::Internal("template " + name + ": " + parsed->error_message()));
    }
    Pool& pool = templates.impl_->pools[name];
    pool.source = std::string(file.content);
    pool.idle.push_back(std::move(parsed));
  }
  for (std::string_view lang : kLanguages) {
    mustache::data layer{mustache::data::type::object};
    layer.set("msg", ToData(catalogue.Nested(lang)));
    templates.impl_->messages.emplace(std::string(lang), std::move(layer));
  }
  return templates;
}

std::string Templates::Render(std::string_view name, const boost::json::value& view,
                              std::string_view lang) const {
  auto it = impl_->pools.find(name);
  if (it == impl_->pools.end()) throw std::out_of_range("no template " + std::string(name));
  Pool& pool = const_cast<Pool&>(it->second);
  std::unique_ptr<mustache::mustache> tmpl;
  {
    std::lock_guard lock(pool.mutex);
    if (!pool.idle.empty()) {
      tmpl = std::move(pool.idle.back());
      pool.idle.pop_back();
    }
  }
  if (!tmpl) tmpl = std::make_unique<mustache::mustache>(pool.source);

  auto messages = impl_->messages.find(lang);
  if (messages == impl_->messages.end()) messages = impl_->messages.begin();
  mustache::data data = ToData(view);
  mustache::context<std::string> context{&messages->second};  // the catalogue, shared
  context.push(&data);                                        // the page's own values on top
  std::string out = tmpl->render(context);

  std::lock_guard lock(pool.mutex);
  pool.idle.push_back(std::move(tmpl));
  return out;
}

}  // namespace stegvis::web
