#include "core/log.h"

#include <sstream>

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

TEST(LogTest, WritesOneJsonObjectPerLine) {
  std::ostringstream out;
  FixedClock clock(0);
  Logger log(LogLevel::kInfo, out, clock);
  log.Log(LogLevel::kInfo, "request",
          {{"path", std::string_view("/a\"b")},
           {"status", std::int64_t{200}},
           {"ms", 1.5},
           {"ok", true}});
  EXPECT_EQ(out.str(),
            "{\"ts\":\"1970-01-01T00:00:00Z\",\"level\":\"info\",\"event\":\"request\","
            "\"path\":\"/a\\\"b\",\"status\":200,\"ms\":1.500,\"ok\":true}\n");
}

TEST(LogTest, DropsLevelsBelowTheMinimum) {
  std::ostringstream out;
  FixedClock clock(0);
  Logger log(LogLevel::kWarn, out, clock);
  log.Log(LogLevel::kInfo, "ignored");
  EXPECT_EQ(out.str(), "");
}

TEST(LogTest, EscapesControlCharacters) {
  std::ostringstream out;
  FixedClock clock(0);
  Logger log(LogLevel::kInfo, out, clock);
  log.Log(LogLevel::kInfo, std::string_view("a\x01\n", 3));
  EXPECT_NE(out.str().find(",\"event\":\"a\\u0001\\n\"}"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace stegvis::core
