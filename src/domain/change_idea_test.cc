// A change idea's texts (domain/change_idea.h); adding ideas is in pdsa_cycles_test.cc.

#include "domain/change_idea.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(ChangeIdeaTest, AnIdeaNeedsATitleAndKeepsToTheLimits) {
  EXPECT_TRUE(ValidateChangeIdea("Fast kontaktperson", ""));
  EXPECT_TRUE(ValidateChangeIdea(std::string(kChangeIdeaTitleMax, 'x'),
                                 std::string(kChangeIdeaDescriptionMax, 'y')));
  auto refused = [](const std::string& title, const std::string& description) {
    auto r = ValidateChangeIdea(title, description);
    return r ? std::string("ok") : r.error().field + " " + r.error().key;
  };
  EXPECT_EQ(refused(" \t", ""), "title error.required");
  EXPECT_EQ(refused(std::string(kChangeIdeaTitleMax + 1, 'x'), ""), "title error.too_long");
  EXPECT_EQ(refused("Idé", std::string(kChangeIdeaDescriptionMax + 1, 'y')),
            "description error.too_long");
}

}  // namespace
}  // namespace stegvis::domain
