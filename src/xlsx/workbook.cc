#include "xlsx/workbook.h"

#include <algorithm>
#include <cctype>

namespace stegvis::xlsx {
namespace {

// `text` cut to at most `count` characters of UTF-8 (continuation bytes never start one).
std::string CutCharacters(const std::string& text, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts && seen++ == count) return text.substr(0, i);
  }
  return text;
}

std::size_t CharacterCount(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Excel compares sheet names without regard to case.
std::string Folded(const std::string& text) {
  std::string out = text;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Taken(const std::string& name, const std::vector<std::string>& taken) {
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& t) { return Folded(t) == Folded(name); });
}

}  // namespace

std::string SheetName(const std::string& name, std::vector<std::string>& taken) {
  std::string clean;
  for (char c : name) {
    const bool control = static_cast<unsigned char>(c) < 0x20;
    clean += (control || std::string_view("[]:*?/\\").find(c) != std::string_view::npos) ? '-' : c;
  }
  // Excel refuses a name that begins or ends with an apostrophe.
  if (!clean.empty() && clean.front() == '\'') clean.front() = '-';
  if (!clean.empty() && clean.back() == '\'') clean.back() = '-';
  if (clean.empty()) clean = "-";
  std::string out = CutCharacters(clean, kMaxSheetName);
  for (int n = 2; Taken(out, taken); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    out = CutCharacters(clean, kMaxSheetName - CharacterCount(suffix)) + suffix;
  }
  taken.push_back(out);
  return out;
}

}  // namespace stegvis::xlsx
