# Builds mujs 1.3.6 from Debian trixie's source package, fetched and patched at configure
# time by fetch.sh into the build tree (never into the source tree, never committed).
#
# Target `mujs`: a static library of mujs's one.c. JS_STACKSIZE and JS_ENVLIMIT change the
# layout of js_State, so they are PUBLIC definitions: every file that includes jsi.h must
# see the same values.
set(MUJS_DIR ${CMAKE_BINARY_DIR}/_deps/mujs-1.3.6)
file(GLOB MUJS_PATCHES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/patches/*.patch)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_LIST_DIR}/fetch.sh ${MUJS_PATCHES})
execute_process(
  COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/fetch.sh ${CMAKE_BINARY_DIR}/_deps
  RESULT_VARIABLE MUJS_FETCH_RESULT)
if(NOT MUJS_FETCH_RESULT EQUAL 0)
  message(FATAL_ERROR "could not fetch or patch mujs 1.3.6 (see above)")
endif()

add_library(mujs STATIC ${MUJS_DIR}/one.c)
target_include_directories(mujs PUBLIC ${MUJS_DIR})
# Node allows ~10k frames of simple recursion; 1.3.6's defaults fail below ~80.
target_compile_definitions(mujs PUBLIC JS_STACKSIZE=65536 JS_ENVLIMIT=8192 JS_TRYLIMIT=1024)
if(LEAKSCOPE_GC_STRESS)
  target_compile_definitions(mujs PUBLIC LEAKSCOPE_GC_STRESS=1)
endif()
target_compile_options(mujs PRIVATE -O2 -w)
if(LEAKSCOPE_SANITIZE)
  # mujs 1.3.6 computes `F->vartab - 1` on a NULL vartab in jsR_run (never dereferenced):
  # UBSan's pointer-overflow check fires on every call. Everything else stays checked.
  target_compile_options(mujs PRIVATE -fno-sanitize=pointer-overflow)
endif()
target_link_libraries(mujs PUBLIC m)
# Exported functions stay inlinable inside one.c (-fPIC would make them interposable).
target_compile_options(mujs PRIVATE -fno-semantic-interposition)
