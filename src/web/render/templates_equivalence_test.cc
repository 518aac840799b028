// The engine against kainjow Mustache, the engine it replaced (kainjow_reference.h), byte for
// byte: every shipped template in both languages with views generated from the names and
// sections it uses, and small templates for every rule of lookup and whitespace. Any page the
// two render differently would change in front of users.

#include <map>
#include <random>
#include <set>

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

#include "web/render/kainjow_reference.h"
#include "web/render/template_parser.h"
#include "web/render/templates.h"

namespace stegvis::web {
namespace {

// The shape of the views a template reads: the names it writes and the sections it opens,
// each section with the names used inside it.
struct Shape {
  struct Scope {
    std::set<std::string> values;
    std::map<std::string, int> sections;  // name → index in `scopes`
  };
  std::vector<Scope> scopes{1};  // scopes[0] is the view itself

  int Child(int scope, const std::string& name) {
    auto it = scopes[scope].sections.find(name);
    if (it != scopes[scope].sections.end()) return it->second;
    scopes.emplace_back();
    int child = static_cast<int>(scopes.size()) - 1;
    scopes[scope].sections[name] = child;
    return child;
  }

  static Shape Of(std::string_view source) {
    Shape shape;
    auto tokens = ParseTemplate("shape", source);
    EXPECT_TRUE(tokens) << tokens.error().message;
    if (!tokens) return shape;
    std::vector<int> open{0};
    for (const TemplateToken& token : *tokens) {
      using Kind = TemplateToken::Kind;
      if (token.kind == Kind::kText) continue;
      if (token.kind == Kind::kEnd) {
        open.pop_back();
        continue;
      }
      if (token.text == "." || token.text == "msg" || token.text.starts_with("msg.")) {
        if (token.kind == Kind::kSection || token.kind == Kind::kInverted)
          open.push_back(open.back());
        continue;
      }
      std::vector<std::string> parts;
      for (std::size_t begin = 0; begin <= token.text.size();) {
        std::size_t dot = std::min(token.text.find('.', begin), token.text.size());
        parts.push_back(token.text.substr(begin, dot - begin));
        begin = dot + 1;
      }
      int scope = open.back();
      const bool section = token.kind == Kind::kSection || token.kind == Kind::kInverted;
      for (std::size_t i = 0; i + 1 < parts.size(); ++i) scope = shape.Child(scope, parts[i]);
      if (section) {
        open.push_back(shape.Child(scope, parts.back()));
      } else {
        shape.scopes[scope].values.insert(parts.back());
      }
    }
    return shape;
  }
};

// Random views of a shape, with the values that tell engines apart: blanks, line breaks,
// characters to escape, numbers of every JSON kind, null, and sections as every kind of value.
class ViewMaker {
 public:
  explicit ViewMaker(std::uint32_t seed) : rng_(seed) {}

  boost::json::object Object(const Shape& shape, int scope, int depth) {
    boost::json::object out;
    for (const std::string& name : shape.scopes[scope].values) {
      if (Chance(4, 5)) out[name] = Scalar();
    }
    for (const auto& [name, child] : shape.scopes[scope].sections) {
      if (Chance(4, 5)) out[name] = Section(shape, child, depth);
    }
    return out;
  }

 private:
  bool Chance(int in, int of) { return static_cast<int>(rng_() % of) < in; }
  std::size_t Pick(std::size_t n) { return rng_() % n; }

  boost::json::value Scalar() {
    static const char* const kTexts[] = {"",
                                         " ",
                                         " \t ",
                                         "x",
                                         "Anna Öberg",
                                         "a\nb",
                                         "\n",
                                         "  \n  ",
                                         "{{x}}",
                                         "<b>&\"'</b>",
                                         "50 %",
                                         "Tom & Jerry",
                                         "<svg viewBox=\"0 0 1 1\"></svg>"};
    switch (Pick(10)) {
      case 0: return nullptr;
      case 1: return false;
      case 2: return true;
      case 3: return std::int64_t{-17} + static_cast<std::int64_t>(Pick(40));
      case 4: return std::uint64_t{18446744073709551615u};
      case 5: return static_cast<double>(Pick(1000)) / 8 - 40;
      default: return kTexts[Pick(std::size(kTexts))];
    }
  }

  boost::json::value Section(const Shape& shape, int scope, int depth) {
    const bool deep = depth >= 3;
    switch (Pick(deep ? 5 : 9)) {
      case 0: return false;
      case 1: return true;
      case 2: return nullptr;
      case 3: return boost::json::array{};
      case 4: return Scalar();
      case 5:
      case 6: return Object(shape, scope, depth + 1);
      default: {
        boost::json::array items;
        for (std::size_t n = 1 + Pick(3); n > 0; --n) {
          items.push_back(Chance(1, 8) ? Scalar() : Object(shape, scope, depth + 1));
        }
        return items;
      }
    }
  }

