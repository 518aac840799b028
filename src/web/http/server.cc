// The only file that includes Boost.Beast and Asio (they are slow to compile).
// Shape follows Beast's coroutine ("awaitable") server example: the session coroutine does
// transport only, the handler is a plain function of the request.

#include "web/http/server.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace stegvis::web {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

// One open connection, so shutdown can close the idle ones.
struct Connection {
  // Of the connection's io_context, which one thread runs: whatever runs there runs in turn.
  net::io_context::executor_type executor;
  beast::tcp_stream* stream = nullptr;
  bool busy = false;  // a request is being handled or written; only touched on `executor`
};

// Whether reading a request failed because of what the client sent (answered 400), not
// because the connection ended, timed out or was cancelled (closed without an answer).
bool IsMalformed(const beast::error_code& ec) {
  if (!ec || ec.category() != http::make_error_code(http::error::bad_target).category()) {
    return false;
  }
  return ec != http::error::end_of_stream && ec != http::error::partial_message &&
         ec != http::error::need_more && ec != http::error::header_limit &&
         ec != http::error::body_limit;
}

Request ToRequest(http::request<http::string_body>& in, std::string remote) {
  Request out;
  out.method = std::string(in.method_string());
  out.target = std::string(in.target());
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  out.body = std::move(in.body());
  out.remote_address = std::move(remote);
  return out;
}

// The body is written from `in`'s bytes, not a copy of them: `in` must outlive the write.
using OutgoingResponse = http::response<http::span_body<const char>>;

OutgoingResponse ToBeast(const Response& in, unsigned version, bool keep_alive, bool head) {
  OutgoingResponse out{static_cast<http::status>(in.status), version};
  // insert, not set: a response may carry several Set-Cookie headers.
  for (const auto& [name, value] : in.headers) out.insert(name, value);
  const std::string_view bytes = in.Bytes();
  out.body() = {bytes.data(), bytes.size()};
  out.keep_alive(keep_alive);
  out.prepare_payload();
  if (head) out.body() = {};  // HEAD: same headers (Content-Length included), no body
  return out;
}

}  // namespace

class Server::Impl {
 public:
  Impl(ServerOptions options, RequestHandler handler, core::Logger& log)
      : options_(std::move(options)),
        handler_(std::move(handler)),
        log_(log),
        contexts_(MakeContexts(options_.io_threads)),
        ioc_(*contexts_.front()),
        workers_(static_cast<std::size_t>(options_.worker_threads)),
        signals_(ioc_, SIGINT, SIGTERM) {}

  core::Result<unsigned short> Listen() {
    beast::error_code ec;
    tcp::resolver resolver(ioc_);
    auto results = resolver.resolve(options_.listen, std::to_string(options_.port),
                                    tcp::resolver::passive | tcp::resolver::numeric_service, ec);
    if (ec || results.empty()) return Unavailable("cannot resolve " + options_.listen, ec);
    tcp::endpoint endpoint = results.begin()->endpoint();
    auto& acceptor = acceptors_.emplace_back(ioc_);
    if (acceptor.open(endpoint.protocol(), ec); ec) return Unavailable("cannot open socket", ec);
    acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (acceptor.bind(endpoint, ec); ec) {
      return Unavailable(
          "cannot listen on " + options_.listen + ":" + std::to_string(options_.port), ec);
    }
    if (acceptor.listen(net::socket_base::max_listen_connections, ec); ec) {
      return Unavailable("cannot listen", ec);
    }
    return acceptor.local_endpoint().port();
  }

