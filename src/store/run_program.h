#pragma once
// Running another program (pg_dump, pg_restore) and waiting for it.

#include <string>
#include <vector>

#include "core/error.h"

namespace stegvis::store {

// Runs `program` (looked up in PATH) with `args` and this process's environment plus `env`
// ("NAME=value", replacing a variable of the same name), with stdin, stdout and stderr shared
// with this process, and waits for it. Returns its exit code (128 + N when killed by signal
// N). Fails with kUnavailable when the program cannot be started (not installed).
core::Result<int> RunProgram(const std::string& program, const std::vector<std::string>& args,
                             const std::vector<std::string>& env);

}  // namespace stegvis::store
