#include "web/http/static_files.h"

#include <cstdint>
#include <cstdio>

namespace stegvis::web {
namespace {

// FNV-1a, 64 bit: a stable content fingerprint (not a security measure).
std::string Fingerprint(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(hash));
  return buf;
}

}  // namespace

std::string_view StaticFiles::ContentType(std::string_view name) {
  struct Type {
    std::string_view extension, type;
  };
  static constexpr Type kTypes[] = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
  };
  for (const auto& t : kTypes) {
    if (name.ends_with(t.extension)) return t.type;
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::span<const EmbeddedFile> files) {
  for (const auto& file : files) {
    if (!file.name.starts_with("static/")) continue;
    assets_.emplace("/" + std::string(file.name),
                    Asset{file.content, Fingerprint(file.content), ContentType(file.name)});
  }
}

Response StaticFiles::Serve(const Request& request) const {
  auto it = assets_.find(request.path);
  if (it == assets_.end()) return Response::Text(404, "Not Found\n");
  const Asset& asset = it->second;
  Response response;
  // Assets keep their URL across releases, so browsers may reuse them for an hour and then
  // revalidate with the ETag (a 304 without the body).
  response.SetHeader("Cache-Control", "public, max-age=3600");
  response.SetHeader("ETag", asset.etag);
  if (request.Header("if-none-match") == asset.etag) {
    response.status = 304;
    return response;
  }
  response.SetHeader("Content-Type", std::string(asset.content_type));
  response.body = std::string(asset.content);
  return response;
}

}  // namespace stegvis::web
