#include "io/csv_reader.h"

#include <sstream>

#include <gtest/gtest.h>

namespace stegvis::io {
namespace {

struct Record {
  std::vector<std::string> fields;
  std::size_t line;
  bool operator==(const Record&) const = default;
};

std::vector<Record> ReadAll(CsvReader& reader) {
  std::vector<Record> out;
  std::vector<std::string> fields;
  std::size_t line = 0;
  for (;;) {
    auto more = reader.Next(fields, line);
    EXPECT_TRUE(more.has_value()) << more.error().message;
    if (!more || !*more) return out;
    out.push_back({fields, line});
  }
}

// A file with what makes CSV hard: a BOM, CRLF, a blank line, quotes with separators, line
// breaks and "" inside, spaces around fields, a short row, and a Windows-1252 byte.
const std::string kFile =
    "\xEF\xBB\xBFM\xC3\xA5tt;Period;V\xC3\xA4rde\r\n"
    "Fall;2025-01; 3 \r\n"
    "\r\n"
    "\"Fall; alla\";2025-02;\"4\"\"\n5\"\n"
    "V\xE4ntetid;2025-03\n"
    "\"\"\n"
    "sist;;";

const std::vector<Record> kRecords = {
    {{"M\xC3\xA5tt", "Period", "V\xC3\xA4rde"}, 1},
    {{"Fall", "2025-01", "3"}, 2},
    {{"Fall; alla", "2025-02", "4\"\n5"}, 4},
    {{"V\xC3\xA4ntetid", "2025-03"}, 6},
    {{"sist", "", ""}, 8},
};

TEST(CsvReaderTest, TextAndStreamReadTheSameRecordsWhateverTheChunks) {
  CsvReader text(kFile);
  EXPECT_EQ(ReadAll(text), kRecords);
  EXPECT_EQ(text.separator(), ';');
  for (std::size_t chunk : {1, 2, 3, 5, 7, 64, 65536}) {
    std::istringstream in(kFile);
    CsvReader stream(in, chunk);
    EXPECT_EQ(ReadAll(stream), kRecords) << "chunks of " << chunk;
    EXPECT_EQ(stream.separator(), ';');
  }
}

TEST(CsvReaderTest, EmptyInputHasNoRecords) {
  for (const std::string text : {"", "\n\r\n", "\xEF\xBB\xBF"}) {
    std::istringstream in(text);
    CsvReader reader(in, 2);
    EXPECT_TRUE(ReadAll(reader).empty());
  }
}

TEST(CsvReaderTest, UnclosedQuoteNamesTheLineItBeganOn) {
  std::istringstream in("a,b\n1,2\n3,\"open\nstill open\n");
  CsvReader reader(in, 4);
  std::vector<std::string> fields;
  std::size_t line = 0;
  ASSERT_TRUE(*reader.Next(fields, line));
  ASSERT_TRUE(*reader.Next(fields, line));
  auto bad = reader.Next(fields, line);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().key, "error.csv.unclosed_quote");
  ASSERT_EQ(bad.error().params.size(), 1u);
  EXPECT_EQ(bad.error().params[0].number, 3);
}

TEST(CsvReaderTest, SeparatorFromTheFirstLineEvenWhenItSpansChunks) {
  std::istringstream in("x\ty\tz\n1,5\t2\t3\n");
  CsvReader reader(in, 2);
  auto records = ReadAll(reader);
  EXPECT_EQ(reader.separator(), '\t');
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"1,5", "2", "3"}));
}

}  // namespace
}  // namespace stegvis::io
