#include "io/analysis_writer.h"

#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

#include <boost/json/serialize.hpp>

namespace stegvis::io {
namespace {

bool HasTarget(const stats::Analysis& a) {
  for (const stats::Point& p : a.points)
    if (std::isfinite(p.target)) return true;
  return false;
}

// x as the user wrote it: a number if the label is that number, else the label.
bool XIsNumber(const stats::Point& p) {
  if (!std::isfinite(p.x)) return false;
  double parsed = 0;
  const char* begin = p.label.data();
  const char* end = begin + p.label.size();
  auto [ptr, ec] = std::from_chars(begin, end, parsed);
  return p.label.empty() || (ec == std::errc() && ptr == end && parsed == p.x);
}

std::string Rules(const stats::RuleMask& mask, std::string_view open, std::string_view sep,
                  std::string_view close, bool quote) {
  std::string out(open);
  bool first = true;
  for (int r = 0; r < stats::kRuleCount; ++r) {
    if (!mask.Has(static_cast<stats::Rule>(r))) continue;
    if (!first) out += sep;
    first = false;
    std::string_view name = stats::RuleName(static_cast<stats::Rule>(r));
    if (quote) out += '"';
    out += name;
    if (quote) out += '"';
  }
  out += close;
  return out;
}

struct Column {
  const char* name;
  double (*get)(const stats::Point&);
};

constexpr Column kLines[] = {
    {"cl", [](const stats::Point& p) { return p.cl; }},
    {"lcl", [](const stats::Point& p) { return p.lcl; }},
    {"ucl", [](const stats::Point& p) { return p.ucl; }},
    {"lcl_95", [](const stats::Point& p) { return p.lcl_95; }},
    {"ucl_95", [](const stats::Point& p) { return p.ucl_95; }},
};
constexpr Column kXmrLines[] = {
    {"mean", [](const stats::Point& p) { return p.mean; }},
    {"lpl", [](const stats::Point& p) { return p.lpl; }},
    {"upl", [](const stats::Point& p) { return p.upl; }},
};

const char* Bool(bool b) {
  return b ? "true" : "false";
}

}  // namespace

std::string JsonNumber(double value) {
  if (!std::isfinite(value)) return "null";
  if (value == 0) return "0";  // also for -0: JSON readers differ on "-0"
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string JsonString(const std::string& text) {
  return boost::json::serialize(boost::json::string_view(text));
}

std::string AnalysisToJson(const stats::Analysis& a) {
  const bool xmr = a.chart == stats::ChartType::kXmR;
  const bool target = HasTarget(a);
  std::string out =
      "{\"chart\": " + JsonString(std::string(stats::ChartTypeName(a.chart))) + ",\n \"points\": [";
  for (size_t i = 0; i < a.points.size(); ++i) {
    const stats::Point& p = a.points[i];
    out += i ? ",\n  {" : "\n  {";
    out += "\"x\": " + (XIsNumber(p) ? JsonNumber(p.x) : JsonString(p.label));
    out += ", \"y\": " + JsonNumber(p.y);
    for (const Column& c : kLines)
      out += std::string(", \"") + c.name + "\": " + JsonNumber(c.get(p));
    if (xmr)
      for (const Column& c : kXmrLines)
        out += std::string(", \"") + c.name + "\": " + JsonNumber(c.get(p));
    if (target) out += ", \"target\": " + JsonNumber(p.target);
    out += ", \"part\": " + std::to_string(p.part);
    out += std::string(", \"baseline\": ") + Bool(p.baseline);
    out += std::string(", \"include\": ") + Bool(p.include);
    out += std::string(", \"sigma_signal\": ") + Bool(p.sigma_signal);
    out += std::string(", \"runs_signal\": ") + Bool(p.runs_signal);
    out += ", \"rules\": " + Rules(p.rules, "[", ", ", "]", true);
    out += ", \"point_type\": " + JsonString(std::string(stats::PointTypeName(p.point_type)));
    out += "}";
  }
  out += a.points.empty() ? "],\n \"parts\": [" : "\n ],\n \"parts\": [";
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
    out += std::string(", \"runs_signal\": ") + Bool(part.runs_signal);
    out += "}";
  }
  out += a.parts.empty() ? "]}\n" : "\n ]}\n";
  return out;
}

std::string AnalysisToCsv(const stats::Analysis& a, const CsvStyle& style) {
  const bool xmr = a.chart == stats::ChartType::kXmR;
  const bool target = HasTarget(a);
  const char sep = style.separator;
  auto field = [&](std::string text) {
    if (text.find_first_of(std::string{sep, '"', '\n', '\r'}) == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
  };
  auto number = [&](double v) {
    if (!std::isfinite(v)) return std::string();
    std::string s = JsonNumber(v);
    if (style.decimal != '.')
      for (char& c : s)
        if (c == '.') c = style.decimal;
    return field(s);
  };
  std::vector<std::string> header = {"x", "y", "cl", "lcl", "ucl", "lcl_95", "ucl_95"};
  if (xmr) header.insert(header.end(), {"mean", "lpl", "upl"});
  if (target) header.push_back("target");
  header.insert(header.end(), {"part", "baseline", "include", "sigma_signal", "runs_signal",
                               "rules", "point_type"});
  std::string out;
  for (size_t i = 0; i < header.size(); ++i) out += (i ? std::string(1, sep) : "") + header[i];
  out += '\n';
  for (const stats::Point& p : a.points) {
    std::string row = XIsNumber(p) ? number(p.x) : field(p.label);
    row += sep + number(p.y);
    for (const Column& c : kLines) row += sep + number(c.get(p));
    if (xmr)
      for (const Column& c : kXmrLines) row += sep + number(c.get(p));
    if (target) row += sep + number(p.target);
    row += sep + std::to_string(p.part);
    row += sep + std::string(Bool(p.baseline));
    row += sep + std::string(Bool(p.include));
    row += sep + std::string(Bool(p.sigma_signal));
    row += sep + std::string(Bool(p.runs_signal));
    row += sep + field(Rules(p.rules, "", "|", "", false));
    row += sep + std::string(stats::PointTypeName(p.point_type));
    out += row + '\n';
  }
  return out;
}

}  // namespace stegvis::io
