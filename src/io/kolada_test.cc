#include "io/kolada.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace stegvis::io {
namespace {

std::string KoladaFile(const std::string& name) {
  std::ifstream in(std::string(STEGVIS_SOURCE_DIR) + "/tests/data/kolada/" + name,
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string KeyOf(std::string_view json) {
  auto page = ParseKoladaPage(json);
  return page ? "" : page.error().key;
}

TEST(KoladaTest, ReadsAMunicipalitysKeyFigureByGender) {
  auto page = ParseKoladaPage(KoladaFile("N00945-0180.json"));
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->records.size(), 10u);
  EXPECT_TRUE(page->next_url.empty());
  const KoladaRecord& first = page->records.front();  // as the file orders them
  EXPECT_EQ(first.kpi, "N00945");
  EXPECT_EQ(first.area, "0180");
  EXPECT_FALSE(first.unit);
  EXPECT_EQ(first.year, 2020);
  EXPECT_EQ(first.women, "34.2");
  EXPECT_EQ(first.men, "27");  // 27.0 in the file: the shortest decimal
  EXPECT_EQ(first.total, "30.6");
  const KoladaRecord& null_women = page->records[2];
  EXPECT_EQ(null_women.year, 2022);
  EXPECT_EQ(null_women.women, "");  // null: missing, never zero
  EXPECT_EQ(null_women.men, "28.3");
}

TEST(KoladaTest, ReadsAnOrganisationalUnitsKeyFigure) {
  auto page = ParseKoladaPage(KoladaFile("U23471-V15E018001.json"));
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->records.size(), 3u);
  EXPECT_EQ(page->records[0].area, "V15E018001");
  EXPECT_TRUE(page->records[0].unit);
}

TEST(KoladaTest, KeepsTheNextPagesAddress) {
  auto page = ParseKoladaPage(KoladaFile("first-of-several-pages.json"));
  ASSERT_TRUE(page);
  EXPECT_EQ(page->next_url,
            "https://api.kolada.se/v3/data/kpi/N00945/municipality/0180?page=2&per_page=3");
}

TEST(KoladaTest, ADeletedValueIsMissingAndAGenderMayBeAbsent) {
  auto page = ParseKoladaPage(
      R"({"values": [{"kpi": "N1", "municipality": "0180", "period": "2021", "values": [
            {"gender": "T", "value": 5, "isdeleted": true}, {"gender": "K", "value": 2}]}]})");
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(page->records[0].year, 2021);
  EXPECT_EQ(page->records[0].total, "");
  EXPECT_EQ(page->records[0].women, "2");
  EXPECT_EQ(page->records[0].men, "");
}

TEST(KoladaTest, RefusesWhatIsNotKoladasAnswerByName) {
  EXPECT_EQ(KeyOf("{\"values\": [1, 2"), "error.kolada.not_json");
  EXPECT_EQ(KeyOf("{\"data\": []}"), "error.kolada.not_kolada");
  EXPECT_EQ(KeyOf("[]"), "error.kolada.not_kolada");
  const char* bad_records[] = {
      R"({"values": [{"municipality": "0180", "period": 2020, "values": []}]})",
      R"({"values": [{"kpi": "N1", "period": 2020, "values": []}]})",
      R"({"values": [{"kpi": "N1", "municipality": "0180", "period": 1800, "values": []}]})",
      R"({"values": [{"kpi": "N1", "municipality": "0180", "period": 2020}]})",
      R"({"values": [{"kpi": "N1", "municipality": "0180", "period": 2020,
                      "values": [{"gender": "X", "value": 1}]}]})",
      R"({"values": [{"kpi": "N1", "municipality": "0180", "period": 2020,
                      "values": [{"gender": "K", "value": "12"}]}]})",
      R"({"values": ["N1"]})",
  };
  for (const char* json : bad_records) EXPECT_EQ(KeyOf(json), "error.kolada.bad_record") << json;
  auto second = ParseKoladaPage(
      R"({"values": [{"kpi": "N1", "municipality": "0180", "period": 2020, "values": []},
                     {"kpi": "N1", "municipality": "0180", "values": []}]})");
  ASSERT_FALSE(second);
  ASSERT_EQ(second.error().params.size(), 1u);
  EXPECT_EQ(second.error().params[0].name, "record");
}

TEST(KoladaTest, RefusesMoreRecordsThanAnImportTakes) {
  std::string json = "{\"values\": [";
  for (std::size_t i = 0; i <= kMaxKoladaRecords; ++i) json += i ? ",{}" : "{}";
  json += "]}";
  EXPECT_EQ(KeyOf(json), "error.kolada.too_many");
}

TEST(KoladaTest, KnowsJsonFromCsvAndWorkbooks) {
  EXPECT_TRUE(LooksLikeJsonObject("{\"values\": []}"));
  EXPECT_TRUE(LooksLikeJsonObject("\xEF\xBB\xBF \r\n {"));
  EXPECT_FALSE(LooksLikeJsonObject("Period;Kvinnor\n2020;3"));
  EXPECT_FALSE(LooksLikeJsonObject("PK\x03\x04"));
  EXPECT_FALSE(LooksLikeJsonObject(""));
}

}  // namespace
}  // namespace stegvis::io
