#include "domain/observation_grid.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

Measure Proportion() {
  Measure m;
  m.name = "Andel";
  m.data_type = stats::DataType::kProportion;
  m.grouping = Grouping::kWomenMen;
  m.frequency = Frequency::kMonth;
  return m;
}

Measure Count() {
  Measure m = Proportion();
  m.data_type = stats::DataType::kCount;
  return m;
}

TEST(ParseStoredNumberTest, TakesADecimalCommaAsExcelWritesIt) {
  EXPECT_EQ(*ParseStoredNumber("12,5"), "12.5");
  EXPECT_EQ(*ParseStoredNumber("12.50"), "12.5");
  EXPECT_EQ(*ParseStoredNumber("1 234,0"), "1234");
  EXPECT_EQ(*ParseStoredNumber("1\xC2\xA0"
                               "234,75"),
            "1234.75");
  EXPECT_EQ(*ParseStoredNumber("\xE2\x88\x92"
                               "3"),
            "-3");
  EXPECT_EQ(*ParseStoredNumber(",5"), "0.5");
  EXPECT_EQ(*ParseStoredNumber("007"), "7");
}

TEST(ParseStoredNumberTest, RefusesWhatIsNotANumberWithTheReason) {
  for (const char* bad : {"", "abc", "12,5,3", "1.2.3", "5%", "-", "1e5", "12 st"}) {
    auto r = ParseStoredNumber(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().key, "error.not_a_number");
  }
}

TEST(ParseStoredNumberTest, KeepsOnlyWhatADoubleHoldsExactly) {
  EXPECT_EQ(*ParseStoredNumber("123456789012345"), "123456789012345");
  EXPECT_EQ(*ParseStoredNumber("0,123456789012345"), "0.123456789012345");
  EXPECT_EQ(*ParseStoredNumber("1000000000000000000"), "1000000000000000000");
  auto r = ParseStoredNumber("1234567890123456");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().key, "error.not_a_number");
  EXPECT_EQ(r.error().field, "value");
}

TEST(PeriodContainingTest, EachFrequency) {
  const core::Date date = *core::Date::Parse("2024-12-30");
  EXPECT_EQ(PeriodContaining(Frequency::kMonth, date), "2024-12");
  EXPECT_EQ(PeriodContaining(Frequency::kQuarter, date), "2024-Q4");
  EXPECT_EQ(PeriodContaining(Frequency::kWeek, date), "2025-W01");
  EXPECT_EQ(PeriodContaining(Frequency::kWeek, *core::Date::Parse("2021-01-03")), "2020-W53");
}

TEST(ParsePeriodTest, AcceptsTheWaysPeopleWritePeriods) {
  EXPECT_EQ(*ParsePeriod(Frequency::kMonth, "2025-3"), "2025-03");
  EXPECT_EQ(*ParsePeriod(Frequency::kMonth, "2025/12"), "2025-12");
  EXPECT_EQ(*ParsePeriod(Frequency::kWeek, "2025 v7"), "2025-W07");
  EXPECT_EQ(*ParsePeriod(Frequency::kWeek, "2025-w53"), "2025-W53");
  EXPECT_EQ(*ParsePeriod(Frequency::kQuarter, "2025 K1"), "2025-Q1");
  EXPECT_FALSE(ParsePeriod(Frequency::kMonth, "2025-13"));
  EXPECT_FALSE(ParsePeriod(Frequency::kMonth, "mars"));
  EXPECT_FALSE(ParsePeriod(Frequency::kQuarter, "2025-Q5"));
  EXPECT_EQ(ParsePeriod(Frequency::kMonth, "x").error().key, "error.bad_period");
}

