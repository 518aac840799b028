#include "io/csv_reader.h"

#include <algorithm>

#include "core/text.h"
#include "io/encoding.h"

namespace stegvis::io {
namespace {

// The header is never longer than this: the first line is looked for within it.
constexpr std::size_t kMaxFirstLineBytes = 1 << 20;

// Counts separators in the first line that is not blank, outside quotes; that line is the
// header, which a spreadsheet never writes with a decimal comma, so it decides the dialect.
char DetectSeparator(std::string_view text) {
  int commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  text.remove_prefix(std::min(text.find_first_not_of("\r\n"), text.size()));
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
    if (c == '\t') ++tabs;
  }
  if (semicolons > 0 && semicolons >= commas) return ';';
  if (commas == 0 && tabs > 0) return '\t';
  return ',';
}

// Whether `text` holds the whole first line DetectSeparator reads (to a line break outside
// quotes), so that a stream's separator is the one the same text in memory has.
bool HasFirstLine(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t start = text.find_first_not_of("\r\n");
  if (start == std::string_view::npos) return false;
  bool quoted = false;
  for (char c : text.substr(start)) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '\n' || c == '\r')) return true;
  }
  return false;
}

// The field as kept: unquoted fields trimmed, and UTF-8 whatever the file's encoding.
void Finish(std::string& field, bool quoted) {
  if (!quoted) {
    const std::string_view trimmed = core::Trim(field);
    if (trimmed.size() != field.size()) field = std::string(trimmed);
  }
  if (!IsValidUtf8(field)) field = Windows1252ToUtf8(field);
}

}  // namespace

CsvReader::CsvReader(std::istream& in, std::size_t chunk_bytes)
    : in_(&in), chunk_bytes_(std::max<std::size_t>(chunk_bytes, 1)) {}

CsvReader::CsvReader(std::string_view text) : data_(text) {}

bool CsvReader::Refill() {
  if (in_ == nullptr || !*in_) return false;
  buffer_.resize(chunk_bytes_);
  in_->read(buffer_.data(), static_cast<std::streamsize>(chunk_bytes_));
  buffer_.resize(static_cast<std::size_t>(in_->gcount()));
  data_ = buffer_;
  pos_ = 0;
  return !buffer_.empty();
}

void CsvReader::Start() {
  started_ = true;
  if (in_ != nullptr) {
    buffer_.clear();
    std::string chunk(chunk_bytes_, '\0');
    while (*in_ && !HasFirstLine(buffer_) && buffer_.size() < kMaxFirstLineBytes) {
      in_->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      buffer_.append(chunk.data(), static_cast<std::size_t>(in_->gcount()));
    }
    data_ = buffer_;
    pos_ = 0;
  }
  if (data_.substr(pos_, 3) == "\xEF\xBB\xBF") pos_ += 3;
  separator_ = DetectSeparator(data_.substr(pos_));
}

bool CsvReader::ReadQuoted(std::string& field) {
  for (;;) {
    const int c = Get();
    if (c == kEnd) return false;
    if (c == '"') {
      if (Peek() != '"') return true;
      Get();
    } else if (c == '\n') {
      ++line_;
    }
    field += static_cast<char>(c);
  }
}

core::Result<bool> CsvReader::Next(std::vector<std::string>& fields, std::size_t& line) {
  if (!started_) Start();
  for (;;) {
    std::size_t count = 0;
    auto field_at = [&]() -> std::string& {
      if (count == fields.size()) fields.emplace_back();
      std::string& f = fields[count];
      f.clear();
      return f;
    };
    line = line_;
    std::string* field = &field_at();
    bool quoted = false;
    bool ended = false;  // the input ended before a line break
    for (;;) {
      const int c = Get();
      if (c == kEnd) {
        ended = true;
        break;
      }
      if (c == '"' && core::Trim(*field).empty()) {
        field->clear();
        quoted = true;
        if (!ReadQuoted(*field)) {
          core::Error e =
              core::Error::Invalid("a quoted field is not closed", "", "error.csv.unclosed_quote");
          e.params.push_back(core::ErrorParam::Number("line", static_cast<std::int64_t>(line)));
          return core::Fail(std::move(e));
        }
        // Anything after the closing quote up to the separator is kept (lenient, like Excel).
        for (int d = Peek(); d != kEnd && d != separator_ && d != '\n' && d != '\r'; d = Peek()) {
          Get();
          if (d != ' ' && d != '\t') *field += static_cast<char>(d);
        }
        continue;
      }
      if (c == separator_) {
        Finish(*field, quoted);
        ++count;
        field = &field_at();
        quoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && Peek() == '\n') Get();
        ++line_;
        break;
      } else {
        *field += static_cast<char>(c);
      }
    }
    if (ended && count == 0 && field->empty() && !quoted) {
      fields.clear();
      return false;
    }
    Finish(*field, quoted);
    fields.resize(++count);
    if (count == 1 && fields[0].empty()) {
      if (ended) return false;
      continue;  // a blank line
    }
    return true;
  }
}

}  // namespace stegvis::io
