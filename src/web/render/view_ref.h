#pragma once
// A view as the template engine sees it: a pointer to a value and the operations of its type.
// The engine knows nothing of the types behind it; typed_view.h generates the operations for
// C++ structs described with core/describe.h, json_view.h for Boost.JSON values. Copying a
// ViewRef copies two pointers; nothing is converted or allocated to look inside a view.
//
// Truthiness follows the engine Stegvis used before its own (kainjow Mustache), so pages stay
// byte-identical: only false, null (an absent optional) and an empty list are falsy; an empty
// string and the number 0 are truthy.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace stegvis::web {

// A name's hash, computed once when a template is compiled and once per field of a type, so a
// lookup compares integers before it compares text (FNV-1a, 64 bits).
constexpr std::uint64_t HashName(std::string_view name) {
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : name) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// One part of a (possibly dotted) name in a template tag.
struct ViewName {
  std::string_view text;
  std::uint64_t hash = 0;
};

struct ViewOps;

// A value found in a view, or nothing (`ops` null) when a name is not there.
struct ViewRef {
  const void* data = nullptr;
  const ViewOps* ops = nullptr;

  explicit operator bool() const { return ops != nullptr; }
};

// Returned by ViewOps::list_size for a value that is not a list.
inline constexpr std::size_t kNotAList = std::numeric_limits<std::size_t>::max();

// The operations of one type. Every pointer is set.
struct ViewOps {
  // True for false, null or an absent optional, and an empty list.
  bool (*falsy)(const void* data);
  // Appends the value's text to `out`, HTML-escaped unless `raw_tag` ({{{x}}} or {{& x}}) and
  // the type allows raw output; appends nothing for values without text (bool, null, objects,
  // lists).
  void (*append)(const void* data, bool raw_tag, std::string& out);
  // The member called `name`; an empty ViewRef when there is none or the value is not an
  // object.
  ViewRef (*member)(const void* data, ViewName name);
  // The number of items of a list, or kNotAList.
  std::size_t (*list_size)(const void* data);
  // Item `index` (< list_size) of a list.
  ViewRef (*item)(const void* data, std::size_t index);
};

}  // namespace stegvis::web
