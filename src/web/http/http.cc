#include "web/http/http.h"

#include <algorithm>
#include <cctype>

namespace stegvis::web {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes `in`; '+' means space when `plus_is_space`. Returns false on a bad escape.
bool PercentDecode(std::string_view in, bool plus_is_space, std::string& out) {
  out.clear();
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = HexValue(in[i + 1]);
      int lo = HexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return true;
}

HeaderList ParsePairs(std::string_view text) {
  HeaderList pairs;
  while (!text.empty()) {
    std::size_t amp = text.find('&');
    std::string_view part = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (part.empty()) continue;
    std::size_t eq = part.find('=');
    std::string name, value;
    if (!PercentDecode(part.substr(0, eq), true, name)) continue;
    if (eq != std::string_view::npos && !PercentDecode(part.substr(eq + 1), true, value)) continue;
    pairs.emplace_back(std::move(name), std::move(value));
  }
  return pairs;
}

}  // namespace

std::string_view PathParams::Get(std::string_view path, std::string_view name) const {
  for (std::size_t i = 0; i < size_; ++i) {
    if (params_[i].name == name) return path.substr(params_[i].offset, params_[i].length);
  }
  return {};
}

void PathParams::Add(std::string_view name, std::size_t offset, std::size_t length) {
  if (size_ == kMax) return;
  params_[size_++] = {name, static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(length)};
}

std::string_view Request::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return value;
  }
  return {};
}

std::optional<std::string> Request::Query(std::string_view name) const {
  for (const auto& [key, value] : query) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::optional<std::string> Request::Cookie(std::string_view name) const {
  std::string_view cookies = Header("cookie");
  while (!cookies.empty()) {
    std::size_t semi = cookies.find(';');
    std::string_view part = cookies.substr(0, semi);
    cookies = semi == std::string_view::npos ? std::string_view{} : cookies.substr(semi + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    std::size_t eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) {
      return std::string(part.substr(eq + 1));
    }
  }
  return std::nullopt;
}

void Response::SetHeader(std::string name, std::string value) {
  for (auto& [key, existing] : headers) {
    if (EqualsIgnoreCase(key, name)) {
      existing = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return value;
  }
  return {};
}

Response Response::Text(int status, std::string body) {
  Response r{status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(body)};
  return r;
}

Response Response::Html(int status, std::string body) {
  Response r{status, {{"Content-Type", "text/html; charset=utf-8"}}, std::move(body)};
  return r;
}

Response Response::Json(int status, std::string body) {
  Response r{status, {{"Content-Type", "application/json"}}, std::move(body)};
  return r;
}

Response Response::Redirect(std::string location, int status) {
  Response r{status, {{"Location", std::move(location)}}, {}};
  return r;
}

std::string_view UnsafeHeader(const Response& response) {
  constexpr std::string_view kTokenPunctuation = "!#$%&'*+-.^_`|~";
  for (const auto& [name, value] : response.headers) {
    const bool name_ok = !name.empty() && std::all_of(name.begin(), name.end(), [&](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) ||
             kTokenPunctuation.find(c) != std::string_view::npos;
    });
    const bool value_ok = std::none_of(value.begin(), value.end(), [](char c) {
      const auto byte = static_cast<unsigned char>(c);
      return byte < 0x20 || byte == 0x7f;
    });
    if (!name_ok || !value_ok) return name.empty() ? std::string_view("(empty)") : name;
  }
  return {};
}

std::string LoggedPath(std::string_view path) {
  constexpr std::size_t kTokenLength = 32;
  std::string out;
  out.reserve(path.size());
  while (!path.empty()) {
    const std::size_t slash = path.find('/', 1);
    std::string_view segment = path.substr(0, slash);
    path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash);
    const std::string_view name = segment.substr(segment.starts_with('/') ? 1 : 0);
    const bool token =
        name.size() >= kTokenLength && std::all_of(name.begin(), name.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
        });
    out += token ? std::string(segment.substr(0, segment.size() - name.size())) + "{token}"
                 : std::string(segment);
  }
  return out;
}

bool ParseTarget(std::string_view target, std::string& path, HeaderList& query) {
  if (target.empty() || target.front() != '/') return false;
  std::size_t q = target.find('?');
  if (!PercentDecode(target.substr(0, q), false, path)) return false;
  // A decoded path must not smuggle in a NUL or climb out with "..".
  if (path.find('\0') != std::string::npos) return false;
  if (path.find("/../") != std::string::npos || path.ends_with("/..")) return false;
  query = q == std::string_view::npos ? HeaderList{} : ParsePairs(target.substr(q + 1));
  return true;
}

HeaderList ParseForm(std::string_view body) {
  return ParsePairs(body);
}

std::size_t CountFormFields(std::string_view body) {
  if (body.empty()) return 0;
  return static_cast<std::size_t>(std::count(body.begin(), body.end(), '&')) + 1;
}

}  // namespace stegvis::web
