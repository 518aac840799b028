#pragma once
// The chart palette and sizes in one place. Colours are chosen for WCAG 2.1 AA: text at least
// 4.5:1 against white, lines and markers at least 3:1 (1.4.11), and signal colours from the
// Okabe–Ito palette, which stays distinct for the common colour-vision deficiencies. Every
// colour difference is doubled by a shape or dash difference, so greyscale prints still read.

#include <string_view>

namespace stegvis::chart::style {

inline constexpr std::string_view kFontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', sans-serif";
inline constexpr double kFontSize = 13;       // ticks, legend, labels
inline constexpr double kTitleFontSize = 16;  // chart title
inline constexpr double kCharWidth =
    7.8;  // estimated px per character at kFontSize (DejaVu digits ~8)
inline constexpr double kTitleCharWidth =
    10;  // px per character at kTitleFontSize, bold, with room

inline constexpr std::string_view kBackground = "#ffffff";
inline constexpr std::string_view kInk = "#1a1a1a";       // text, centre line (17:1)
inline constexpr std::string_view kMutedInk = "#4d4d4d";  // tick labels (8.5:1)
inline constexpr std::string_view kGrid = "#e0e0e0";      // grid lines (decoration only)
inline constexpr std::string_view kAxis = "#767676";      // axis line (4.5:1)
inline constexpr std::string_view kData = "#595959";      // data line and common points (7:1)
inline constexpr std::string_view kLimit = "#767676";     // control limits (4.5:1)
// The target line: Tol's indigo, dash-dot. Not green, so it never reads as the men's dashed
// green series in the legend; blue-violet stays apart from green and wine for the common
// colour-vision deficiencies, and the dash-dot pattern is used by no other line.
inline constexpr std::string_view kTarget = "#332288";  // target line (12:1)
inline constexpr std::string_view kTargetDash = "10 3 2 3";
inline constexpr std::string_view kImprovement = "#0072B2";  // Okabe–Ito blue (5.2:1)
inline constexpr std::string_view kConcern = "#C0470A";  // Okabe–Ito vermillion, darkened (4.6:1)
inline constexpr std::string_view kNeutral = "#7B2D8E";  // purple (8:1)
inline constexpr std::string_view kRunsSignal = "#7B2D8E";  // dashed centre line
inline constexpr std::string_view kAnnotation = "#4d4d4d";  // PDSA markers
inline constexpr std::string_view kWomen = "#882255";       // Tol "wine" (8:1), solid line
inline constexpr std::string_view kMen = "#117733";         // Tol "green" (5.5:1), dashed line
inline constexpr std::string_view kMenDash = "5 3";

}  // namespace stegvis::chart::style
