#include "web/render/json_body.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

Request WithBody(std::string body) {
  Request request;
  request.method = "POST";
  request.body = std::move(body);
  return request;
}

// The first problem of reading `json` with `read`, as "field|key"; "" when there was none.
template <typename Read>
std::string Problem(const std::string& json, Read read) {
  Request request = WithBody(json);
  JsonBody body(request);
  read(body);
  if (body.ok()) return "";
  const core::Error e = body.error().value();
  EXPECT_EQ(e.code, core::ErrorCode::kInvalidInput);
  return e.field + "|" + e.key;
}

TEST(JsonBodyTest, ReadsEveryKindOfMember) {
  Request request = WithBody(
      R"({"name": "Trygg hemgång", "n": 42, "on": true, "ids": [3, 4],
          "rows": [{"value": "12,5"}, {"value": 7}], "gone": null})");
  JsonBody body(request);
  EXPECT_EQ(body.Text("name"), "Trygg hemgång");
  EXPECT_EQ(body.Int("n", {0, 100}), 42);
  EXPECT_TRUE(body.Bool("on"));
  EXPECT_EQ(body.Ids("ids"), (std::vector<std::int64_t>{3, 4}));
  std::vector<std::string> values;
  for (JsonFields& row : body.Objects("rows", 10, "row")) values.push_back(row.CellText("value"));
  EXPECT_EQ(values, (std::vector<std::string>{"12,5", "7"}));
  EXPECT_TRUE(body.ok());
}

TEST(JsonBodyTest, AnAbsentMemberAndNullReadTheSame) {
  Request request = WithBody(R"({"gone": null})");
  JsonBody body(request);
  for (const char* name : {"gone", "missing"}) {
    EXPECT_EQ(body.Text(name), "");
    EXPECT_EQ(body.OptionalText(name), std::nullopt);
    EXPECT_EQ(body.OptionalInt(name, kIds), std::nullopt);
    EXPECT_FALSE(body.Bool(name));
    EXPECT_TRUE(body.Ids(name).empty());
    EXPECT_FALSE(body.Has(name));
  }
  EXPECT_TRUE(body.ok());
  body.Int("gone", kIds);
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(body.error().value().field, "gone");
  EXPECT_EQ(body.error().value().key, "error.json.required");
}

TEST(JsonBodyTest, ABodyThatIsNoObjectIsRefusedOnBody) {
  for (const char* json : {"", "not json", "[1, 2]", "\"text\"", "{\"a\": 1"}) {
    EXPECT_EQ(Problem(json, [](JsonBody& b) { b.Text("a"); }), "body|error.bad_json") << json;
  }
}

TEST(JsonBodyTest, AMemberOfTheWrongTypeIsRefusedNamingIt) {
  auto whole = [](JsonBody& b) { b.Int("n", {0, 1000}); };
  EXPECT_EQ(Problem(R"({"n": "6"})", whole), "n|error.json.number");
  EXPECT_EQ(Problem(R"({"n": "6abc"})", whole), "n|error.json.number");
  EXPECT_EQ(Problem(R"({"n": 1.5})", whole), "n|error.json.number");
  EXPECT_EQ(Problem(R"({"n": 6.0})", whole), "n|error.json.number");
  EXPECT_EQ(Problem(R"({"n": 1e-400})", whole), "n|error.json.number") << "not read as 0";
  EXPECT_EQ(Problem(R"({"n": true})", whole), "n|error.json.number");
  EXPECT_EQ(Problem(R"({"t": 5})", [](JsonBody& b) { b.Text("t"); }), "t|error.json.text");
  EXPECT_EQ(Problem(R"({"t": ["a"]})", [](JsonBody& b) { b.Text("t"); }), "t|error.json.text");
  EXPECT_EQ(Problem(R"({"f": "true"})", [](JsonBody& b) { b.Bool("f"); }),
            "f|error.json.true_false");
  EXPECT_EQ(Problem(R"({"i": 3})", [](JsonBody& b) { b.Ids("i"); }), "i|error.json.list");
  EXPECT_EQ(Problem(R"({"i": [3, "4"]})", [](JsonBody& b) { b.Ids("i"); }), "i|error.json.ids");
  EXPECT_EQ(Problem(R"({"i": [3, 0]})", [](JsonBody& b) { b.Ids("i"); }), "i|error.json.ids");
}

