// Runs every qicharts2 case of the reference manifest (tests/reference/data/spc/manifest.csv)
// through stats::Analyze and compares every column of qicharts2's returned data and summary:
// numbers with relative tolerance 1e-9 (absolute 1e-12 near zero), signals exactly, null <->
// NaN. The R call in the manifest's `arguments` is parsed into ChartOptions, so a new case in
// the manifest is tested without touching this file (an argument we do not know fails).

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "core/date.h"
#include "io/csv.h"
#include "stats/analysis.h"

namespace stegvis {
namespace {

namespace json = boost::json;

const std::string kSpcDir = std::string(STEGVIS_REFERENCE_DIR) + "/spc/";

// Where we differ from qicharts2 on purpose: (case_id, column) -> reason. Each entry is
// explained in docs/statistics.md ("Deliberate differences"). Empty means: no differences.
const std::map<std::pair<std::string, std::string>, std::string> kDeliberateDifferences = {};

struct Case {
  std::string case_id, series_id, input_file, chart, arguments, options, output_file, status, note;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  auto table = io::ParseCsv(ReadFile(kSpcDir + "manifest.csv"));
  if (!table) return cases;
  auto column = [&](const std::vector<std::string>& row, const char* name) {
    auto index = io::FindColumn(*table, name);
    return index ? row[*index] : std::string();
  };
  for (const auto& row : table->rows) {
    if (column(row, "package") != "qicharts2") continue;
    cases.push_back({column(row, "case_id"), column(row, "series_id"), column(row, "input_file"),
                     column(row, "chart"), column(row, "arguments"), column(row, "options"),
                     column(row, "output_file"), column(row, "status"), column(row, "note")});
  }
  return cases;
}

// The call's arguments at the top level: "qic(a = 1, b = c(1, 2))" -> {"a = 1", "b = c(1, 2)"}.
std::vector<std::string> SplitArguments(const std::string& call) {
  std::vector<std::string> parts;
  const auto open = call.find('(');
  const auto close = call.rfind(')');
  std::string current;
  int depth = 0;
  char quote = 0;
  for (std::size_t i = open + 1; i < close; ++i) {
    const char c = call[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == ',' && depth == 0) {
      parts.push_back(current);
      current.clear();
      continue;
    }
    current += c;
  }
  if (!current.empty()) parts.push_back(current);
  return parts;
}

std::string Trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::string Unquote(const std::string& s) {
  if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"')) return s.substr(1, s.size() - 2);
  return s;
}

// "20" -> {20}; "c(15, 30)" -> {15, 30}.
std::vector<int> IntList(const std::string& value) {
  std::vector<int> out;
  std::string inner = value;
  if (inner.rfind("c(", 0) == 0) inner = inner.substr(2, inner.size() - 3);
  std::stringstream in(inner);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(std::stoi(Trim(item)));
  return out;
}

// How one manifest case maps to our input and options.
struct Spec {
  stats::ChartOptions options;
  io::RowColumns columns;
  std::string skip;  // non-empty: why the case is skipped
};

// Parses the R call; unknown arguments are a test failure (returned in `error`).
Spec ParseCall(const Case& c, std::string& error) {
  Spec spec;
  spec.columns.n.clear();
  spec.options.screen_mr = c.options.find("qic.screenedmr=FALSE") == std::string::npos;
  for (const std::string& argument : SplitArguments(c.arguments)) {
    const auto eq = argument.find('=');
    const std::string key = Trim(argument.substr(0, eq));
    const std::string value = Trim(argument.substr(eq + 1));
    if (key == "x") {
      if (value == "x" || value == "date") {
        spec.columns.x = value;
      } else {
        spec.skip = "categorical x (" + value +
                    "): qicharts2 draws dots only and uses sd(z) for Laney sigma; Stegvis "
                    "always has an ordered x";
      }
    } else if (key == "y") {
      spec.columns.y = value;
    } else if (key == "n") {
      spec.columns.n = value;
    } else if (key == "chart") {
      auto chart = stats::ParseChartType(Unquote(value));
      if (!chart)
        error = "unknown chart " + value;
      else
        spec.options.chart = *chart;
    } else if (key == "freeze") {
      spec.options.freeze = std::stoi(value);
    } else if (key == "part") {
      if (value == "phase") {
        spec.options.part_from_phase = true;
        spec.columns.phase = "phase";
      } else {
        spec.options.part_at = IntList(value);
      }
    } else if (key == "exclude") {
      spec.options.exclude = IntList(value);
    } else if (key == "cl") {
      spec.options.cl = std::stod(value);
    } else if (key == "target") {
      spec.options.target = std::stod(value);
    } else if (key == "multiply") {
      spec.options.multiply = std::stod(value);
    } else if (key == "agg.fun") {
      auto agg = stats::ParseAggregation(Unquote(value));
      if (!agg)
        error = "unknown agg.fun " + value;
      else
        spec.options.agg = *agg;
    } else if (key == "y.neg") {
      spec.options.y_neg = value == "TRUE";
    } else if (key == "method") {
      spec.skip = "runs method " + value +
                  " is experimental in qicharts2 (bestbox/cutbox); Stegvis uses the Anhøj rules";
    } else if (key == "data" || key == "return.data") {
      // the input table and the output form: nothing to map
    } else {
      error = "argument '" + key + "' of the R call is not mapped to ChartOptions";
    }
  }
  return spec;
}

class Qicharts2Reference : public testing::TestWithParam<Case> {};

// Compares numbers; null in the JSON means NaN here.
class Comparer {
 public:
  explicit Comparer(std::string case_id) : case_id_(std::move(case_id)) {}

