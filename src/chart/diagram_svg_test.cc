// The theory-of-change and driver diagrams (theory_svg.h, driver_svg.h on box_diagram.h):
// golden SVGs and lists, wrapping that never drops text, the print rules (dark on white, a
// title and desc, a dashed border explained in words) and escaping.

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "chart/driver_svg.h"
#include "chart/theory_svg.h"

namespace stegvis::chart {
namespace {

void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(STEGVIS_SOURCE_DIR) + "/tests/golden/" + name;
  const char* update = std::getenv("STEGVIS_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path << " is missing; run with STEGVIS_UPDATE_GOLDEN=1 to create it";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_TRUE(expected.str() == actual) << name << " differs from the golden file";
}

TheoryInput Theory() {
  TheoryInput t;
  t.title = "Förbättringsteori: Trygg och jämställd hemgång";
  t.desc = "Resultatkedjan från resurser till effekt: 8 punkter, 6 kopplingar.";
  t.empty = "Inget ännu";
  t.shown_above = "(se ovan)";
  const char* headings[] = {"Resurser",
                            "Aktiviteter",
                            "Ny eller förändrad produkt",
                            "Nytt eller förändrat arbetssätt",
                            "Nytt eller förändrat utfall",
                            "Effekt"};
  const char* labels[] = {"Resurs", "Aktivitet", "Produkt", "Arbetssätt", "Utfall", "Effekt"};
  for (int i = 0; i < 6; ++i) {
    t.levels[i].heading = headings[i];
    t.levels[i].label = labels[i];
  }
  t.levels[0].items = {{"i1", "Två timmar i veckan för planeraren under våren", {}}};
  t.levels[1].items = {{"i2", "Utbilda biståndshandläggare i att fråga om önskade tider", {}},
                       {"i3", "Ta fram frågekort <A&B>", {}}};
  t.levels[2].items = {{"i4", "Frågekort om önskade tider", {}},
                       {"i8", "Checklista för inskrivningen", {}}};
  // Level 3 (ways of working) is left empty: the box says so.
  t.levels[4].items = {{"i5",
                        "Fler kvinnor får hjälp på de tider de själva valt",
                        {{"Mått: Andel som kan påverka när hjälpen ges", "/matt/3"}}}};
  t.levels[5].items = {{"i6",
                        "Kvinnor och män med hemtjänst har lika stort inflytande över sina "
                        "insatser",
                        {{"Mått: Andel som kan påverka när hjälpen ges", "/matt/3"},
                         {"Mått: Genomförandeplan med brukarens egna önskemål", "/matt/4"}}}};
  t.links = {{"i1", "i2"}, {"i1", "i3"}, {"i2", "i4"}, {"i3", "i4"}, {"i2", "i8"}, {"i5", "i6"}};
  return t;
}

DriverInput Driver() {
  DriverInput d;
  d.title = "Drivkraftsdiagram: Trygg och jämställd hemgång";
  d.desc = "Syftet, 2 primära och 2 sekundära drivkrafter och 2 förändringsidéer.";
  d.aim_heading = "Syfte";
  d.aim = "Fler kvinnor och män kan påverka när de får hjälp efter hemkomsten";
  d.primary_heading = "Primära drivkrafter";
  d.secondary_heading = "Sekundära drivkrafter";
  d.ideas_heading = "Förändringsidéer";
  d.primary_label = "Primär drivkraft";
  d.secondary_label = "Sekundär drivkraft";
  d.idea_label = "Förändringsidé";
  d.empty = "Inget ännu";
  d.shown_above = "(se ovan)";
  d.primary = {{"p1", "Brukarens egna önskemål styr planeringen", {}, {}, false},
               {"p2", "Kontinuitet i personalen", {}, {}, false}};
  d.secondary = {{"s1", "Önskade tider efterfrågas vid inskrivningen", {}, {}, false},
                 {"s2", "Samma kontaktperson varje vecka", {}, {}, false}};
  d.ideas = {{"idea1",
              "Brukaren väljer tid vid inskrivningen",
              "/forandringsideer/1",
              {{"Testad i 2 cykler", ""}, {"Senaste beslut: införa", ""}},
              true},
             {"idea2",
              "Samma kontaktperson varje vecka",
              "/forandringsideer/3",
              {{"Inte testad ännu", ""}},
              false}};
  d.links = {{"p1", "s1"}, {"p2", "s2"}, {"s1", "idea1"}, {"s2", "idea2"}};
  return d;
}

TEST(TheorySvg, Golden) {
  const TheoryInput t = Theory();
  const std::string svg = RenderTheorySvg(t);
  ExpectGolden("theory_of_change_sv.svg", svg);
  ExpectGolden("theory_of_change_sv.html", RenderTheoryList(t));
  EXPECT_NE(svg.find("<title id=\"toc-title\">Förbättringsteori: Trygg och jämställd hemgång"),
            std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"toc-desc\">"), std::string::npos);
  EXPECT_NE(svg.find(">&lt;A&amp;B&gt;</text>"), std::string::npos) << "escaped";
  EXPECT_NE(svg.find(">Inget ännu</text>"), std::string::npos) << "the empty level says so";
  EXPECT_EQ(svg, RenderTheorySvg(t)) << "byte-stable";
}

TEST(TheorySvg, NoTextIsCutHoweverLong) {
  TheoryInput t = Theory();
  const std::string long_text =
      "Personalen använder frågekortet vid varje inskrivning och vid varje uppföljning av "
      "genomförandeplanen, för kvinnor och män på samma sätt, och planeraren lägger schemat "
      "utifrån svaren innan insatserna startar";
  t.levels[3].items = {{"i9", long_text, {}}};
  const std::string svg = RenderTheorySvg(t);
  // Every word of the text is in the SVG, on one line or another.
  std::istringstream words(long_text);
  for (std::string word; words >> word;) {
    EXPECT_NE(svg.find(word), std::string::npos) << word;
  }
  std::string joined;
  for (const std::string& line : WrapText(long_text, 20)) {
    EXPECT_LE(line.size(), 40u);  // at most 20 code points (some are two bytes)
    joined += (joined.empty() ? "" : " ") + line;
  }
  EXPECT_EQ(joined, long_text) << "wrapping only breaks at spaces";
}

TEST(TheorySvg, WrapSplitsAWordLongerThanALine) {
  const std::vector<std::string> lines = WrapText("Jämställdhetsintegreringsarbetet går", 10);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0], "Jämställdh");
  std::string joined;
  for (const std::string& l : lines) joined += l + "|";
  EXPECT_EQ(joined, "Jämställdh|etsintegre|ringsarbet|et går|") << "nothing dropped";
}

