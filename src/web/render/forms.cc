#include "web/render/forms.h"

#include <charconv>

#include <boost/json/array.hpp>

#include "core/text.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

Form::Form(const Request& request) {
  for (const auto& [key, value] : request.form) fields_[key].push_back(value);
}

std::string Form::Get(std::string_view name) const {
  auto it = fields_.find(name);
  return it == fields_.end() ? std::string() : it->second.front();
}

std::vector<std::string> Form::GetAll(std::string_view name) const {
  auto it = fields_.find(name);
  return it == fields_.end() ? std::vector<std::string>() : it->second;
}

std::optional<domain::Id> ParseId(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  domain::Id id = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    id = id * 10 + (c - '0');
  }
  if (id <= 0) return std::nullopt;
  return id;
}

core::Result<std::int64_t> ParseWholeNumber(std::string_view text, std::int64_t min,
                                            std::int64_t max, const std::string& field) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < min || value > max) {
    core::Error error = core::Error::Invalid(
        "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max), field,
        "error.whole_number");
    error.params = {core::ErrorParam::Number("min", min), core::ErrorParam::Number("max", max)};
    return core::Fail(std::move(error));
  }
  return value;
}

core::Result<domain::Id> PathId(const Request& request, std::string_view name) {
  std::optional<domain::Id> id = ParseId(request.PathParam(name));
  if (!id) return core::Fail(core::Error::NotFoundObject());
  return *id;
}

void AddFormError(boost::json::object& view, const App& app, const std::string& lang,
                  const core::Error& error) {
  // A message may quote what was sent: only its beginning comes back.
  std::string text = error.key.empty() ? core::ShortPrefix(error.message, 400)
                                       : app.catalogue.Get(lang, error.key);
  std::string field = error.field.empty() ? "form" : error.field;
  view["error_" + field] = text;
  if (!view.contains("errors")) view["errors"] = boost::json::array();
  view["errors"].as_array().push_back(boost::json::object{{"field", field}, {"text", text}});
  view["has_errors"] = true;
}

}  // namespace stegvis::web
