#include "domain/password_gate.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(PasswordGateTest, RefusesWhenEverySlotIsTakenAndAdmitsAgainWhenOneIsLeft) {
  PasswordGate gate(2);
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

TEST(PasswordGateTest, AMovedSlotIsLeftOnce) {
  PasswordGate gate(1);
  {
    auto slot = gate.TryEnter();
    ASSERT_TRUE(slot);
    std::optional<PasswordGate::Slot> moved(std::move(*slot));
    slot.reset();
    EXPECT_FALSE(gate.TryEnter()) << "the moved slot still holds it";
  }
  EXPECT_TRUE(gate.TryEnter());
  EXPECT_TRUE(PasswordGate(0).TryEnter()) << "at least one slot";
}

}  // namespace
}  // namespace stegvis::domain
