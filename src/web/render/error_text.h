#pragma once
// An expected failure in the user's words: the catalogue text of its key with the error's
// parameters filled in, and the parameters as machine-readable JSON members.

#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "core/error.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

// The text of `error.key` in `lang` with each {{name}} replaced by the parameter of that name
// (a moment as "2026-11-23 13:43", UTC); the English `error.message` when there is no key.
std::string ErrorText(const Catalogue& catalogue, std::string_view lang, const core::Error& error);

// Adds each parameter to `out` under its name: text as a string, a moment as ISO 8601 UTC
// ("2026-11-23T13:43:41Z"), a number as a number. A conflict's "who" and "when" are also
// added as "changed_by" and "changed_at", the names the API used before errors carried them.
void AddErrorParams(const core::Error& error, boost::json::object& out);

}  // namespace stegvis::web
