// A download's file name from a user's title (web/render/file_name.h).

#include "web/render/file_name.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

TEST(FileNameTest, FoldsSwedishLettersAndJoinsWordsWithHyphens) {
  EXPECT_EQ(FileNameOf("Trygg hemgång – Ödeshög", "x"), "trygg-hemgang-odeshog");
  EXPECT_EQ(FileNameOf("ÄLDREOMSORG 2026", "x"), "aldreomsorg-2026");
}

TEST(FileNameTest, LeavesOutWhatIsUnsafeInAHeaderOrAPath) {
  EXPECT_EQ(FileNameOf("\"../../etc/passwd\"\r\nX: y", "x"), "etc-passwd-x-y");
  EXPECT_EQ(FileNameOf("  --a;b--  ", "x"), "a-b");
}

TEST(FileNameTest, FallsBackWhenNothingIsLeftAndStaysShort) {
  EXPECT_EQ(FileNameOf("☃ ✓ !!", "projekt-7"), "projekt-7");
  EXPECT_EQ(FileNameOf("", "projekt-7"), "projekt-7");
  const std::string name = FileNameOf(std::string(100, 'a') + " b", "x");
  EXPECT_EQ(name, std::string(kFileNameMax, 'a'));
}

}  // namespace
}  // namespace stegvis::web
