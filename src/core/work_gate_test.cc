#include "core/work_gate.h"

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

TEST(WorkGateTest, RefusesWhenEverySlotIsTakenAndAdmitsAgainWhenOneIsLeft) {
  WorkGate gate(2);
  auto first = gate.TryEnter();
  auto second = gate.TryEnter();
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  EXPECT_FALSE(gate.TryEnter()) << "both slots are taken";
  second.reset();
  auto third = gate.TryEnter();
  EXPECT_TRUE(third);
  EXPECT_FALSE(gate.TryEnter());
}

TEST(WorkGateTest, AMovedSlotIsLeftOnce) {
  WorkGate gate(1);
  {
    auto slot = gate.TryEnter();
    ASSERT_TRUE(slot);
    std::optional<WorkGate::Slot> moved(std::move(*slot));
    slot.reset();
    EXPECT_FALSE(gate.TryEnter()) << "the moved slot still holds it";
  }
  EXPECT_TRUE(gate.TryEnter());
  EXPECT_TRUE(WorkGate(0).TryEnter()) << "at least one slot";
}

}  // namespace
}  // namespace stegvis::core
