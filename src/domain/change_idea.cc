#include "domain/change_idea.h"

#include "core/text.h"

namespace stegvis::domain {

core::Result<void> ValidateChangeIdea(const std::string& title, const std::string& description) {
  if (core::IsBlank(title)) {
    return core::Fail(
        core::Error::Invalid("a change idea needs a title", "title", "error.required"));
  }
  if (title.size() > kChangeIdeaTitleMax) {
    return core::Fail(core::Error::Invalid("at most 200 characters", "title", "error.too_long"));
  }
  if (description.size() > kChangeIdeaDescriptionMax) {
    return core::Fail(
        core::Error::Invalid("at most 8000 characters", "description", "error.too_long"));
  }
  return {};
}

}  // namespace stegvis::domain
