#include "io/series_reader.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace stegvis::io {
namespace {

// Where each wanted column is in a row (npos = not read).
struct Wanted {
  std::size_t x = std::string::npos, y = std::string::npos, n = std::string::npos,
              phase = std::string::npos;
};

// A plain number cell: -?digits([.,]digits)?, the comma only when it is not the separator.
// NaN when the cell is anything else (the caller then leaves the file to the full reader).
double PlainNumber(std::string_view cell, char sep) {
  std::size_t i = cell.starts_with('-') ? 1 : 0;
  const std::size_t digits_from = i;
  while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i;
  if (i == digits_from) return stats::kMissing;
  char text[64];
  if (cell.size() >= sizeof text) return stats::kMissing;
  cell.copy(text, cell.size());
  if (i < cell.size()) {
    if (cell[i] != '.' && !(cell[i] == ',' && sep != ',')) return stats::kMissing;
    text[i] = '.';
    const std::size_t fraction_from = ++i;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i;
    if (i == fraction_from || i != cell.size()) return stats::kMissing;
  }
  double value = stats::kMissing;
  auto [end, ec] = std::from_chars(text, text + cell.size(), value);
  if (ec != std::errc() || end != text + cell.size() || !std::isfinite(value)) {
    return stats::kMissing;
  }
  return value == 0 ? 0.0 : value;  // core::ParseDecimal reads "-0" as 0
}

// Reads the file line by line and fills a Series; false as soon as a line is not plain.
class PlainReader {
 public:
  explicit PlainReader(const RowColumns& columns) : columns_(columns) {}

  // One line without its line end; false when the file needs the full reader.
  bool Line(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return true;  // blank lines are skipped
    for (char c : line) {
      if (c == '"' || c == '\r' || c == ' ' || c < '\t' || (c > '\t' && c < ' ') || c > '~') {
        return false;
      }
      if (c == '\t' && header_ && sep_ != '\t') return false;  // ParseCsv would trim it
    }
    if (!header_) return Header(line);
    return Row(line);
  }
  bool Finish() { return header_; }
  stats::Series Take() { return std::move(series_); }

 private:
  bool Header(std::string_view line) {
    int commas = 0, semicolons = 0, tabs = 0;
    for (char c : line) {
      commas += c == ',';
      semicolons += c == ';';
      tabs += c == '\t';
    }
    sep_ = semicolons > 0 && semicolons >= commas ? ';' : (commas == 0 && tabs > 0 ? '\t' : ',');
    if (sep_ != '\t' && tabs > 0) return false;  // tabs inside names are trimmed by ParseCsv
    std::size_t index = 0;
    Split(line);
    for (std::string_view name : cells_) {
      if (name == columns_.x && wanted_.x == std::string::npos) wanted_.x = index;
      if (name == columns_.y && wanted_.y == std::string::npos) wanted_.y = index;
      if (!columns_.n.empty() && name == columns_.n && wanted_.n == std::string::npos) {
        wanted_.n = index;
      }
      if (!columns_.phase.empty() && name == columns_.phase && wanted_.phase == std::string::npos) {
        wanted_.phase = index;
      }
      ++index;
    }
    fields_ = index;
    header_ = true;
    return wanted_.x != std::string::npos && wanted_.y != std::string::npos &&
           (columns_.n.empty() || wanted_.n != std::string::npos) &&
           (columns_.phase.empty() || wanted_.phase != std::string::npos);
  }

  bool Row(std::string_view line) {
    Split(line);
    if (cells_.size() > fields_) return false;  // more fields than the header
    auto cell = [&](std::size_t index) {
      return index < cells_.size() ? cells_[index] : std::string_view();
    };
    if (!X(cell(wanted_.x))) return false;
    if (!Value(cell(wanted_.y), series_.y)) return false;
    if (wanted_.n != std::string::npos && !Value(cell(wanted_.n), series_.n)) return false;
    if (wanted_.phase != std::string::npos) series_.phases.push_back(cell(wanted_.phase));
    return true;
  }

  bool X(std::string_view cell) {
    if (cell.empty()) return false;
    if (series_.x.empty()) dates_ = core::IsIsoDate(cell);
    if (dates_) {
      const auto day = core::Date::Parse(cell);
      if (!day) return false;
      series_.x.push_back(static_cast<double>(day->DaysSinceEpoch()));
      series_.labels.push_back(cell);
      return true;
    }
    const double x = PlainNumber(cell, sep_);
    series_.x.push_back(x);
    return !std::isnan(x);
  }

  bool Value(std::string_view cell, std::vector<double>& out) {
    if (cell.empty()) {
      out.push_back(stats::kMissing);
      return true;
    }
    out.push_back(PlainNumber(cell, sep_));
    return !std::isnan(out.back());
  }

  // The fields of a line into cells_ (no quotes: the caller checked).
  void Split(std::string_view line) {
    cells_.clear();
    std::size_t from = 0;
    while (true) {
      const std::size_t at = line.find(sep_, from);
      cells_.push_back(line.substr(from, at == std::string_view::npos ? line.npos : at - from));
      if (at == std::string_view::npos) return;
      from = at + 1;
    }
  }

  const RowColumns& columns_;
  bool header_ = false, dates_ = false;
  char sep_ = ',';
  Wanted wanted_;
  std::size_t fields_ = 0;
  std::vector<std::string_view> cells_;
  stats::Series series_;
};

}  // namespace

std::optional<stats::Series> ReadPlainSeries(const std::string& path, const RowColumns& columns) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) return std::nullopt;
  PlainReader reader(columns);
  // Left uninitialised: fread fills what is read, and a chart of a few rows should not pay
  // for clearing a megabyte.
  constexpr std::size_t kBufferSize = 1u << 20;
  const auto buffer = std::make_unique_for_overwrite<char[]>(kBufferSize);
  std::size_t kept = 0;  // bytes of an unfinished line at the start of buffer
  bool first = true;
  while (true) {
    const std::size_t got = std::fread(buffer.get() + kept, 1, kBufferSize - kept, file.get());
    std::string_view text(buffer.get(), kept + got);
    if (first && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    first = false;
    const bool end = got == 0;
    std::size_t from = 0;
    for (std::size_t at; (at = text.find('\n', from)) != std::string_view::npos; from = at + 1) {
      if (!reader.Line(text.substr(from, at - from))) return std::nullopt;
    }
    if (end) {
      if (!reader.Line(text.substr(from))) return std::nullopt;
      break;
    }
    kept = text.size() - from;
    if (kept == kBufferSize) return std::nullopt;  // a line longer than the buffer
    std::memmove(buffer.get(), text.data() + from, kept);
  }
  if (!reader.Finish()) return std::nullopt;
  return reader.Take();
}

}  // namespace stegvis::io
