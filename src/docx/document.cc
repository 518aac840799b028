#include "docx/document.h"

#include <utility>

namespace stegvis::docx {

void Document::AddHeading(int level, std::string text) {
  blocks.emplace_back(Heading{level, std::move(text)});
}

void Document::AddParagraph(std::string text) {
  blocks.emplace_back(Paragraph{"", std::move(text), false});
}

void Document::AddLabelled(std::string lead, std::string text) {
  blocks.emplace_back(Paragraph{std::move(lead), std::move(text), false});
}

void Document::AddNote(std::string text) {
  blocks.emplace_back(Paragraph{"", std::move(text), true});
}

void Document::AddTable(Table table) {
  blocks.emplace_back(std::move(table));
}

void Document::AddImage(std::string png, std::string alt, double scale) {
  blocks.emplace_back(Image{std::move(png), std::move(alt), scale});
}

}  // namespace stegvis::docx
