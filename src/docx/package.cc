#include "docx/package.h"

#include <zip.h>

#include <memory>
#include <vector>

#include "docx/body_xml.h"
#include "docx/parts.h"

namespace stegvis::docx {
namespace {

struct Part {
  std::string name;
  std::string bytes;
  bool compress = true;
};

std::size_t TextBytes(const Document& doc) {
  std::size_t n = doc.title.size() + doc.footer.size();
  for (const Block& block : doc.blocks) {
    if (const auto* h = std::get_if<Heading>(&block)) n += h->text.size();
    if (const auto* p = std::get_if<Paragraph>(&block)) n += p->lead.size() + p->text.size();
    if (const auto* i = std::get_if<Image>(&block)) n += i->png.size() + i->alt.size();
    if (const auto* t = std::get_if<Table>(&block)) {
      n += t->caption.size();
      for (const std::string& cell : t->header) n += cell.size();
      for (const auto& row : t->rows) {
        for (const std::string& cell : row) n += cell.size();
      }
    }
  }
  return n;
}

core::Error ZipFailure(zip_error_t* error) {
  return core::Error::Internal(std::string("docx: libzip: ") + zip_error_strerror(error));
}

// The archive of `parts`, in order, in memory.
core::Result<std::string> Zip(const std::vector<Part>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &error), &zip_source_free);
  if (!buffer) return core::Fail(ZipFailure(&error));
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) return core::Fail(ZipFailure(&error));
  zip_source_keep(buffer.get());  // the archive's close would free it; the bytes are read after
  for (const Part& part : parts) {
    zip_source_t* source = zip_source_buffer(archive, part.bytes.data(), part.bytes.size(), 0);
    const zip_int64_t index =
        source ? zip_file_add(archive, part.name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      core::Error e = ZipFailure(zip_get_error(archive));
      zip_discard(archive);
      return core::Fail(e);
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                             part.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) {
    core::Error e = ZipFailure(zip_get_error(archive));
    zip_discard(archive);
    return core::Fail(e);
  }
  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) != 0 || zip_source_open(buffer.get()) != 0) {
    return core::Fail(ZipFailure(zip_source_error(buffer.get())));
  }
  std::string out(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(buffer.get(), out.data(), stat.size);
  zip_source_close(buffer.get());
  if (read != static_cast<zip_int64_t>(stat.size)) {
    return core::Fail(core::Error::Internal("docx: the archive could not be read back"));
  }
  return out;
}

}  // namespace

core::Result<std::string> WriteDocx(const Document& doc) {
  if (TextBytes(doc) > kMaxDocumentBytes) {
    return core::Fail(
        core::Error::Invalid("the document is too large", "document", "error.document_too_large"));
  }
  std::vector<PixelSize> sizes;
  std::vector<Part> images;
  for (const Block& block : doc.blocks) {
    const auto* image = std::get_if<Image>(&block);
    if (!image) continue;
    auto size = PngSize(image->png);
    if (!size) return core::Fail(core::Error::Invalid("an image is not a PNG", "image"));
    sizes.push_back(*size);
    // PNG is compressed already.
    images.push_back({ImagePartName(images.size() + 1), image->png, false});
  }
  std::vector<Part> parts = {
      {"[Content_Types].xml", ContentTypesXml()},
      {"_rels/.rels", PackageRelationshipsXml()},
      {"docProps/core.xml", CorePropertiesXml(doc)},
      {"word/document.xml", DocumentXml(doc, sizes)},
      {"word/_rels/document.xml.rels", DocumentRelationshipsXml(sizes.size())},
      {"word/styles.xml", StylesXml(doc)},
      {"word/footer1.xml", FooterXml(doc)}};
  for (Part& image : images) parts.push_back(std::move(image));
  return Zip(parts);
}

}  // namespace stegvis::docx
