#include "domain/change_idea.h"

namespace stegvis::domain {

core::Result<void> ValidateChangeIdea(const std::string& title, const std::string& description) {
  if (title.find_first_not_of(" \t\r\n") == std::string::npos) {
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
