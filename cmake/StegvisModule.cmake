# stegvis_module(NAME DEPS <modules or libraries...>)
#
# One module = one folder under src/ = one static library `stegvis_NAME` built from every
# *.cc in the folder and its subfolders except *_test.cc. The *_test.cc files become one GoogleTest binary
# `NAME_test`, registered with ctest under the label "unit". A module links only what it
# names in DEPS, so an include that points the wrong way through the layers fails to link.
function(stegvis_module name)
  cmake_parse_arguments(M "" "" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  list(FILTER sources EXCLUDE REGEX "_test\\.cc$")
  list(FILTER sources EXCLUDE REGEX "/main\\.cc$")
  if(sources)
    add_library(stegvis_${name} STATIC ${sources})
    target_include_directories(stegvis_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(stegvis_${name} PUBLIC ${M_DEPS})
  else()  # a module with headers only
    add_library(stegvis_${name} INTERFACE)
    target_include_directories(stegvis_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(stegvis_${name} INTERFACE ${M_DEPS})
  endif()
  if(BUILD_TESTING)
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
