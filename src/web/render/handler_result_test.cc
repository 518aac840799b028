#include "web/render/handler_result.h"

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class AnswerTest : public WebTest {
 protected:
  Response Run(HandlerResult result, ErrorForm form, std::string lang = "sv") {
    App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
    Request request;
    request.method = "GET";
    request.path = form == ErrorForm::kJson ? "/api/v1/x" : "/x";
    request.target = request.path;
    request.query = {{"lang", std::move(lang)}};
    return Answer(app, request, std::move(result), form);
  }
};

TEST_F(AnswerTest, TheHandlersResponseGoesOutAsItIs) {
  Response r = Run(Response::Redirect("/mal"), ErrorForm::kPage);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.Header("Location"), "/mal");
}

TEST_F(AnswerTest, ApiRoutesAnswerTheErrorAsJsonWithItsStatus) {
  Response r = Run(core::Fail(core::Error::NotFoundObject()), ErrorForm::kJson, "en");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.Header("Content-Type"), "application/json");
  boost::json::value error = boost::json::parse(r.body).at("error");
  EXPECT_EQ(error.at("code"), "not_found");
  EXPECT_EQ(error.at("message").as_string(), catalogue_.Get("en", "error.not_found_body"));
}

TEST_F(AnswerTest, PagesShowNotFoundAndForbiddenAsTheirOwnPages) {
  Response missing = Run(core::Fail(core::Error::NotFoundObject()), ErrorForm::kPage);
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find(catalogue_.Get("sv", "error.not_found_title")), std::string::npos);
  Response refused = Run(core::Fail(core::Error::Forbidden("no")), ErrorForm::kPage);
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find(catalogue_.Get("sv", "error.forbidden_title")), std::string::npos);
}

TEST_F(AnswerTest, PagesShowOtherRefusalsInTheErrorsOwnWords) {
  core::Error conflict = core::Error::ChangedBy("team@solvik.example", 1'800'000'000, 3);
  Response r = Run(core::Fail(conflict), ErrorForm::kPage);
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find(catalogue_.Get("sv", "error.refused_title")), std::string::npos);
  EXPECT_NE(r.body.find("team@solvik.example"), std::string::npos) << r.body;
}

TEST_F(AnswerTest, AnInternalErrorShowsNoInternalWords) {
  Response r = Run(core::Fail(core::Error::Internal("disk on fire in /var/lib")), ErrorForm::kPage);
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("disk on fire"), std::string::npos);
  EXPECT_NE(r.body.find(catalogue_.Get("sv", "error.refused_body")), std::string::npos);
}

TEST(ErrorFormTest, ApiPatternsAnswerJsonAndTheRestPages) {
  EXPECT_EQ(ErrorFormOf("/api/v1/goals/{id}"), ErrorForm::kJson);
  EXPECT_EQ(ErrorFormOf("/mal/katalog/{id}"), ErrorForm::kPage);
  EXPECT_EQ(ErrorFormOf("/apikoll"), ErrorForm::kPage);
}

}  // namespace
}  // namespace stegvis::web
