#include "domain/long_import.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/date.h"
#include "core/text.h"
#include "domain/audit_json.h"
#include "domain/import_problems.h"
#include "domain/imports.h"
#include "domain/long_table_columns.h"
#include "domain/projects.h"

namespace stegvis::domain {
namespace {

// Problems kept while reading: enough to list kMaxListedProblems from the top of the file once
// sorted (a measure's problems arrive when its rows end, so a little out of order).
constexpr std::size_t kKeptProblems = 10 * kMaxListedProblems;

// The most cells of one measure kept before they are checked: every group of every period a
// measure may hold. A longer run of one measure's rows (which can only be refused: periods
// beyond the limit, or the same cell twice) is checked in parts, so memory stays bounded
// whatever the file.
constexpr std::size_t kMaxRunCells = kMaxPeriodsPerMeasure * 5;

core::Error RowError(std::string message, std::string key) {
  return core::Error::Invalid(std::move(message), "row", std::move(key));
}

// One measure of the file: what it held before, what the file has said about it so far.
struct Touched {
  const Measure* measure = nullptr;
  std::string current;              // the period that contains today, in its frequency
  std::vector<std::uint64_t> keys;  // CellKey of every value read, sorted
  std::size_t rows = 0, created = 0, changed = 0, removed = 0;
};

class LongImport {
 public:
  LongImport(StoreTx& tx, std::int64_t now, const Actor& actor, const std::string& file_name,
             const LongTableWords& words, LongTableRemembered remembered,
             std::vector<Measure> measures)
      : tx_(tx),
        now_(now),
        actor_(actor),
        file_name_(file_name),
        words_(words),
        measures_(std::move(measures)) {
    result_.remembered = std::move(remembered);
    for (const Measure& m : measures_) {
      by_name_.emplace(core::AsciiLower(core::Trim(m.name)), &m);
      by_id_.emplace(m.id, &m);
    }
  }

  // Reads every record; returns the reading error of the source, if any.
  core::Result<void> Read(RecordSource& source) {
    std::vector<std::string> fields;
    std::size_t line = 0;
    auto more = source.Next(fields, line);
    if (!more) return core::Fail(more.error());
    if (!*more) {
      Problem({0, 0, "", core::Error::Invalid("the file is empty", "file", "error.csv.empty")});
      return {};
    }
    header_ = fields;
    result_.header = header_;
    columns_ = MapLongTable(header_, line, words_, result_.remembered, problems_);
    problem_count_ = problems_.size();
    if (problem_count_ > 0) return {};
    for (;;) {
      more = source.Next(fields, line);
      if (!more) return core::Fail(more.error());
      if (!*more) break;
      if (++result_.rows > kMaxLongTableRows) {
        core::Error e =
            core::Error::Invalid("too many rows", "file", "error.import.long_too_many_rows");
        e.params.push_back(
            core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxLongTableRows)));
        Problem({0, 0, "", std::move(e)});
        break;
      }
      ReadRow(fields, line);
    }
    Flush();
    return {};
  }

  // Ends the import: the data versions and the audit events of every measure it changed.
  LongImportResult Finish() {
    result_.measures = touched_.size();
    result_.problem_count = problem_count_;
    for (const auto& [id, t] : touched_) {
      const bool counted = problem_count_ == 0;
      result_.by_measure.push_back({id, t.measure->name, t.rows, counted ? t.created : 0,
                                    counted ? t.changed : 0, counted ? t.removed : 0});
    }
    std::sort(result_.by_measure.begin(), result_.by_measure.end(),
              [](const LongImportMeasure& a, const LongImportMeasure& b) {
                return std::tie(a.name, a.id) < std::tie(b.name, b.id);
              });
    // The same problem found twice (a measure's rows checked in parts) is counted once.
    const std::size_t found = problems_.size();
    SortProblems(problems_);
    result_.problem_count -= found - problems_.size();
    if (problems_.size() > kMaxListedProblems) problems_.resize(kMaxListedProblems);
    result_.problems = std::move(problems_);
    if (result_.problem_count > 0) return std::move(result_);
    for (auto& [id, t] : touched_) {
      result_.created += t.created;
      result_.changed += t.changed;
      result_.removed += t.removed;
      if (t.created + t.changed + t.removed == 0) continue;
      tx_.Measures().SetDataVersion(id, t.measure->data_version + 1, now_, actor_.label);
      RecordAudit(tx_, actor_, now_, "import", "observation", id, "",
                  AuditJson({{"file_name", file_name_},
                             {"rows", std::to_string(t.rows)},
                             {"created", std::to_string(t.created)},
                             {"changed", std::to_string(t.changed)},
                             {"removed", std::to_string(t.removed)}}),
                  t.measure->organisation_id);
    }
    return std::move(result_);
  }

 private:
  void Problem(ImportProblem p) {
    if (problems_.size() < kKeptProblems) problems_.push_back(std::move(p));
    ++problem_count_;
  }

