# stegvis_module(NAME DEPS <modules or libraries...> [TEST_DEPS <modules or libraries...>])
#
# One module = one folder under src/ = one static library `stegvis_NAME` built from every
# *.cc in the folder and its subfolders except *_test.cc. The *_test.cc files become one
# GoogleTest binary `NAME_test`, registered with ctest under the label "unit".
#
# A module sees the headers of itself and of the modules it links (DEPS, transitively), and no
# others, so an include that points up or sideways through the layers is a compile error
# ("No such file or directory"), not something left to review. Each module gets its own
# include folder in the build tree, BUILD/module_includes/NAME/, holding one symbolic link per
# allowed module (`core -> src/core`, ...); that folder, not src/, is the module's include
# path, and it passes to whatever links the module. Modules must therefore be added after the
# modules they link (the root CMakeLists.txt adds them in layer order). The test binary also
# sees the headers of the modules in TEST_DEPS (e.g. web's tests use store as a fixture).
# tests/layers/ proves the rule with probes that must and must not compile.
function(stegvis_module name)
  cmake_parse_arguments(M "" "" "DEPS;TEST_DEPS" ${ARGN})

  # The modules whose headers `name` may include: itself and, transitively, what it links.
  set(allowed ${name})
  foreach(dep ${M_DEPS})
    if(dep MATCHES "^stegvis_(.+)$")
      get_property(dep_allowed GLOBAL PROPERTY STEGVIS_ALLOWED_${CMAKE_MATCH_1})
      if(NOT dep_allowed)
        message(FATAL_ERROR "module ${name} links ${dep}, which is not defined yet: add "
                            "modules in layer order")
      endif()
      list(APPEND allowed ${dep_allowed})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  list(SORT allowed)
  set_property(GLOBAL PROPERTY STEGVIS_ALLOWED_${name} ${allowed})

  set(include_dir ${PROJECT_BINARY_DIR}/module_includes/${name})
  file(REMOVE_RECURSE ${include_dir})  # drop links a previous configuration allowed
  file(MAKE_DIRECTORY ${include_dir})
  foreach(module ${allowed})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${module} ${include_dir}/${module} SYMBOLIC)
  endforeach()

  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  list(FILTER sources EXCLUDE REGEX "_test\\.cc$")
  list(FILTER sources EXCLUDE REGEX "/main\\.cc$")
  if(sources)
    add_library(stegvis_${name} STATIC ${sources})
    target_include_directories(stegvis_${name} PUBLIC ${include_dir})
    target_link_libraries(stegvis_${name} PUBLIC ${M_DEPS})
  else()  # a module with headers only
    add_library(stegvis_${name} INTERFACE)
    target_include_directories(stegvis_${name} INTERFACE ${include_dir})
    target_link_libraries(stegvis_${name} INTERFACE ${M_DEPS})
  endif()
  if(BUILD_TESTING AND NOT STEGVIS_FUZZ)
    file(GLOB_RECURSE tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
    if(tests)
      add_executable(${name}_test ${tests})
      target_link_libraries(${name}_test PRIVATE stegvis_${name} ${M_TEST_DEPS} GTest::gtest_main GTest::gmock)
      target_compile_definitions(${name}_test PRIVATE
        STEGVIS_REFERENCE_DIR="${STEGVIS_REFERENCE_DIR}"
        STEGVIS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
      add_test(NAME unit.${name} COMMAND ${name}_test)
      set_tests_properties(unit.${name} PROPERTIES LABELS unit)
    endif()
  endif()
endfunction()
