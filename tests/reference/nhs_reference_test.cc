// Every NHSRplotthedots 0.2.2 case of the reference oracle (spc/manifest.csv): our XmR chart
// must give the same lines (relative tolerance 1e-9), the same flags, rule labels and point
// types, and the same summary (variation and assurance types) for every row.
#include <cmath>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "core/date.h"
#include "io/csv.h"
#include "stats/assurance.h"
#include "stats/xmr.h"

namespace stegvis {
namespace {

namespace json = boost::json;

const std::string kSpcDir = std::string(STEGVIS_REFERENCE_DIR) + "/spc";
constexpr double kRelTol = 1e-9;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct NhsCase {
  std::string case_id;
  std::string input_file;
  std::string arguments;
  std::string output_file;
};

// The NHSRplotthedots rows of the manifest. Read at registration time, so a missing
// manifest shows up as zero cases and the guard test below fails.
std::vector<NhsCase> LoadCases() {
  std::vector<NhsCase> cases;
  auto table = io::ParseCsv(ReadFile(kSpcDir + "/manifest.csv"));
  if (!table) return cases;
  auto col = [&](const char* name) { return *io::FindColumn(*table, name); };
  const auto id = col("case_id"), package = col("package"), input = col("input_file"),
             args = col("arguments"), output = col("output_file");
  for (const auto& row : table->rows) {
    if (row[package] != "NHSRplotthedots") continue;
    cases.push_back({row[id], row[input], row[args], row[output]});
  }
  return cases;
}

// The ChartOptions that mirror the R call in the manifest's `arguments`.
stats::ChartOptions OptionsFromCall(const std::string& call) {
  stats::ChartOptions options;
  options.chart = stats::ChartType::kXmR;
  options.rules = stats::RuleSet::kMdc;
  options.direction = stats::Direction::kUp;  // ptd_spc's default "increase"
  std::smatch m;
  if (std::regex_search(call, m, std::regex("improvement_direction = '(\\w+)'"))) {
    options.direction = m[1] == "decrease"  ? stats::Direction::kDown
                        : m[1] == "neutral" ? stats::Direction::kNeutral
                                            : stats::Direction::kUp;
  }
  if (std::regex_search(call, m, std::regex("screen_outliers = FALSE"))) options.screen_mr = false;
  if (std::regex_search(call, m, std::regex("fix_after_n_points = (\\d+)")))
    options.fix_after = std::stoi(m[1]);
  if (std::regex_search(call, m, std::regex("target = ([-0-9.]+)")))
    options.target = std::stod(m[1]);
  if (std::regex_search(call, m, std::regex("rebase = as.Date\\('([0-9-]+)'\\)")))
    options.rebase_at_x = static_cast<double>(core::Date::Parse(m[1].str())->DaysSinceEpoch());
  return options;
}

std::optional<double> Number(const json::value& v) {
  if (v.is_null()) return std::nullopt;
  if (v.is_double()) return v.get_double();
  if (v.is_int64()) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  return std::nullopt;
}

// R's NA/NaN/Inf are null in the JSON and NaN in our results.
void ExpectNear(const json::value& expected, double actual, const char* column) {
  auto e = Number(expected);
  if (!e) {
    EXPECT_TRUE(std::isnan(actual)) << column << ": expected null, got " << actual;
    return;
  }
  const double scale = std::max(std::fabs(*e), std::fabs(actual));
  EXPECT_LE(std::fabs(*e - actual), kRelTol * scale)
      << column << ": expected " << *e << ", got " << actual;
}

template <typename T>
void ExpectFlag(const json::value& expected, const std::optional<T>& actual, const char* column) {
  if (expected.is_null()) {
    EXPECT_FALSE(actual.has_value()) << column << ": expected null";
    return;
  }
  ASSERT_TRUE(actual.has_value()) << column << ": expected a value, got null";
  if constexpr (std::is_same_v<T, bool>) {
    EXPECT_EQ(expected.as_bool(), *actual) << column;
  } else {
    EXPECT_EQ(*Number(expected), static_cast<double>(*actual)) << column;
  }
}

bool SameNumber(double a, double b) {
  return a == b || (std::isnan(a) && std::isnan(b));
}

// The side a point's label names (+1 above/increasing, -1 below/decreasing), from its type.
int SideOf(stats::PointType type, stats::Direction direction) {
  switch (type) {
    case stats::PointType::kCommonCause: return 0;
    case stats::PointType::kNeutralHigh: return 1;
    case stats::PointType::kNeutralLow: return -1;
    case stats::PointType::kImprovement: return direction == stats::Direction::kDown ? -1 : 1;
    case stats::PointType::kConcern: return direction == stats::Direction::kDown ? 1 : -1;
  }
  return 0;
}

// NHSRplotthedots' special_cause_type text for our primary rule and side.
std::string Label(std::optional<stats::Rule> rule, int side) {
  if (!rule) return "Common Cause";
  const std::string ab = side > 0 ? "Above" : "Below";
  switch (*rule) {
    case stats::Rule::kMdcOutsideLimits: return side > 0 ? "Above UCL" : "Below LCL";
    case stats::Rule::kMdcTrendOfSeven:
      return std::string("7 Point Trend (") + (side > 0 ? "In" : "De") + "creasing)";
    case stats::Rule::kMdcTwoOfThree: return "2 in 3 " + ab + " CL";
    case stats::Rule::kMdcRunOfSeven: return "7 Points " + ab + " CL";
    default: return "?";
  }
}

// Names the case in failure messages instead of dumping its bytes.
void PrintTo(const NhsCase& c, std::ostream* os) {
  *os << c.case_id;
}

class NhsReferenceTest : public ::testing::TestWithParam<NhsCase> {};

TEST_P(NhsReferenceTest, MatchesNhsrPlotTheDots) {
  const NhsCase& c = GetParam();
  const json::value expected = json::parse(ReadFile(kSpcDir + "/" + c.output_file));
  ASSERT_EQ(expected.at("status").as_string(), "ok");

  auto table = io::ParseCsv(ReadFile(kSpcDir + "/" + c.input_file));
  ASSERT_TRUE(table.has_value()) << table.error().message;
  io::RowColumns columns;
  columns.x = "date";
  auto rows = io::ReadRows(*table, columns);
  ASSERT_TRUE(rows.has_value()) << rows.error().message;
  const stats::ChartOptions options = OptionsFromCall(c.arguments);
  auto analysis = stats::Analyze(*rows, options);  // dispatches to AnalyzeXmr
  ASSERT_TRUE(analysis.has_value()) << analysis.error().message;

  const json::array& data = expected.at("data").as_array();
  ASSERT_EQ(data.size(), analysis->points.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    SCOPED_TRACE("point " + std::to_string(i + 1));
    const json::object& e = data[i].as_object();
    const stats::Point& p = analysis->points[i];
    const stats::Part& part = analysis->parts.at(p.part - 1);
    ExpectNear(e.at("y"), p.y, "y");
    // x is a POSIXct "YYYY-MM-DDT00:00:00Z"; ours is days since 1970-01-01.
    const std::string x(e.at("x").as_string());
    auto day = core::Date::Parse(x.substr(0, 10));
    EXPECT_EQ(day ? day->DaysSinceEpoch() : -1, p.x) << x;
    EXPECT_TRUE(e.at("trajectory").is_null());
    EXPECT_EQ(e.at("rebase_group").as_int64(), p.part - 1);
    EXPECT_EQ(e.at("short_group_warning").as_bool(), stats::ShortGroupWarning(part));
    ExpectNear(e.at("fix_y"), p.baseline ? p.y : stats::kMissing, "fix_y");
    ExpectNear(e.at("mean_col"), p.mean, "mean_col");
    ExpectNear(e.at("lpl"), p.lpl, "lpl");
    ExpectNear(e.at("upl"), p.upl, "upl");
    // cl/lcl/ucl are the same lines under the generic names (NaN where R gives NA).
    EXPECT_TRUE(SameNumber(p.cl, p.mean));
    EXPECT_TRUE(SameNumber(p.lcl, p.lpl));
    EXPECT_TRUE(SameNumber(p.ucl, p.upl));
    const stats::MdcFlags flags = stats::XmrFlags(p);
    ExpectFlag(e.at("outside_limits"), flags.outside_limits, "outside_limits");
    ExpectFlag(e.at("relative_to_mean"), flags.relative_to_mean, "relative_to_mean");
    ExpectFlag(e.at("close_to_limits"), flags.close_to_limits, "close_to_limits");
    const auto primary = stats::MdcPrimaryRule(p);
    EXPECT_EQ(e.at("special_cause_type").as_string(),
              Label(primary, SideOf(p.point_type, options.direction)));
    EXPECT_EQ(e.at("special_cause_flag").as_bool(), primary.has_value());
    EXPECT_EQ(e.at("point_type").as_string(), stats::PointTypeName(p.point_type));
    ExpectNear(e.at("target"), p.target, "target");
  }

  const json::array& summary = expected.at("summary").as_array();
  const auto ours = stats::Summarize(*analysis, options);
  ASSERT_EQ(summary.size(), ours.size());
  for (std::size_t g = 0; g < summary.size(); ++g) {
    SCOPED_TRACE("summary row " + std::to_string(g + 1));
    const json::object& e = summary[g].as_object();
    const stats::PartSummary& s = ours[g];
    ExpectNear(e.at("mean_col"), s.cl, "mean_col");
    ExpectNear(e.at("lpl"), s.lcl, "lpl");
    ExpectNear(e.at("upl"), s.ucl, "upl");
    EXPECT_EQ(e.at("n").as_int64(), s.n);
    EXPECT_EQ(e.at("common_cause").as_int64(), s.common_cause);
    EXPECT_EQ(e.at("special_cause_improvement").as_int64(), s.improvement);
    EXPECT_EQ(e.at("special_cause_concern").as_int64(), s.concern);
    EXPECT_EQ(e.at("variation_type").as_string(), stats::PointTypeName(s.variation));
    if (const auto* a = e.if_contains("assurance_type")) {
      const std::string want = a->is_null() ? "" : std::string(a->as_string());
      EXPECT_EQ(want, stats::AssuranceTypeName(s.assurance));
    } else {
      EXPECT_EQ(s.assurance, stats::AssuranceType::kNone);
    }
  }

  // R warns about trial limits exactly when a group is short.
  bool any_short = false;
  for (const auto& part : analysis->parts) any_short = any_short || stats::ShortGroupWarning(part);
  EXPECT_EQ(!expected.at("warnings").as_array().empty(), any_short);
}

INSTANTIATE_TEST_SUITE_P(Manifest, NhsReferenceTest, ::testing::ValuesIn(LoadCases()),
                         [](const ::testing::TestParamInfo<NhsCase>& info) {
                           std::string name = info.param.case_id;
                           for (char& ch : name)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return name;
                         });

TEST(NhsReferenceManifest, HasEveryNhsCase) {
  // 33 NHSRplotthedots cases in the oracle as shipped; fewer means the data did not load.
  EXPECT_GE(LoadCases().size(), 33u);
}

}  // namespace
}  // namespace stegvis