TEST(JsonBodyTest, EveryInputIsBounded) {
  const std::string long_text = R"({"t": ")" + std::string(kMaxJsonText + 1, 'a') + "\"}";
  EXPECT_EQ(Problem(long_text, [](JsonBody& b) { b.Text("t"); }), "t|error.too_long");
  EXPECT_EQ(Problem(R"({"t": "abcd"})", [](JsonBody& b) { b.Text("t", 3); }), "t|error.too_long");
  EXPECT_EQ(Problem(R"({"t": "abc"})", [](JsonBody& b) { b.Text("t", 3); }), "");
  EXPECT_EQ(Problem(R"({"i": [1, 2, 3]})", [](JsonBody& b) { b.Ids("i", 2); }),
            "i|error.json.list");
  EXPECT_EQ(Problem(R"({"r": [{}, {}, {}]})", [](JsonBody& b) { b.Objects("r", 2, "row"); }),
            "r|error.json.list");
  auto small = [](JsonBody& b) { b.Int("n", {1, 4}); };
  EXPECT_EQ(Problem(R"({"n": 4})", small), "");
  EXPECT_EQ(Problem(R"({"n": 5})", small), "n|error.json.range");
  EXPECT_EQ(Problem(R"({"n": -9223372036854775808})", small), "n|error.json.range");
  EXPECT_EQ(Problem(R"({"n": 18446744073709551615})", [](JsonBody& b) { b.Int("n", kIds); }),
            "n|error.json.at_least");
  EXPECT_EQ(Problem(R"({"n": 0})", [](JsonBody& b) { b.Int("n", kIds); }), "n|error.json.at_least");
}

TEST(JsonBodyTest, TheRefusalNamesTheRangeInTheCataloguesWords) {
  Request request = WithBody(R"({"n": 5})");
  JsonBody body(request);
  body.Int("n", {1, 4});
  ASSERT_FALSE(body.ok());
  const core::Error e = body.error().value();
  ASSERT_NE(e.Param("min"), nullptr);
  EXPECT_EQ(e.Param("min")->number, 1);
  EXPECT_EQ(e.Param("max")->number, 4);
  EXPECT_EQ(e.Param("field")->text, "n");
}

TEST(JsonBodyTest, OnlyTheFirstProblemIsKeptAndReadingGoesOn) {
  Request request = WithBody(R"({"a": 1, "b": "x", "c": "kept"})");
  JsonBody body(request);
  EXPECT_EQ(body.Text("a"), "");
  EXPECT_EQ(body.Int("b", kIds), 0);
  EXPECT_EQ(body.Text("c"), "kept");
  body.RefuseChoice("c", "x, y");
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(body.error().value().field, "a");
  EXPECT_EQ(body.error().value().key, "error.json.text");
}

TEST(JsonBodyTest, ACallersKeyReplacesTheReadersForThatMember) {
  EXPECT_EQ(
      Problem(R"({"v": "2"})", [](JsonBody& b) { b.Int("v", kIds, "error.pdsa.bad_version"); }),
      "v|error.pdsa.bad_version");
  EXPECT_EQ(Problem(R"({})", [](JsonBody& b) { b.Int("v", kIds, "error.pdsa.bad_version"); }),
            "v|error.pdsa.bad_version");
  Request request = WithBody(R"({"v": 0})");
  JsonBody body(request);
  body.Int("v", kIds, "error.pdsa.bad_version");
  EXPECT_TRUE(body.error().value().params.empty()) << "the caller's words name no values";
}