  void Number(const json::value& expected, double actual, const std::string& where,
              const std::string& column) {
    if (Deliberate(column)) return;
    bool ok = true;
    if (expected.is_null()) {
      ok = std::isnan(actual);
    } else if (expected.is_bool()) {
      ok = actual == (expected.as_bool() ? 1 : 0);
    } else {
      const double e = expected.to_number<double>();
      const double tolerance = std::max(1e-12, 1e-9 * std::max(std::fabs(e), std::fabs(actual)));
      ok = std::fabs(e - actual) <= tolerance;
    }
    if (!ok) Report(where, column, json::serialize(expected), actual);
  }

  void Bool(const json::value& expected, bool actual, const std::string& where,
            const std::string& column) {
    if (Deliberate(column)) return;
    const bool e = expected.is_bool() ? expected.as_bool() : expected.to_number<double>() != 0;
    if (e != actual) Report(where, column, json::serialize(expected), actual);
  }

  void Report(const std::string& where, const std::string& column, const std::string& expected,
              double actual) {
    if (++failures_ > 25) return;  // enough to see the pattern
    std::ostringstream message;
    message.precision(17);
    message << case_id_ << " " << where << " column " << column << ": qicharts2 " << expected
            << ", Stegvis " << actual;
    ADD_FAILURE() << message.str();
  }

