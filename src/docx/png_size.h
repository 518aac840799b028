#pragma once
// The width and height of a PNG image, read from its header (the IHDR chunk), to size the
// image in a document without decoding it.

#include <optional>
#include <string_view>

namespace stegvis::docx {

struct PixelSize {
  int width = 0;
  int height = 0;
};

// The size `png` declares; nullopt when it does not start with the PNG signature and an IHDR
// chunk, or declares a zero or larger than 2^31−1 side.
std::optional<PixelSize> PngSize(std::string_view png);

}  // namespace stegvis::docx
