#include "io/encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <stdexcept>

namespace stegvis::io {

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int extra = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= n) return false;  // truncated sequence
    for (int k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr std::uint32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

std::string Windows1252ToUtf8(std::string_view text) {
  // glibc's iconv, opened per call: an iconv_t keeps state and must not be shared between
  // threads, and imports are too rare for the cost of opening to matter.
  iconv_t opened = iconv_open("UTF-8", "WINDOWS-1252");
  // (iconv_t)-1 is iconv_open's documented failure value.
  if (opened == reinterpret_cast<iconv_t>(-1)) {  // NOLINT(performance-no-int-to-ptr)
    throw std::runtime_error("iconv cannot convert from WINDOWS-1252 (glibc's gconv missing)");
  }
  const std::unique_ptr<void, int (*)(iconv_t)> cd(opened, &iconv_close);
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  // Every Windows-1252 byte becomes at most three UTF-8 bytes, so the output always fits.
  std::string out(text.size() * 3, '\0');
  char* in = const_cast<char*>(text.data());  // iconv's signature; it does not write to it
  std::size_t in_left = text.size();
  char* to = out.data();
  std::size_t out_left = out.size();
  while (in_left > 0 &&
         iconv(cd.get(), &in, &in_left, &to, &out_left) == static_cast<std::size_t>(-1)) {
    // EILSEQ: one of the five bytes Windows-1252 leaves undefined.
    to = std::copy(kReplacement.begin(), kReplacement.end(), to);
    out_left -= kReplacement.size();
    ++in;
    --in_left;
  }
  out.resize(out.size() - out_left);
  return out;
}

std::string ToUtf8(std::string_view text) {
  return IsValidUtf8(text) ? std::string(text) : Windows1252ToUtf8(text);
}

}  // namespace stegvis::io
