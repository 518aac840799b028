// Fuzzes `stegvis chart` as a user runs it: the command's own option parsing (CLI11 and the
// checks in cli/chart_command.cc), the CSV, the statistics engine and the JSON, CSV and SVG
// writers. An input is the options, one argument per line, then an empty line, then the CSV
// file's bytes; the CSV goes to a file that --input names. Output is discarded; a crash, a
// sanitizer report or a hang is a finding.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.h"

namespace {

// A file of this process's own for the CSV: on tmpfs where there is one.
const std::string& CsvPath() {
  static const std::string path = [] {
    std::filesystem::path dir = "/dev/shm";
    if (!std::filesystem::is_directory(dir)) dir = std::filesystem::temp_directory_path();
    return (dir / ("stegvis-chart-fuzz-" + std::to_string(getpid()) + ".csv")).string();
  }();
  return path;
}

// Sends std::cout and std::cerr nowhere while it lives.
class Silence {
 public:
  Silence() : out_(std::cout.rdbuf(&sink_)), err_(std::cerr.rdbuf(&sink_)) {}
  ~Silence() {
    std::cout.rdbuf(out_);
    std::cerr.rdbuf(err_);
    std::cout.clear();
    std::cerr.clear();
  }

 private:
  struct Sink : std::streambuf {
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  } sink_;
  std::streambuf* out_;
  std::streambuf* err_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find("\n\n");
  if (split == std::string_view::npos) return 0;

  std::vector<std::string> args = {"stegvis", "chart", "--input", CsvPath()};
  std::string_view options = input.substr(0, split);
  while (!options.empty()) {
    const std::size_t end = options.find('\n');
    std::string arg(options.substr(0, end));
    options = end == std::string_view::npos ? std::string_view{} : options.substr(end + 1);
    // Another file (or a device that never ends) is not what this target explores.
    if (arg.starts_with("--input")) return 0;
    args.push_back(std::move(arg));
  }
  {
    std::ofstream csv(CsvPath(), std::ios::binary | std::ios::trunc);
    csv << input.substr(split + 2);
  }

  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  CLI::App app;
  app.require_subcommand(1);
  cli::Command command = cli::AddChartCommand(app);
  Silence silence;
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError&) {
    return 0;  // the binary prints the message and exits 2
  }
  (void)command.run();
  return 0;
}
