#pragma once
// The XML parts of a WordprocessingML package other than the body (docx/body_xml.h): the
// content types, the relationships, the core properties (title, language, date), the footer
// with its page number and the styles. Each returns a whole part, UTF-8, byte-stable.

#include <cstddef>
#include <string>

#include "docx/document.h"

namespace stegvis::docx {

// The page: A4 portrait with 2 cm margins, in twentieths of a point.
inline constexpr int kPageWidthTwips = 11906;
inline constexpr int kPageHeightTwips = 16838;
inline constexpr int kMarginTwips = 1134;
inline constexpr int kTextWidthTwips = kPageWidthTwips - 2 * kMarginTwips;

// Names shared by the parts and the body: the n-th image (from 1) of the document.
std::string ImagePartName(std::size_t n);        // "word/media/image1.png"
std::string ImageRelationshipId(std::size_t n);  // "rIdImage1"
inline constexpr const char* kFooterRelationshipId = "rIdFooter";
inline constexpr const char* kStylesRelationshipId = "rIdStyles";

std::string ContentTypesXml();                             // [Content_Types].xml
std::string PackageRelationshipsXml();                     // _rels/.rels
std::string DocumentRelationshipsXml(std::size_t images);  // word/_rels/document.xml.rels
std::string CorePropertiesXml(const Document& doc);        // docProps/core.xml
std::string FooterXml(const Document& doc);                // word/footer1.xml
std::string StylesXml(const Document& doc);                // word/styles.xml (styles_xml.cc)

}  // namespace stegvis::docx
