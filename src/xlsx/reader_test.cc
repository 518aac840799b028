// The first sheet of a workbook as a table of text (xlsx/reader.h): a workbook Stegvis wrote
// reads back as a person sees it, and workbooks as other programs write them (shared strings,
// rich text, formulas, built-in date formats, the 1904 calendar, cells without references)
// read the same; damaged, hostile and oversized files are refused by name.

#include "xlsx/reader.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "xlsx/writer.h"

namespace stegvis::xlsx {
namespace {

// A zip archive of `parts` (name → bytes), written with libzip.
std::string Zip(const std::map<std::string, std::string>& parts) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("stegvis-reader-test-" + std::to_string(::getpid()) + ".zip");
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_TRUE(archive);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  std::ifstream in(path, std::ios::binary);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return out;
}

const std::string kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr DATE1904/><sheets><sheet name="Fall" sheetId="1" r:id="rId7"/>
<sheet name="Annat" sheetId="2" r:id="rId8"/></sheets></workbook>)";

const std::string kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="t" Target="worksheets/other.xml"/>
<Relationship Id="rId7" Type="t" Target="/xl/worksheets/fall.xml"/></Relationships>)";

const std::string kStrings =
    R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">
<si><t>Period</t></si><si><r><t>Kvin</t></r><r><rPr><b/></rPr><t>nor</t></r><rPh><t>x</t></rPh></si>
<si><t xml:space="preserve"> Män </t></si></sst>)";

// Style 0 is General, 1 the built-in date format 14, 2 a custom "yyyy-mm", 3 "0.0".
const std::string kStyles =
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm"/>
<numFmt numFmtId="165" formatCode="0.0&quot; d&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>)";

std::string Sheet(const std::string& rows) {
  return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

std::string Book(const std::string& sheet_rows, bool date1904 = false) {
  std::string workbook = kWorkbook;
  workbook.replace(workbook.find("DATE1904"), 8, date1904 ? "date1904=\"1\"" : "");
  return Zip({{"xl/workbook.xml", workbook},
              {"xl/_rels/workbook.xml.rels", kRels},
              {"xl/sharedStrings.xml", kStrings},
              {"xl/styles.xml", kStyles},
              {"xl/worksheets/fall.xml", Sheet(sheet_rows)},
              {"xl/worksheets/other.xml", Sheet(R"(<row r="1"><c r="A1"><v>9</v></c></row>)")}});
}

const std::string kRows =
    R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" s="2"><v>46082</v></c><c r="B3"><v>12.5</v></c><c r="C3" s="3"><f>B3*2</f><v>25</v></c></row>
<row r="5"><c r="A5" s="1"><v>46113</v></c><c r="B5" t="inlineStr"><is><t>1,5</t></is></c><c r="D5"><v>1.0000000000000001E-5</v></c></row>
<row r="6"><c r="A6" t="s"><v>0</v></c></row><row r="7"><c r="B7" t="str"><v>  </v></c></row>)";

TEST(ReadFirstSheetTest, ReadsTheFirstSheetAsAPersonSeesIt) {
  auto table = ReadFirstSheet(Book(kRows));
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->sheet, "Fall") << "the first sheet in the workbook's order";
  EXPECT_EQ(table->header_line, 2u);
  EXPECT_EQ(table->header, (std::vector<std::string>{"Period", "Kvinnor", "Män", ""}))
      << "rich text joined, the phonetic hint left out, trimmed; as wide as the widest row";
  ASSERT_EQ(table->rows.size(), 3u) << "a row without a value is left out";
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"2026-03", "12.5", "25", ""}))
      << "a yyyy-mm date as its month; a formula as its value";
  EXPECT_EQ(table->rows[1], (std::vector<std::string>{"2026-04-01", "1,5", "", "0.00001"}))
      << "a built-in date format as the day; a text as written; a small number without an "
         "exponent";
  EXPECT_EQ(table->lines, (std::vector<std::size_t>{3, 5, 6})) << "the sheet's row numbers";
}

TEST(ReadFirstSheetTest, CountsDaysFromNineteenOFourWhenTheWorkbookDoes) {
  auto table = ReadFirstSheet(Book(kRows, true));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->rows[1][0], "2030-04-02") << "46113 days after 1904-01-01";
}

TEST(ReadFirstSheetTest, ReadsCellsWithoutReferencesInOrder) {
  auto table = ReadFirstSheet(
      Book(R"(<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row><c><v>7</v></c></row>)"));
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"Period", "Kvinnor"}));
  EXPECT_EQ(table->rows, (std::vector<std::vector<std::string>>{{"7", ""}}));
  EXPECT_EQ(table->lines, (std::vector<std::size_t>{2}));
}

