// Handing a message to an SMTP server (mail/smtp_client.h), against a sink on loopback that
// the test starts itself (mail/testing/smtp_sink.h).
#include "mail/smtp_client.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "mail/testing/smtp_sink.h"

namespace stegvis::mail {
namespace {

SmtpSettings To(const testing::SmtpSink& sink) {
  return {"127.0.0.1", sink.port(), "stegvis.test", std::chrono::milliseconds(5000)};
}

const std::string kData = "Subject: test\r\n\r\nline one\r\n.a line starting with a dot\r\n";

TEST(SmtpClientTest, DeliversTheMessageToTheServer) {
  testing::SmtpSink sink;
  auto sent = SendMail(To(sink), "stegvis@solvik.example", "team@norrby.example", kData);
  ASSERT_TRUE(sent) << sent.error().text;
  const auto received = sink.received();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].from, "stegvis@solvik.example");
  EXPECT_EQ(received[0].to, "team@norrby.example");
  EXPECT_EQ(received[0].data, kData) << "the leading dot survives dot-stuffing";
}

TEST(SmtpClientTest, AFiveHundredReplyIsPermanent) {
  testing::SmtpSink sink;
  sink.Refuse("RCPT", "550 5.1.1 no such user");
  auto sent = SendMail(To(sink), "stegvis@solvik.example", "gone@norrby.example", kData);
  ASSERT_FALSE(sent);
  EXPECT_TRUE(sent.error().permanent);
  EXPECT_NE(sent.error().text.find("RCPT TO was answered 550 5.1.1 no such user"),
            std::string::npos)
      << sent.error().text;
  EXPECT_TRUE(sink.received().empty());
}

TEST(SmtpClientTest, AFourHundredReplyIsWorthTryingAgain) {
  testing::SmtpSink sink;
  sink.Refuse("END", "451 4.3.0 try later");
  auto sent = SendMail(To(sink), "stegvis@solvik.example", "team@norrby.example", kData);
  ASSERT_FALSE(sent);
  EXPECT_FALSE(sent.error().permanent);
  EXPECT_NE(sent.error().text.find("451"), std::string::npos);
}

TEST(SmtpClientTest, FallsBackToHeloWhenEhloIsRefused) {
  testing::SmtpSink sink;
  sink.Refuse("EHLO", "502 not here");
  auto sent = SendMail(To(sink), "stegvis@solvik.example", "team@norrby.example", kData);
  ASSERT_TRUE(sent) << sent.error().text;
  EXPECT_EQ(sink.received().size(), 1u);
}

TEST(SmtpClientTest, NoServerIsATemporaryFailure) {
  // A port nobody listens on: bind one, note it, close it.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), size), 0);
  ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size), 0);
  ::close(fd);
  SmtpSettings settings{"127.0.0.1", ntohs(address.sin_port), "stegvis.test",
                        std::chrono::milliseconds(2000)};
  auto sent = SendMail(settings, "stegvis@solvik.example", "team@norrby.example", kData);
  ASSERT_FALSE(sent);
  EXPECT_FALSE(sent.error().permanent);
  EXPECT_NE(sent.error().text.find("cannot connect"), std::string::npos) << sent.error().text;
}

TEST(SmtpClientTest, AServerThatGreetsWithAnErrorIsNotGivenTheMessage) {
  testing::SmtpSink sink;
  sink.Refuse("GREETING", "421 4.3.2 shutting down");
  auto sent = SendMail(To(sink), "stegvis@solvik.example", "team@norrby.example", kData);
  ASSERT_FALSE(sent);
  EXPECT_FALSE(sent.error().permanent);
  EXPECT_NE(sent.error().text.find("the greeting was answered 421"), std::string::npos);
}

}  // namespace
}  // namespace stegvis::mail
