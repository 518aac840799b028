#include "mail/smtp_client.h"

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <optional>

#include "mail/message.h"

namespace stegvis::mail {
namespace {

// Replies longer than this are cut: a server that never ends its reply cannot fill memory.
constexpr std::size_t kMaxReply = 64 * 1024;

struct Reply {
  int code = 0;
  std::string text;  // every line of the reply, joined by " | "
};

tl::unexpected<SendFailure> Temporary(std::string text) {
  return tl::unexpected(SendFailure{false, std::move(text)});
}

class Connection {
 public:
  explicit Connection(std::chrono::milliseconds timeout) : timeout_(timeout) {}
  ~Connection() {
    if (fd_ >= 0) ::close(fd_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  tl::expected<void, SendFailure> Open(const std::string& host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    if (int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &found); rc != 0) {
      return Temporary("cannot resolve " + host + ": " + ::gai_strerror(rc));
    }
    std::string last = "no address";
    for (addrinfo* a = found; a != nullptr; a = a->ai_next) {
      if (auto ok = TryConnect(*a)) {
        ::freeaddrinfo(found);
        return {};
      } else {
        last = ok.error();
      }
    }
    ::freeaddrinfo(found);
    return Temporary("cannot connect to " + host + ":" + service + ": " + last);
  }

  tl::expected<void, SendFailure> Send(std::string_view bytes) {
    while (!bytes.empty()) {
      if (!Wait(POLLOUT)) return Temporary("timed out sending");
      const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (n <= 0) return Temporary(std::string("send failed: ") + std::strerror(errno));
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
  }

  // One reply, multi-line or not ("250-a" ... "250 b").
  tl::expected<Reply, SendFailure> Read() {
    Reply reply;
    for (;;) {
      auto line = ReadLine();
      if (!line) return tl::unexpected(line.error());
      if (line->size() < 3 || !std::isdigit(static_cast<unsigned char>((*line)[0]))) {
        return Temporary("not an SMTP reply: " + *line);
      }
      reply.code = std::stoi(line->substr(0, 3));
      if (!reply.text.empty()) reply.text += " | ";
      reply.text += *line;
      if (line->size() == 3 || (*line)[3] != '-') return reply;
    }
  }

 private:
  tl::expected<void, std::string> TryConnect(const addrinfo& a) {
    const int fd =
        ::socket(a.ai_family, a.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a.ai_protocol);
    if (fd < 0) return tl::unexpected(std::string(std::strerror(errno)));
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
    if (::connect(fd, a.ai_addr, a.ai_addrlen) == 0) return {};
    if (errno != EINPROGRESS) return tl::unexpected(std::string(std::strerror(errno)));
    if (!Wait(POLLOUT)) return tl::unexpected(std::string("timed out"));
    int error = 0;
    socklen_t size = sizeof error;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
    if (error != 0) return tl::unexpected(std::string(std::strerror(error)));
    return {};
  }

  bool Wait(short events) {
    pollfd p{fd_, events, 0};
    for (;;) {
      const int rc = ::poll(&p, 1, static_cast<int>(timeout_.count()));
      if (rc < 0 && errno == EINTR) continue;
      return rc > 0;
    }
  }

  tl::expected<std::string, SendFailure> ReadLine() {
    for (;;) {
      if (std::size_t end = buffer_.find("\r\n"); end != std::string::npos) {
        std::string line = buffer_.substr(0, end);
        buffer_.erase(0, end + 2);
        return line;
      }
      if (buffer_.size() > kMaxReply) return Temporary("the server's reply is too long");
      if (!Wait(POLLIN)) return Temporary("timed out waiting for the server");
      char chunk[4096];
      const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
      if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (n <= 0) return Temporary("the server closed the connection");
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  std::chrono::milliseconds timeout_;
  int fd_ = -1;
  std::string buffer_;
};

// Sends `command` (empty: only reads) and expects a reply of class `want` (2 or 3); `what`
// names the step in the failure.
tl::expected<Reply, SendFailure> Step(Connection& c, std::string_view command, int want,
                                      std::string_view what) {
  if (!command.empty()) {
    if (auto sent = c.Send(std::string(command) + "\r\n"); !sent) {
      return tl::unexpected(sent.error());
    }
  }
  auto reply = c.Read();
  if (!reply) return reply;
  if (reply->code / 100 == want) return reply;
  return tl::unexpected(
      SendFailure{reply->code / 100 == 5, std::string(what) + " was answered " + reply->text});
}

}  // namespace

tl::expected<void, SendFailure> SendMail(const SmtpSettings& settings, std::string_view from,
                                         std::string_view to, std::string_view data) {
  Connection c(settings.timeout);
  if (auto opened = c.Open(settings.host, settings.port); !opened) return opened;
  if (auto r = Step(c, "", 2, "the greeting"); !r) return tl::unexpected(r.error());
  if (auto ehlo = Step(c, "EHLO " + settings.helo_name, 2, "EHLO"); !ehlo) {
    if (!ehlo.error().permanent) return tl::unexpected(ehlo.error());
    if (auto helo = Step(c, "HELO " + settings.helo_name, 2, "HELO"); !helo) {
      return tl::unexpected(helo.error());
    }
  }
  if (auto r = Step(c, "MAIL FROM:<" + std::string(from) + ">", 2, "MAIL FROM"); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = Step(c, "RCPT TO:<" + std::string(to) + ">", 2, "RCPT TO"); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = Step(c, "DATA", 3, "DATA"); !r) return tl::unexpected(r.error());
  if (auto sent = c.Send(DotStuff(data)); !sent) return sent;
  if (auto r = Step(c, "", 2, "the message"); !r) return tl::unexpected(r.error());
  (void)Step(c, "QUIT", 2, "QUIT");  // the message is accepted; a lost goodbye changes nothing
  return {};
}

}  // namespace stegvis::mail
