#pragma once
// For tests: an SMTP server on 127.0.0.1 (a free port) that keeps every message it is given,
// answering as a relay would, or refusing a step with a chosen reply. One connection at a
// time, on its own thread; it stops when destroyed. Header only (tests of mail and web).

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace stegvis::mail::testing {

struct ReceivedMail {
  std::string from;  // MAIL FROM's address
  std::string to;    // RCPT TO's address
  std::string data;  // the message as sent, dot-stuffing undone, CRLF line ends
};

class SmtpSink {
 public:
  SmtpSink() {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
        ::listen(listener_, 8) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
      throw std::runtime_error("the SMTP sink cannot listen");
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~SmtpSink() {
    stop_ = true;
    thread_.join();
    ::close(listener_);
  }
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  int port() const { return port_; }

  // Answers the command starting with `verb` ("RCPT", "MAIL", "DATA", "EHLO", "GREETING" for
  // the greeting, "END" for the reply after the message) with `reply` ("550 no such user").
  void Refuse(const std::string& verb, const std::string& reply) {
    std::lock_guard lock(mutex_);
    refusals_[verb] = reply;
  }
  std::vector<ReceivedMail> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }
  int connections() const { return connections_; }

 private:
  void Serve() {
    while (!stop_) {
      pollfd p{listener_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      const int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) continue;
      ++connections_;
      Talk(fd);
      ::close(fd);
    }
  }

  std::string ReplyFor(const std::string& verb, const std::string& fine) {
    std::lock_guard lock(mutex_);
    auto it = refusals_.find(verb);
    return (it == refusals_.end() ? fine : it->second) + "\r\n";
  }

  // One line without its CRLF; false when the client went away or stopped talking.
  bool ReadLine(int fd, std::string& buffer, std::string& line) {
    for (int waited = 0; waited < 200 && !stop_;) {
      if (std::size_t end = buffer.find("\r\n"); end != std::string::npos) {
        line = buffer.substr(0, end);
        buffer.erase(0, end + 2);
        return true;
      }
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) {
        ++waited;
        continue;
      }
      char chunk[4096];
      const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
      if (n <= 0) return false;
      buffer.append(chunk, static_cast<std::size_t>(n));
    }
    return false;
  }

  static void Say(int fd, const std::string& text) {
    (void)::send(fd, text.data(), text.size(), MSG_NOSIGNAL);
  }

  static std::string Address(const std::string& line) {
    const std::size_t open = line.find('<');
    const std::size_t close = line.find('>');
    return open == std::string::npos || close < open ? "" : line.substr(open + 1, close - open - 1);
  }

  void Talk(int fd) {
    std::string buffer;
    std::string line;
    ReceivedMail mail;
    const std::string greeting = ReplyFor("GREETING", "220 sink ESMTP");
    Say(fd, greeting);
    if (!greeting.starts_with("2")) return;
    while (ReadLine(fd, buffer, line)) {
      const std::string verb = line.substr(0, 4);
      if (verb == "QUIT") return Say(fd, "221 bye\r\n");
      if (verb == "EHLO" || verb == "HELO") {
        Say(fd, ReplyFor(verb, "250 sink"));
      } else if (verb == "MAIL") {
        mail.from = Address(line);
        Say(fd, ReplyFor(verb, "250 ok"));
      } else if (verb == "RCPT") {
        mail.to = Address(line);
        Say(fd, ReplyFor(verb, "250 ok"));
      } else if (verb == "DATA") {
        const std::string reply = ReplyFor(verb, "354 go on");
        Say(fd, reply);
        if (!reply.starts_with("3")) continue;
        mail.data.clear();
        while (ReadLine(fd, buffer, line) && line != ".") {
          mail.data += (line.starts_with("..") ? line.substr(1) : line) + "\r\n";
        }
        const std::string end = ReplyFor("END", "250 queued");
        if (end.starts_with("2")) {
          std::lock_guard lock(mutex_);
          received_.push_back(mail);
        }
        Say(fd, end);
      } else {
        Say(fd, "502 not implemented\r\n");
      }
    }
  }

  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_ = false;
  std::atomic<int> connections_ = 0;
  mutable std::mutex mutex_;
  std::map<std::string, std::string> refusals_;
  std::vector<ReceivedMail> received_;
  std::thread thread_;
};

}  // namespace stegvis::mail::testing