TEST(YearlyPeriodTest, AYearIsFourDigitsWithinTheAllowedYears) {
  EXPECT_EQ(*ParsePeriod(Frequency::kYear, " 2024 "), "2024");
  EXPECT_FALSE(ParsePeriod(Frequency::kYear, "2024-01"));
  EXPECT_FALSE(ParsePeriod(Frequency::kYear, "24"));
  EXPECT_FALSE(ParsePeriod(Frequency::kYear, "1899"));
  EXPECT_FALSE(ParsePeriod(Frequency::kYear, "2201"));
  EXPECT_FALSE(ParsePeriod(Frequency::kMonth, "2024")) << "a year is no month";
  EXPECT_EQ(NextPeriod(Frequency::kYear, "2024"), "2025");
  EXPECT_EQ(PreviousPeriod(Frequency::kYear, "2024"), "2023");
  EXPECT_EQ(PeriodContaining(Frequency::kYear, *core::Date::Parse("2026-12-07")), "2026");
  EXPECT_TRUE(PeriodAllowed(Frequency::kYear, "2200"));
  const std::vector<std::string> rows = GridPeriods(Frequency::kYear, {}, "2026");
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(kGridPeriodsBefore) + 1);
  EXPECT_EQ(rows.front(), "2014");
  EXPECT_EQ(rows.back(), "2026");
  const std::vector<std::string> first_years = GridPeriods(Frequency::kYear, {"1900"}, "2026", 3);
  EXPECT_EQ(first_years.front(), "1900") << "no row before the first allowed year";
}

TEST(NextPeriodTest, RollsOverTheYear) {
  EXPECT_EQ(NextPeriod(Frequency::kMonth, "2025-12"), "2026-01");
  EXPECT_EQ(NextPeriod(Frequency::kQuarter, "2025-Q4"), "2026-Q1");
  EXPECT_EQ(NextPeriod(Frequency::kWeek, "2026-W53"), "2027-W01");  // 2026 has 53 weeks
  EXPECT_EQ(NextPeriod(Frequency::kWeek, "2025-W52"), "2026-W01");
}

TEST(NextPeriodTest, AWeek53TheYearLacksStepsLikeTheLastWeek) {
  // ParsePeriod takes "2025-W53" although 2025 has 52 ISO weeks.
  EXPECT_EQ(NextPeriod(Frequency::kWeek, "2025-W53"), "2026-W01");
  EXPECT_EQ(PreviousPeriod(Frequency::kWeek, "2025-W53"), "2025-W52");
}

TEST(PreviousPeriodTest, RollsBackOverTheYear) {
  EXPECT_EQ(PreviousPeriod(Frequency::kMonth, "2026-01"), "2025-12");
  EXPECT_EQ(PreviousPeriod(Frequency::kMonth, "2026-07"), "2026-06");
  EXPECT_EQ(PreviousPeriod(Frequency::kQuarter, "2026-Q1"), "2025-Q4");
  EXPECT_EQ(PreviousPeriod(Frequency::kWeek, "2027-W01"), "2026-W53");  // 2026 has 53 weeks
  EXPECT_EQ(PreviousPeriod(Frequency::kWeek, "2026-W01"), "2025-W52");
  EXPECT_EQ(PreviousPeriod(Frequency::kWeek, "2026-W10"), "2026-W09");
}

TEST(GridPeriodsTest, ANewMeasureOffersTheYearBeforeTodayForItsBaseline) {
  std::vector<std::string> rows = GridPeriods(Frequency::kMonth, {}, "2026-11");
  ASSERT_EQ(rows.size(), 13u);
  EXPECT_EQ(rows.front(), "2025-11");
  EXPECT_EQ(rows[11], "2026-10") << "twelve whole months before the current one";
  EXPECT_EQ(rows.back(), "2026-11");
  std::vector<std::string> weeks = GridPeriods(Frequency::kWeek, {}, "2026-W02");
  ASSERT_EQ(weeks.size(), 13u);
  EXPECT_EQ(weeks.front(), "2025-W42");
}

TEST(GridPeriodsTest, AMeasureWithDataGetsTheNextPeriodsAfterItsLast) {
  std::vector<std::string> rows =
      GridPeriods(Frequency::kQuarter, {"2025-Q3", "2025-Q4"}, "2027-Q2");
  EXPECT_EQ(rows,
            (std::vector<std::string>{"2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"}));
}

