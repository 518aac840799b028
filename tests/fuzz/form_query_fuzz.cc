// Fuzzes what the server reads from a request line and a form body before any handler runs:
// the target (ParseTarget: path and query, percent-decoded), form bodies (ParseForm and
// Form), cookies and ids (ParseId). Beyond the sanitizers it checks ParseTarget's promise: a
// path it accepts is absolute and holds no ".." segment and no NUL (static files and the
// router rely on it).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "web/http/http.h"
#include "web/render/forms.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool HasDotDotSegment(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (path.substr(start, slash - start) == "..") return true;
    start = slash + 1;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis::web;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  Request request;
  if (ParseTarget(text, request.path, request.query)) {
    Check(!request.path.empty() && request.path.front() == '/');
    Check(!HasDotDotSegment(request.path));
    Check(request.path.find('\0') == std::string::npos);
    (void)request.Query("lang");
  }

  request.body = std::string(text);
  const Form form(request);
  (void)form.Get("_csrf");
  (void)form.GetAll("unit_ids");
  for (const auto& [name, value] : ParseForm(text)) (void)ParseId(value);

  request.headers.emplace_back("cookie", std::string(text));
  (void)request.Cookie("stegvis_session");
  (void)request.Cookie("stegvis_csrf");
  if (auto id = ParseId(text)) Check(*id > 0);
  return 0;
}
