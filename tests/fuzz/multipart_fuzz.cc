// Fuzzes the multipart/form-data reader (web/http/multipart.h) that every file upload passes
// through before any handler runs. The input's first line is the Content-Type header, the
// rest the body. Beyond the sanitizers it checks what the reader promises: at most
// kMaxFormFields parts, and every part (a text field or a file) has a name.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "web/http/multipart.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis::web;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t line = input.find('\n');
  const std::string_view content_type = input.substr(0, line);
  const std::string_view body =
      line == std::string_view::npos ? std::string_view() : input.substr(line + 1);
  (void)IsMultipartForm(content_type);
  auto form = ParseMultipart(content_type, body);
  if (!form) return 0;
  if (form->fields.size() + form->files.size() > kMaxFormFields) std::abort();
  for (const auto& [name, value] : form->fields) {
    if (name.empty()) std::abort();
  }
  for (const FormFile& file : form->files) {
    if (file.field.empty()) std::abort();
  }
  return 0;
}
