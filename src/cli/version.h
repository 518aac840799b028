#pragma once

namespace stegvis::cli {
inline constexpr const char* kVersion = "0.1.0";
}  // namespace stegvis::cli
