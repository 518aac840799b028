#include "core/describe.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace stegvis::core {
namespace {

enum class Colour { kRed, kBlue };
std::string_view ColourName(Colour c) {
  return c == Colour::kRed ? "red" : "blue";
}
std::optional<Colour> ParseColour(std::string_view t) {
  if (t == "red") return Colour::kRed;
  if (t == "blue") return Colour::kBlue;
  return std::nullopt;
}

struct Thing {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::int64_t> parent;
  Colour colour = Colour::kRed;
  std::int64_t version = 1;
};

constexpr auto Describe(std::type_identity<Thing>) {
  return std::tuple{
      Field("id", &Thing::id, kKey), Field("name", &Thing::name),
      Field("parent", &Thing::parent, kFixed),
      Field("colour", &Thing::colour, kNoFlags, &kTextForm<Colour, ColourName, ParseColour>),
      Field("version", &Thing::version, kNotAudited)};
}

TEST(Describe, WalksFieldsInOrderWithTheirFlags) {
  static_assert(Described<Thing>);
  static_assert(kFieldCount<Thing> == 5);
  std::vector<std::string> names;
  std::vector<std::string> updatable;
  ForEachField<Thing>([&](const auto& f) {
    names.emplace_back(f.name);
    if (!f.Has(kKey | kFixed)) updatable.emplace_back(f.name);
  });
  EXPECT_EQ(names, (std::vector<std::string>{"id", "name", "parent", "colour", "version"}));
  EXPECT_EQ(updatable, (std::vector<std::string>{"name", "colour", "version"}));
}

TEST(Describe, ReadsAndWritesMembersThroughTheirFields) {
  Thing t;
  EXPECT_TRUE(VisitField<Thing>("name", [&](const auto& f) {
    if constexpr (std::is_same_v<typename std::decay_t<decltype(f)>::Type, std::string>) {
      f.Get(t) = "Trygg hemgång";
    }
  }));
  EXPECT_EQ(t.name, "Trygg hemgång");
  EXPECT_FALSE(VisitField<Thing>("missing", [](const auto&) {}));
}

TEST(Describe, TextFormsConvertBothWays) {
  const auto& colour = std::get<3>(kFieldsOf<Thing>);
  ASSERT_NE(colour.text, nullptr);
  EXPECT_EQ(colour.text->to_text(Colour::kBlue), "blue");
  EXPECT_EQ(colour.text->from_text("red"), Colour::kRed);
  EXPECT_EQ(colour.text->from_text("green"), std::nullopt);
}

struct Inner {
  std::string a;
  int b = 0;
};
constexpr auto Describe(std::type_identity<Inner>) {
  return std::tuple{Field("a", &Inner::a), Field("b", &Inner::b, kNotAudited)};
}

struct Outer {
  std::int64_t id = 0;
  Inner inner;
  int level = 0;
};
std::string LevelName(const Outer& o) {
  return "level " + std::to_string(o.level);
}
void SetLevel(Outer& o, std::string name) {
  o.level = std::stoi(name.substr(6));
}
constexpr auto Describe(std::type_identity<Outer>) {
  return std::tuple{Field("id", &Outer::id, kKey), Field("inner", &Outer::inner, kFixed),
                    Computed<Outer, std::string>("level", LevelName, SetLevel)};
}

TEST(Describe, WalksADescribedMemberAsItsFieldsInPlace) {
  static_assert(kFieldCount<Outer> == 4);
  std::vector<std::string> names;
  std::vector<unsigned> flags;
  ForEachField<Outer>([&](const auto& f) {
    names.emplace_back(f.name);
    flags.push_back(f.flags);
  });
  EXPECT_EQ(names, (std::vector<std::string>{"id", "a", "b", "level"}));
  EXPECT_EQ(flags[1], unsigned{kFixed}) << "the member's flags apply to its fields";
  EXPECT_EQ(flags[2], unsigned{kFixed | kNotAudited});

  Outer o;
  VisitField<Outer>("b", [&](const auto& f) {
    if constexpr (std::is_same_v<FieldType<decltype(f)>, int>) f.Set(o, 7);
  });
  EXPECT_EQ(o.inner.b, 7);
}

TEST(Describe, AComputedFieldReadsAndWritesThroughItsFunctions) {
  Outer o;
  o.level = 3;
  VisitField<Outer>("level", [&](const auto& f) {
    if constexpr (std::is_same_v<FieldType<decltype(f)>, std::string>) {
      EXPECT_EQ(f.Get(o), "level 3");
      f.Set(o, "level 5");
    }
  });
  EXPECT_EQ(o.level, 5);
}

}  // namespace
}  // namespace stegvis::core
