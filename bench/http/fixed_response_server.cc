// The transport alone, for bench/http/run: web/http's server answering each path with bytes
// read from a folder at start (PATH "/" is DIR/index.html, "/a/b" is DIR/a/b), with no session,
// store or template, and the access log on at info as `stegvis serve` writes it. What it
// serves per second is the most any page can reach through this transport.
//
//   fixed_response_server DIR     prints "listening on PORT" (a free port on 127.0.0.1)

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "core/clock.h"
#include "core/log.h"
#include "web/http/server.h"

namespace {

using stegvis::web::Request;
using stegvis::web::Response;

// Every regular file below `dir`, by the path it is served at. Kept as shared bytes, as the
// page cache keeps a page, so answering one copies no body.
using Files = std::map<std::string, std::shared_ptr<const std::string>, std::less<>>;
Files LoadFiles(const std::filesystem::path& dir) {
  Files files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string path = "/" + std::filesystem::relative(entry.path(), dir).generic_string();
    if (path == "/index.html") path = "/";
    files.emplace(std::move(path), std::make_shared<const std::string>(bytes.str()));
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 || !std::filesystem::is_directory(argv[1])) {
    std::cerr << "usage: fixed_response_server DIR\n";
    return 2;
  }
  const auto files = LoadFiles(argv[1]);
  stegvis::core::SystemClock clock;
  stegvis::core::Logger log(stegvis::core::LogLevel::kInfo, std::cerr, clock);
  stegvis::web::ServerOptions options;
  options.port = 0;
  stegvis::web::Server server(
      options,
      [&files](Request& request) {
        auto found = files.find(request.path);
        if (found == files.end()) return Response::Text(404, "Not Found\n");
        Response response = Response::Html(200, {});
        response.shared_body = found->second;
        return response;
      },
      log);
  auto port = server.Listen();
  if (!port) {
    std::cerr << port.error().message << "\n";
    return 1;
  }
  std::cout << "listening on " << *port << std::endl;
  server.Run();
  return 0;
}
