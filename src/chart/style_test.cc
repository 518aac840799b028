#include "chart/style.h"

#include <cmath>
#include <string>

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

// WCAG 2.1 relative luminance and contrast ratio against white.
double Channel(int v) {
  const double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double ContrastOnWhite(std::string_view hex) {
  const int rgb = std::stoi(std::string(hex.substr(1)), nullptr, 16);
  const double l = 0.2126 * Channel(rgb >> 16) + 0.7152 * Channel((rgb >> 8) & 255) +
                   0.0722 * Channel(rgb & 255);
  return 1.05 / (l + 0.05);
}

TEST(Style, TextColoursMeetWcagAaOnWhite) {  // 1.4.3: 4.5:1 for text
  for (auto colour : {style::kInk, style::kMutedInk, style::kTarget, style::kWomen, style::kMen,
                      style::kAnnotation})
    EXPECT_GE(ContrastOnWhite(colour), 4.5) << colour;
}

TEST(Style, LinesAndMarkersMeetNonTextContrast) {  // 1.4.11: 3:1 for graphics
  for (auto colour : {style::kAxis, style::kData, style::kLimit, style::kImprovement,
                      style::kConcern, style::kNeutral, style::kRunsSignal})
    EXPECT_GE(ContrastOnWhite(colour), 3.0) << colour;
}

}  // namespace
}  // namespace stegvis::chart
