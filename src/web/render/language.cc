#include "web/render/language.h"

#include <cstdlib>

namespace stegvis::web {
namespace {

bool Supported(std::string_view lang) {
  return lang == "sv" || lang == "en";
}

std::string FromAcceptLanguage(std::string_view header) {
  std::string best = "sv";
  double best_q = -1;
  while (!header.empty()) {
    std::size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    std::string_view tag = item.substr(0, item.find(';'));
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    double q = 1.0;
    if (std::size_t qpos = item.find(";q="); qpos != std::string_view::npos) {
      q = std::strtod(std::string(item.substr(qpos + 3)).c_str(), nullptr);
    }
    std::string primary(tag.substr(0, tag.find('-')));
    for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (Supported(primary) && q > best_q) {
      best = primary;
      best_q = q;
    }
  }
  return best;
}

}  // namespace

LanguageChoice ChooseLanguage(const Request& request) {
  if (auto chosen = request.Query("lang"); chosen && Supported(*chosen)) return {*chosen, true};
  if (auto cookie = request.Cookie("lang"); cookie && Supported(*cookie)) return {*cookie, false};
  return {FromAcceptLanguage(request.Header("accept-language")), false};
}

std::string LanguageCookie(const std::string& lang) {
  return "lang=" + lang + "; Path=/; Max-Age=31536000; SameSite=Lax";
}

}  // namespace stegvis::web
