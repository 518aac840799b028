#pragma once
// A template compiled for one language: an immutable list of instructions, rendered from any
// number of threads at once. Messages ({{msg.some.key}}) are resolved when the template is
// compiled: their text, escaped, is part of the literal text around them, so a render never
// looks at the catalogue.
//
// Rendering follows kainjow Mustache, the engine before this one, so pages stay
// byte-identical:
// - A name is looked up from the top of the context stack down; the first value that has it
//   wins, even when that value is falsy. A dotted name `a.b` is looked up whole in each value
//   in turn (the first value in which `a` has a `b`), not `a` first and then `b`.
// - `msg` is the catalogue: msg.* names are never looked up in the view.
// - A line is left out, with its line break, when a section was rendered on it (a section tag
//   whose content was output, once per item) and nothing but spaces and tabs were written on
//   it. A section that is skipped, a comment or an empty value leave their line in place.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.h"
#include "web/render/template_parser.h"
#include "web/render/view_ref.h"

namespace stegvis::web {

class TemplateProgram {
 public:
  // Compiles `tokens` (from ParseTemplate) of template `name` with `messages`, one language's
  // catalogue nested by the dots of its keys (Catalogue::Nested). Fails, naming the template
  // and line, on a msg.* name the catalogue does not have. `messages` must outlive the program
  // (a section over msg.* renders from it).
  static core::Result<TemplateProgram> Compile(std::string_view name,
                                               std::span<const TemplateToken> tokens,
                                               const boost::json::object& messages);

  // Appends the template rendered with `view` to `out`.
  void Render(ViewRef view, std::string& out) const;
  // The same with `outer` below `view` on the context stack, for names `view` does not have
  // (a page body sees the layout's values, such as the CSRF token for its forms).
  void Render(ViewRef outer, ViewRef view, std::string& out) const;

  struct NamePart {
    std::string text;
    std::uint64_t hash = 0;
  };

  struct Instruction {
    enum class Op : std::uint8_t { kText, kValue, kSection, kInverted };
    Op op = Op::kText;
    bool raw = false;       // kValue: {{{x}}} or {{& x}}
    std::uint32_t end = 0;  // kSection, kInverted: the index just after the section's body
    // kText: the text, where its first line break is (npos if none) and how long it is, and
    // where its last line starts.
    std::string text;
    std::size_t first_break = std::string::npos;
    std::size_t break_size = 0;
    std::size_t last_line = 0;
    // kValue and sections: the name's parts (none for `.`), or a value fixed at compile time
    // (a section over msg.*).
    std::vector<NamePart> name;
    ViewRef fixed;
  };

 private:
  std::vector<Instruction> code_;
};

}  // namespace stegvis::web