TEST(GridPeriodsTest, NoRowIsOfferedThatCouldNotBeSaved) {
  // Data in today's period: no future rows.
  EXPECT_EQ(GridPeriods(Frequency::kMonth, {"2026-10", "2026-11"}, "2026-11"),
            (std::vector<std::string>{"2026-10", "2026-11"}));
  EXPECT_EQ(GridPeriods(Frequency::kMonth, {"2026-09"}, "2026-10"),
            (std::vector<std::string>{"2026-09", "2026-10"}));
  // Data in the last period ParsePeriod takes (stored before today's rules): nothing after it.
  EXPECT_EQ(GridPeriods(Frequency::kMonth, {"2200-12"}, "2201-06"),
            (std::vector<std::string>{"2200-12"}));
  EXPECT_EQ(GridPeriods(Frequency::kQuarter, {"2200-Q4"}, "2201-Q2"),
            (std::vector<std::string>{"2200-Q4"}));
  // A measure holding the most periods allowed gets no empty row at all.
  std::vector<std::string> full;
  for (std::string p = "1970-01"; full.size() < kMaxPeriodsPerMeasure;
       p = NextPeriod(Frequency::kMonth, p)) {
    full.push_back(p);
  }
  EXPECT_EQ(GridPeriods(Frequency::kMonth, full, "2026-11"), full);
  EXPECT_EQ(GridPeriods(Frequency::kMonth, full, "2026-11", 2), full);
}

TEST(GridPeriodsTest, EarlierPeriodsComeBeforeTheFirstDownToTheFirstAllowed) {
  EXPECT_EQ(GridPeriods(Frequency::kMonth, {"2026-03"}, "2026-04", 2),
            (std::vector<std::string>{"2026-01", "2026-02", "2026-03", "2026-04"}));
  std::vector<std::string> fresh = GridPeriods(Frequency::kMonth, {}, "2026-11", 1);
  ASSERT_EQ(fresh.size(), 14u);
  EXPECT_EQ(fresh.front(), "2025-10");
  EXPECT_EQ(GridPeriods(Frequency::kMonth, {"1900-02"}, "1900-02", 5),
            (std::vector<std::string>{"1900-01", "1900-02"}));
}

TEST(CheckEachCellTest, NamesEveryBadCellNotOnlyTheFirst) {
  CellCheck check = CheckEachCell(Proportion(), {{"2025-01", "women", "3", "40"},
                                                 {"2025-02", "women", "11,5", "40"},
                                                 {"2025-03", "men", "41", "40"},
                                                 {"2025-13", "men", "1", "40"},
                                                 {"2025-01", "women", "4", "40"}});
  ASSERT_EQ(check.errors.size(), 4u);
  EXPECT_EQ(check.errors[0].field, "row 2: women");
  EXPECT_EQ(check.errors[0].key, "error.numerator_not_whole");
  EXPECT_EQ(check.errors[1].field, "row 3: men");
  EXPECT_EQ(check.errors[1].key, "error.numerator_exceeds");
  EXPECT_EQ(check.errors[2].key, "error.bad_period");
  EXPECT_EQ(check.errors[3].key, "error.duplicate_cell");
  ASSERT_EQ(check.valid.size(), 1u);
  EXPECT_EQ(check.valid[0].period, "2025-01");
}

TEST(ImpossibleCellsTest, NamesEveryFuturePeriodAndEveryWrongTotal) {
  Measure m = Count();
  std::vector<core::Error> errors = ImpossibleCells(m,
                                                    {{"2026-01", "women", "3", ""},
                                                     {"2026-01", "men", "4", ""},
                                                     {"2026-01", "total", "8", ""},
                                                     {"2027-01", "women", "3", ""},
                                                     {"2027-02", "men", "3", ""}},
                                                    {}, "2026-11");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].key, "error.future_period");
  EXPECT_EQ(errors[0].field, "row 4: women");
  EXPECT_EQ(errors[1].key, "error.future_period");
  EXPECT_EQ(errors[2].key, "error.total_not_sum");
}

TEST(ValidateCellsTest, AMissingValueStaysMissingNotZero) {
  auto cells = ValidateCells(Count(), {{"2025-01", "women", "", ""}, {"2025-01", "men", "0", ""}});
  ASSERT_TRUE(cells);
  EXPECT_EQ((*cells)[0].value, "");
  EXPECT_EQ((*cells)[1].value, "0");
}

