#pragma once
// The project's own HTTP request and response types. Only web/server.cc knows Beast; every
// handler, the router and the tests speak these plain structs.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stegvis::web {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// The values of a matched route's {name} placeholders, kept as positions in Request::path so
// that a copied Request still reads them right. Names point into the router's patterns, which
// outlive every request. Filling them allocates nothing.
class PathParams {
 public:
  static constexpr std::size_t kMax = 4;  // no route has more placeholders (router.cc checks)

  // The value of {name} within `path`; empty when the route has no such placeholder.
  std::string_view Get(std::string_view path, std::string_view name) const;
  // Records {name} as path[offset, offset + length); ignored past kMax.
  void Add(std::string_view name, std::size_t offset, std::size_t length);
  void Clear() { size_ = 0; }

 private:
  struct Param {
    std::string_view name;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
  };
  std::array<Param, kMax> params_{};
  std::size_t size_ = 0;
};

// A file sent with a multipart/form-data form (web/http/multipart.h).
struct FormFile {
  std::string field;         // the form field's name
  std::string file_name;     // as the browser sent it
  std::string content_type;  // as sent; empty if none
  std::string bytes;
};

struct Request {
  std::string method;  // "GET", "POST", ... (upper case)
  std::string target;  // as sent: "/units?x=1"
  std::string path;    // percent-decoded path without the query: "/units"
  HeaderList query;    // decoded query parameters in order
  HeaderList headers;  // header names in lower case
  std::string body;
  std::string remote_address;  // the peer's IP address
  PathParams path_params;      // filled by the router: {id} -> "42"
  // The fields of an application/x-www-form-urlencoded body, parsed once by the access guard
  // after it counted them (kMaxFormFields); empty for any other body. web::Form reads these.
  HeaderList form;
  // The files of a multipart/form-data body, parsed with its text fields (into `form`).
  std::vector<FormFile> files;

  // The value of the matched route's placeholder {name} ("42"), or empty.
  std::string_view PathParam(std::string_view name) const { return path_params.Get(path, name); }

  // The first header with this (lower-case) name, or empty.
  std::string_view Header(std::string_view name) const;
  // The first query parameter with this name, if present.
  std::optional<std::string> Query(std::string_view name) const;
  // The value of a cookie sent by the client, if present.
  std::optional<std::string> Cookie(std::string_view name) const;
};

struct Response {
  Response() = default;
  Response(int status_code, HeaderList header_list, std::string bytes = {})
      : status(status_code), headers(std::move(header_list)), body(std::move(bytes)) {}

  int status = 200;
  HeaderList headers;
  std::string body;
  // Bytes kept elsewhere (a page in the page cache) that are this response's body instead of
  // `body`, which is then empty: copying the response shares them, and the server writes them
  // without a copy. Handlers fill `body`; Bytes() reads whichever holds the body.
  std::shared_ptr<const std::string> shared_body;

  // The body's bytes: *shared_body when set, `body` otherwise.
  std::string_view Bytes() const { return shared_body ? *shared_body : body; }

  // Sets a header, replacing any earlier one of the same name (case-insensitive).
  void SetHeader(std::string name, std::string value);
  // The value of a header set on this response, or empty.
  std::string_view Header(std::string_view name) const;

  static Response Text(int status, std::string body);
  static Response Html(int status, std::string body);
  static Response Json(int status, std::string body);
  static Response Redirect(std::string location, int status = 303);
};

// Parses the request target into path and query (percent-decoding both). Returns false if
// the target is not an absolute path ("/..."), is malformed, or decodes to an unsafe path.
bool ParseTarget(std::string_view target, std::string& path, HeaderList& query);

// The name of the first header of `response` that must not be written: a name that is not an
// HTTP token, or a value holding a control character (CR, LF, TAB, any other C0, DEL), which
// could end the header early and start another. Empty when every header is safe.
std::string_view UnsafeHeader(const Response& response);

// `path` as the request log may show it: a segment that looks like a secret token (32 or
// more letters, digits, '-' or '_', such as a password-reset link's) becomes "{token}".
std::string LoggedPath(std::string_view path);

// Parses an application/x-www-form-urlencoded body into name/value pairs.
HeaderList ParseForm(std::string_view body);

// The most fields a form body may hold: the observation grid of the largest measure
// (domain::kMaxPeriodsPerMeasure periods and the few after it, three groups, numerator and
// denominator) fits with room to spare. Larger forms are refused before anything parses them.
inline constexpr std::size_t kMaxFormFields = 4000;

// How many fields a form body holds (its '&'-separated parts), without parsing it.
std::size_t CountFormFields(std::string_view body);

}  // namespace stegvis::web
