// An organisation's Atom feed of published stories (GET /publicerat/organisation/{id}/atom.xml):
// anyone reads it without signing in; it is well-formed Atom 1.0 with the elements RFC 4287
// requires; a published story is an entry until it is unpublished; another organisation's
// stories are never in it.

#include <string>

#include <boost/json.hpp>

#include "docx/testing/package_check.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

using docx::testing::EachElement;
using docx::testing::Name;
using docx::testing::ParseXml;

class PublicationFeedTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = std::to_string(ProjectOf("Trygg hemgång"));
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const domain::Organisation& o : tx.Units().ListOrganisations()) {
        (o.name == "Solviks kommun" ? solvik_ : norrby_) = std::to_string(o.id);
      }
      return true;
    });
    feed_ = "/publicerat/organisation/" + solvik_ + "/atom.xml";
  }
  Response Json(const std::string& method, const TestClient& c) {
    return Send(method, "/api/v1/projects/" + project_ + "/publication", c, "{}",
                {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}});
  }
  // The text of every element named `name`, in document order.
  static std::vector<std::string> Texts(const std::string& xml, const std::string& name) {
    std::vector<std::string> out;
    auto doc = ParseXml(xml);
    if (!doc) return {"(not XML)"};
    EachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode* n) {
      if (Name(n) != name) return;
      xmlChar* text = xmlNodeGetContent(n);
      out.emplace_back(reinterpret_cast<const char*>(text));
      xmlFree(text);
    });
    return out;
  }
  std::string project_, solvik_, norrby_, feed_;
};

TEST_F(PublicationFeedTest, APublishedStoryIsAnEntryUntilItIsUnpublished) {
  Response empty = Get(feed_);
  ASSERT_EQ(empty.status, 200);
  EXPECT_EQ(empty.Header("Content-Type"), "application/atom+xml; charset=utf-8");
  EXPECT_TRUE(Texts(empty.body, "entry").empty());

  TestClient chef = As(kDemoEmails.at("chef"));
  Response published = Json("POST", chef);
  ASSERT_EQ(published.status, 201) << published.body;
  const std::string url(boost::json::parse(published.body).at("url").as_string());

  Response feed = Get(feed_);
  auto doc = ParseXml(feed.body);
  ASSERT_TRUE(doc) << feed.body;
  xmlNode* root = xmlDocGetRootElement(doc.get());
  EXPECT_EQ(Name(root), "feed");
  ASSERT_TRUE(root->ns);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href), "http://www.w3.org/2005/Atom");
  // RFC 4287 4.1.1: a feed has an id, a title and an updated; each entry too.
  EXPECT_EQ(Texts(feed.body, "title").front(),
            "Solviks kommun: publicerade förbättringsberättelser");
  EXPECT_EQ(Texts(feed.body, "entry").size(), 1u);
  EXPECT_EQ(Texts(feed.body, "id").size(), 2u);
  EXPECT_EQ(Texts(feed.body, "updated").size(), 2u);
  EXPECT_EQ(Texts(feed.body, "title").at(1), "Trygg och jämställd hemgång");
  EXPECT_TRUE(Has(feed, "href=\"" + base_url_ + url + "\"")) << feed.body;
  // The public page links to the feed.
  EXPECT_TRUE(Has(Get(url), "href=\"" + feed_ + "\" type=\"application/atom+xml\""));

  ASSERT_EQ(Json("DELETE", chef).status, 204);
  EXPECT_TRUE(Texts(Get(feed_).body, "entry").empty());
}

TEST_F(PublicationFeedTest, EachOrganisationsFeedHoldsOnlyItsOwnAndAnUnknownOneIsNotFound) {
  ASSERT_EQ(Json("POST", As(kDemoEmails.at("chef"))).status, 201);
  Response norrby = Get("/publicerat/organisation/" + norrby_ + "/atom.xml");
  ASSERT_EQ(norrby.status, 200);
  EXPECT_TRUE(Texts(norrby.body, "entry").empty());
  EXPECT_FALSE(Has(norrby, "Trygg"));
  EXPECT_EQ(Get("/publicerat/organisation/999999/atom.xml").status, 404);
  EXPECT_EQ(Get("/publicerat/organisation/x/atom.xml").status, 404);
}

// The public page is kept until the next change of any data: a second visitor costs one small
// read (the data version), a change shows at once, and a signed-in reader gets the very page
// the public gets, with nothing of theirs in it.
TEST_F(PublicationFeedTest, ThePublicPageIsKeptUntilTheNextChange) {
  TestClient chef = As(kDemoEmails.at("chef"));
  Response published = Json("POST", chef);
  ASSERT_EQ(published.status, 201);
  const std::string url(boost::json::parse(published.body).at("url").as_string());
  Response first = Get(url);
  ASSERT_EQ(first.status, 200);
  counting_store_->Reset();
  Response second = Get(url);
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(counting_store_->reads(), 1) << "only the data version";

  Response signed_in = Get(url, chef);
  EXPECT_EQ(signed_in.body, first.body) << "the public's page, not the chef's";
  EXPECT_FALSE(Has(signed_in, "signed-in__name"));

  const std::string story = "/projekt/" + project_ + "/berattelse";
  ASSERT_EQ(Post(story, As(kDemoEmails.at("teammedlem")),
                 "version=0&summary=Nytt+i+dag&shown_measures=&shown_cycles=")
                .status,
            303);
  EXPECT_TRUE(Has(Get(url), "Nytt i dag")) << "a change shows at once";
}

}  // namespace
}  // namespace stegvis::web
