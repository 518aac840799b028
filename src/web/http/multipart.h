#pragma once
// multipart/form-data (RFC 7578), the body a browser sends for a form with a file input. Only
// web/http/access_guard.cc parses it, once, into Request::form (the text fields, so the CSRF
// and control-character checks see them as they see any form) and Request::files.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/http/http.h"

namespace stegvis::web {

// The parts of a multipart/form-data body: text fields in order, and the files.
struct MultipartForm {
  HeaderList fields;
  std::vector<FormFile> files;
};

// Whether `content_type` is multipart/form-data (any parameters after it).
bool IsMultipartForm(std::string_view content_type);

// Parses `body` with the boundary of `content_type`. nullopt when the boundary is missing or
// longer than RFC 2046's 70 characters, a part has no name or no blank line after its
// headers, the closing delimiter is missing, or there are more than kMaxFormFields parts.
// A part with a filename parameter is a file (its name as sent, no path taken from it).
std::optional<MultipartForm> ParseMultipart(std::string_view content_type, std::string_view body);

}  // namespace stegvis::web
