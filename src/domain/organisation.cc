#include "domain/organisation.h"

namespace stegvis::domain {

std::string_view UnitKindName(UnitKind kind) {
  switch (kind) {
    case UnitKind::kNamnd: return "namnd";
    case UnitKind::kForvaltning: return "forvaltning";
    case UnitKind::kEnhet: return "enhet";
  }
  return "enhet";
}

std::optional<UnitKind> ParseUnitKind(std::string_view name) {
  if (name == "namnd") return UnitKind::kNamnd;
  if (name == "forvaltning") return UnitKind::kForvaltning;
  if (name == "enhet") return UnitKind::kEnhet;
  return std::nullopt;
}

}  // namespace stegvis::domain