TEST(TheorySvg, TheListReadsBackwardsFromTheEffect) {
  const std::string list = RenderTheoryList(Theory());
  const auto effect = list.find("Effekt:</span> Kvinnor och män");
  const auto outcome = list.find("Utfall:</span>");
  ASSERT_NE(effect, std::string::npos);
  EXPECT_LT(effect, outcome) << "the effect first, the outcome nested under it";
  EXPECT_NE(list.find("<a href=\"/matt/4\">Mått: Genomförandeplan"), std::string::npos);
  // The product and what leads to it are not linked to any way of working yet: still listed.
  EXPECT_NE(list.find("Frågekort om önskade tider"), std::string::npos);
  EXPECT_NE(list.find("Två timmar i veckan"), std::string::npos);
  // The first activity leads to both products: its branch is listed once.
  EXPECT_NE(list.find("Utbilda biståndshandläggare i att fråga om önskade tider <span "
                      "class=\"diagram-list__again\">(se ovan)"),
            std::string::npos)
      << list;
}

TEST(DriverSvg, Golden) {
  const DriverInput d = Driver();
  const std::string svg = RenderDriverSvg(d);
  ExpectGolden("driver_diagram_sv.svg", svg);
  ExpectGolden("driver_diagram_sv.html", RenderDriverList(d));
  EXPECT_NE(svg.find("class=\"box dashed\""), std::string::npos) << "the untested idea";
  EXPECT_NE(svg.find(">Inte testad ännu</text>"), std::string::npos) << "and in words";
  EXPECT_EQ(svg.find("#0072B2"), std::string::npos) << "no meaning in colour";
  // The aim leads to both primary drivers: 2 + 4 arrows.
  std::size_t arrows = 0;
  for (auto p = svg.find("marker-end"); p != std::string::npos; p = svg.find("marker-end", p + 1))
    ++arrows;
  EXPECT_EQ(arrows, 6u);
}

TEST(DriverSvg, BoxesFollowTheirParentsSoFewerArrowsCross) {
  DriverInput d = Driver();
  // The second primary driver's secondary driver comes first in the input.
  d.secondary = {{"s2", "Samma kontaktperson varje vecka", {}, {}, false},
                 {"s1", "Önskade tider efterfrågas vid inskrivningen", {}, {}, false}};
  const std::string svg = RenderDriverSvg(d);
  EXPECT_LT(svg.find(">Önskade tider</text>"), svg.find(">Samma kontaktperson</text>"))
      << "drawn in the order of their primary drivers";
  const std::string list = RenderDriverList(d);
  EXPECT_LT(list.find("Brukarens egna"), list.find("Kontinuitet")) << "the list is unchanged";
}

TEST(DriverSvg, TheListGoesFromTheAimToTheIdeas) {
  const std::string list = RenderDriverList(Driver());
  const auto aim = list.find("Syfte:</span> Fler kvinnor");
  const auto primary = list.find("Primär drivkraft:</span> Brukarens");
  const auto idea = list.find("<a href=\"/forandringsideer/1\">Brukaren väljer tid");
  ASSERT_NE(aim, std::string::npos);
  EXPECT_LT(aim, primary);
  EXPECT_LT(primary, idea);
  EXPECT_NE(list.find("<li>Senaste beslut: införa</li>"), std::string::npos);
}

}  // namespace
}  // namespace stegvis::chart