  void CellProblem(std::size_t line, std::size_t column, core::Error e) {
    Problem({line, column + 1, header_[column], std::move(e),
             core::ShortPrefix(column < fields_size_ ? (*fields_)[column] : "")});
  }

  // The measure a cell names, or a problem.
  const Measure* MeasureNamed(const std::string& cell, std::size_t line) {
    const std::string_view text = core::Trim(cell);
    Id id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec == std::errc() && end == text.data() + text.size()) {
      if (auto it = by_id_.find(id); it != by_id_.end()) return it->second;
    }
    if (text.empty()) {
      CellProblem(line, columns_.measure,
                  RowError("the measure is not named", "error.import.no_measure"));
      return nullptr;
    }
    const auto [first, last] = by_name_.equal_range(core::AsciiLower(text));
    if (first != last && std::next(first) == last) return first->second;
    if (first == last) {
      core::Error e = RowError("the project has no such measure", "error.import.unknown_measure");
      e.params.push_back(core::ErrorParam::Text("measure", core::ShortPrefix(text)));
      CellProblem(line, columns_.measure, std::move(e));
    } else {
      CellProblem(line, columns_.measure,
                  RowError("two measures have this name", "error.import.ambiguous_measure"));
    }
    return nullptr;
  }

  void ReadRow(const std::vector<std::string>& fields, std::size_t line) {
    fields_ = &fields;
    fields_size_ = fields.size();
    if (fields.size() > header_.size()) {
      core::Error e = RowError("more cells than the header", "error.csv.too_many_fields");
      e.params.push_back(
          core::ErrorParam::Number("max", static_cast<std::int64_t>(header_.size())));
      e.params.push_back(core::ErrorParam::Number("line", static_cast<std::int64_t>(line)));
      Problem({line, 0, "", std::move(e)});
      return;
    }
    auto cell = [&](std::size_t c) -> std::string {
      return c < fields.size() ? fields[c] : std::string();
    };
    const Measure* measure = MeasureNamed(cell(columns_.measure), line);
    if (!measure) return;
    const GroupCells& groups = GroupsOfMeasure(*measure);
    std::optional<std::string> group = groups.Named(cell(columns_.group));
    if (!group) {
      core::Error e = RowError("not a group of the measure", "error.import.unknown_group");
      e.params.push_back(core::ErrorParam::Text("groups", groups.Listed()));
      CellProblem(line, columns_.group, std::move(e));
      return;
    }
    if (run_ && run_->measure->id != measure->id) Flush();
    if (!run_) run_ = &Touch(*measure);
    ++run_->rows;
    const bool has_den = columns_.denominator != LongTableColumns::kNone;
    cells_.push_back({cell(columns_.period), std::move(*group), cell(columns_.value),
                      has_den ? cell(columns_.denominator) : std::string()});
    origins_.push_back(
        {line, columns_.value, has_den ? columns_.denominator : columns_.value, columns_.period});
    if (cells_.size() >= kMaxRunCells) Flush();
  }

  const GroupCells& GroupsOfMeasure(const Measure& measure) {
    auto [it, added] = groups_.try_emplace(measure.id);
    if (added) it->second = GroupCells(words_, GroupsOf(measure.grouping));
    return it->second;
  }

  Touched& Touch(const Measure& measure) {
    auto [it, added] = touched_.try_emplace(measure.id);
    if (added) {
      it->second.measure = &measure;
      it->second.current = PeriodContaining(measure.frequency, core::Date::FromUnixSeconds(now_));
    }
    return it->second;
  }

  // Checks the rows read for the current measure and, while the file has no problem, saves them.
  void Flush() {
    if (!run_) return;
    Touched& t = *run_;
    run_ = nullptr;
    const Measure& m = *t.measure;
    std::vector<Observation> stored = tx_.Measures().ListObservations(m.id);
    std::vector<ImportProblem> found;
    std::vector<CellInput> valid =
        CheckCells(m, cells_, origins_, header_, stored, t.current, found);
    for (ImportProblem& p : found) Problem(std::move(p));
    // The same period and group in an earlier run of this measure's rows.
    const std::size_t before = t.keys.size();
    for (const CellInput& c : valid) t.keys.push_back(CellKey(c.period, c.group));
    std::sort(t.keys.begin() + static_cast<std::ptrdiff_t>(before), t.keys.end());
    if (before > 0) {
      for (std::size_t i = 0; i < valid.size(); ++i) {
        const std::uint64_t key = CellKey(valid[i].period, valid[i].group);
        if (std::binary_search(t.keys.begin(), t.keys.begin() + static_cast<std::ptrdiff_t>(before),
                               key)) {
          Problem({origins_[i].line, origins_[i].value_column + 1,
                   header_[origins_[i].value_column],
                   RowError("the same period and group twice", "error.duplicate_cell")});
        }
      }
      std::inplace_merge(t.keys.begin(), t.keys.begin() + static_cast<std::ptrdiff_t>(before),
                         t.keys.end());
    }
    if (problem_count_ == 0) Save(t, valid, stored);
    cells_.clear();
    origins_.clear();
  }

  void Save(Touched& t, const std::vector<CellInput>& valid, std::vector<Observation>& stored) {
    const Measure& m = *t.measure;
    std::map<std::pair<std::string, std::string>, Observation> existing;
    for (Observation& o : stored) existing[{o.period, o.group}] = std::move(o);
    std::vector<Observation> fresh;
    for (const CellInput& cell : valid) {
      auto it = existing.find({cell.period, cell.group});
      const bool had = it != existing.end();
      if (cell.value.empty()) {
        if (!had) continue;
        tx_.Measures().DeleteObservation(m.id, cell.period, cell.group);
        RecordAudit(tx_, actor_, now_, "delete", "observation", m.id, AuditJson(it->second), "",
                    m.organisation_id);
        ++t.removed;
        continue;
      }
      Observation after{m.id,       cell.period,      cell.group,
                        cell.value, cell.denominator, had ? it->second.note : "",
                        now_,       actor_.label};
      if (!had) {
        fresh.push_back(std::move(after));
        ++t.created;
        continue;
      }
      if (it->second.value == cell.value && it->second.denominator == cell.denominator) continue;
      tx_.Measures().SaveObservation(after);
      RecordAudit(tx_, actor_, now_, "update", "observation", m.id, AuditJson(it->second),
                  AuditJson(after), m.organisation_id);
      ++t.changed;
    }
    if (!fresh.empty()) tx_.Measures().InsertObservations(fresh);
  }

  StoreTx& tx_;
  const std::int64_t now_;
  const Actor& actor_;
  const std::string& file_name_;
  const LongTableWords& words_;
  const std::vector<Measure> measures_;
  std::multimap<std::string, const Measure*> by_name_;
  std::unordered_map<Id, const Measure*> by_id_;
  std::unordered_map<Id, GroupCells> groups_;  // for each measure
  std::vector<std::string> header_;
  LongTableColumns columns_;
  const std::vector<std::string>* fields_ = nullptr;
  std::size_t fields_size_ = 0;
  std::unordered_map<Id, Touched> touched_;
  Touched* run_ = nullptr;  // the measure whose rows are being read
  std::vector<CellInput> cells_;
  std::vector<CellOrigin> origins_;
  std::vector<ImportProblem> problems_;
  std::size_t problem_count_ = 0;
  LongImportResult result_;
};

}  // namespace

