#pragma once
// For tests: opens a .docx again with libzip (a reader independent of how it was written) and
// checks what Word needs to open it — every XML part parses (libxml2), every part has a
// declared content type, every relationship's target is in the archive, and every
// relationship id the body and footer use (images, the footer) is declared. Header only, so
// test binaries that link libxml2 use it; nothing shipped does.

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace stegvis::docx::testing {

struct OpenedPackage {
  std::map<std::string, std::string> parts;  // name → bytes
  std::vector<std::string> problems;         // empty when the package is sound
};

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

inline XmlDoc ParseXml(const std::string& bytes) {
  return XmlDoc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
                &xmlFreeDoc);
}

// Calls `visit` on every element under `node`, depth first.
template <typename Visit>
void EachElement(xmlNode* node, Visit visit) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    visit(n);
    EachElement(n->children, visit);
  }
}

inline std::string Attribute(xmlNode* node, const char* name, const char* ns = nullptr) {
  xmlChar* value = ns ? xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name),
                                     reinterpret_cast<const xmlChar*>(ns))
                      : xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

inline std::string Name(xmlNode* node) {
  return reinterpret_cast<const char*>(node->name);
}

// The archive's entries by name; a problem when it is not a zip archive.
inline OpenedPackage Unzip(const std::string& docx) {
  OpenedPackage out;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) {
    if (source) zip_source_free(source);
    out.problems.push_back(std::string("not a zip archive: ") + zip_error_strerror(&error));
    return out;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (!file || zip_fread(file, bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
      out.problems.push_back(std::string("cannot read ") + stat.name);
    if (file) zip_fclose(file);
    out.parts[stat.name] = std::move(bytes);
  }
  zip_close(archive);
  return out;
}

// The folder a part is in, with its slash ("word/"), and "" for the root.
inline std::string FolderOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// Checks a relationships part: its targets exist; returns its ids.
inline std::set<std::string> CheckRelationships(OpenedPackage& p, const std::string& rels_name,
                                                xmlNode* root) {
  // "word/_rels/document.xml.rels" describes "word/document.xml": targets are relative to word/.
  const std::string rels_folder = FolderOf(rels_name);
  const std::string source_folder = rels_folder.substr(0, rels_folder.size() - 6);
  std::set<std::string> ids;
  EachElement(root, [&](xmlNode* n) {
    if (Name(n) != "Relationship") return;
    ids.insert(Attribute(n, "Id"));
    if (Attribute(n, "TargetMode") == "External") return;
    const std::string target = source_folder + Attribute(n, "Target");
    if (!p.parts.count(target)) p.problems.push_back(rels_name + ": no part " + target);
  });
  return ids;
}

inline bool Covered(const std::string& part, const std::set<std::string>& defaults,
                    const std::set<std::string>& overrides) {
  const std::size_t dot = part.rfind('.');
  return overrides.count("/" + part) ||
         (dot != std::string::npos && defaults.count(part.substr(dot + 1)));
}

// Opens `docx` and checks it as the header comment says.
inline OpenedPackage OpenPackage(const std::string& docx) {
  OpenedPackage p = Unzip(docx);
  std::set<std::string> defaults, overrides, document_ids, used_ids;
  for (const auto& [name, bytes] : p.parts) {
    const bool xml = name.ends_with(".xml") || name.ends_with(".rels");
    if (!xml) continue;
    XmlDoc doc = ParseXml(bytes);
    if (!doc) {
      p.problems.push_back(name + ": not well-formed XML");
      continue;
    }
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (name == "[Content_Types].xml") {
      EachElement(root, [&](xmlNode* n) {
        if (Name(n) == "Default") defaults.insert(Attribute(n, "Extension"));
        if (Name(n) == "Override") overrides.insert(Attribute(n, "PartName"));
      });
    } else if (name.ends_with(".rels")) {
      std::set<std::string> ids = CheckRelationships(p, name, root);
      if (name == "word/_rels/document.xml.rels") document_ids = ids;
    } else if (name.starts_with("word/")) {
      static const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
      EachElement(root, [&](xmlNode* n) {
        for (const char* a : {"id", "embed"}) {
          const std::string id = Attribute(n, a, kR);
          if (!id.empty()) used_ids.insert(id);
        }
      });
    }
  }
  if (!p.parts.count("[Content_Types].xml")) p.problems.push_back("no [Content_Types].xml");
  for (const auto& [name, bytes] : p.parts) {
    if (name != "[Content_Types].xml" && !Covered(name, defaults, overrides))
      p.problems.push_back(name + ": no content type");
  }
  for (const std::string& id : used_ids) {
    if (!document_ids.count(id)) p.problems.push_back("relationship " + id + " is not declared");
  }
  return p;
}

// The text of a WordprocessingML part: its w:t elements, one line per paragraph.
inline std::string PartText(const std::string& xml) {
  XmlDoc doc = ParseXml(xml);
  if (!doc) return "";
  std::string out;
  EachElement(xmlDocGetRootElement(doc.get()), [&](xmlNode* n) {
    if (Name(n) == "p" && !out.empty()) out += "\n";
    if (Name(n) == "t") {
      xmlChar* text = xmlNodeGetContent(n);
      out += reinterpret_cast<const char*>(text);
      xmlFree(text);
    }
  });
  return out;
}

}  // namespace stegvis::docx::testing