  void Run() {
    signals_.async_wait([this](beast::error_code ec, int signal) {
      if (!ec) BeginShutdown(signal);
    });
    for (auto& acceptor : acceptors_) net::co_spawn(ioc_, Accept(acceptor), net::detached);
    // The other threads' contexts have no work until a connection comes; keep them running.
    std::vector<net::executor_work_guard<net::io_context::executor_type>> guards;
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < contexts_.size(); ++i) {
      guards.push_back(net::make_work_guard(*contexts_[i]));
      threads.emplace_back([this, i] { contexts_[i]->run(); });
    }
    ioc_.run();
    for (auto& t : threads) t.join();
    workers_.join();
  }

  void Stop() {
    net::post(ioc_, [this] { BeginShutdown(0); });
  }

 private:
  static tl::unexpected<core::Error> Unavailable(const std::string& what, beast::error_code ec) {
    return core::Fail(core::Error{core::ErrorCode::kUnavailable,
                                  what + (ec ? ": " + ec.message() : std::string()),
                                  "listen",
                                  {}});
  }

  // Runs on an I/O thread: stop accepting, close idle connections, wait for busy ones.
  void BeginShutdown(int signal) {
    if (stopping_.exchange(true)) return;
    log_.Log(core::LogLevel::kInfo, "shutdown", {{"signal", std::int64_t{signal}}});
    signals_.cancel();
    for (auto& acceptor : acceptors_) {
      beast::error_code ignored;
      acceptor.close(ignored);
    }
    CloseIdleConnections();
    net::co_spawn(ioc_, Drain(), net::detached);
  }

  void CloseIdleConnections() {
    std::lock_guard lock(connections_mutex_);
    for (const auto& connection : connections_) {
      net::post(connection->executor, [connection] {
        if (!connection->busy && connection->stream) connection->stream->cancel();
      });
    }
  }

  // Waits until every connection has closed or the grace period is over, then stops.
  net::awaitable<void> Drain() {
    auto deadline = Clock::now() + options_.shutdown_grace;
    net::steady_timer timer(co_await net::this_coro::executor);
    for (;;) {
      {
        std::lock_guard lock(connections_mutex_);
        if (connections_.empty()) break;
      }
      if (Clock::now() >= deadline) {
        log_.Log(core::LogLevel::kWarn, "shutdown_grace_expired");
        break;
      }
      CloseIdleConnections();  // a connection that just finished its request is idle now
      timer.expires_after(std::chrono::milliseconds(20));
      co_await timer.async_wait(net::use_awaitable);
    }
    for (auto& context : contexts_) context->stop();
  }

  net::awaitable<void> Accept(tcp::acceptor& acceptor) {
    for (;;) {
      beast::error_code ec;
      // Connections go to the I/O threads in turn; each thread has an io_context of its own,
      // so a connection needs no strand and the threads share no queue.
      auto executor = contexts_[next_context_++ % contexts_.size()]->get_executor();
      tcp::socket socket =
          co_await acceptor.async_accept(executor, net::redirect_error(net::use_awaitable, ec));
      if (stopping_) co_return;
      if (ec) {
        log_.Log(core::LogLevel::kWarn, "accept_failed", {{"error", ec.message()}});
        continue;
      }
      auto connection = std::make_shared<Connection>(Connection{executor});
      std::size_t open = 0;
      {
        std::lock_guard lock(connections_mutex_);
        open = connections_.size();
        if (open < options_.max_connections) connections_.insert(connection);
      }
      if (open >= options_.max_connections) {
        RefuseConnection(socket, open);
        continue;
      }
      net::co_spawn(executor, Session(std::move(socket), connection), net::detached);
    }
  }

  // Past max_connections: a short 503 written without waiting (it fits the socket's empty
  // send buffer; if not, the client just sees the connection close), then the socket closes.
  void RefuseConnection(tcp::socket& socket, std::size_t open) {
    static constexpr std::string_view kBusy =
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Length: 5\r\nRetry-After: 5\r\nConnection: close\r\n\r\nbusy\n";
    beast::error_code ec;
    std::string remote = socket.remote_endpoint(ec).address().to_string();
    log_.Log(core::LogLevel::kWarn, "connection_refused",
             {{"open", static_cast<std::int64_t>(open)}, {"remote", std::string_view(remote)}});
    socket.non_blocking(true, ec);
    socket.write_some(net::buffer(kBusy.data(), kBusy.size()), ec);
    socket.shutdown(tcp::socket::shutdown_both, ec);
    socket.close(ec);
  }

  Response HandleSafely(Request& request) {
    try {
      return handler_(request);
    } catch (const std::exception& e) {
      log_.Log(core::LogLevel::kError, "handler_failed",
               {{"path", std::string_view(LoggedPath(request.path))},
                {"error", std::string_view(e.what())}});
    } catch (...) {
      log_.Log(core::LogLevel::kError, "handler_failed",
               {{"path", std::string_view(LoggedPath(request.path))}});
    }
    return Response::Text(500, "Internal Server Error\n");
  }

  // Runs the handler on the worker pool; the session resumes on its own thread afterwards.
  net::awaitable<Response> RunHandler(Request* request) { co_return HandleSafely(*request); }

  net::awaitable<void> Session(tcp::socket socket, std::shared_ptr<Connection> connection) {
    beast::error_code ec;
    std::string remote = socket.remote_endpoint(ec).address().to_string();
    beast::tcp_stream stream(std::move(socket));
    connection->stream = &stream;
    beast::flat_buffer buffer;
    for (;;) {
      http::request_parser<http::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options_.header_limit));
      parser.body_limit(options_.body_limit);
      stream.expires_after(options_.idle_timeout);
      co_await http::async_read_header(stream, buffer, parser,
                                       net::redirect_error(net::use_awaitable, ec));
      if (!ec) {
        // From the first header on, the request is in flight: shutdown lets it finish.
        connection->busy = true;
        log_.Log(core::LogLevel::kDebug, "request_started",
                 {{"method", std::string_view(parser.get().method_string())}});
        stream.expires_after(options_.read_timeout);
        co_await http::async_read(stream, buffer, parser,
                                  net::redirect_error(net::use_awaitable, ec));
      }
      if (ec == http::error::header_limit || ec == http::error::body_limit) {
        Response too_large = Response::Text(413, "Payload Too Large\n");
        auto res = ToBeast(too_large, 11, false, false);
        stream.expires_after(options_.read_timeout);
        co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
        Log("-", "-", 413, 0, Clock::now(), remote);
        co_await DiscardUnreadInput(stream);
        break;
      }
      if (IsMalformed(ec)) {
        // A request Beast cannot read (a bad chunk size, two Content-Lengths, a negative or
        // non-numeric length, a bad header line): say so, then close, as the framing of what
        // follows on this connection cannot be trusted.
        Response bad = Response::Text(400, "Bad Request\n");
        auto res = ToBeast(bad, 11, false, false);
        stream.expires_after(options_.read_timeout);
        co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
        Log("-", "-", 400, 0, Clock::now(), remote);
        co_await DiscardUnreadInput(stream);
        break;
      }
      if (ec) break;  // end of stream, timeout, reset, or cancelled by shutdown

      auto started = Clock::now();
      auto& in = parser.get();
      Request request = ToRequest(in, remote);
      Response response;
      if (!ParseTarget(request.target, request.path, request.query)) {
        response = Response::Text(400, "Bad Request\n");
      } else {
        response = co_await net::co_spawn(workers_, RunHandler(&request), net::use_awaitable);
      }
      // The one place responses are written: a header value with CR/LF would split the
      // response (header injection), so such a response is never sent.
      if (std::string_view unsafe = UnsafeHeader(response); !unsafe.empty()) {
        log_.Log(core::LogLevel::kError, "unsafe_header_refused",
                 {{"path", std::string_view(LoggedPath(request.path))}, {"header", unsafe}});
        response = Response::Text(500, "Internal Server Error\n");
      }
      bool keep_alive = in.keep_alive() && !stopping_;
      auto out = ToBeast(response, in.version(), keep_alive, in.method() == http::verb::head);
      const auto bytes = static_cast<std::int64_t>(out.body().size());
      stream.expires_after(options_.read_timeout);
      co_await http::async_write(stream, out, net::redirect_error(net::use_awaitable, ec));
      Log(request.method, request.path, response.status, bytes, started, remote);
      connection->busy = false;
      if (ec || !keep_alive) break;
    }
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    connection->stream = nullptr;
    std::lock_guard lock(connections_mutex_);
    connections_.erase(connection);
  }

  // After refusing a request whose rest is still arriving: stop sending, then read and
  // drop what the client sends (bounded in bytes and time), so it gets to read our answer
  // instead of a connection reset.
  net::awaitable<void> DiscardUnreadInput(beast::tcp_stream& stream) {
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream.expires_after(std::chrono::seconds(5));
    std::array<char, std::size_t{16} * 1024> sink;
    std::size_t discarded = 0;
    while (!ec && discarded < 4 * options_.body_limit + options_.header_limit) {
      discarded += co_await stream.async_read_some(net::buffer(sink),
                                                   net::redirect_error(net::use_awaitable, ec));
    }
  }

  void Log(std::string_view method, std::string_view path, int status, std::int64_t bytes,
           Clock::time_point started, std::string_view remote) {
    if (!log_.Enabled(core::LogLevel::kInfo)) return;
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    // Secrets travel in some paths (a reset link's token): the log shows "{token}" instead.
    const std::string logged_path = LoggedPath(path);
    log_.Log(core::LogLevel::kInfo, "request",
             {{"method", method},
              {"path", std::string_view(logged_path)},
              {"status", std::int64_t{status}},
              {"bytes", bytes},
              {"duration_ms", ms},
              {"remote", remote}});
  }

  ServerOptions options_;
  RequestHandler handler_;
  core::Logger& log_;
  static std::vector<std::unique_ptr<net::io_context>> MakeContexts(int threads) {
    std::vector<std::unique_ptr<net::io_context>> contexts;
    for (int i = 0; i < std::max(threads, 1); ++i) {
      contexts.push_back(std::make_unique<net::io_context>(1));
    }
    return contexts;
  }

  std::vector<std::unique_ptr<net::io_context>> contexts_;  // one per I/O thread
  net::io_context& ioc_;          // the first: accepting, signals and shutdown run here
  std::size_t next_context_ = 0;  // only touched by Accept, on ioc_
  net::thread_pool workers_;
  net::signal_set signals_;
  std::vector<tcp::acceptor> acceptors_;
  std::atomic<bool> stopping_{false};
  std::mutex connections_mutex_;
  std::set<std::shared_ptr<Connection>> connections_;
};

Server::Server(ServerOptions options, RequestHandler handler, core::Logger& log)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), log)) {}
Server::~Server() = default;
core::Result<unsigned short> Server::Listen() {
  return impl_->Listen();
}
void Server::Run() {
  impl_->Run();
}
void Server::Stop() {
  impl_->Stop();
}

}  // namespace stegvis::web
