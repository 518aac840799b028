// The size of a PNG from its header (docx/png_size.h).

#include "docx/png_size.h"

#include <gtest/gtest.h>

#include <string>

namespace stegvis::docx {
namespace {

std::string Header(unsigned width, unsigned height) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  for (unsigned v : {width, height}) {
    for (int shift = 24; shift >= 0; shift -= 8) png += static_cast<char>((v >> shift) & 0xFF);
  }
  return png + std::string("\x08\x06\0\0\0", 5);
}

TEST(PngSizeTest, ReadsWidthAndHeightFromTheHeader) {
  auto size = PngSize(Header(1440, 700));
  ASSERT_TRUE(size);
  EXPECT_EQ(size->width, 1440);
  EXPECT_EQ(size->height, 700);
}

TEST(PngSizeTest, RefusesWhatIsNotAPngOrHasNoSize) {
  EXPECT_FALSE(PngSize("<svg/>"));
  EXPECT_FALSE(PngSize(Header(1440, 700).substr(0, 20)));
  EXPECT_FALSE(PngSize(Header(0, 700)));
  EXPECT_FALSE(PngSize(Header(0x80000000u, 1)));
  std::string gif = Header(10, 10);
  gif[1] = 'G';
  EXPECT_FALSE(PngSize(gif));
}

}  // namespace
}  // namespace stegvis::docx
