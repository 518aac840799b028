#pragma once
// word/document.xml: the document's blocks as WordprocessingML, then the page setup (A4,
// the footer on every page). Images are numbered in order from 1 and referenced by the
// relationship ids docx/parts.h names.

#include <string>
#include <vector>

#include "docx/document.h"
#include "docx/png_size.h"

namespace stegvis::docx {

// The body part for `doc`; `image_sizes` holds the pixel size of each of its images in order.
std::string DocumentXml(const Document& doc, const std::vector<PixelSize>& image_sizes);

}  // namespace stegvis::docx
