#include "io/analysis_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string_view>
#include <vector>

#include <boost/json/serialize.hpp>

namespace stegvis::io {
namespace {

using stats::Line;
using stats::PointColumns;

bool HasTarget(const stats::Analysis& a) {
  const PointColumns& p = a.points;
  for (std::size_t part = 0; part < p.PartFirsts().size(); ++part) {
    for (std::size_t i = p.PartFirsts()[part]; i < p.PartEnd(part); ++i) {
      if (std::isfinite(p.LineIn(Line::kTarget, i, part))) return true;
      if (!p.LinePerPoint(Line::kTarget)) break;  // one value for the whole part
    }
  }
  return false;
}

// x as the user wrote it: a number if the label is that number, else the label.
bool XIsNumber(const PointColumns& points, std::size_t i) {
  const double x = points.x(i);
  if (!std::isfinite(x)) return false;
  const std::string_view label = points.label(i);
  double parsed = 0;
  auto [ptr, ec] = std::from_chars(label.data(), label.data() + label.size(), parsed);
  return label.empty() || (ec == std::errc() && ptr == label.data() + label.size() && parsed == x);
}

void AppendRules(std::string& out, stats::RuleMask mask, std::string_view sep, bool quote) {
  bool first = true;
  for (int r = 0; r < stats::kRuleCount; ++r) {
    if (!mask.Has(static_cast<stats::Rule>(r))) continue;
    if (!first) out += sep;
    first = false;
    if (quote) out += '"';
    out += stats::RuleName(static_cast<stats::Rule>(r));
    if (quote) out += '"';
  }
}

// The lines of every chart, then those of the XmR chart only.
struct Column {
  const char* name;
  Line line;
};
constexpr Column kLines[] = {{"cl", Line::kCl},
                             {"lcl", Line::kLcl},
                             {"ucl", Line::kUcl},
                             {"lcl_95", Line::kLcl95},
                             {"ucl_95", Line::kUcl95}};
constexpr Column kXmrLines[] = {{"mean", Line::kMean}, {"lpl", Line::kLpl}, {"upl", Line::kUpl}};

std::string_view Bool(bool b) {
  return b ? "true" : "false";
}

// Appends JsonNumber(value) without a temporary string.
void AppendJsonNumber(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
  } else if (value == 0) {
    out += '0';  // also for -0: JSON readers differ on "-0"
  } else {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
  }
}

// Appends `text` as a CSV field: quoted when it holds the separator, a quote or a line break.
void AppendField(std::string& out, std::string_view text, char sep) {
  if (text.find_first_of(std::string_view{"\"\n\r"}) == std::string_view::npos &&
      text.find(sep) == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// A number as a CSV field: empty when missing, the style's decimal mark.
void AppendCsvNumber(std::string& out, double value, const CsvStyle& style) {
  if (!std::isfinite(value)) return;
  if (style.decimal == '.' &&
      std::string_view("+-.0123456789e").find(style.separator) == std::string_view::npos) {
    AppendJsonNumber(out, value);  // nothing to replace and nothing to quote
    return;
  }
  std::string text;
  AppendJsonNumber(text, value);
  if (style.decimal != '.') {
    for (char& c : text) {
      if (c == '.') c = style.decimal;
    }
  }
  AppendField(out, text, style.separator);
}

// The CSV rows of one part. Lines that are constant over the part are formatted once.
void AppendCsvPart(std::string& out, const stats::Analysis& a, std::size_t part, bool target,
                   const CsvStyle& style, std::ostream* sink) {
  const PointColumns& p = a.points;
  const char sep = style.separator;
  std::vector<Line> lines;
  for (const Column& c : kLines) lines.push_back(c.line);
  if (a.chart == stats::ChartType::kXmR) {
    for (const Column& c : kXmrLines) lines.push_back(c.line);
  }
  if (target) lines.push_back(Line::kTarget);
  std::vector<std::string> constant(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!p.LinePerPoint(lines[k])) {
      AppendCsvNumber(constant[k], p.LineIn(lines[k], p.PartFirsts()[part], part), style);
    }
  }
  const std::string part_number = std::to_string(part + 1);
  // Everything after y: the lines, part, flags, rules and point type.
  auto append_tail = [&](std::string& to, std::size_t i) {
    for (std::size_t k = 0; k < lines.size(); ++k) {
      to += sep;
      if (p.LinePerPoint(lines[k])) {
        AppendCsvNumber(to, p.LineIn(lines[k], i, part), style);
      } else {
        to += constant[k];
      }
    }
    for (const std::string_view text :
         {std::string_view(part_number), Bool(p.baseline(i)), Bool(p.include(i)),
          Bool(p.sigma_signal(i)), Bool(p.runs_signal(i))}) {
      to += sep;
      to += text;
    }
    to += sep;
    if (!p.rules(i).Empty()) {
      std::string rules;
      AppendRules(rules, p.rules(i), "|", false);
      AppendField(to, rules, sep);
    }
    to += sep;
    to += stats::PointTypeName(p.point_type(i));
    to += '\n';
  };
  // With every line constant over the part, the tail depends only on the flags, rules and point
  // type: formatted once for each run of points where those stay the same.
  bool constant_tail = true;
  for (Line line : lines) constant_tail = constant_tail && !p.LinePerPoint(line);
  std::string tail;
  std::uint64_t tail_key = ~std::uint64_t{0};
  for (std::size_t i = p.PartFirsts()[part]; i < p.PartEnd(part); ++i) {
    if (XIsNumber(p, i)) {
      AppendCsvNumber(out, p.x(i), style);
    } else {
      AppendField(out, p.label(i), sep);
    }
    out += sep;
    AppendCsvNumber(out, p.y(i), style);
    if (constant_tail) {
      const std::uint64_t key = (std::uint64_t{p.rules(i).Bits()} << 16) |
                                (std::uint64_t{static_cast<std::uint8_t>(p.point_type(i))} << 8) |
                                (p.baseline(i) << 3) | (p.include(i) << 2) |
                                (p.sigma_signal(i) << 1) | std::uint64_t{p.runs_signal(i)};
      if (key != tail_key) {
        tail.clear();
        append_tail(tail, i);
        tail_key = key;
      }
      out += tail;
    } else {
      append_tail(out, i);
    }
    if (sink && out.size() >= (1u << 16)) {
      sink->write(out.data(), static_cast<std::streamsize>(out.size()));
      out.clear();
    }
  }
}

// The CSV table into `out`; with a sink, written to it in pieces as `out` fills.
void AppendCsv(std::string& out, const stats::Analysis& a, const CsvStyle& style,
               std::ostream* sink) {
  const bool target = HasTarget(a);
  const char sep = style.separator;
  std::vector<std::string_view> header = {"x", "y", "cl", "lcl", "ucl", "lcl_95", "ucl_95"};
  if (a.chart == stats::ChartType::kXmR) header.insert(header.end(), {"mean", "lpl", "upl"});
  if (target) header.push_back("target");
  header.insert(header.end(), {"part", "baseline", "include", "sigma_signal", "runs_signal",
                               "rules", "point_type"});
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (i) out += sep;
    out += header[i];
  }
  out += '\n';
  for (std::size_t part = 0; part < a.points.PartFirsts().size(); ++part) {
    AppendCsvPart(out, a, part, target, style, sink);
  }
  if (sink) sink->write(out.data(), static_cast<std::streamsize>(out.size()));
}

}  // namespace

