#include "domain/idea_offer.h"

#include <utility>

namespace stegvis::domain {
namespace {

constexpr std::pair<OfferStatus, std::string_view> kStatusNames[] = {
    {OfferStatus::kOpen, "open"},
    {OfferStatus::kTaken, "taken"},
    {OfferStatus::kDeclined, "declined"},
};

}  // namespace

std::string_view OfferStatusName(OfferStatus status) {
  for (const auto& [s, name] : kStatusNames) {
    if (s == status) return name;
  }
  return "open";
}

std::optional<OfferStatus> ParseOfferStatus(std::string_view name) {
  for (const auto& [s, n] : kStatusNames) {
    if (n == name) return s;
  }
  return std::nullopt;
}

}  // namespace stegvis::domain