TEST(ValidateCellsTest, NamesTheRowAndGroupOfTheFirstBadCell) {
  auto r = ValidateCells(Proportion(), {{"2025-01", "women", "3", "40"},
                                        {"2025-02", "women", "3", "40"},
                                        {"2025-03", "men", "41", "40"}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "row 3: men");
  EXPECT_EQ(r.error().key, "error.numerator_exceeds");
}

TEST(ValidateCellsTest, RefusesWhatTheDataTypeCannotBe) {
  EXPECT_EQ(ValidateCells(Count(), {{"2025-01", "women", "2,5", ""}}).error().key,
            "error.not_a_count");
  EXPECT_EQ(ValidateCells(Count(), {{"2025-01", "women", "-1", ""}}).error().key, "error.negative");
  EXPECT_EQ(ValidateCells(Proportion(), {{"2025-01", "women", "3", ""}}).error().key,
            "error.needs_both");
  EXPECT_EQ(ValidateCells(Proportion(), {{"2025-01", "women", "0", "0"}}).error().key,
            "error.denominator_zero");
  EXPECT_EQ(ValidateCells(Count(), {{"2025-01", "girls", "1", ""}}).error().key, "error.bad_group");
  EXPECT_EQ(ValidateCells(Count(), {{"2025-01", "women", "1", ""}, {"2025-1", "women", "2", ""}})
                .error()
                .key,
            "error.duplicate_cell");
}

// 11,5 people of 36 was accepted as a proportion's numerator.
TEST(ValidateCellsTest, APeopleCountIsWholeInNumeratorAndDenominator) {
  auto half = ValidateCells(Proportion(), {{"2025-01", "women", "11,5", "36"}});
  ASSERT_FALSE(half);
  EXPECT_EQ(half.error().key, "error.numerator_not_whole");
  EXPECT_EQ(half.error().field, "row 1: women");
  EXPECT_EQ(ValidateCells(Proportion(), {{"2025-01", "women", "11", "36,5"}}).error().key,
            "error.denominator_not_whole");
  Measure rate = Proportion();
  rate.data_type = stats::DataType::kRate;
  EXPECT_EQ(ValidateCells(rate, {{"2025-01", "women", "2,5", "100"}}).error().key,
            "error.numerator_not_whole");
  EXPECT_TRUE(ValidateCells(rate, {{"2025-01", "women", "2", "100,5"}}))
      << "exposure, such as bed-days, may have decimals";
}

// February 2027 was saved and plotted in December 2026.
TEST(CheckBatchAgainstDataTest, APeriodThatHasNotBegunIsRefused) {
  auto later = CheckBatchAgainstData(
      Count(), {{"2026-12", "women", "3", ""}, {"2027-02", "women", "4", ""}}, {}, "2026-12");
  ASSERT_FALSE(later);
  EXPECT_EQ(later.error().key, "error.future_period");
  EXPECT_EQ(later.error().field, "row 2: women");
  EXPECT_TRUE(CheckBatchAgainstData(Count(), {{"2026-12", "women", "3", ""}}, {}, "2026-12"));
  EXPECT_TRUE(CheckBatchAgainstData(Count(), {{"2027-02", "women", "", ""}}, {}, "2026-12"))
      << "emptying a future cell is allowed";
}

// 30/36 as the total next to 21/36 for women and 9/? for men was plotted as 83,3 %.
TEST(CheckBatchAgainstDataTest, ATotalThatIsNotWomenPlusMenIsRefused) {
  auto wrong = CheckBatchAgainstData(Proportion(),
                                     {{"2026-01", "women", "21", "36"},
                                      {"2026-01", "men", "9", "30"},
                                      {"2026-01", "total", "30", "36"}},
                                     {}, "2026-12");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().key, "error.total_not_sum");
  EXPECT_EQ(wrong.error().field, "row 1: total");
  EXPECT_TRUE(CheckBatchAgainstData(Proportion(),
                                    {{"2026-01", "women", "21", "36"},
                                     {"2026-01", "men", "9", "30"},
                                     {"2026-01", "total", "30", "66"}},
                                    {}, "2026-12"));
  // Against what is stored: a new total for women 3 and men 4 already saved.
  const std::vector<Observation> stored = {{1, "2026-02", "women", "3", "", "", 0, ""},
                                           {1, "2026-02", "men", "4", "", "", 0, ""}};
  EXPECT_EQ(CheckBatchAgainstData(Count(), {{"2026-02", "total", "8", ""}}, stored, "2026-12")
                .error()
                .key,
            "error.total_not_sum");
  EXPECT_TRUE(CheckBatchAgainstData(Count(), {{"2026-02", "total", "7", ""}}, stored, "2026-12"));
  EXPECT_TRUE(CheckBatchAgainstData(Count(), {{"2026-02", "women", "", ""}}, stored, "2026-12"))
      << "no total to compare once a group is missing";
}

