#pragma once
// The parts of a zip archive held in memory (an .xlsx file), read by name with libzip, each
// with a bound on its unpacked size, so that a small file cannot unpack into gigabytes.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

typedef struct zip zip_t;  // libzip's archive

namespace stegvis::xlsx {

class ZipParts {
 public:
  // Opens `bytes` (which must outlive this). Fails with kInvalidInput, field "file", key
  // "error.xlsx.not_a_workbook" when it is not a zip archive.
  static core::Result<ZipParts> Open(std::string_view bytes);

  ZipParts(ZipParts&& other) noexcept;
  ZipParts& operator=(ZipParts&&) = delete;
  ZipParts(const ZipParts&) = delete;
  ZipParts& operator=(const ZipParts&) = delete;
  ~ZipParts();

  // The part called `name` unpacked, or nullopt when the archive has none. Fails with
  // kInvalidInput, field "file": key "error.xlsx.part_too_large" (parameter "max", in bytes)
  // when it unpacks to more than `max_bytes`, "error.xlsx.not_a_workbook" when it cannot be
  // unpacked (damaged, encrypted, a checksum that does not match).
  core::Result<std::optional<std::string>> Part(const std::string& name,
                                                std::size_t max_bytes) const;

 private:
  explicit ZipParts(zip_t* archive) : archive_(archive) {}
  zip_t* archive_ = nullptr;
};

// The refusal every reading problem of the file shares: not an Excel workbook Stegvis can read.
core::Error NotAWorkbook(std::string message);

}  // namespace stegvis::xlsx
