#include "web/render/json_view.h"

#include <charconv>

#include "web/render/html_escape.h"

namespace stegvis::web {
namespace {

const boost::json::value& ValueOf(const void* data) {
  return *static_cast<const boost::json::value*>(data);
}

const boost::json::object& ObjectOf(const void* data) {
  return *static_cast<const boost::json::object*>(data);
}

bool ValueFalsy(const void* data) {
  const boost::json::value& value = ValueOf(data);
  switch (value.kind()) {
    case boost::json::kind::null: return true;
    case boost::json::kind::bool_: return !value.get_bool();
    case boost::json::kind::array: return value.get_array().empty();
    default: return false;
  }
}

template <typename Number>
void AppendNumber(Number number, std::string& out) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, end);
}

// std::to_string(double) is sprintf("%f"); to_chars with fixed precision 6 writes the same
// digits without the locale and without a temporary string. 1e308 has 309 digits before the
// point.
void AppendDouble(double number, std::string& out) {
  char buffer[400];
  auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::fixed, 6);
  out.append(buffer, end);
}

void ValueAppend(const void* data, bool raw_tag, std::string& out) {
  const boost::json::value& value = ValueOf(data);
  switch (value.kind()) {
    case boost::json::kind::string: {
      const boost::json::string& text = value.get_string();
      if (raw_tag) {
        out.append(text.data(), text.size());
      } else {
        AppendEscaped(text, out);
      }
      return;
    }
    case boost::json::kind::int64: AppendNumber(value.get_int64(), out); return;
    case boost::json::kind::uint64: AppendNumber(value.get_uint64(), out); return;
    case boost::json::kind::double_: AppendDouble(value.get_double(), out); return;
    default: return;
  }
}

ViewRef ValueMember(const void* data, ViewName name);
std::size_t ValueListSize(const void* data);
ViewRef ValueItem(const void* data, std::size_t index);

constexpr ViewOps kJsonValueOps{&ValueFalsy, &ValueAppend, &ValueMember, &ValueListSize,
                                &ValueItem};

ViewRef ObjectMember(const boost::json::object& object, ViewName name) {
  auto it = object.find(name.text);
  if (it == object.end()) return {};
  return {&it->value(), &kJsonValueOps};
}

ViewRef ValueMember(const void* data, ViewName name) {
  const boost::json::value& value = ValueOf(data);
  if (!value.is_object()) return {};
  return ObjectMember(value.get_object(), name);
}

std::size_t ValueListSize(const void* data) {
  const boost::json::value& value = ValueOf(data);
  return value.is_array() ? value.get_array().size() : kNotAList;
}

ViewRef ValueItem(const void* data, std::size_t index) {
  return {&ValueOf(data).get_array()[index], &kJsonValueOps};
}

// An object is never falsy, has no text and is no list.
bool ObjectFalsy(const void*) {
  return false;
}
void ObjectAppend(const void*, bool, std::string&) {}
ViewRef ObjectMemberOf(const void* data, ViewName name) {
  return ObjectMember(ObjectOf(data), name);
}
std::size_t ObjectListSize(const void*) {
  return kNotAList;
}
ViewRef ObjectItem(const void*, std::size_t) {
  return {};
}

constexpr ViewOps kJsonObjectOps{&ObjectFalsy, &ObjectAppend, &ObjectMemberOf, &ObjectListSize,
                                 &ObjectItem};

}  // namespace

ViewRef JsonView(const boost::json::value& value) {
  return {&value, &kJsonValueOps};
}

ViewRef JsonView(const boost::json::object& object) {
  return {&object, &kJsonObjectOps};
}

}  // namespace stegvis::web
