#include "web/improvement/long_import_file.h"

#include "web/improvement/import_file.h"

namespace stegvis::web {

boost::json::object LongImportJson(const Catalogue& catalogue, std::string_view lang,
                                   const domain::LongImportResult& r) {
  auto n = [](std::size_t v) { return static_cast<std::int64_t>(v); };
  return boost::json::object{{"saved", r.saved},
                             {"rows", n(r.rows)},
                             {"measures", n(r.measures)},
                             {"created", n(r.created)},
                             {"changed", n(r.changed)},
                             {"removed", n(r.removed)},
                             {"problem_count", n(r.problem_count)},
                             {"problems", ImportProblemsJson(catalogue, lang, r.problems)}};
}

}  // namespace stegvis::web
