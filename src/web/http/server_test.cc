// The transport itself, started on 127.0.0.1 with a handler of the test's own and spoken to
// over a real socket: what a client receives is what the server wrote.

#include "web/http/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>

#include "core/clock.h"
#include "core/log.h"

namespace stegvis::web {
namespace {

// Sends `request` to 127.0.0.1:`port` and returns every byte received until the server
// closes the connection (each read bounded by 5 s, so a hung server fails the test).
std::string Exchange(unsigned short port, const std::string& request) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "socket failed";
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  std::string received;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) received.append(buffer, n);
  }
  ::close(fd);
  return received;
}

// The headers of a raw HTTP response (up to the blank line).
std::string HeadOf(const std::string& response) {
  return response.substr(0, response.find("\r\n\r\n"));
}

// The header value `back` reaching a Location header is the case the finding names: a CR/LF
// in it would start a header of the attacker's choosing (response splitting).
TEST(ServerTest, AResponseWithAControlCharacterInAHeaderIsRefusedOnTheWire) {
  core::FixedClock clock(1'800'000'000);
  std::ostringstream log_out;
  core::Logger log(core::LogLevel::kInfo, log_out, clock);
  ServerOptions options;
  options.listen = "127.0.0.1";
  options.port = 0;
  options.io_threads = 1;
  options.worker_threads = 1;
  Server server(
      options,
      [](Request& request) {
        if (request.path == "/split") {
          return Response::Redirect("/matt/1\r\nX-Injected: 1\r\nSet-Cookie: planted=1");
        }
        return Response::Redirect("/matt/1");
      },
      log);
  auto port = server.Listen();
  ASSERT_TRUE(port) << port.error().message;
  std::thread serving([&] { server.Run(); });

  const std::string split =
      Exchange(*port, "GET /split HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  const std::string plain =
      Exchange(*port, "GET /plain HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  server.Stop();
  serving.join();

  EXPECT_EQ(split.rfind("HTTP/1.1 500 ", 0), 0u) << split;
  EXPECT_EQ(HeadOf(split).find("X-Injected"), std::string::npos) << split;
  EXPECT_EQ(HeadOf(split).find("planted"), std::string::npos) << split;
  EXPECT_EQ(HeadOf(split).find("Location"), std::string::npos) << split;
  EXPECT_NE(log_out.str().find("unsafe_header_refused"), std::string::npos) << log_out.str();
  EXPECT_NE(log_out.str().find("Location"), std::string::npos) << "names the header";
  // The same handler's safe answer goes out as written: the refusal is of the header only.
  EXPECT_EQ(plain.rfind("HTTP/1.1 303 ", 0), 0u) << plain;
  EXPECT_NE(HeadOf(plain).find("Location: /matt/1"), std::string::npos) << plain;
}

}  // namespace
}  // namespace stegvis::web
