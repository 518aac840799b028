#include "web/render/catalogue.h"

#include <boost/json/parse.hpp>

namespace stegvis::web {
namespace {

core::Result<std::map<std::string, std::string, std::less<>>> ParseMessages(std::string_view text,
                                                                            std::string_view name) {
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(text, ec);
  if (ec || !value.is_object()) {
    return core::Fail(core::Error::Internal(std::string(name) + " is not a JSON object"));
  }
  std::map<std::string, std::string, std::less<>> out;
  for (const auto& [key, message] : value.as_object()) {
    if (!message.is_string() || message.as_string().empty()) {
      return core::Fail(core::Error::Internal(std::string(name) + ": " + std::string(key) +
                                              " must be a non-empty string"));
    }
    out.emplace(std::string(key), std::string(message.as_string()));
  }
  return out;
}

// Places `text` at the dotted `key` inside `root`. False if the key collides with another.
bool Insert(boost::json::object& root, std::string_view key, const std::string& text) {
  boost::json::object* node = &root;
  for (;;) {
    std::size_t dot = key.find('.');
    std::string_view part = key.substr(0, dot);
    if (dot == std::string_view::npos) {
      if (node->contains(part)) return false;
      (*node)[part] = text;
      return true;
    }
    boost::json::value& child = (*node)[part];
    if (child.is_null()) child = boost::json::object();
    if (!child.is_object()) return false;
    node = &child.as_object();
    key.remove_prefix(dot + 1);
  }
}

}  // namespace

core::Result<Catalogue> Catalogue::Load(std::span<const EmbeddedFile> files) {
  Catalogue catalogue;
  for (std::string_view lang : kLanguages) {
    std::string name = "messages/" + std::string(lang) + ".json";
    const EmbeddedFile* file = nullptr;
    for (const auto& f : files) {
      if (f.name == name) file = &f;
    }
    if (!file) return core::Fail(core::Error::Internal(name + " is missing"));
    auto messages = ParseMessages(file->content, name);
    if (!messages) return core::Fail(messages.error());
    boost::json::object nested;
    for (const auto& [key, text] : *messages) {
      if (!Insert(nested, key, text)) {
        return core::Fail(
            core::Error::Internal(name + ": key " + key + " collides with another key's prefix"));
      }
    }
    catalogue.flat_.emplace(std::string(lang), std::move(*messages));
    catalogue.nested_.emplace(std::string(lang), std::move(nested));
  }
  const auto& reference = catalogue.flat_.at(std::string(kLanguages[0]));
  for (const auto& [lang, messages] : catalogue.flat_) {
    for (const auto& [key, text] : reference) {
      if (!messages.count(key)) {
        return core::Fail(core::Error::Internal(
            std::string("messages/").append(lang).append(".json lacks ").append(key)));
      }
    }
    for (const auto& [key, text] : messages) {
      if (!reference.count(key)) {
        return core::Fail(core::Error::Internal(
            std::string("messages/").append(lang).append(".json has extra key ").append(key)));
      }
    }
  }
  return catalogue;
}

std::string Catalogue::Get(std::string_view lang, std::string_view key) const {
  auto language = flat_.find(lang);
  if (language == flat_.end()) language = flat_.find(kLanguages[0]);
  auto it = language->second.find(key);
  return it == language->second.end() ? std::string(key) : it->second;
}

namespace {

void Fill(std::string& text, std::string_view name, std::string_view value) {
  std::string token = "{{" + std::string(name) + "}}";
  for (std::size_t pos = text.find(token); pos != std::string::npos;
       pos = text.find(token, pos + value.size())) {
    text.replace(pos, token.size(), value);
  }
}

}  // namespace

std::string Catalogue::Format(
    std::string_view lang, std::string_view key,
    std::initializer_list<std::pair<std::string_view, std::string_view>> values) const {
  std::string text = Get(lang, key);
  for (const auto& [name, value] : values) Fill(text, name, value);
  return text;
}

std::string Catalogue::Format(std::string_view lang, std::string_view key,
                              std::span<const std::pair<std::string, std::string>> values) const {
  std::string text = Get(lang, key);
  for (const auto& [name, value] : values) Fill(text, name, value);
  return text;
}

const boost::json::object& Catalogue::Nested(std::string_view lang) const {
  auto it = nested_.find(lang);
  return it == nested_.end() ? nested_.begin()->second : it->second;
}

}  // namespace stegvis::web
