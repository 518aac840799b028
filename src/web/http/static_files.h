#pragma once
// Static assets under /static/ (embedded static/*): correct content types, a strong ETag
// from the content, and Cache-Control so browsers revalidate cheaply (304).

#include <map>
#include <span>
#include <string>
#include <string_view>

#include "web/http/embedded_files.h"
#include "web/http/http.h"

namespace stegvis::web {

class StaticFiles {
 public:
  // Takes every embedded file whose name starts with "static/".
  explicit StaticFiles(std::span<const EmbeddedFile> files);

  // Serves GET/HEAD /static/NAME: 200 with the bytes, 304 when If-None-Match matches, or
  // 404 when there is no such file.
  Response Serve(const Request& request) const;

  // The content type for a file name, by extension ("application/octet-stream" if unknown).
  static std::string_view ContentType(std::string_view name);

 private:
  struct Asset {
    std::string_view content;
    std::string etag;
    std::string_view content_type;
  };
  std::map<std::string, Asset, std::less<>> assets_;  // by URL path "/static/NAME"
};

}  // namespace stegvis::web
