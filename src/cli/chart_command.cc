// `stegvis chart`: reads a CSV file, analyses it with the statistics engine and prints the
// result as JSON, CSV or SVG. The interface is fixed; other tools and tests depend on it.

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "chart/chart_svg.h"
#include "cli/command.h"
#include "core/date.h"
#include "core/decimal.h"
#include "io/analysis_writer.h"
#include "io/csv.h"
#include "io/series_reader.h"
#include "stats/analysis.h"
#include "web/http/embedded_files.h"
#include "web/render/chart_words.h"

namespace stegvis::cli {
namespace {

constexpr const char* kDescription =
    "Analyse a measure over time and print the run or control chart.\n"
    "\n"
    "Reads FILE.csv (',' or ';' separators, decimal comma or point, UTF-8 with or without BOM,\n"
    "quoted fields; an empty field is a missing value, never zero). The x column holds numbers\n"
    "or ISO dates (YYYY-MM-DD); rows with the same x are one period.\n"
    "\n"
    "Output on stdout:\n"
    "  --format json  one object {\"chart\", \"points\": [...], \"parts\": [...]}; numbers in\n"
    "                 shortest round-trip form, null where there is no value\n"
    "  --format csv   one row per point with the same columns as the JSON points; always ','\n"
    "                 between fields and '.' for decimals (machine-readable, whatever --lang)\n"
    "  --format svg   the chart as an accessible SVG (title, summary, legend); --lang sets\n"
    "                 its words, months and decimal mark\n"
    "Point numbers (--freeze, --part-at, --exclude) are 1-based and count periods.\n"
    "On bad input one line on stderr names the row (and column) and the problem; exit code 2.\n"
    "\n"
    "Example:\n"
    "  stegvis chart --input fall.csv --chart p --x month --y falls --n patients \\\n"
    "      --multiply 100 --direction down --lang sv --format svg > fall.svg";

struct ChartArgs {
  std::string input, chart, x = "x", y = "y", n, part_column, part_at, exclude;
  std::string agg = "mean", rules, direction = "neutral", rebase_at, lang = "sv", title, format;
  int freeze = 0, fix_after = 0;
  std::optional<double> cl, target;
  double multiply = 1;
  bool no_screen_mr = false;
};

// Thrown inside Run for a usage or input error; caught once, printed as one line.
struct UsageError {
  std::string message;
};

std::vector<int> ParsePointList(const std::string& text, const std::string& option) {
  std::vector<int> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    int value = 0;
    auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (item.empty() || ec != std::errc() || end != item.data() + item.size() || value < 1)
      throw UsageError{option + ": '" + item + "' is not a point number (1, 2, ...)"};
    out.push_back(value);
  }
  return out;
}

template <typename T>
T Require(core::Result<T> result, const std::string& option, const std::string& value,
          const char* expected) {
  if (!result)
    throw UsageError{option + ": unknown value '" + value + "' (expected " + expected + ")"};
  return *result;
}

std::string Describe(const core::Error& e) {
  if (e.field.empty() || e.message.find(e.field) != std::string::npos) return e.message;
  return e.field + ": " + e.message;
}

// The rows of `columns` in the CSV file at `path`, through the full CSV reader.
stats::Series ReadSeries(const std::string& path, const io::RowColumns& columns) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw UsageError{path + ": cannot read the file (" + std::strerror(errno) + ")"};
  std::stringstream text;
  text << file.rdbuf();
  auto table = io::ParseCsv(text.str());
  if (!table) throw UsageError{path + ": " + Describe(table.error())};
  auto rows = io::ReadRows(*table, columns);
  if (!rows) throw UsageError{path + ": " + Describe(rows.error())};
  return stats::ToSeries(*rows);
}

// The words come from the message catalogue embedded in the binary, as the pages' do. It is
// read once per process: the embedded files cannot change while it runs.
const core::Result<web::Catalogue>& EmbeddedCatalogue() {
  static const core::Result<web::Catalogue> catalogue = web::Catalogue::Load(web::EmbeddedFiles());
  return catalogue;
}

