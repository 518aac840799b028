#include "core/work_gate.h"

namespace stegvis::core {

std::optional<WorkGate::Slot> WorkGate::TryEnter() {
  std::lock_guard lock(mutex_);
  if (taken_ >= slots_) return std::nullopt;
  ++taken_;
  return std::optional<Slot>(std::in_place, *this);
}

void WorkGate::Leave() {
  std::lock_guard lock(mutex_);
  --taken_;
}

}  // namespace stegvis::core