SheetRecords::SheetRecords(const ImportSheet& sheet) : sheet_(sheet) {
  width_ = sheet.header.size();
  while (width_ > 0 && sheet.header[width_ - 1].empty()) --width_;
}

core::Result<bool> SheetRecords::Next(std::vector<std::string>& fields, std::size_t& line) {
  if (next_ > sheet_.rows.size()) return false;
  const std::vector<std::string>& cells = next_ == 0 ? sheet_.header : sheet_.rows[next_ - 1];
  line = next_ == 0 ? sheet_.header_line : sheet_.lines[next_ - 1];
  ++next_;
  std::size_t size = cells.size();
  while (size > width_ && cells[size - 1].empty()) --size;
  fields.assign(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(size));
  return true;
}

core::Result<LongImportResult> ImportLongTable(Store& store, const core::Clock& clock,
                                               const Principal* acting, const Actor& actor,
                                               Id project_id, const std::string& file_name,
                                               RecordSource& source, const LongTableWords& words,
                                               bool check_only, const InTransaction& within) {
  const std::int64_t now = clock.NowUnixSeconds();
  const std::string kept_name = KeptFileName(file_name);
  std::optional<LongImportResult> unsaved;  // problems, or only checking: rolled back, answered
  auto saved = store.Write([&](StoreTx& tx) -> core::Result<LongImportResult> {
    if (acting) {
      auto checked = CheckedProject(tx, *acting, project_id, Action::kChange);
      if (!checked) return core::Fail(checked.error());
    } else if (!tx.Projects().Find(project_id)) {
      return core::Fail(core::Error::NotFoundObject());
    }
    if (within) {
      if (auto done = within(tx); !done) return core::Fail(done.error());
    }
    LongImport import(tx, now, actor, kept_name, words,
                      LongRememberedOf(tx.Imports().ListLongColumnChoices(project_id)),
                      tx.Measures().ListOfProject(project_id));
    if (auto read = import.Read(source); !read) {
      core::Error e = read.error();
      e.field = "file";
      return core::Fail(std::move(e));
    }
    LongImportResult result = import.Finish();
    if (result.problem_count == 0 && !check_only) {
      result.saved = true;
      return result;
    }
    unsaved = std::move(result);
    return core::Fail(core::Error::Invalid("not saved", "file"));
  });
  if (unsaved) return std::move(*unsaved);
  return saved;
}

}  // namespace stegvis::domain