  std::mt19937 rng_;
};

// Where two renders first differ, with some context, for the failure message.
std::string FirstDifference(const std::string& want, const std::string& got) {
  std::size_t at = 0;
  while (at < want.size() && at < got.size() && want[at] == got[at]) ++at;
  std::size_t from = at < 80 ? 0 : at - 80;
  return "at byte " + std::to_string(at) + "\nkainjow: …" + want.substr(from, 160) +
         "…\nengine:  …" + got.substr(from, 160) + "…";
}

// Renders every template named in `names` with `views` random views of its shape per
// language in both engines and expects the same bytes. Returns the number of renders.
int CompareAll(std::span<const EmbeddedFile> files, const Catalogue& catalogue, int views,
               std::uint32_t seed) {
  KainjowTemplates kainjow(files, catalogue);
  auto templates = Templates::Load(files, catalogue);
  EXPECT_TRUE(templates) << templates.error().message;
  if (!templates) return 0;
  int renders = 0;
  ViewMaker maker(seed);
  for (const EmbeddedFile& file : files) {
    if (!file.name.starts_with("templates/")) continue;
    std::string name(file.name.substr(10, file.name.size() - 10 - 9));
    Shape shape = Shape::Of(file.content);
    for (int i = 0; i < views; ++i) {
      boost::json::value view = i == 0 ? boost::json::object{} : maker.Object(shape, 0, 0);
      for (std::string_view lang : kLanguages) {
        std::string want = kainjow.Render(name, view, lang);
        std::string got = templates->Render(name, view, lang);
        ++renders;
        if (want != got) {
          ADD_FAILURE() << "template " << name << " in " << lang << " differs "
                        << FirstDifference(want, got) << "\nview: " << boost::json::serialize(view);
          return renders;
        }
      }
    }
  }
  return renders;
}

TEST(TemplatesEquivalenceTest, EveryShippedTemplateRendersAsKainjowDid) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue);
  std::size_t templates = 0;
  for (const EmbeddedFile& file : EmbeddedFiles()) templates += file.name.starts_with("templates/");
  EXPECT_GE(templates, 30u);
  EXPECT_EQ(CompareAll(EmbeddedFiles(), *catalogue, 40, 20261123),
            static_cast<int>(templates) * 40 * 2);
}

// Small templates for each rule the two engines must agree on.
constexpr std::string_view kRules[] = {
    // standalone section lines, taken and skipped, with indentation and at the end
    "<ul>\n  {{#l}}\n  <li>{{name}}{{.}}</li>\n  {{/l}}\n</ul>\n",
    "  {{^l}}\n  none\n  {{/l}}\n  {{#l}}  \n{{name}}\n{{/l}}  ",
    "{{#a}}{{#b}}\n{{/b}}{{/a}}\nx\n{{#a}}  {{/a}}",
    "a\r\n{{#l}}\r\n{{name}}\r\n{{/l}}\r\nb\rc{{#a}}\r{{/a}}\r",
    // values on section lines: blanks, line breaks and empty values
    "{{#a}}{{v}}{{/a}}\n{{#a}}{{{v}}}{{/a}}\n {{v}} \n{{#l}}{{v}}\n{{/l}}",
    // comments alone on a line, and between sections
    "{{! note }}\n  {{! note }}  \n{{#a}}{{! x }}{{/a}}\n",
    // the context stack: shadowing, dotted names, the dot and falsy values that stop a lookup
    "{{#l}}{{name}}{{a.v}}{{#a}}{{v}}{{name}}{{.}}{{/a}}{{^a}}{{.}}{{/a}}{{/l}}{{a.b.v}}",
    "{{#a}}{{#b}}{{#l}}{{v}}{{name}}{{b.v}}{{/l}}{{/b}}{{/a}}",
    // messages beside values and inside sections
    "{{msg.nav.home}}{{#l}} {{msg.nav.home}}\n{{/l}}{{{msg.nav.home}}}{{^a}}{{msg.nav.home}}{{/a}}",
};

TEST(TemplatesEquivalenceTest, EveryRuleOfLookupAndWhitespaceMatchesKainjow) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue);
  std::vector<std::string> names;
  std::vector<EmbeddedFile> files;
  for (std::size_t i = 0; i < std::size(kRules); ++i) {
    names.push_back("templates/rule" + std::to_string(i) + ".mustache");
  }
  for (std::size_t i = 0; i < std::size(kRules); ++i) files.push_back({names[i], kRules[i]});
  EXPECT_EQ(CompareAll(files, *catalogue, 300, 7), static_cast<int>(std::size(kRules)) * 300 * 2);
}

}  // namespace
}  // namespace stegvis::web
