// Speed of the template engine against the one it replaced, for docs/performance.md: the home
// page and the measure page of the demonstration data, rendered by kainjow Mustache as before
// (the JSON view converted, a parsed template borrowed from a locked pool, the catalogue
// layered underneath), by the engine from the same JSON view, and by the engine from the same
// data in typed views.
//
// The views are the ones the pages built for the demo admin (data/*.json, captured from a test
// run); the typed views are filled from them (views.h). Before timing, the three renders are
// checked to give the same bytes.
//
// Each benchmark is named ENGINE/PAGE/SCOPE: "body" is the page's own template, "page" is
// what web/render/page.cc does per request — the body, then the layout around it.

#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <benchmark/benchmark.h>
#include <boost/json/parse.hpp>

#include "bench/templates/views.h"
#include "web/http/embedded_files.h"
#include "web/render/catalogue.h"
#include "web/render/kainjow_reference.h"
#include "web/render/templates.h"

namespace {

using namespace stegvis;
using bench::LayoutView;

struct Engines {
  web::Catalogue catalogue;
  web::Templates templates;
  web::KainjowTemplates kainjow;
};

const Engines& TheEngines() {
  static const Engines engines = [] {
    auto catalogue = web::Catalogue::Load(web::EmbeddedFiles());
    if (!catalogue) throw std::runtime_error(catalogue.error().message);
    auto templates = web::Templates::Load(web::EmbeddedFiles(), *catalogue);
    if (!templates) throw std::runtime_error(templates.error().message);
    web::KainjowTemplates kainjow(web::EmbeddedFiles(), *catalogue);
    return Engines{std::move(*catalogue), std::move(*templates), std::move(kainjow)};
  }();
  return engines;
}

boost::json::object ReadView(const std::string& file) {
  std::ifstream in(std::string(STEGVIS_BENCH_DATA_DIR) + "/" + file);
  std::stringstream text;
  text << in.rdbuf();
  return boost::json::parse(text.str()).as_object();
}

// One page's data in both forms.
template <typename View>
struct PageData {
  const char* name;  // the template
  std::string lang;
  boost::json::object json;  // the page's view with the layout's values, as RenderPage has it
  View view;
  LayoutView layout;

  explicit PageData(const char* template_name, const std::string& file) : name(template_name) {
    json = ReadView(file);
    lang = std::string(json.at("lang").as_string());
    bench::FromJson(json, view);
    bench::FromJson(json, layout);
  }
};

const PageData<bench::HomeView>& Home() {
  static const PageData<bench::HomeView> home("home", "home_view.json");
  return home;
}

const PageData<bench::MeasureView>& Measure() {
  static const PageData<bench::MeasureView> measure("measure", "measure_view.json");
  return measure;
}

// The three ways to render a page, each returning the body or the whole page.
template <typename View>
std::string Kainjow(const PageData<View>& page, boost::json::object& json, bool whole) {
  const Engines& e = TheEngines();
  std::string body = e.kainjow.Render(page.name, json, page.lang);
  if (!whole) return body;
  json["content"] = std::move(body);
  return e.kainjow.Render("layout", json, page.lang);
}

template <typename View>
std::string Json(const PageData<View>& page, boost::json::object& json, bool whole) {
  const Engines& e = TheEngines();
  std::string body = e.templates.Render(page.name, json, page.lang);
  if (!whole) return body;
  json["content"] = std::move(body);
  return e.templates.Render("layout", json, page.lang);
}

template <typename View>
std::string Typed(const PageData<View>& page, LayoutView& layout, bool whole) {
  const Engines& e = TheEngines();
  std::string body = e.templates.Render(page.name, page.view, page.lang);
  if (!whole) return body;
  layout.content.html = std::move(body);
  return e.templates.Render("layout", layout, page.lang);
}

// Fails the run unless the three engines render `page` to the same bytes.
template <typename View>
void CheckSameBytes(const PageData<View>& page) {
  for (bool whole : {false, true}) {
    boost::json::object json = page.json;
    LayoutView layout = page.layout;
    std::string reference = Kainjow(page, json, whole);
    json = page.json;
    if (Json(page, json, whole) != reference) {
      throw std::runtime_error(std::string(page.name) + ": the engine's JSON render differs");
    }
    if (Typed(page, layout, whole) != reference) {
      throw std::runtime_error(std::string(page.name) + ": the engine's typed render differs");
    }
  }
}

void Report(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["bytes"] = static_cast<double>(bytes);
}

template <typename View>
void BM_Kainjow(benchmark::State& state, const PageData<View>& (*data)(), bool whole) {
  const PageData<View>& page = data();
  boost::json::object json = page.json;
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = Kainjow(page, json, whole);
    bytes = out.size();
    benchmark::DoNotOptimize(out);
  }
  Report(state, bytes);
}

template <typename View>
void BM_Json(benchmark::State& state, const PageData<View>& (*data)(), bool whole) {
  const PageData<View>& page = data();
  boost::json::object json = page.json;
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = Json(page, json, whole);
    bytes = out.size();
    benchmark::DoNotOptimize(out);
  }
  Report(state, bytes);
}

template <typename View>
void BM_Typed(benchmark::State& state, const PageData<View>& (*data)(), bool whole) {
  const PageData<View>& page = data();
  LayoutView layout = page.layout;
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = Typed(page, layout, whole);
    bytes = out.size();
    benchmark::DoNotOptimize(out);
  }
  Report(state, bytes);
}

template <typename View>
void RegisterPage(const char* page, const PageData<View>& (*data)()) {
  for (bool whole : {false, true}) {
    std::string suffix = std::string("/") + page + (whole ? "/page" : "/body");
    benchmark::RegisterBenchmark(("kainjow" + suffix).c_str(), BM_Kainjow<View>, data, whole);
    benchmark::RegisterBenchmark(("json" + suffix).c_str(), BM_Json<View>, data, whole);
    benchmark::RegisterBenchmark(("typed" + suffix).c_str(), BM_Typed<View>, data, whole);
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    CheckSameBytes(Home());
    CheckSameBytes(Measure());
  } catch (const std::exception& e) {
    std::cerr << "templates_bench: " << e.what() << "\n";
    return 1;
  }
  RegisterPage("home", &Home);
  RegisterPage("measure", &Measure);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
