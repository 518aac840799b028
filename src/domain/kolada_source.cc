#include "domain/kolada_source.h"

namespace stegvis::domain {
namespace {

constexpr std::string_view kPrefix = "kolada:";

// Kolada's ids are letters, digits and a few marks; nothing that could end a field.
bool PlainId(std::string_view id) {
  if (id.empty() || id.size() > 32) return false;
  for (char c : id) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                    c == '_' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string KoladaSourceText(const KoladaSource& source) {
  return std::string(kPrefix) + source.kpi + (source.unit ? ":ou:" : ":municipality:") +
         source.area;
}

std::optional<KoladaSource> ParseKoladaSource(std::string_view text) {
  if (!text.starts_with(kPrefix)) return std::nullopt;
  text.remove_prefix(kPrefix.size());
  const std::size_t first = text.find(':');
  if (first == std::string_view::npos) return std::nullopt;
  const std::size_t second = text.find(':', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  KoladaSource source{std::string(text.substr(0, first)), std::string(text.substr(second + 1)),
                      false};
  const std::string_view kind = text.substr(first + 1, second - first - 1);
  if (kind == "ou") {
    source.unit = true;
  } else if (kind != "municipality") {
    return std::nullopt;
  }
  if (!PlainId(source.kpi) || !PlainId(source.area)) return std::nullopt;
  return source;
}

}  // namespace stegvis::domain
