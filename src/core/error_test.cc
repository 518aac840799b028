#include "core/error.h"

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

TEST(ErrorTest, NotFoundObjectIsThe404OfTheCatalogue) {
  const Error e = Error::NotFoundObject();
  EXPECT_EQ(e.code, ErrorCode::kNotFound);
  EXPECT_EQ(e.message, "no such object");
  EXPECT_EQ(e.key, "error.not_found_body");
  EXPECT_TRUE(e.field.empty());
  EXPECT_EQ(Error::NotFoundObject("no such goal").message, "no such goal");
  EXPECT_EQ(Error::NotFoundObject("no such goal").key, "error.not_found_body");
}

}  // namespace
}  // namespace stegvis::core
