#include "xlsx/zip_parts.h"

#include <zip.h>

namespace stegvis::xlsx {

core::Error NotAWorkbook(std::string message) {
  return core::Error::Invalid(std::move(message), "file", "error.xlsx.not_a_workbook");
}

core::Result<ZipParts> ZipParts::Open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  std::string why = zip_error_strerror(&error);
  zip_error_fini(&error);
  if (!archive) {
    if (source) zip_source_free(source);
    return core::Fail(NotAWorkbook("not a zip archive: " + why));
  }
  return ZipParts(archive);
}

ZipParts::ZipParts(ZipParts&& other) noexcept : archive_(other.archive_) {
  other.archive_ = nullptr;
}

ZipParts::~ZipParts() {
  if (archive_) zip_discard(archive_);
}

core::Result<std::optional<std::string>> ZipParts::Part(const std::string& name,
                                                        std::size_t max_bytes) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return std::optional<std::string>();
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (!file) return core::Fail(NotAWorkbook("cannot open " + name));
  // Read in pieces and count what actually unpacks: the size the archive declares may lie.
  std::string out;
  char buffer[64 * 1024];
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      zip_fclose(file);
      return core::Fail(NotAWorkbook("cannot unpack " + name));
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
      zip_fclose(file);
      core::Error e = core::Error::Invalid(name + " unpacks to more than the limit", "file",
                                           "error.xlsx.part_too_large");
      e.params.push_back(core::ErrorParam::Number("max", static_cast<std::int64_t>(max_bytes)));
      return core::Fail(std::move(e));
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  if (zip_fclose(file) != 0) return core::Fail(NotAWorkbook("damaged part " + name));
  return std::optional<std::string>(std::move(out));
}

}  // namespace stegvis::xlsx
