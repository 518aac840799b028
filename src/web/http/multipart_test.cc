// multipart/form-data as browsers send it (web/http/multipart.h): text fields and files in
// order, quoted parameters, and refusals of bodies that cannot be read.

#include "web/http/multipart.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

constexpr const char* kType = "multipart/form-data; boundary=----WebKitFormBoundaryA1b2";

TEST(MultipartTest, ReadsFieldsAndAFileAsABrowserSendsThem) {
  const std::string body =
      "------WebKitFormBoundaryA1b2\r\n"
      "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
      "abc\r\n"
      "------WebKitFormBoundaryA1b2\r\n"
      "Content-Disposition: form-data; name=\"fil\"; filename=\"fall; \\\"nov\\\".csv\"\r\n"
      "Content-Type: text/csv\r\n\r\n"
      "Period;Kvinnor\r\n2026-10;3\r\n\r\n"
      "------WebKitFormBoundaryA1b2--\r\n";
  std::optional<MultipartForm> form = ParseMultipart(kType, body);
  ASSERT_TRUE(form);
  ASSERT_EQ(form->fields.size(), 1u);
  EXPECT_EQ(form->fields[0].first, "_csrf");
  EXPECT_EQ(form->fields[0].second, "abc");
  ASSERT_EQ(form->files.size(), 1u);
  EXPECT_EQ(form->files[0].field, "fil");
  EXPECT_EQ(form->files[0].file_name, "fall; \"nov\".csv");
  EXPECT_EQ(form->files[0].content_type, "text/csv");
  EXPECT_EQ(form->files[0].bytes, "Period;Kvinnor\r\n2026-10;3\r\n") << "its own CRLFs kept";
}

TEST(MultipartTest, AnEmptyFileInputIsAFileWithNoName) {
  const std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"\"\r\n"
      "Content-Type: application/octet-stream\r\n\r\n\r\n--b--";
  std::optional<MultipartForm> form = ParseMultipart("multipart/form-data; boundary=b", body);
  ASSERT_TRUE(form);
  ASSERT_EQ(form->files.size(), 1u);
  EXPECT_EQ(form->files[0].file_name, "");
  EXPECT_EQ(form->files[0].bytes, "");
}

TEST(MultipartTest, BodiesThatCannotBeReadAreRefused) {
  const std::string type = "multipart/form-data; boundary=b";
  EXPECT_FALSE(ParseMultipart("multipart/form-data", "--b--"));
  EXPECT_FALSE(ParseMultipart("multipart/form-data; boundary=" + std::string(71, 'x'), "x"));
  EXPECT_FALSE(ParseMultipart(type, "no delimiter"));
  EXPECT_FALSE(ParseMultipart(type, "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx"))
      << "no closing delimiter";
  EXPECT_FALSE(ParseMultipart(type, "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--"))
      << "a part without a name";
  EXPECT_FALSE(ParseMultipart(type, "--b\r\nContent-Disposition: form-data; name=\"a\"x\r\n--b--"))
      << "no blank line after the headers";
  std::string many;
  for (std::size_t i = 0; i <= kMaxFormFields; ++i) {
    many += "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n\r\n";
  }
  EXPECT_FALSE(ParseMultipart(type, many + "--b--")) << "more parts than any form sends";
}

TEST(MultipartTest, OnlyMultipartFormDataIsRecognised) {
  EXPECT_TRUE(IsMultipartForm("multipart/form-data; boundary=x"));
  EXPECT_TRUE(IsMultipartForm("Multipart/Form-Data;boundary=x"));
  EXPECT_FALSE(IsMultipartForm("multipart/mixed; boundary=x"));
  EXPECT_FALSE(IsMultipartForm("text/csv"));
}

}  // namespace
}  // namespace stegvis::web
