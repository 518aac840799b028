#include "web/render/template_parser.h"

#include <algorithm>
#include <cctype>

namespace stegvis::web {
namespace {

std::string_view Trim(std::string_view text) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// The tag that opened a section, as written: {{#name}} or {{^name}}.
std::string Opener(const TemplateToken& section) {
  return (section.kind == TemplateToken::Kind::kInverted ? "{{^" : "{{#") + section.text + "}}";
}

bool ValidName(std::string_view name) {
  if (name == ".") return true;
  bool part_empty = true;
  for (char c : name) {
    if (c == '.') {
      if (part_empty) return false;
      part_empty = true;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-') {
      part_empty = false;
    } else {
      return false;
    }
  }
  return !part_empty;
}

class Parser {
 public:
  Parser(std::string_view name, std::string_view source) : name_(name), source_(source) {}

  core::Result<std::vector<TemplateToken>> Run() {
    std::size_t pos = 0;
    while (pos < source_.size()) {
      std::size_t open = source_.find("{{", pos);
      if (open == std::string_view::npos) open = source_.size();
      if (open > pos) Text(pos, open);
      if (open == source_.size()) break;
      auto next = Tag(open);
      if (!next) return core::Fail(next.error());
      pos = *next;
    }
    if (!open_.empty()) {
      const TemplateToken& section = tokens_[open_.back()];
      return core::Fail(Error(section.line, Opener(section) + " is never closed"));
    }
    return std::move(tokens_);
  }

 private:
  int LineAt(std::size_t pos) {
    line_ += static_cast<int>(std::count(source_.begin() + counted_, source_.begin() + pos, '\n'));
    counted_ = pos;
    return line_;
  }

  core::Error Error(int line, const std::string& message) const {
    return core::Error::Internal("template " + std::string(name_) + ", line " +
                                 std::to_string(line) + ": " + message);
  }

  void Text(std::size_t begin, std::size_t end) {
    tokens_.push_back({TemplateToken::Kind::kText, std::string(source_.substr(begin, end - begin)),
                       LineAt(begin)});
  }

  // Reads the tag at `open` and returns the position after it.
  core::Result<std::size_t> Tag(std::size_t open) {
    const int line = LineAt(open);
    const bool triple = open + 2 < source_.size() && source_[open + 2] == '{';
    const std::string_view close = triple ? "}}}" : "}}";
    const std::size_t begin = open + (triple ? 3 : 2);
    const std::size_t end = source_.find(close, begin);
    if (end == std::string_view::npos) {
      return core::Fail(
          Error(line, "tag " + std::string(triple ? "{{{" : "{{") + " is not closed"));
    }
    const std::size_t after = end + close.size();
    std::string_view contents = Trim(source_.substr(begin, end - begin));
    if (contents.empty()) return core::Fail(Error(line, "empty tag"));

    TemplateToken::Kind kind = TemplateToken::Kind::kValue;
    if (triple) {
      kind = TemplateToken::Kind::kRawValue;
    } else {
      switch (contents.front()) {
        case '!': return after;  // a comment
        case '>': return core::Fail(Error(line, "partials are not supported"));
        case '=': return core::Fail(Error(line, "set-delimiter tags are not supported"));
        case '#': kind = TemplateToken::Kind::kSection; break;
        case '^': kind = TemplateToken::Kind::kInverted; break;
        case '/': kind = TemplateToken::Kind::kEnd; break;
        case '&': kind = TemplateToken::Kind::kRawValue; break;
        default: break;
      }
      if (kind != TemplateToken::Kind::kValue) contents = Trim(contents.substr(1));
    }
    if (!ValidName(contents)) {
      return core::Fail(Error(line, "invalid name \"" + std::string(contents) + "\""));
    }
    std::string tag_name(contents);

    if (kind == TemplateToken::Kind::kEnd) {
      if (open_.empty()) return core::Fail(Error(line, "{{/" + tag_name + "}} closes no section"));
      const TemplateToken& section = tokens_[open_.back()];
      if (section.text != tag_name) {
        return core::Fail(Error(line, "{{/" + tag_name + "}} closes " + Opener(section) +
                                          " of line " + std::to_string(section.line)));
      }
      open_.pop_back();
    }
    if (kind == TemplateToken::Kind::kSection || kind == TemplateToken::Kind::kInverted) {
      if (static_cast<int>(open_.size()) == kMaxSectionDepth) {
        return core::Fail(
            Error(line, "sections nested deeper than " + std::to_string(kMaxSectionDepth)));
      }
      open_.push_back(tokens_.size());
    }
    tokens_.push_back({kind, std::move(tag_name), line});
    return after;
  }

  std::string_view name_;
  std::string_view source_;
  std::vector<TemplateToken> tokens_;
  std::vector<std::size_t> open_;  // indexes of the open sections' tokens
  int line_ = 1;
  std::size_t counted_ = 0;  // newlines before this position are counted in line_
};

}  // namespace

core::Result<std::vector<TemplateToken>> ParseTemplate(std::string_view name,
                                                       std::string_view source) {
  return Parser(name, source).Run();
}

}  // namespace stegvis::web