 private:
  bool Deliberate(const std::string& column) const {
    return kDeliberateDifferences.count({case_id_, column}) > 0;
  }
  std::string case_id_;
  int failures_ = 0;
};

TEST(Qicharts2ReferenceManifest, HasCases) {
  EXPECT_GT(LoadCases().size(), 100u) << "reference data not found under " << kSpcDir;
}

TEST_P(Qicharts2Reference, MatchesQicharts2) {
  const Case& c = GetParam();
  std::string error;
  const Spec spec = ParseCall(c, error);
  ASSERT_TRUE(error.empty()) << c.case_id << ": " << error;
  if (!spec.skip.empty()) GTEST_SKIP() << c.case_id << ": " << spec.skip;

  auto table = io::ParseCsv(ReadFile(kSpcDir + c.input_file));
  ASSERT_TRUE(table.has_value()) << table.error().message;
  auto rows = io::ReadRows(*table, spec.columns);
  ASSERT_TRUE(rows.has_value()) << rows.error().field << ": " << rows.error().message;

  auto analysis = stats::Analyze(*rows, spec.options);
  const json::value expected = json::parse(ReadFile(kSpcDir + c.output_file));
  if (c.status == "error") {
    ASSERT_FALSE(analysis.has_value())
        << c.case_id << ": qicharts2 fails with '" << expected.at("error").as_string().c_str()
        << "' but Stegvis gave a chart";
    EXPECT_FALSE(analysis.error().message.empty());
    EXPECT_FALSE(analysis.error().field.empty());
    return;
  }
  ASSERT_TRUE(analysis.has_value())
      << c.case_id << ": " << analysis.error().field << ": " << analysis.error().message;

  const json::array& data = expected.at("data").as_array();
  const std::vector<stats::Point> points = analysis->points.ToPoints();
  ASSERT_EQ(points.size(), data.size()) << c.case_id;

  Comparer compare(c.case_id);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const stats::Point& p = points[i];
    const stats::Part& part = analysis->parts.at(p.part - 1);
    const bool last_of_part = static_cast<int>(i) == part.last;
    const std::string where = "point " + std::to_string(i + 1);
    for (const auto& [column, value] : data[i].as_object()) {
      const std::string name(column);
      if (name == "x") {
        if (value.is_string()) {
          auto day = core::Date::Parse(std::string(value.as_string()).substr(0, 10));
          ASSERT_TRUE(day.has_value());
          compare.Number(static_cast<double>(day->DaysSinceEpoch()), p.x, where, name);
        } else {
          compare.Number(value, p.x, where, name);
        }
      } else if (name == "facet1" || name == "facet2") {
        compare.Number(value, 1, where, name);
      } else if (name == "notes") {
        EXPECT_TRUE(value.is_null()) << c.case_id << " has notes";
      } else if (name == "y.sum") {
        compare.Number(value, p.y_sum, where, name);
      } else if (name == "y.length") {
        compare.Number(value, p.y_length, where, name);
      } else if (name == "y.mean") {
        compare.Number(value, p.y_mean, where, name);
      } else if (name == "y.sd") {
        compare.Number(value, p.y_sd, where, name);
      } else if (name == "n") {
        compare.Number(value, p.n, where, name);
      } else if (name == "y") {
        compare.Number(value, p.y, where, name);
      } else if (name == "cl") {
        compare.Number(value, p.cl, where, name);
      } else if (name == "lcl") {
        compare.Number(value, p.lcl, where, name);
      } else if (name == "ucl") {
        compare.Number(value, p.ucl, where, name);
      } else if (name == "lcl.95") {
        compare.Number(value, p.lcl_95, where, name);
      } else if (name == "ucl.95") {
        compare.Number(value, p.ucl_95, where, name);
      } else if (name == "target") {
        compare.Number(value, p.target, where, name);
      } else if (name == "part") {
        compare.Number(value, p.part, where, name);
      } else if (name == "xx") {
        compare.Number(value, static_cast<double>(i + 1), where, name);
      } else if (name == "baseline") {
        compare.Bool(value, p.baseline, where, name);
      } else if (name == "include") {
        compare.Bool(value, p.include, where, name);
      } else if (name == "n.obs") {
        compare.Number(value, part.n_obs, where, name);
      } else if (name == "n.useful") {
        compare.Number(value, part.n_useful, where, name);
      } else if (name == "runs.signal") {
        compare.Bool(value, p.runs_signal, where, name);
        compare.Bool(value, part.runs_signal, where, "parts[].runs_signal");
      } else if (name == "longest.run") {
        compare.Number(value, part.longest_run, where, name);
      } else if (name == "longest.run.max") {
        compare.Number(value, part.longest_run_max, where, name);
      } else if (name == "n.crossings") {
        compare.Number(value, part.crossings, where, name);
      } else if (name == "n.crossings.min") {
        compare.Number(value, part.crossings_min, where, name);
      } else if (name == "cl.lab") {
        compare.Number(value, last_of_part ? p.cl : NAN, where, name);
      } else if (name == "lcl.lab") {
        compare.Number(value, last_of_part ? p.lcl : NAN, where, name);
      } else if (name == "ucl.lab") {
        compare.Number(value, last_of_part ? p.ucl : NAN, where, name);
      } else if (name == "target.lab") {
        compare.Number(value, last_of_part ? p.target : NAN, where, name);
      } else if (name == "sigma.signal") {
        compare.Bool(value, p.sigma_signal, where, name);
      } else {
        ADD_FAILURE() << c.case_id << ": column " << name << " is not compared";
      }
    }
    // The per-point rules must say the same as the signals.
    EXPECT_EQ(p.rules.Has(stats::Rule::kSigma), p.sigma_signal) << c.case_id << " " << where;
    EXPECT_EQ(
        p.rules.Has(stats::Rule::kAnhoejLongestRun) || p.rules.Has(stats::Rule::kAnhoejCrossings),
        p.runs_signal)
        << c.case_id << " " << where;
  }

