#include "chart/svg_writer.h"

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

TEST(SvgWriter, EscapesTextAndAttributes) {
  SvgWriter w;
  w.Open("g", {{"class", "a\"b"}});
  w.Text("text", {{"x", "1"}, {"", "skipped"}}, "<script>&");
  std::string out = w.Finish();
  EXPECT_EQ(out,
            "<g class=\"a&quot;b\">\n"
            "  <text x=\"1\">&lt;script&gt;&amp;</text>\n"
            "</g>\n");
}

TEST(PathBuilder, FormatsCoordinates) {
  PathBuilder p;
  p.MoveTo(1, 2.5);
  p.LineTo(3.333, 4);
  EXPECT_EQ(p.str(), "M1 2.5 L3.33 4");
}

}  // namespace
}  // namespace stegvis::chart
