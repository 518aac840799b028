#pragma once
// HTML escaping of template values: & < > " and ' become entities, as kainjow Mustache (the
// engine before this one) wrote them, so pages stay byte-identical: &amp; &lt; &gt; &quot;
// &apos;. Everything else, UTF-8 included, is copied as is.

#include <string>
#include <string_view>

namespace stegvis::web {

// Appends `text` to `out` with the five characters above replaced by their entities.
void AppendEscaped(std::string_view text, std::string& out);

// `text` escaped as AppendEscaped does.
std::string EscapeHtml(std::string_view text);

}  // namespace stegvis::web