// Monthly periods from 1900-01 on, `count` of them, one cell each.
std::vector<Observation> StoredMonths(int count) {
  std::vector<Observation> out;
  for (int i = 0; i < count; ++i) {
    char period[16];
    std::snprintf(period, sizeof period, "%04d-%02d", 1900 + i / 12, i % 12 + 1);
    out.push_back({1, period, "women", "3", "", "", 0, ""});
  }
  return out;
}

TEST(CheckBatchAgainstDataTest, AMeasureHoldsAtMostTheLimitOfPeriods) {
  const int limit = static_cast<int>(kMaxPeriodsPerMeasure);
  const std::vector<Observation> full = StoredMonths(limit);
  // One period more is refused, in words naming the limit.
  auto more = CheckBatchAgainstData(Count(), {{"2026-02", "women", "3", ""}}, full, "2026-12");
  ASSERT_FALSE(more);
  EXPECT_EQ(more.error().key, "error.too_many_periods");
  EXPECT_EQ(more.error().field, "periods");
  ASSERT_EQ(more.error().params.size(), 1u);
  EXPECT_EQ(more.error().params[0].name, "max");
  // A full measure can still change its periods, and take a new one once an old one goes.
  EXPECT_TRUE(CheckBatchAgainstData(Count(), {{"1900-01", "men", "4", ""}}, full, "2026-12"));
  EXPECT_TRUE(CheckBatchAgainstData(
      Count(), {{"1900-01", "women", "", ""}, {"2026-02", "women", "3", ""}}, full, "2026-12"));
  // A batch alone (a paste, a JSON import) is held to the same limit.
  std::vector<CellInput> batch;
  for (const Observation& o : StoredMonths(limit + 1))
    batch.push_back({o.period, o.group, "1", ""});
  EXPECT_EQ(CheckBatchAgainstData(Count(), batch, {}, "2026-12").error().key,
            "error.too_many_periods");
  batch.pop_back();
  EXPECT_TRUE(CheckBatchAgainstData(Count(), batch, {}, "2026-12"));
}

TEST(ValidateCellsTest, TheSamePeriodAndGroupTwiceIsRefusedInALargeBatch) {
  std::vector<CellInput> batch;
  for (const Observation& o : StoredMonths(500)) batch.push_back({o.period, o.group, "1", ""});
  batch.push_back({"1900-01", "men", "1", ""});
  ASSERT_TRUE(ValidateCells(Count(), batch));
  batch.push_back({"1930-05", "women", "2", ""});
  auto twice = ValidateCells(Count(), batch);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().key, "error.duplicate_cell");
  EXPECT_EQ(twice.error().field, "row 502: women");
}

TEST(ParsePastedGridTest, ReadsExcelRowsWithDecimalCommaAndSkipsTheHeader) {
  Measure m = Count();
  m.data_type = stats::DataType::kContinuous;
  auto cells =
      ParsePastedGrid(m, "Månad\tKvinnor\tMän\tTotalt\r\n2025-01\t3,5\t4\t\n2025-02\t\t2,25\t\n");
  ASSERT_TRUE(cells) << cells.error().message;
  ASSERT_EQ(cells->size(), 6u);
  EXPECT_EQ((*cells)[0].value, "3.5");
  EXPECT_EQ((*cells)[3].value, "") << "an empty cell is missing";
  EXPECT_EQ((*cells)[4].value, "2.25");
}

