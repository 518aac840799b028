#include "web/render/template_program.h"

#include <array>

#include "web/render/html_escape.h"
#include "web/render/json_view.h"

namespace stegvis::web {
namespace {

using Instruction = TemplateProgram::Instruction;
using Op = Instruction::Op;

// The length of the line break at `pos` ("\r\n", "\n" or "\r", as kainjow splits lines), or 0.
std::size_t BreakAt(std::string_view text, std::size_t pos) {
  if (text[pos] == '\n') return 1;
  if (text[pos] != '\r') return 0;
  return pos + 1 < text.size() && text[pos + 1] == '\n' ? 2 : 1;
}

// Literal text being collected into one instruction: template text and the messages between
// it. Only the template's own line breaks count as lines; a message's text is a value.
class TextBuilder {
 public:
  void AddTemplateText(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
      std::size_t size = BreakAt(text, pos);
      if (size == 0) {
        ++pos;
        continue;
      }
      if (text_.first_break == std::string::npos) {
        text_.first_break = text_.text.size() + pos;
        text_.break_size = size;
      }
      pos += size;
      text_.last_line = text_.text.size() + pos;
    }
    text_.text.append(text);
  }

  void AddValue(std::string_view text) { text_.text.append(text); }

  // Appends the collected text, if any, to `code`.
  void Flush(std::vector<Instruction>& code) {
    if (!text_.text.empty()) code.push_back(std::move(text_));
    text_ = Instruction{};
  }

 private:
  Instruction text_;
};

class Compiler {
 public:
  Compiler(std::string_view name, const boost::json::object& messages)
      : name_(name), messages_(messages) {}

  core::Result<std::vector<Instruction>> Run(std::span<const TemplateToken> tokens) {
    for (const TemplateToken& token : tokens) {
      if (auto done = Add(token); !done) return core::Fail(done.error());
    }
    text_.Flush(code_);
    return std::move(code_);
  }

 private:
  core::Result<void> Add(const TemplateToken& token) {
    using Kind = TemplateToken::Kind;
    if (token.kind == Kind::kText) {
      text_.AddTemplateText(token.text);
      return {};
    }
    const bool message = token.text == "msg" || token.text.starts_with("msg.");
    if (token.kind == Kind::kValue || token.kind == Kind::kRawValue) {
      const bool raw = token.kind == Kind::kRawValue;
      if (message) return AddMessage(token, raw);
      text_.Flush(code_);
      code_.push_back(Named(Op::kValue, token.text));
      code_.back().raw = raw;
      return {};
    }
    text_.Flush(code_);
    if (token.kind == Kind::kEnd) {
      code_[open_.back()].end = static_cast<std::uint32_t>(code_.size());
      open_.pop_back();
      return {};
    }
    open_.push_back(code_.size());
    code_.push_back(Named(token.kind == Kind::kSection ? Op::kSection : Op::kInverted, token.text));
    if (message) {
      auto value = Message(token);
      if (!value) return core::Fail(value.error());
      code_.back().fixed = *value;
    }
    return {};
  }

  // {{msg.key}}: the message's text, escaped unless the tag is raw, as literal text. A key
  // that names a group of messages ("msg.home") has no text.
  core::Result<void> AddMessage(const TemplateToken& token, bool raw) {
    auto value = Message(token);
    if (!value) return core::Fail(value.error());
    std::string text;
    value->ops->append(value->data, raw, text);
    text_.AddValue(text);
    return {};
  }

  // The catalogue's value for a msg.* name.
  core::Result<ViewRef> Message(const TemplateToken& token) {
    ViewRef value = JsonView(messages_);
    std::string_view rest = token.text;
    rest.remove_prefix(3);  // "msg"
    while (!rest.empty()) {
      rest.remove_prefix(1);  // "."
      std::string_view part = rest.substr(0, rest.find('.'));
      rest.remove_prefix(part.size());
      value = value.ops->member(value.data, {part, HashName(part)});
      if (!value) {
        return core::Fail(core::Error::Internal("template " + std::string(name_) + ", line " +
                                                std::to_string(token.line) + ": no message " +
                                                token.text.substr(4) + " in the catalogue"));
      }
    }
    return value;
  }

  static Instruction Named(Op op, std::string_view name) {
    Instruction instruction;
    instruction.op = op;
    if (name == ".") return instruction;
    for (std::size_t begin = 0; begin <= name.size();) {
      std::size_t dot = name.find('.', begin);
      if (dot == std::string_view::npos) dot = name.size();
      std::string_view part = name.substr(begin, dot - begin);
      instruction.name.push_back({std::string(part), HashName(part)});
      begin = dot + 1;
    }
    return instruction;
  }

