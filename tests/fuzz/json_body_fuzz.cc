// Fuzzes the one reader of JSON request bodies (web/render/json_body.h) the way the API
// handlers use it: every reader on a body, nested objects of a list (a batch's rows), and the
// error a handler would return. Beyond the sanitizers it checks the reader's promises: a
// whole number it answers lies in the range asked for, text is no longer than its bound, a
// list of ids holds ids, and once a problem is recorded the body stays refused.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "web/render/json_body.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void ReadMembers(stegvis::web::JsonFields& fields) {
  using namespace stegvis::web;
  Check(fields.Text("title", 200).size() <= 200);
  if (auto text = fields.OptionalText("text")) Check(text->size() <= kMaxJsonText);
  const std::int64_t version = fields.Int("version", kVersions);
  Check(version >= 0);
  // A refused member answers a placeholder (0) and records the problem, after which the
  // handler returns the error: the range holds while nothing was refused.
  if (auto score = fields.OptionalInt("score", {1, 4}, "error.score"); score && fields.ok()) {
    Check(*score >= 1 && *score <= 4);
  }
  (void)fields.Bool("advance");
  (void)fields.OptionalBool("retired");
  for (std::int64_t id : fields.Ids("ids", 10)) Check(id >= 1);
  if (auto ids = fields.OptionalIds("unit_ids")) Check(ids->size() <= kMaxJsonIds);
  (void)fields.CellText("value");
  (void)fields.Has("op");
  (void)fields.FieldName("value");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis::web;
  Request request;
  request.body.assign(reinterpret_cast<const char*>(data), size);
  JsonBody body(request);
  ReadMembers(body);
  for (JsonFields& row : body.Objects("observations", 100, "row")) {
    ReadMembers(row);
    for (JsonFields& inner : row.Objects("scores", 5, "score")) ReadMembers(inner);
  }
  const bool ok = body.ok();
  body.RefuseChoice("kind", "meeting or shadowing");
  Check(!body.ok());
  if (!ok) {
    const stegvis::core::Error problem = body.error().value();
    Check(!problem.field.empty() || !problem.message.empty());
  }
  return 0;
}
