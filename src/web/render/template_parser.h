#pragma once
// Reading a Mustache template into tokens: text, values ({{x}} escaped, {{{x}}} and {{& x}}
// raw), sections ({{#x}}), inverted sections ({{^x}}) and their ends. Comments ({{! ...}})
// are dropped. Names are `.` (the current value) or dotted parts of letters, digits, `_` and
// `-`. Partials and set-delimiter tags are refused: no template uses them.
//
// The tag syntax is kainjow Mustache's (the engine before this one): a tag starts at any `{{`,
// `{{{` ends at the first `}}}`, and the text inside a tag is trimmed.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace stegvis::web {

struct TemplateToken {
  enum class Kind { kText, kValue, kRawValue, kSection, kInverted, kEnd };
  Kind kind = Kind::kText;
  std::string text;  // kText: the text as written; otherwise the tag's name
  int line = 1;      // where the text or tag starts
};

// Sections may nest this deep.
inline constexpr int kMaxSectionDepth = 32;

// The tokens of `source`, sections balanced. Fails, naming `name` and the line, on an
// unclosed tag, an empty tag, an invalid name, a partial or set-delimiter tag, an end tag that
// closes no section or another one, a section that is never closed, or sections nested deeper
// than kMaxSectionDepth.
core::Result<std::vector<TemplateToken>> ParseTemplate(std::string_view name,
                                                       std::string_view source);

}  // namespace stegvis::web