  // The summary: one row per part, with averaged limits and the count of sigma signals.
  const json::array& summary = expected.at("summary").as_array();
  ASSERT_EQ(analysis->parts.size(), summary.size()) << c.case_id;
  for (std::size_t k = 0; k < summary.size(); ++k) {
    const stats::Part& part = analysis->parts[k];
    const std::string where = "part " + std::to_string(k + 1);
    auto mean = [&](auto field) {
      double sum = 0;
      int count = 0;
      for (int i = part.first; i <= part.last; ++i) {
        const double v = points[i].*field;
        if (!std::isnan(v)) sum += v, ++count;
      }
      return count ? sum / count : NAN;
    };
    int sigma_signals = 0;
    for (int i = part.first; i <= part.last; ++i) sigma_signals += points[i].sigma_signal;
    for (const auto& [column, value] : summary[k].as_object()) {
      const std::string name(column);
      if (name == "facet1" || name == "facet2") continue;
      if (name == "part")
        compare.Number(value, part.part, where, name);
      else if (name == "n.obs")
        compare.Number(value, part.n_obs, where, name);
      else if (name == "n.useful")
        compare.Number(value, part.n_useful, where, name);
      else if (name == "longest.run")
        compare.Number(value, part.longest_run, where, name);
      else if (name == "longest.run.max")
        compare.Number(value, part.longest_run_max, where, name);
      else if (name == "n.crossings")
        compare.Number(value, part.crossings, where, name);
      else if (name == "n.crossings.min")
        compare.Number(value, part.crossings_min, where, name);
      else if (name == "runs.signal")
        compare.Bool(value, part.runs_signal, where, name);
      else if (name == "aLCL")
        compare.Number(value, mean(&stats::Point::lcl), where, name);
      else if (name == "aLCL.95")
        compare.Number(value, mean(&stats::Point::lcl_95), where, name);
      else if (name == "CL")
        compare.Number(value, mean(&stats::Point::cl), where, name);
      else if (name == "aUCL.95")
        compare.Number(value, mean(&stats::Point::ucl_95), where, name);
      else if (name == "aUCL")
        compare.Number(value, mean(&stats::Point::ucl), where, name);
      else if (name == "sigma.signal")
        compare.Number(value, sigma_signals, where, name);
      else
        ADD_FAILURE() << c.case_id << ": summary column " << name << " is not compared";
    }
  }
}

std::string CaseName(const testing::TestParamInfo<Case>& info) {
  std::string name = info.param.case_id;
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Manifest, Qicharts2Reference, testing::ValuesIn(LoadCases()), CaseName);

}  // namespace
}  // namespace stegvis
