#include "web/render/templates.h"

#include <array>
#include <iterator>
#include <map>
#include <stdexcept>

#include "web/render/json_view.h"
#include "web/render/template_parser.h"
#include "web/render/template_program.h"

namespace stegvis::web {
namespace {

constexpr std::size_t kLanguageCount = std::size(kLanguages);

// A thread keeps a render buffer up to this size between renders; larger pages are rare.
constexpr std::size_t kKeptBuffer = std::size_t{1} << 20;

std::size_t LanguageIndex(std::string_view lang) {
  for (std::size_t i = 0; i < kLanguageCount; ++i) {
    if (kLanguages[i] == lang) return i;
  }
  return 0;
}

}  // namespace

struct Templates::Impl {
  // The catalogue per language, which sections over msg.* render from.
  std::array<boost::json::object, kLanguageCount> messages;
  std::map<std::string, std::array<TemplateProgram, kLanguageCount>, std::less<>> programs;
};

Templates::Templates() : impl_(std::make_unique<Impl>()) {}
Templates::Templates(Templates&&) noexcept = default;
Templates& Templates::operator=(Templates&&) noexcept = default;
Templates::~Templates() = default;

core::Result<Templates> Templates::Load(std::span<const EmbeddedFile> files,
                                        const Catalogue& catalogue) {
  Templates templates;
  Impl& impl = *templates.impl_;
  for (std::size_t i = 0; i < kLanguageCount; ++i) {
    impl.messages[i] = catalogue.Nested(kLanguages[i]);
  }
  const std::string_view prefix = "templates/", suffix = ".mustache";
  for (const auto& file : files) {
    if (!file.name.starts_with(prefix) || !file.name.ends_with(suffix)) continue;
    std::string_view name =
        file.name.substr(prefix.size(), file.name.size() - prefix.size() - suffix.size());
    auto tokens = ParseTemplate(name, file.content);
    if (!tokens) return core::Fail(tokens.error());
    std::array<TemplateProgram, kLanguageCount> programs;
    for (std::size_t i = 0; i < kLanguageCount; ++i) {
      auto program = TemplateProgram::Compile(name, *tokens, impl.messages[i]);
      if (!program) return core::Fail(program.error());
      programs[i] = std::move(*program);
    }
    impl.programs.insert_or_assign(std::string(name), std::move(programs));
  }
  return templates;
}

namespace {

// Renders with `render(program, buffer)` into this thread's buffer, kept between renders: a
// page of 100 KB grown by doubling in a fresh string crosses malloc's mmap threshold and
// page-faults its way up, which cost more than the rendering itself (docs/performance.md).
// The copy out is one allocation of the exact size.
template <typename Fn>
std::string RenderBuffered(Fn&& render) {
  thread_local std::string buffer;
  buffer.clear();
  render(buffer);
  std::string out(buffer);
  if (buffer.capacity() > kKeptBuffer) std::string().swap(buffer);
  return out;
}

}  // namespace

const TemplateProgram& Templates::Program(std::string_view name, std::string_view lang) const {
  auto it = impl_->programs.find(name);
  if (it == impl_->programs.end()) throw std::out_of_range("no template " + std::string(name));
  return it->second[LanguageIndex(lang)];
}

std::string Templates::Render(std::string_view name, ViewRef view, std::string_view lang) const {
  const TemplateProgram& program = Program(name, lang);
  return RenderBuffered([&](std::string& out) { program.Render(view, out); });
}

std::string Templates::Render(std::string_view name, ViewRef outer, ViewRef view,
                              std::string_view lang) const {
  const TemplateProgram& program = Program(name, lang);
  return RenderBuffered([&](std::string& out) { program.Render(outer, view, out); });
}

}  // namespace stegvis::web