int Run(const ChartArgs& args) {
  try {
    stats::ChartOptions options;
    options.chart = Require(stats::ParseChartType(args.chart), "--chart", args.chart,
                            "run, i, mr, xbar, s, t, p, pp, u, up, c, g or xmr");
    if (args.format != "json" && args.format != "svg" && args.format != "csv")
      throw UsageError{"--format: unknown value '" + args.format + "' (expected json, svg or csv)"};
    const auto lang = chart::ParseLang(args.lang);
    if (!lang) throw UsageError{"--lang: unknown value '" + args.lang + "' (expected sv or en)"};
    options.agg =
        Require(stats::ParseAggregation(args.agg), "--agg", args.agg, "mean, median or sum");
    options.rules = args.rules.empty()
                        ? (options.chart == stats::ChartType::kXmR ? stats::RuleSet::kMdc
                                                                   : stats::RuleSet::kAnhoej)
                        : Require(stats::ParseRuleSet(args.rules), "--rules", args.rules,
                                  "anhoej, ihi, mdc or western-electric");
    options.direction = Require(stats::ParseDirection(args.direction), "--direction",
                                args.direction, "up, down or neutral");
    if (args.freeze < 0) throw UsageError{"--freeze: must be a point number (1, 2, ...)"};
    if (args.fix_after < 0) throw UsageError{"--fix-after: must be a number of points"};
    if (!(args.multiply > 0)) throw UsageError{"--multiply: must be greater than 0"};
    if (!args.part_at.empty() && !args.part_column.empty())
      throw UsageError{"--part-at and --part: give one of them, not both"};
    options.freeze = args.freeze;
    options.part_at = ParsePointList(args.part_at, "--part-at");
    options.exclude = ParsePointList(args.exclude, "--exclude");
    options.part_from_phase = !args.part_column.empty();
    options.cl = args.cl;
    options.target = args.target;
    options.multiply = args.multiply;
    options.screen_mr = !args.no_screen_mr;
    options.fix_after = args.fix_after;
    if (!args.rebase_at.empty()) {
      if (auto date = core::Date::Parse(args.rebase_at)) {
        options.rebase_at_x = static_cast<double>(date->DaysSinceEpoch());
      } else if (auto number = core::ParseDecimal(args.rebase_at)) {
        options.rebase_at_x = number->value;
      } else {
        throw UsageError{"--rebase-at: '" + args.rebase_at +
                         "' is neither a date (YYYY-MM-DD) nor a number"};
      }
    }

    const io::RowColumns columns{args.x, args.y, args.n, args.part_column};
    // Long plain files are read straight into columns; SVG shows the labels as written and
    // XmR names them in its errors, so those always take the full reader.
    std::optional<stats::Series> series;
    if (args.format != "svg" && options.chart != stats::ChartType::kXmR) {
      series = io::ReadPlainSeries(args.input, columns);
    }
    if (!series) series = ReadSeries(args.input, columns);
    auto analysis = stats::Analyze(*series, options);
    if (!analysis) throw UsageError{args.input + ": " + Describe(analysis.error())};
    series.reset();

    if (args.format == "json") {
      std::cout << io::AnalysisToJson(*analysis);
    } else if (args.format == "csv") {
      io::WriteAnalysisCsv(*analysis, std::cout);
    } else {
      const core::Result<web::Catalogue>& catalogue = EmbeddedCatalogue();
      if (!catalogue) {
        std::cerr << "stegvis chart: " << catalogue.error().message << "\n";
        return kExitFailure;
      }
      chart::ChartLabels labels = web::ChartWords(*catalogue, args.lang);
      labels.title = args.title;
      std::cout << chart::RenderChartSvg(*analysis, labels, options.rules);
    }
    return kExitOk;
  } catch (const UsageError& e) {
    std::string line = e.message;
    for (char& c : line)
      if (c == '\n' || c == '\r') c = ' ';  // one line, whatever the message holds
    std::cerr << "stegvis chart: " << line << "\n";
    return kExitUsage;
  }
}

}  // namespace

Command AddChartCommand(CLI::App& app) {
  auto args = std::make_shared<ChartArgs>();
  CLI::App* sub =
      app.add_subcommand("chart", "Analyse a CSV file and print a run or control chart");
  sub->description(kDescription);
  sub->add_option("--input", args->input, "CSV file to read")->required()->type_name("FILE.csv");
  sub->add_option("--chart", args->chart, "run|i|mr|xbar|s|t|p|pp|u|up|c|g|xmr")
      ->required()
      ->type_name("TYPE");
  sub->add_option("--x", args->x, "column of the periods (numbers or YYYY-MM-DD)")
      ->capture_default_str();
  sub->add_option("--y", args->y, "column of the values (numerators with --n)")
      ->capture_default_str();
  sub->add_option("--n", args->n, "column of the denominators (P, P', U, U')");
  sub->add_option("--freeze", args->freeze, "the first N points set the lines")->type_name("N");
  sub->add_option("--part-at", args->part_at, "start a new part after these points")
      ->type_name("I,J,...");
  sub->add_option("--part", args->part_column, "start a new part where this column changes")
      ->type_name("COL");
  sub->add_option("--exclude", args->exclude, "leave these points out of the lines")
      ->type_name("I,J,...");
  sub->add_option("--cl", args->cl, "use this centre line")->type_name("V");
  sub->add_option("--target", args->target, "draw a target line")->type_name("V");
  sub->add_option("--multiply", args->multiply, "multiply values and lines (100 for percent)")
      ->type_name("K");
  sub->add_option("--agg", args->agg, "mean|median|sum of several values in one period")
      ->capture_default_str();
  sub->add_flag("--no-screen-mr", args->no_screen_mr,
                "do not drop large moving ranges before sigma");
  sub->add_option("--rules", args->rules,
                  "anhoej|ihi|mdc|western-electric (default anhoej; mdc for xmr)");
  sub->add_option("--direction", args->direction, "up|down|neutral: which way is better")
      ->capture_default_str();
  sub->add_option("--fix-after", args->fix_after, "(mdc) fix the limits after N points")
      ->type_name("N");
  sub->add_option("--rebase-at", args->rebase_at, "(mdc) recalculate the limits from this period")
      ->type_name("DATE");
  sub->add_option("--lang", args->lang, "sv|en: words and number format of the SVG")
      ->capture_default_str();
  sub->add_option("--title", args->title, "title of the SVG chart")->type_name("TEXT");
  sub->add_option("--format", args->format, "json|svg|csv")->required()->type_name("FORMAT");
  return {sub, [args] { return Run(*args); }};
}

}  // namespace stegvis::cli
