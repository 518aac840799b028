#include "domain/long_table.h"

#include <algorithm>
#include <array>

#include "core/text.h"

namespace stegvis::domain {
namespace {

std::string First(const std::vector<std::string>& words) {
  return words.empty() ? std::string() : words.front();
}

core::Error ColumnError(std::string message, std::string key, const std::string& expected) {
  core::Error e = core::Error::Invalid(std::move(message), "column", std::move(key));
  e.params.push_back(core::ErrorParam::Text("columns", expected));
  return e;
}

// The index of `role` in kLongColumnRoles; its size for none of them.
std::size_t RoleIndex(std::string_view role) {
  const auto* first = std::begin(kLongColumnRoles);
  return static_cast<std::size_t>(std::find(first, std::end(kLongColumnRoles), role) - first);
}

constexpr std::size_t kSkip = 5;  // RoleIndex("skip")

}  // namespace

std::string_view LongColumnOfWords(const LongTableWords& words, std::string_view heading) {
  const std::string normal = NormalWord(heading);
  const std::array<const std::vector<std::string>*, 5> lists = {
      &words.measure, &words.period, &words.group, &words.value, &words.denominator};
  for (std::size_t k = 0; k < lists.size(); ++k) {
    if (AnyWordIs(*lists[k], normal)) return kLongColumnRoles[k];
  }
  return {};
}

LongTableColumns MapLongTable(const std::vector<std::string>& header, std::size_t header_line,
                              const LongTableWords& words, const LongTableRemembered& remembered,
                              std::vector<ImportProblem>& problems) {
  LongTableColumns columns;
  const std::string expected = First(words.measure) + ", " + First(words.period) + ", " +
                               First(words.group) + ", " + First(words.value) + " (" +
                               First(words.denominator) + ")";
  // In the order of kLongColumnRoles, with the words that name each.
  const std::array<std::pair<const std::vector<std::string>*, std::size_t*>, 5> kinds = {{
      {&words.measure, &columns.measure},
      {&words.period, &columns.period},
      {&words.group, &columns.group},
      {&words.value, &columns.value},
      {&words.denominator, &columns.denominator},
  }};
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string normal = NormalWord(header[c]);
    const auto known = remembered.find(normal);
    const std::string_view role = known != remembered.end() ? std::string_view(known->second)
                                                            : LongColumnOfWords(words, normal);
    const std::size_t k = RoleIndex(role);
    if (k == kSkip) continue;
    if (k >= kinds.size()) {
      problems.push_back({header_line, c + 1, header[c],
                          ColumnError("not a column of a long table",
                                      "error.import.long_unknown_column", expected),
                          core::ShortPrefix(header[c])});
      continue;
    }
    std::size_t* column = kinds[k].second;
    if (*column != LongTableColumns::kNone) {
      problems.push_back(
          {header_line, c + 1, header[c],
           ColumnError("the same column twice", "error.import.duplicate_column", expected)});
    } else {
      *column = c;
    }
  }
  for (std::size_t k = 0; k < 4; ++k) {  // every kind but the denominator is needed
    if (*kinds[k].second != LongTableColumns::kNone) continue;
    core::Error e = ColumnError("a column is missing", "error.import.missing_column", expected);
    e.params.push_back(core::ErrorParam::Text("column", First(*kinds[k].first)));
    problems.push_back({header_line, 0, "", std::move(e)});
  }
  return columns;
}

GroupCells::GroupCells(const LongTableWords& words, std::vector<std::string> groups) {
  for (const std::string& g : groups) {
    named_.emplace_back(g, g);
    auto it = words.groups.find(g);
    const bool worded = it != words.groups.end() && !it->second.empty();
    listed_ += (listed_.empty() ? "" : ", ") + (worded ? it->second.front() : g);
    if (!worded) continue;
    for (const std::string& w : it->second) named_.emplace_back(NormalWord(w), g);
  }
}

std::optional<std::string> GroupCells::Named(std::string_view cell) const {
  const std::string normal = NormalWord(cell);
  if (normal.empty()) return std::nullopt;
  for (const auto& [word, group] : named_) {
    if (word == normal) return group;
  }
  return std::nullopt;
}

std::uint64_t CellKey(std::string_view period, std::string_view group) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    key = (key << 7) | (i < period.size() ? static_cast<unsigned char>(period[i]) & 0x7F : 0);
  }
  static constexpr std::array<std::string_view, 5> kGroups = {"women", "men", "girls", "boys",
                                                              "total"};
  const auto it = std::find(kGroups.begin(), kGroups.end(), group);
  return key | (static_cast<std::uint64_t>(it - kGroups.begin()) << 56);
}

}  // namespace stegvis::domain
