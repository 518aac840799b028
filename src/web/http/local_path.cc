#include "web/http/local_path.h"

#include <algorithm>

namespace stegvis::web {
namespace {

constexpr std::size_t kMaxLocalPath = 2000;

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsPathChar(char c) {
  return IsAsciiAlnum(c) || std::string_view("/-._~?=&%+,:@").find(c) != std::string_view::npos;
}

bool IsUnreservedOrSlash(char c) {
  return IsAsciiAlnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
}

}  // namespace

bool IsLocalPath(std::string_view text) {
  if (text.empty() || text.size() > kMaxLocalPath || text.front() != '/') return false;
  if (text.size() > 1 && (text[1] == '/' || text[1] == '\\')) return false;
  return std::all_of(text.begin(), text.end(), IsPathChar);
}

std::string LocalPathOr(std::string_view text, std::string_view fallback) {
  return std::string(IsLocalPath(text) ? text : fallback);
}

bool IsAnchor(std::string_view text) {
  return !text.empty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](char c) {
    return IsAsciiAlnum(c) || c == '-' || c == '_';
  });
}

std::string EncodeLocalPath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (char c : path) {
    if (IsUnreservedOrSlash(c)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return IsLocalPath(out) ? out : "/";
}

}  // namespace stegvis::web
