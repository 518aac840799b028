#pragma once
// Reading CSV one record at a time, from a stream in bounded memory (a file of a million rows
// is never held whole) or from text already in memory. The dialect is ParseCsv's (io/csv.h):
// the separator is detected from the first line that is not blank, a UTF-8 BOM is skipped,
// LF or CRLF ends a line, fields in double quotes may hold separators, line breaks and "" for
// a quote, unquoted fields are trimmed of surrounding spaces, and blank lines are skipped.

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace stegvis::io {

class CsvReader {
 public:
  // Reads `in` in chunks of `chunk_bytes` (> 0). A field that is not valid UTF-8 is read as
  // Windows-1252 (Excel's "CSV" in Swedish Windows), field by field.
  explicit CsvReader(std::istream& in, std::size_t chunk_bytes = kChunkBytes);
  // Reads `text`, which must outlive the reader; fields are checked for UTF-8 the same way.
  explicit CsvReader(std::string_view text);

  // The next record that is not blank: its fields and the file's line (from 1) it began on.
  // False at the end of the input. Fails with Error::Invalid, key "error.csv.unclosed_quote"
  // and the parameter "line" when a quoted field is not closed before the end.
  core::Result<bool> Next(std::vector<std::string>& fields, std::size_t& line);

  // The separator: ',' ';' or '\t' (known once the first record has been asked for).
  char separator() const { return separator_; }

  static constexpr std::size_t kChunkBytes = 1 << 16;

 private:
  static constexpr int kEnd = -1;
  int Get() {
    if (pos_ < data_.size()) return static_cast<unsigned char>(data_[pos_++]);
    return Refill() ? static_cast<unsigned char>(data_[pos_++]) : kEnd;
  }
  int Peek() {
    if (pos_ < data_.size()) return static_cast<unsigned char>(data_[pos_]);
    return Refill() ? static_cast<unsigned char>(data_[pos_]) : kEnd;
  }
  bool Refill();                        // false at the end of the input
  void Start();                         // skips the BOM and detects the separator
  bool ReadQuoted(std::string& field);  // false when the input ends inside the quotes

  std::istream* in_ = nullptr;
  std::size_t chunk_bytes_ = kChunkBytes;
  std::string buffer_;     // the chunk being read (stream input)
  std::string_view data_;  // the text being read: the whole text, or buffer_
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  bool started_ = false;
  char separator_ = ',';
};

}  // namespace stegvis::io
