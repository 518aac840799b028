// The e-mail Stegvis writes (mail/message.h): headers, encoded subject, base64 body, and
// what SMTP's DATA needs.
#include "mail/message.h"

#include <gtest/gtest.h>

#include "mail/testing/unbase64.h"

namespace stegvis::mail {
namespace {

constexpr std::int64_t kSunday = 1796568531;  // 2026-12-06 14:48:51 UTC

Message Reminder() {
  return {"stegvis@solvik.example", "team@norrby.example", "Påminnelse från Stegvis",
          "Hej Maria!\nLärandeseminarium 2 börjar 2026-12-10.\n"};
}

TEST(MessageTest, WritesTheHeadersAPlainTextMessageNeeds) {
  auto text = FormatMessage(Reminder(), kSunday, "r1.1796568531@solvik.example");
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_NE(text->find("Date: Sun, 06 Dec 2026 14:48:51 +0000\r\n"), std::string::npos);
  EXPECT_NE(text->find("From: <stegvis@solvik.example>\r\n"), std::string::npos);
  EXPECT_NE(text->find("To: <team@norrby.example>\r\n"), std::string::npos);
  EXPECT_NE(text->find("Message-ID: <r1.1796568531@solvik.example>\r\n"), std::string::npos);
  EXPECT_NE(text->find("Auto-Submitted: auto-generated\r\n"), std::string::npos);
  EXPECT_NE(text->find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(text->find("Content-Transfer-Encoding: base64\r\n\r\n"), std::string::npos);
}

TEST(MessageTest, EncodesASwedishSubjectAndKeepsAnAsciiOneAsItIs) {
  auto swedish = FormatMessage(Reminder(), kSunday, "a@b");
  ASSERT_TRUE(swedish);
  const std::size_t start = swedish->find("Subject: =?UTF-8?B?");
  ASSERT_NE(start, std::string::npos);
  const std::string word = swedish->substr(start + 19, swedish->find("?=", start) - start - 19);
  EXPECT_EQ(testing::Unbase64(word), "Påminnelse från Stegvis");

  Message ascii = Reminder();
  ascii.subject = "Reminder from Stegvis";
  auto plain = FormatMessage(ascii, kSunday, "a@b");
  ASSERT_TRUE(plain);
  EXPECT_NE(plain->find("Subject: Reminder from Stegvis\r\n"), std::string::npos);
}

TEST(MessageTest, FoldsALongSubjectIntoWordsThatNeverSplitALetter) {
  Message long_subject = Reminder();
  long_subject.subject.clear();
  for (int i = 0; i < 40; ++i) long_subject.subject += "åäö ";
  auto text = FormatMessage(long_subject, kSunday, "a@b");
  ASSERT_TRUE(text);
  std::string decoded;
  for (std::size_t at = text->find("=?UTF-8?B?"); at != std::string::npos;
       at = text->find("=?UTF-8?B?", at + 1)) {
    const std::size_t end = text->find("?=", at + 10);
    ASSERT_LE(end - at + 2, 75u) << "an encoded word is at most 75 characters";
    const std::string part = testing::Unbase64(text->substr(at + 10, end - at - 10));
    EXPECT_NE(static_cast<unsigned char>(part.front()) & 0xC0, 0x80u) << "starts mid-letter";
    decoded += part;
  }
  EXPECT_EQ(decoded, long_subject.subject);
}

TEST(MessageTest, ALineBreakInTheSubjectCannotAddAHeader) {
  Message injected = Reminder();
  injected.subject = "Hej\r\nBcc: someone@else.example";
  auto text = FormatMessage(injected, kSunday, "a@b");
  ASSERT_TRUE(text);
  EXPECT_EQ(text->find("\r\nBcc:"), std::string::npos);
  EXPECT_NE(text->find("Subject: Hej  Bcc: someone@else.example\r\n"), std::string::npos);
}

TEST(MessageTest, RefusesAddressesThatAreNotBareAddresses) {
  for (const char* bad : {"", "nobody", "a@", "@b", "a@b@c", "a b@c", "<a@b>", "a@b\r\nRCPT TO:x",
                          "Åsa@solvik.example"}) {
    Message m = Reminder();
    m.to = bad;
    EXPECT_FALSE(FormatMessage(m, kSunday, "a@b")) << bad;
    EXPECT_FALSE(IsSendableAddress(bad)) << bad;
  }
  EXPECT_TRUE(IsSendableAddress("first.last+tag@kommun.se"));
  EXPECT_FALSE(IsSendableAddress(std::string(250, 'a') + "@b.se"));
}

TEST(MessageTest, TheBodyIsBase64OfTheTextWithCrlfLineEnds) {
  auto text = FormatMessage(Reminder(), kSunday, "a@b");
  ASSERT_TRUE(text);
  const std::string body = text->substr(text->find("\r\n\r\n") + 4);
  for (std::size_t at = 0; at < body.size();) {
    const std::size_t end = body.find("\r\n", at);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - at, 76u);
    at = end + 2;
  }
  EXPECT_EQ(testing::Unbase64(body), "Hej Maria!\r\nLärandeseminarium 2 börjar 2026-12-10.\r\n");
}

TEST(MessageTest, DotStuffingDoublesLeadingDotsAndEndsTheData) {
  EXPECT_EQ(DotStuff("a\r\n.b\r\n..c\r\n"), "a\r\n..b\r\n...c\r\n.\r\n");
  EXPECT_EQ(DotStuff(".x"), "..x\r\n.\r\n");
  EXPECT_EQ(DotStuff(""), ".\r\n");
}

TEST(MessageTest, Base64MatchesTheRfcVectors) {
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64("foob"), "Zm9vYg==");
  EXPECT_EQ(Base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(Base64("foobar"), "Zm9vYmFy");
}

}  // namespace
}  // namespace stegvis::mail
