#include "domain/password_gate.h"

namespace stegvis::domain {

std::optional<PasswordGate::Slot> PasswordGate::TryEnter() {
  std::lock_guard lock(mutex_);
  if (taken_ >= slots_) return std::nullopt;
  ++taken_;
  return std::optional<Slot>(std::in_place, *this);
}

void PasswordGate::Leave() {
  std::lock_guard lock(mutex_);
  --taken_;
}

}  // namespace stegvis::domain