TEST(ParsePastedGridTest, AOneLinePasteWithABadPeriodIsRefusedNotDropped) {
  auto bad = ParsePastedGrid(Count(), "2025-13\t3\t4\n");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().key, "error.bad_period");
  EXPECT_EQ(bad.error().field, "row 1");
  auto alone = ParsePastedGrid(Count(), "mars 2025\n");
  ASSERT_FALSE(alone);
  EXPECT_EQ(alone.error().key, "error.bad_period");
  // A header (no numbers) over data is still skipped.
  auto headed = ParsePastedGrid(Count(), "Månad\tKvinnor\tMän\n2025-01\t3\t4\n");
  ASSERT_TRUE(headed) << headed.error().message;
  EXPECT_EQ(headed->size(), 3u);
}

TEST(ParsePastedGridTest, APasteOfMoreLinesThanAMeasureMayHoldIsRefusedUnread) {
  std::string text = "Månad\tKvinnor\tMän\n";
  for (std::size_t i = 0; i < kMaxPeriodsPerMeasure; ++i) text += "2025-01\t1\t1\n";
  // At the limit the lines are read (and here the repeated period is what is wrong).
  EXPECT_EQ(ParsePastedGrid(Count(), text).error().key, "error.duplicate_cell");
  text += "2025-02\t1\t1\n";
  auto over = ParsePastedGrid(Count(), text);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().key, "error.too_many_periods");
  EXPECT_EQ(over.error().field, "periods");
}

TEST(ParsePastedGridTest, ProportionsTakeNumeratorAndDenominatorPerGroup) {
  auto cells = ParsePastedGrid(Proportion(), "2025-01\t3\t40\t5\t38\t8\t78\n");
  ASSERT_TRUE(cells);
  EXPECT_EQ((*cells)[1].group, "men");
  EXPECT_EQ((*cells)[1].denominator, "38");
}

TEST(ParsePastedGridTest, ABadRowRefusesTheWholePasteNamingTheLine) {
  auto r = ParsePastedGrid(Count(), "2025-01\t3\t4\n2025-02\t3\tfyra\n2025-03\t1\t1\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "row 2: men");
  EXPECT_EQ(r.error().key, "error.not_a_number");
  auto late = ParsePastedGrid(Count(), "2025-01\t3\t4\nsummа\t7\t8\n");
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().field, "row 2");
}

TEST(PastedGridErrorsTest, EveryBadLineIsNamedAtOnceFromTheTopDown) {
  const std::string paste =
      "Månad\tKvinnor\tMän\tTotalt\n"  // a header, skipped
      "2025-01\t3\tfyra\n"             // line 2: men not a number
      "2025-13\t1\t1\n"                // line 3: no such month
      "2025-02\t1,5\t2\n"              // line 4: half a person
      "2025-03\t1\t1\t5\n"             // line 5: the total is not women + men
      "2027-01\t1\t1\n";               // line 6: not begun yet
  std::vector<std::string> found;
  for (const core::Error& e : PastedGridErrors(Count(), paste, {}, "2026-11")) {
    found.push_back(e.field.substr(0, 6) + " " + e.key);
  }
  EXPECT_EQ(found,
            (std::vector<std::string>{"row 2: error.not_a_number", "row 3 error.bad_period",
                                      "row 4: error.not_a_count", "row 5: error.total_not_sum",
                                      "row 6: error.future_period", "row 6: error.future_period"}))
      << "line 6 for women and for men";
  EXPECT_TRUE(PastedGridErrors(Count(), "2025-01\t3\t4\n2025-02\t1\t1\n", {}, "2026-11").empty());
  // The save's own check still refuses with one: the first line it cannot read.
  auto first = ParsePastedGrid(Count(), paste);
  ASSERT_FALSE(first);
  EXPECT_EQ(first.error().field, "row 3");
}

}  // namespace
}  // namespace stegvis::domain
