#include "chart/style.h"

#include <array>
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

// CIE 1976 colour difference (ΔE*ab) between two sRGB colours, D65 white.
double DeltaE(std::string_view a, std::string_view b) {
  auto lab = [](std::string_view hex) {
    const int rgb = std::stoi(std::string(hex.substr(1)), nullptr, 16);
    const double r = Channel(rgb >> 16), g = Channel((rgb >> 8) & 255), bl = Channel(rgb & 255);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.9505;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.089;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  };
  const auto p = lab(a), q = lab(b);
  return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
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

// The target line was green and dashed like the men's series, and the legend could not tell
// them apart. ΔE 40 is a clearly different colour, not merely a different shade.
TEST(Style, TargetLineDiffersFromBothGroupsInColourAndDash) {
  EXPECT_GE(DeltaE(style::kTarget, style::kMen), 40);
  EXPECT_GE(DeltaE(style::kTarget, style::kWomen), 40);
  EXPECT_NE(style::kTargetDash, style::kMenDash);
  EXPECT_GE(ContrastOnWhite(style::kTarget), 4.5);  // it also labels its value
}

}  // namespace
}  // namespace stegvis::chart