std::string JsonNumber(double value) {
  std::string out;
  AppendJsonNumber(out, value);
  return out;
}

std::string JsonString(const std::string& text) {
  return boost::json::serialize(boost::json::string_view(text));
}

std::string AnalysisToJson(const stats::Analysis& a) {
  const bool xmr = a.chart == stats::ChartType::kXmR;
  const bool target = HasTarget(a);
  const PointColumns& p = a.points;
  std::string out =
      "{\"chart\": " + JsonString(std::string(stats::ChartTypeName(a.chart))) + ",\n \"points\": [";
  for (size_t i = 0; i < p.size(); ++i) {
    out += i ? ",\n  {" : "\n  {";
    out += "\"x\": ";
    if (XIsNumber(p, i)) {
      AppendJsonNumber(out, p.x(i));
    } else {
      out += JsonString(std::string(p.label(i)));
    }
    out += ", \"y\": ";
    AppendJsonNumber(out, p.y(i));
    const std::size_t part = p.PartIndex(i);
    auto add_line = [&](const Column& c) {
      out += std::string(", \"") + c.name + "\": ";
      AppendJsonNumber(out, p.LineIn(c.line, i, part));
    };
    for (const Column& c : kLines) add_line(c);
    if (xmr)
      for (const Column& c : kXmrLines) add_line(c);
    if (target) add_line({"target", Line::kTarget});
    out += ", \"part\": " + std::to_string(part + 1);
    out += ", \"baseline\": ";
    out += Bool(p.baseline(i));
    out += ", \"include\": ";
    out += Bool(p.include(i));
    out += ", \"sigma_signal\": ";
    out += Bool(p.sigma_signal(i));
    out += ", \"runs_signal\": ";
    out += Bool(p.runs_signal(i));
    out += ", \"rules\": [";
    AppendRules(out, p.rules(i), ", ", true);
    out += "], \"point_type\": " + JsonString(std::string(stats::PointTypeName(p.point_type(i))));
    out += "}";
  }
  out += p.empty() ? "],\n \"parts\": [" : "\n ],\n \"parts\": [";
  for (size_t i = 0; i < a.parts.size(); ++i) {
    const stats::Part& part = a.parts[i];
    out += i ? ",\n  {" : "\n  {";
    out += "\"part\": " + std::to_string(part.part);
    out += ", \"n_obs\": " + std::to_string(part.n_obs);
    out += ", \"n_useful\": " + std::to_string(part.n_useful);
    out += ", \"longest_run\": " + JsonNumber(part.longest_run);
    out += ", \"longest_run_max\": " + JsonNumber(part.longest_run_max);
    out += ", \"crossings\": " + JsonNumber(part.crossings);
    out += ", \"crossings_min\": " + JsonNumber(part.crossings_min);
    out += ", \"runs_signal\": ";
    out += Bool(part.runs_signal);
    out += "}";
  }
  out += a.parts.empty() ? "]}\n" : "\n ]}\n";
  return out;
}

std::string AnalysisToCsv(const stats::Analysis& a, const CsvStyle& style) {
  std::string out;
  AppendCsv(out, a, style, nullptr);
  return out;
}

void WriteAnalysisCsv(const stats::Analysis& a, std::ostream& out, const CsvStyle& style) {
  std::string buffer;
  buffer.reserve(1u << 17);
  AppendCsv(buffer, a, style, &out);
}

}  // namespace stegvis::io
