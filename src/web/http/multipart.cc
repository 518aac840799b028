#include "web/http/multipart.h"

#include "core/text.h"

namespace stegvis::web {
namespace {

// The value of parameter `name` in a header value such as `form-data; name="a"; filename="b"`
// (quoted or not; `\"` inside quotes is a quote); nullopt when it is absent.
std::optional<std::string> Parameter(std::string_view header, std::string_view name) {
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= header.size(); ++i) {
    if (i < header.size()) {
      if (quoted && header[i] == '\\') {
        ++i;
        continue;
      }
      if (header[i] == '"') quoted = !quoted;
      if (header[i] != ';' || quoted) continue;
    }
    const std::string_view item = core::Trim(header.substr(start, i - start));
    start = i + 1;
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos || core::AsciiLower(core::Trim(item.substr(0, eq))) != name) {
      continue;
    }
    const std::string_view raw = core::Trim(item.substr(eq + 1));
    if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"') return std::string(raw);
    std::string value;
    for (std::size_t k = 1; k + 1 < raw.size(); ++k) {
      if (raw[k] == '\\' && k + 2 < raw.size()) ++k;
      value += raw[k];
    }
    return value;
  }
  return std::nullopt;
}

// The value of header `name` (lower case) among a part's header lines; empty if absent.
std::string_view PartHeader(std::string_view headers, std::string_view name) {
  std::size_t start = 0;
  while (start < headers.size()) {
    std::size_t end = headers.find("\r\n", start);
    if (end == std::string_view::npos) end = headers.size();
    const std::string_view line = headers.substr(start, end - start);
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos &&
        core::AsciiLower(core::Trim(line.substr(0, colon))) == name) {
      return core::Trim(line.substr(colon + 1));
    }
    start = end + 2;
  }
  return {};
}

}  // namespace

bool IsMultipartForm(std::string_view content_type) {
  return core::AsciiLower(content_type.substr(0, 19)) == "multipart/form-data";
}

std::optional<MultipartForm> ParseMultipart(std::string_view content_type, std::string_view body) {
  std::optional<std::string> boundary = Parameter(content_type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70) return std::nullopt;
  const std::string delimiter = "--" + *boundary;
  const std::string next_part = "\r\n" + delimiter;
  if (!body.starts_with(delimiter)) {
    const std::size_t first = body.find(next_part);
    if (first == std::string_view::npos) return std::nullopt;
    body.remove_prefix(first + 2);  // a preamble is ignored
  }
  MultipartForm form;
  std::size_t pos = delimiter.size();
  for (std::size_t parts = 0;; ++parts) {
    if (body.substr(pos, 2) == "--") return form;  // the closing delimiter
    if (parts >= kMaxFormFields || body.substr(pos, 2) != "\r\n") return std::nullopt;
    pos += 2;
    const std::size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return std::nullopt;
    const std::string_view headers = body.substr(pos, headers_end - pos);
    const std::size_t content = headers_end + 4;
    const std::size_t end = body.find(next_part, content);
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view disposition = PartHeader(headers, "content-disposition");
    std::optional<std::string> name = Parameter(disposition, "name");
    if (!name || name->empty()) return std::nullopt;
    const std::string value(body.substr(content, end - content));
    if (std::optional<std::string> file_name = Parameter(disposition, "filename")) {
      form.files.push_back({std::move(*name), std::move(*file_name),
                            std::string(PartHeader(headers, "content-type")), value});
    } else {
      form.fields.emplace_back(std::move(*name), value);
    }
    pos = end + next_part.size();
  }
}

}  // namespace stegvis::web
