#pragma once
// A document to be written as a Word file (docx/package.h): a title, its language and date, a
// footer, and a sequence of blocks — headings, paragraphs, tables and PNG images. Any report
// Stegvis writes as .docx builds one of these with a few calls and hands it to WriteDocx.

#include <string>
#include <variant>
#include <vector>

namespace stegvis::docx {

// A heading of level 1 (the document's sections) to 3; level 0 is the document's title.
struct Heading {
  int level = 1;
  std::string text;
};

// A paragraph of plain text; a line break ('\n') in `text` is kept as a break in the line.
// `lead`, when set, goes first in bold ("Förutsägelse: "). `small` is for notes and captions.
struct Paragraph {
  std::string lead;
  std::string text;
  bool small = false;
};

// A real Word table: a caption above it, one header row (repeated on every page the table
// spans) and rows of cells. A row shorter than the header is filled with empty cells.
// Columns marked in `number_columns` are aligned to the right.
struct Table {
  std::string caption;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> number_columns;
};

// An image inline in its own paragraph: PNG bytes with a text alternative (read by screen
// readers, kept as the picture's description), drawn at its pixel size ÷ `scale` in CSS
// pixels (2 for an image rendered at twice the size), shrunk to the page's width.
struct Image {
  std::string png;
  std::string alt;
  double scale = 1;
};

using Block = std::variant<Heading, Paragraph, Table, Image>;

struct Document {
  std::string title;     // the document's properties and the first heading's usual text
  std::string language;  // "sv-SE" or "en-GB": spelling and hyphenation in Word
  std::string date;      // "2026-12-06": when the document was made
  std::string footer;    // text before the page number on every page ("… · Sida")
  std::vector<Block> blocks;

  void AddHeading(int level, std::string text);
  void AddParagraph(std::string text);
  void AddLabelled(std::string lead, std::string text);
  void AddNote(std::string text);
  void AddTable(Table table);
  void AddImage(std::string png, std::string alt, double scale);
};

}  // namespace stegvis::docx