  std::string_view name_;
  const boost::json::object& messages_;
  std::vector<Instruction> code_;
  std::vector<std::size_t> open_;  // the open sections' instructions
  TextBuilder text_;
};

class Renderer {
 public:
  Renderer(const std::vector<Instruction>& code, ViewRef view, std::string& out)
      : code_(code), out_(out), line_start_(out.size()) {
    stack_[0] = view;
  }
  // With `outer` below `view` on the context stack: names `view` lacks are looked up there.
  Renderer(const std::vector<Instruction>& code, ViewRef outer, ViewRef view, std::string& out)
      : code_(code), out_(out), line_start_(out.size()) {
    stack_[0] = outer;
    stack_[1] = view;
    depth_ = 2;
  }

  void Run() {
    Run(0, code_.size());
    if (section_on_line_ && BlankLine()) out_.resize(line_start_);
  }

 private:
  void Run(std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end;) {
      const Instruction& instruction = code_[i];
      switch (instruction.op) {
        case Op::kText:
          Text(instruction);
          ++i;
          break;
        case Op::kValue:
          if (ViewRef value = Find(instruction)) {
            value.ops->append(value.data, instruction.raw, out_);
          }
          ++i;
          break;
        case Op::kSection:
          Section(instruction, i + 1);
          i = instruction.end;
          break;
        case Op::kInverted:
          Inverted(instruction, i + 1);
          i = instruction.end;
          break;
      }
    }
  }

  void Text(const Instruction& text) {
    if (text.first_break == std::string::npos) {
      out_.append(text.text);
      return;
    }
    out_.append(text.text, 0, text.first_break);
    if (section_on_line_ && BlankLine()) {
      out_.resize(line_start_);
    } else {
      out_.append(text.text, text.first_break, text.break_size);
    }
    const std::size_t rest = text.first_break + text.break_size;
    out_.append(text.text, rest, std::string::npos);
    line_start_ = out_.size() - (text.text.size() - text.last_line);
    section_on_line_ = false;
  }

  void Section(const Instruction& section, std::size_t body) {
    ViewRef value = Find(section);
    if (!value || value.ops->falsy(value.data)) return;
    const std::size_t items = value.ops->list_size(value.data);
    if (items == kNotAList) {
      Body(value, body, section.end);
      return;
    }
    for (std::size_t i = 0; i < items; ++i) Body(value.ops->item(value.data, i), body, section.end);
  }

  void Inverted(const Instruction& section, std::size_t body) {
    ViewRef value = Find(section);
    if (value && !value.ops->falsy(value.data)) return;
    Body(value, body, section.end);
  }

  // Renders a section's body once with `value` (if any) on top of the stack.
  void Body(ViewRef value, std::size_t begin, std::size_t end) {
    section_on_line_ = true;
    if (value) stack_[depth_++] = value;
    Run(begin, end);
    if (value) --depth_;
    section_on_line_ = true;
  }

  ViewRef Find(const Instruction& instruction) const {
    if (instruction.fixed) return instruction.fixed;
    const auto& name = instruction.name;
    if (name.empty()) return stack_[depth_ - 1];
    for (std::size_t frame = depth_; frame-- > 0;) {
      ViewRef value = stack_[frame];
      for (const auto& part : name) {
        value = value.ops->member(value.data, {part.text, part.hash});
        if (!value) break;
      }
      if (value) return value;
    }
    return {};
  }

  // Whether the current line holds nothing but spaces and tabs.
  bool BlankLine() const {
    for (std::size_t i = line_start_; i < out_.size(); ++i) {
      if (out_[i] != ' ' && out_[i] != '\t') return false;
    }
    return true;
  }

  const std::vector<Instruction>& code_;
  std::string& out_;
  std::size_t line_start_;        // where the current line starts in out_
  bool section_on_line_ = false;  // a section was rendered on the current line
  std::array<ViewRef, kMaxSectionDepth + 2> stack_;
  std::size_t depth_ = 1;
};

}  // namespace

core::Result<TemplateProgram> TemplateProgram::Compile(std::string_view name,
                                                       std::span<const TemplateToken> tokens,
                                                       const boost::json::object& messages) {
  auto code = Compiler(name, messages).Run(tokens);
  if (!code) return core::Fail(code.error());
  TemplateProgram program;
  program.code_ = std::move(*code);
  return program;
}

void TemplateProgram::Render(ViewRef view, std::string& out) const {
  Renderer(code_, view, out).Run();
}

void TemplateProgram::Render(ViewRef outer, ViewRef view, std::string& out) const {
  Renderer(code_, outer, view, out).Run();
}

}  // namespace stegvis::web
