#include "chart/labels.h"

namespace stegvis::chart {
namespace {

ChartLabels Swedish() {
  ChartLabels l;
  l.lang = Lang::kSv;
  l.chart_names = {"Seriediagram",
                   "Styrdiagram för enskilda värden (I)",
                   "Styrdiagram för glidande variationsbredd (MR)",
                   "Styrdiagram för medelvärden (Xbar)",
                   "Styrdiagram för standardavvikelser (S)",
                   "Styrdiagram för tid mellan händelser (T)",
                   "Styrdiagram för andelar (P)",
                   "Styrdiagram för andelar, Laney (P′)",
                   "Styrdiagram för frekvenser (U)",
                   "Styrdiagram för frekvenser, Laney (U′)",
                   "Styrdiagram för antal (C)",
                   "Styrdiagram för antal mellan händelser (G)",
                   "XmR-diagram"};
  l.value = "Värde";
  l.centre_median = "Median";
  l.centre_mean = "Medelvärde";
  l.limits = "Styrgränser";
  l.process_limits = "Processgränser";
  l.limits_2sigma = "2σ-gränser";
  l.target = "Mål";
  l.excluded = "Utesluten punkt";
  l.common_cause = "Vanlig variation";
  l.improvement = "Särskild orsak: förbättring";
  l.concern = "Särskild orsak: försämring";
  l.special_neutral = "Särskild orsak";
  l.runs_signal = "{centre}, streckad: icke-slumpmässig variation";
  l.part = "Fas {n}";
  l.part_column = "Fas";
  l.annotation = "Förbättringscykel (PGSA): perioderna testet pågick";
  l.annotation_span = "{text}: {from} – {to}";
  l.annotation_span_open = "{text}: från {from}, pågår";
  l.annotation_column = "Förbättringscykler";
  l.annotation_starts = "{text} börjar";
  l.annotation_ends = "{text} avslutas";
  l.annotation_single = "{text} (börjar och avslutas)";
  l.annotation_running = "{text} pågår";
  l.women = "Kvinnor";
  l.men = "Män";
  l.gap_title = "Skillnad mellan grupperna";
  l.gap_series = "Skillnad";
  l.funnel_title = "Trattdiagram";
  l.funnel_size = "Antal (nämnare)";
  l.funnel_centre = "Sammanvägt värde";
  l.funnel_limits_95 = "95 %-gränser";
  l.funnel_limits_998 = "99,8 %-gränser";
  l.funnel_unit = "Enhet";
  l.funnel_positions = {"inom gränserna", "över 95 %-gränsen", "under 95 %-gränsen",
                        "över 99,8 %-gränsen", "under 99,8 %-gränsen"};
  l.funnel_summary =
      "{chart} med {n} enheter runt ett sammanvägt värde på {centre}: {outside} utanför "
      "99,8 %-gränserna.";
  l.table_caption = "{title}: värden och signaler";
  l.period = "Period";
  l.lower_limit = "Nedre gräns";
  l.upper_limit = "Övre gräns";
  l.centre_line = "Mittlinje";
  l.signal = "Signal";
  l.no_signal = "Ingen";
  l.missing_value = "saknas";
  l.rule_words = {"utanför styrgränserna",
                  "ovanligt lång serie på samma sida om mittlinjen",
                  "för få korsningar av mittlinjen",
                  "skift: sex eller fler punkter på samma sida om medianen",
                  "trend: fem eller fler punkter i rad uppåt eller nedåt",
                  "för få serier",
                  "för många serier",
                  "uppenbart avvikande värde",
                  "utanför processgränserna",
                  "sju eller fler punkter på samma sida om medelvärdet",
                  "sju eller fler punkter i rad uppåt eller nedåt",
                  "två av tre punkter nära processgränsen",
                  "en punkt utanför 3σ",
                  "två av tre punkter utanför 2σ på samma sida",
                  "fyra av fem punkter utanför 1σ på samma sida",
                  "åtta punkter i rad på samma sida om mittlinjen"};
  l.summary = "{chart} med {n} punkter från {from} till {to}: {verdict}.";
  l.summary_group = "{name}: {verdict}";
  l.verdict_common = "bara vanlig variation";
  l.verdict_improvement_one = "1 punkt visar förbättring";
  l.verdict_improvement_many = "{k} punkter visar förbättring";
  l.verdict_concern_one = "1 punkt visar försämring";
  l.verdict_concern_many = "{k} punkter visar försämring";
  l.verdict_neutral_one = "1 punkt visar en särskild orsak";
  l.verdict_neutral_many = "{k} punkter visar en särskild orsak";
  l.verdict_runs = "seriereglerna visar icke-slumpmässig variation";
  l.list_and = " och ";
  return l;
}

ChartLabels English() {
  ChartLabels l;
  l.lang = Lang::kEn;
  l.chart_names = {"Run chart",
                   "Control chart of individual values (I)",
                   "Control chart of moving ranges (MR)",
                   "Control chart of means (Xbar)",
                   "Control chart of standard deviations (S)",
                   "Control chart of time between events (T)",
                   "Control chart of proportions (P)",
                   "Control chart of proportions, Laney (P′)",
                   "Control chart of rates (U)",
                   "Control chart of rates, Laney (U′)",
                   "Control chart of counts (C)",
                   "Control chart of cases between events (G)",
                   "XmR chart"};
  l.value = "Value";
  l.centre_median = "Median";
  l.centre_mean = "Mean";
  l.limits = "Control limits";
  l.process_limits = "Process limits";
  l.limits_2sigma = "2σ limits";
  l.target = "Target";
  l.excluded = "Excluded point";
  l.common_cause = "Common cause";
  l.improvement = "Special cause: improvement";
  l.concern = "Special cause: concern";
  l.special_neutral = "Special cause";
  l.runs_signal = "{centre}, dashed: non-random variation";
  l.part = "Phase {n}";
  l.part_column = "Phase";
  l.annotation = "Improvement cycle (PDSA): the periods the test ran";
  l.annotation_span = "{text}: {from} – {to}";
  l.annotation_span_open = "{text}: from {from}, ongoing";
  l.annotation_column = "Improvement cycles";
  l.annotation_starts = "{text} starts";
  l.annotation_ends = "{text} ends";
  l.annotation_single = "{text} (starts and ends)";
  l.annotation_running = "{text} ongoing";
  l.women = "Women";
  l.men = "Men";
  l.gap_title = "Gap between the groups";
  l.gap_series = "Gap";
  l.funnel_title = "Funnel plot";
  l.funnel_size = "Size (denominator)";
  l.funnel_centre = "Pooled value";
  l.funnel_limits_95 = "95% limits";
  l.funnel_limits_998 = "99.8% limits";
  l.funnel_unit = "Unit";
  l.funnel_positions = {"within the limits", "above the 95% limit", "below the 95% limit",
                        "above the 99.8% limit", "below the 99.8% limit"};
  l.funnel_summary =
      "{chart} of {n} units around a pooled value of {centre}: {outside} outside the 99.8% "
      "limits.";
  l.table_caption = "{title}: values and signals";
  l.period = "Period";
  l.lower_limit = "Lower limit";
  l.upper_limit = "Upper limit";
  l.centre_line = "Centre line";
  l.signal = "Signal";
  l.no_signal = "None";
  l.missing_value = "missing";
  l.rule_words = {"outside the control limits",
                  "unusually long run on one side of the centre line",
                  "too few crossings of the centre line",
                  "shift: six or more points on one side of the median",
                  "trend: five or more points in a row going up or down",
                  "too few runs",
                  "too many runs",
                  "astronomical point",
                  "outside the process limits",
                  "seven or more points on one side of the mean",
                  "seven or more points in a row going up or down",
                  "two of three points close to a process limit",
                  "one point beyond 3σ",
                  "two of three points beyond 2σ on the same side",
                  "four of five points beyond 1σ on the same side",
                  "eight points in a row on one side of the centre line"};
  l.summary = "{chart} with {n} points from {from} to {to}: {verdict}.";
  l.summary_group = "{name}: {verdict}";
  l.verdict_common = "only common-cause variation";
  l.verdict_improvement_one = "1 point shows improvement";
  l.verdict_improvement_many = "{k} points show improvement";
  l.verdict_concern_one = "1 point shows concern";
  l.verdict_concern_many = "{k} points show concern";
  l.verdict_neutral_one = "1 point shows a special cause";
  l.verdict_neutral_many = "{k} points show a special cause";
  l.verdict_runs = "the runs rules show non-random variation";
  l.list_and = " and ";
  return l;
}

}  // namespace

ChartLabels DefaultLabels(Lang lang) {
  return lang == Lang::kSv ? Swedish() : English();
}

std::string FillTemplate(std::string_view pattern,
                         std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = pattern.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [key, value] : values) {
          if (key == name) {
            out += value;
            found = true;
            break;
          }
        }
        if (found) {
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

const std::string& ChartName(const ChartLabels& labels, stats::ChartType chart) {
  return labels.chart_names[static_cast<size_t>(chart)];
}

const std::string& RuleWords(const ChartLabels& labels, stats::Rule rule) {
  return labels.rule_words[static_cast<size_t>(rule)];
}

}  // namespace stegvis::chart
