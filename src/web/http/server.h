#pragma once
// The HTTP/1.1 transport. The only part of Stegvis that knows Boost.Beast/Asio (server.cc):
// it turns bytes into web::Request, runs the handler on a worker pool (so database work never
// blocks the I/O threads) and writes the web::Response back.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "core/error.h"
#include "core/log.h"
#include "web/http/http.h"

namespace stegvis::web {

struct ServerOptions {
  std::string listen = "127.0.0.1";  // address or host name to bind
  unsigned short port = 8080;        // 0 picks a free port (see Server::Listen)
  int io_threads = 2;                // threads that read and write sockets
  int worker_threads = 4;            // threads that run handlers (and database work)
  // Open connections at most; one more is answered 503 and closed at once, so a client that
  // opens connections and never sends cannot use up the process's file descriptors.
  std::size_t max_connections = 512;
  std::size_t header_limit = std::size_t{16} * 1024;  // bytes; larger headers get 413
  std::size_t body_limit = std::size_t{1024} * 1024;  // bytes; larger bodies get 413
  std::chrono::seconds idle_timeout{30};    // waiting for (the headers of) the next request
  std::chrono::seconds read_timeout{30};    // reading a request body / writing a response
  std::chrono::seconds shutdown_grace{10};  // in-flight requests may finish within this
};

// Handles one request; runs on a worker thread. Exceptions become a 500 response.
using RequestHandler = std::function<Response(Request&)>;

class Server {
 public:
  Server(ServerOptions options, RequestHandler handler, core::Logger& log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. Returns the port actually bound (useful with port 0), or an
  // kUnavailable error naming the address (in use, not local, cannot resolve).
  core::Result<unsigned short> Listen();

  // Serves until SIGINT or SIGTERM, or until Stop(). Then stops accepting, lets in-flight
  // requests finish (at most shutdown_grace), closes idle connections and returns.
  void Run();

  // Asks a running server to shut down as if it had received SIGTERM. Thread-safe.
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stegvis::web