TEST(JsonBodyTest, NestedMembersAreNamedAfterTheirRow) {
  auto rows = [](JsonBody& b) {
    for (JsonFields& row : b.Objects("rows", 10, "row")) row.CellText("value");
  };
  EXPECT_EQ(Problem(R"({"rows": [{"value": "1"}, {"value": 1e-400}]})", rows),
            "row 2: value|error.json.cell");
  EXPECT_EQ(Problem(R"({"rows": [{"value": "1"}, {"value": 12.5}]})", rows),
            "row 2: value|error.json.cell");
  EXPECT_EQ(Problem(R"({"rows": [{"value": "1"}, {"value": false}]})", rows),
            "row 2: value|error.json.cell");
  EXPECT_EQ(Problem(R"({"rows": [{"value": "1"}, 5]})", rows), "row 2|error.json.object");
  EXPECT_EQ(Problem(R"({"rows": {"value": "1"}})", rows), "rows|error.json.list");
}

TEST(JsonBodyTest, ANestedObjectListsOfTextsAndNumbersAreReadAndBounded) {
  Request request = WithBody(
      R"({"aim": {"what": "Färre fall", "groups": ["women", "men"]}, "score": 2.5, "n": 3})");
  JsonBody body(request);
  std::optional<JsonFields> aim = body.OptionalObject("aim");
  ASSERT_TRUE(aim);
  EXPECT_EQ(aim->Text("what"), "Färre fall");
  EXPECT_EQ(aim->OptionalTexts("groups", 4), (std::vector<std::string>{"women", "men"}));
  EXPECT_EQ(body.OptionalNumber("score"), 2.5);
  EXPECT_EQ(body.OptionalNumber("n"), 3.0) << "a whole number is a number too";
  EXPECT_FALSE(body.OptionalObject("absent"));
  EXPECT_FALSE(body.OptionalTexts("absent", 4));
  EXPECT_FALSE(body.OptionalNumber("absent"));
  EXPECT_TRUE(body.ok());

  auto object = [](JsonBody& b) { b.OptionalObject("aim"); };
  EXPECT_EQ(Problem(R"({"aim": [1]})", object), "aim|error.json.object");
  auto groups = [](JsonBody& b) {
    if (auto aim = b.OptionalObject("aim")) aim->OptionalTexts("groups", 2, 10);
  };
  EXPECT_EQ(Problem(R"({"aim": {"groups": "women"}})", groups), "aim: groups|error.json.list");
  EXPECT_EQ(Problem(R"({"aim": {"groups": ["a", "b", "c"]}})", groups),
            "aim: groups|error.json.list");
  EXPECT_EQ(Problem(R"({"aim": {"groups": [1]}})", groups), "aim: groups|error.json.texts");
  EXPECT_EQ(Problem(R"({"aim": {"groups": ["elva tecken"]}})", groups),
            "aim: groups|error.json.texts");
  EXPECT_EQ(Problem(R"({"aim": {"groups": ["a\u0007"]}})", groups), "aim: groups|error.json.texts");
  auto number = [](JsonBody& b) { b.OptionalNumber("score"); };
  EXPECT_EQ(Problem(R"({"score": "2.5"})", number), "score|error.json.decimal");
  EXPECT_EQ(Problem(R"({"score": true})", number), "score|error.json.decimal");
  EXPECT_NE(Problem(R"({"score": 1e999})", number), "") << "never read as infinity";
}

TEST(JsonBodyTest, ACellTakesTextAndWholeNumbers) {
  Request request = WithBody(R"({"a": "12,5", "b": 40, "c": 18446744073709551615, "d": "6abc"})");
  JsonBody body(request);
  EXPECT_EQ(body.CellText("a"), "12,5");
  EXPECT_EQ(body.CellText("b"), "40");
  EXPECT_EQ(body.CellText("c"), "18446744073709551615");
  EXPECT_EQ(body.CellText("d"), "6abc") << "text is the domain's to judge, naming the row";
  EXPECT_TRUE(body.ok());
}

}  // namespace
}  // namespace stegvis::web
