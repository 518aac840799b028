#pragma once
// Files compiled into the binary (templates, message catalogues, static assets); the table
// is generated at build time by cmake/EmbedFiles.cmake.

#include <span>
#include <string_view>

namespace stegvis::web {

struct EmbeddedFile {
  std::string_view name;     // logical name, e.g. "templates/layout.mustache"
  std::string_view content;  // the bytes
};

// Every embedded file, in the order CMake listed them.
std::span<const EmbeddedFile> EmbeddedFiles();

}  // namespace stegvis::web
