#include "io/series_reader.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "io/analysis_writer.h"

namespace stegvis::io {
namespace {

// A temporary file holding `text`, removed at the end of the test.
class TempCsv {
 public:
  explicit TempCsv(const std::string& text) {
    path_ = ::testing::TempDir() + "series_reader_" + std::to_string(counter_++) + ".csv";
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TempCsv() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

// The rows the full reader gives for `text`.
stats::Series FullRead(const std::string& text, const RowColumns& columns) {
  auto table = ParseCsv(text);
  EXPECT_TRUE(table.has_value());
  auto rows = ReadRows(*table, columns);
  EXPECT_TRUE(rows.has_value());
  return stats::ToSeries(*rows);
}

// Both readers' series give the same analysis, written byte for byte the same.
void ExpectSameChart(const std::string& text, const RowColumns& columns, stats::ChartType chart) {
  TempCsv file(text);
  auto plain = ReadPlainSeries(file.path(), columns);
  ASSERT_TRUE(plain.has_value()) << text.substr(0, 80);
  stats::ChartOptions options;
  options.chart = chart;
  options.part_from_phase = !columns.phase.empty();
  auto from_plain = stats::Analyze(*plain, options);
  auto from_full = stats::Analyze(FullRead(text, columns), options);
  ASSERT_TRUE(from_plain.has_value());
  ASSERT_TRUE(from_full.has_value());
  EXPECT_EQ(AnalysisToCsv(*from_plain), AnalysisToCsv(*from_full));
  EXPECT_EQ(AnalysisToJson(*from_plain), AnalysisToJson(*from_full));
  std::ostringstream streamed;
  WriteAnalysisCsv(*from_plain, streamed);
  EXPECT_EQ(streamed.str(), AnalysisToCsv(*from_full));
}

TEST(ReadPlainSeries, RandomNumbersReadAsTheFullReaderReadsThem) {
  std::mt19937_64 rng(15);
  std::normal_distribution<double> normal(50, 20);
  std::ostringstream text;
  text << "x,y,extra\r\n";
  for (int i = 1; i <= 3000; ++i) {
    text << i << ',';
    if (i % 97 != 0) text << static_cast<long long>(normal(rng) * 1000) / 1000.0;
    text << ",z\r\n";
    if (i % 500 == 0) text << "\r\n";  // blank lines are skipped
  }
  ExpectSameChart(text.str(), {}, stats::ChartType::kI);
  ExpectSameChart(text.str(), {}, stats::ChartType::kRun);
}

TEST(ReadPlainSeries, SwedishDialectDatesDenominatorsAndPhases) {
  const std::string text =
      "\xEF\xBB\xBFmonth;falls;patients;phase\n"
      "2024-01-01;3;120;before\n"
      "2024-02-01;5,0;118;before\n"
      "2024-02-01;1;7;before\n"
      "2024-03-01;;110;after\n"
      "2024-04-01;2;0120;after\n"
      "2024-05-01;-0;100\n";
  ExpectSameChart(text, {"month", "falls", "patients", "phase"}, stats::ChartType::kP);
  ExpectSameChart(text, {"month", "falls", "", ""}, stats::ChartType::kXbar);
}

TEST(ReadPlainSeries, UnsortedRowsWithEqualPeriods) {
  ExpectSameChart("x,y\n3,1.5\n1,2\n2,7\n1,4\n10,0.25\n", {}, stats::ChartType::kI);
}

TEST(ReadPlainSeries, LeavesEverythingElseToTheFullReader) {
  for (const std::string text : {
           "x,y\n1,\"2\"\n",            // a quote
           "x,y\n1, 2\n",               // a space
           "x,y\n1,2\r3,4\n",           // a lone carriage return
           "x,y\n1,2,3\n",              // more fields than the header
           "x,y\n,2\n",                 // an empty period
           "x,y\n1,1e3\n",              // not a plain number
           "x,y\n1,+2\n",               // nor this
           "x;y\n1;2.\n",               // nor this
           "x,y\n2024-01-01,2\n7,3\n",  // dates, then a number
           "x,y\n1,\xC3\xA5\n",         // a byte outside ASCII
           "a,b\n1,2\n",                // no column x
           "",                          // no header
       }) {
    TempCsv file(text);
    EXPECT_FALSE(ReadPlainSeries(file.path(), {}).has_value()) << text;
  }
  EXPECT_FALSE(ReadPlainSeries(::testing::TempDir() + "no_such_file.csv", {}).has_value());
}

TEST(ReadPlainSeries, NumbersKeepNoLabelsAndDatesKeepTheirs) {
  TempCsv numbers("x,y\n1.50,2\n");
  auto plain = ReadPlainSeries(numbers.path(), {});
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->x[0], 1.5);
  EXPECT_TRUE(plain->labels.empty());
  TempCsv dates("x,y\n2021-03-01,2\n");
  plain = ReadPlainSeries(dates.path(), {});
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->labels[0], "2021-03-01");
}

}  // namespace
}  // namespace stegvis::io
