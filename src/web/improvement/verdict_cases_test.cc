// The verdicts on constructed series, read from tests/cases/verdicts/*.test: each case is a
// measure with monthly values for women and men, and the verdict of every series (the API's
// value) with its words in Swedish and English, exactly as the measure page says them.
//
// A file holds cases of one behaviour. A case:
//
//   case <name>
//   data proportion            a stats::DataTypeName
//   better up                  up or down
//   from 2025-01               the first month; each value is the next month
//   women 58/100 61/100 ...    values (numerator/denominator for proportions and rates)
//   men 56/100 ...
//   ----
//   total improved             a series (total, women, men, gap) and its verdict as the API
//   sv Förbättring för alla: ja – …     names it, then its sentence in each language
//   en Improvement for everyone: yes – …
//
// A blank line ends the case. Lines starting with # are comments.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "domain/measure_analysis.h"
#include "stats/verdict.h"
#include "web/http/embedded_files.h"
#include "web/improvement/verdict_text.h"
#include "web/render/catalogue.h"

namespace stegvis::web {
namespace {

struct Expected {
  std::string verdict;
  std::map<std::string, std::string> words;  // by language
};

struct Case {
  std::string file;
  int line = 0;
  std::string name;
  std::map<std::string, std::string> settings;             // data, better, from
  std::map<std::string, std::vector<std::string>> values;  // women, men
  std::vector<std::pair<std::string, Expected>> expected;  // in file order
};

std::vector<Case> ReadCases(const std::filesystem::path& path) {
  std::vector<Case> cases;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  bool in_expected = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) {
      in_expected = false;
      continue;
    }
    if (line[0] == '#') continue;
    const std::size_t space = line.find(' ');
    const std::string head = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
    if (head == "case") {
      cases.push_back(Case{path.filename().string(), number, rest, {}, {}, {}});
      in_expected = false;
      continue;
    }
    if (cases.empty()) {
      ADD_FAILURE() << path << ":" << number << ": text before the first case";
      continue;
    }
    Case& c = cases.back();
    if (line == "----") {
      in_expected = true;
    } else if (!in_expected && (head == "women" || head == "men")) {
      std::istringstream words(rest);
      for (std::string v; words >> v;) c.values[head].push_back(v);
    } else if (!in_expected) {
      c.settings[head] = rest;
    } else if (head == "sv" || head == "en") {
      if (c.expected.empty()) {
        ADD_FAILURE() << path << ":" << number << ": words before a series";
        continue;
      }
      c.expected.back().second.words[head] = rest;
    } else {
      c.expected.push_back({head, Expected{rest, {}}});
    }
  }
  return cases;
}

// "2025-01" plus `months`.
std::string Month(const std::string& from, int months) {
  int year = std::stoi(from.substr(0, 4));
  int month = std::stoi(from.substr(5, 2)) - 1 + months;
  year += month / 12;
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", year, month % 12 + 1);
  return text;
}

std::vector<domain::Observation> Observations(const Case& c) {
  std::vector<domain::Observation> out;
  for (const auto& [group, values] : c.values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      domain::Observation o;
      o.period = Month(c.settings.at("from"), static_cast<int>(i));
      o.group = group;
      const std::size_t slash = values[i].find('/');
      o.value = values[i].substr(0, slash);
      if (slash != std::string::npos) o.denominator = values[i].substr(slash + 1);
      out.push_back(o);
    }
  }
  return out;
}

class VerdictCasesTest : public ::testing::Test {
 protected:
  Catalogue catalogue_ = *Catalogue::Load(EmbeddedFiles());

  // The verdict and the words of `series` in `analysis`, in `lang`; empty when absent.
  Expected Actual(const domain::MeasureAnalysis& a, const std::string& series) {
    Expected out;
    for (const char* lang : {"sv", "en"}) {
      const std::string group = series == "total" ? catalogue_.Get(lang, "group.total_in_sentence")
                                                  : catalogue_.Get(lang, "group." + series);
      if (series == "total" && a.total) {
        stats::Judgement j = stats::JudgeSeries(*a.total, stats::RuleSet::kAnhoej, a.direction);
        out.verdict = stats::SeriesVerdictName(j.verdict);
        out.words[lang] = DescribeJudgement(catalogue_, lang, group, j, *a.total);
      } else if (a.groups && (series == "women" || series == "men")) {
        const bool women = series == "women";
        const stats::Judgement& j = women ? a.groups->verdict_a : a.groups->verdict_b;
        out.verdict = stats::SeriesVerdictName(j.verdict);
        out.words[lang] = DescribeJudgement(catalogue_, lang, group, j,
                                            women ? a.groups->group_a : a.groups->group_b);
      } else if (a.groups && series == "gap") {
        out.verdict = stats::GapVerdictName(a.groups->gap_verdict);
        out.words[lang] = DescribeGap(catalogue_, lang, catalogue_.Get(lang, "group.women"),
                                      catalogue_.Get(lang, "group.men"), *a.groups);
      }
    }
    return out;
  }
};

TEST_F(VerdictCasesTest, ConstructedSeriesReadAsTheCasesSay) {
  const std::filesystem::path dir =
      std::filesystem::path(STEGVIS_SOURCE_DIR) / "tests" / "cases" / "verdicts";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no cases in " << dir;
  int checked = 0;
  for (const auto& path : files) {
    for (const Case& c : ReadCases(path)) {
      SCOPED_TRACE(c.file + ":" + std::to_string(c.line) + ": " + c.name);
      domain::Measure measure;
      measure.name = c.name;
      auto type = stats::ParseDataType(c.settings.count("data") ? c.settings.at("data") : "");
      ASSERT_TRUE(type) << "data: " << c.settings.count("data");
      measure.data_type = *type;
      auto better = domain::ParseBetter(c.settings.count("better") ? c.settings.at("better") : "");
      ASSERT_TRUE(better) << "better";
      measure.direction = *better;
      ASSERT_TRUE(c.settings.count("from")) << "from";
      auto analysis = domain::AnalyzeMeasure(measure, Observations(c));
      ASSERT_TRUE(analysis) << analysis.error().message;
      ASSERT_FALSE(c.expected.empty()) << "nothing expected";
      for (const auto& [series, expected] : c.expected) {
        const Expected actual = Actual(*analysis, series);
        EXPECT_EQ(actual.verdict, expected.verdict) << series;
        for (const char* lang : {"sv", "en"}) {
          ASSERT_TRUE(expected.words.count(lang)) << series << ": no " << lang << " words";
          EXPECT_EQ(actual.words.at(lang), expected.words.at(lang))
              << series << " (" << lang << ")";
        }
        ++checked;
      }
    }
  }
  // Guards against a reader that silently finds nothing.
  EXPECT_GE(checked, 60);
}

}  // namespace
}  // namespace stegvis::web