TEST(ReadFirstSheetTest, AWorkbookStegvisWroteReadsBack) {
  Workbook book;
  book.sheets.push_back({"Värden",
                         {"Period", "Kvinnor", "Män"},
                         {{Month{2026, 1}, 3.0, 0.25}, {Month{2026, 2}, std::monostate{}, 4.0}}});
  auto file = WriteXlsx(book);
  ASSERT_TRUE(file);
  auto table = ReadFirstSheet(*file);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->sheet, "Värden");
  EXPECT_EQ(table->rows, (std::vector<std::vector<std::string>>{{"2026-01", "3", "0.25"},
                                                                {"2026-02", "", "4"}}));
}

std::string KeyOf(std::string_view bytes) {
  auto table = ReadFirstSheet(bytes);
  return table ? "read" : table.error().key;
}

TEST(ReadFirstSheetTest, RefusesWhatIsNotAWorkbookByName) {
  EXPECT_EQ(KeyOf("Period;Kvinnor\n2026-01;3\n"), "error.xlsx.not_a_workbook");
  EXPECT_EQ(KeyOf(Zip({{"word/document.xml", "<w/>"}})), "error.xlsx.not_a_workbook");
  EXPECT_EQ(KeyOf(Book("<row><c><v>1</v></row>")), "error.xlsx.not_a_workbook")
      << "not well-formed";
  EXPECT_EQ(KeyOf(Book(R"(<row><c r="1A"><v>1</v></c></row>)")), "error.xlsx.not_a_workbook");
  EXPECT_EQ(KeyOf(Book("")), "error.xlsx.empty_sheet");
  EXPECT_EQ(KeyOf(Zip({{"xl/workbook.xml", "<workbook><sheets/></workbook>"},
                       {"xl/_rels/workbook.xml.rels", kRels}})),
            "error.xlsx.no_sheet");
  std::string truncated = Book(kRows);
  truncated.resize(truncated.size() / 2);
  EXPECT_EQ(KeyOf(truncated), "error.xlsx.not_a_workbook");
}

TEST(ReadFirstSheetTest, RefusesADocumentTypeDeclarationSoNoEntityExpands) {
  const std::string laughs = R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<sst><si><t>&c;</t></si></sst>)";
  std::string workbook = kWorkbook;
  workbook.replace(workbook.find("DATE1904"), 8, "");
  EXPECT_EQ(KeyOf(Zip({{"xl/workbook.xml", workbook},
                       {"xl/_rels/workbook.xml.rels", kRels},
                       {"xl/sharedStrings.xml", laughs},
                       {"xl/worksheets/fall.xml", Sheet(kRows)}})),
            "error.xlsx.not_a_workbook");
  const std::string external =
      R"(<?xml version="1.0"?><!DOCTYPE w SYSTEM "file:///etc/passwd"><w/>)";
  EXPECT_EQ(KeyOf(Zip({{"xl/workbook.xml", external}})), "error.xlsx.not_a_workbook");
}

TEST(ReadFirstSheetTest, RefusesAPartThatUnpacksBeyondTheLimit) {
  // 33 MiB of one repeated row compresses to a few hundred kilobytes.
  std::string rows;
  const std::string row = R"(<row><c><v>1</v></c></row>)";
  while (rows.size() <= kMaxPartBytes) rows += row;
  const std::string file = Book(rows);
  EXPECT_LT(file.size(), 1'000'000u) << "small as a file";
  auto table = ReadFirstSheet(file);
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().key, "error.xlsx.part_too_large");
}

TEST(ReadFirstSheetTest, RefusesATableTooWideToHoldInMemory) {
  std::string rows;
  for (int r = 1; r <= 100; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
            "\"><v>1</v></c><c r=\"XFD" + std::to_string(r) + "\"><v>1</v></c></row>";
  }
  EXPECT_EQ(KeyOf(Book(rows)), "error.xlsx.part_too_large");
}

TEST(LooksLikeZipTest, KnowsAZipByItsFirstBytes) {
  EXPECT_TRUE(LooksLikeZip(Zip({{"a", "b"}})));
  EXPECT_FALSE(LooksLikeZip("Period;Kvinnor"));
  EXPECT_FALSE(LooksLikeZip(""));
}

}  // namespace
}  // namespace stegvis::xlsx
