#pragma once
// Which language a page is shown in: Swedish first, English when the user chose it
// (`?lang=en`, remembered in a cookie) or the browser asks for it before Swedish.

#include <string>

#include "web/http/http.h"

namespace stegvis::web {

struct LanguageChoice {
  std::string lang;       // "sv" or "en"
  bool remember = false;  // the user chose it just now: set the cookie
};

// Decides the language: ?lang= first, then the `lang` cookie, then Accept-Language (by q
// value, first of sv/en), else Swedish.
LanguageChoice ChooseLanguage(const Request& request);

// The Set-Cookie value that remembers `lang` for a year.
std::string LanguageCookie(const std::string& lang);

}  // namespace stegvis::web
