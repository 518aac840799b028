#pragma once
// A Document (docx/document.h) as a Word file: a WordprocessingML package (Office Open XML,
// ECMA-376) zipped with libzip. The package holds [Content_Types].xml, _rels/.rels,
// docProps/core.xml (title, language, date), word/document.xml, word/styles.xml,
// word/footer1.xml (the page number), word/_rels/document.xml.rels and one
// word/media/imageN.png per image.

#include <cstddef>
#include <string>

#include "core/error.h"
#include "docx/document.h"

namespace stegvis::docx {

// The most a document may hold before it is zipped (text and images together, in bytes).
inline constexpr std::size_t kMaxDocumentBytes = 48 * 1024 * 1024;

// The .docx file of `doc`. Fails with kInvalidInput on "document" (key
// "error.document_too_large") when the document holds more than kMaxDocumentBytes, and on
// "image" when an image is not a PNG; with kInternal when libzip cannot write the archive.
core::Result<std::string> WriteDocx(const Document& doc);

}  // namespace stegvis::docx
