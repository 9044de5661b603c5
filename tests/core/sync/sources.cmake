# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/sync; included by tests/core/CMakeLists.txt.
target_sources(kotona_core_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_batch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_repository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_crash.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_http.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_diskfull.cpp
  ${CMAKE_CURRENT_LIST_DIR}/repofixture.h
)
# Tests of core/sync; included by tests/core/CMakeLists.txt. They run the real `minisign`
# (skipped with a warning when it is missing) and the built kotona-pack.
target_sources(kotona_core_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/processrun.h
  ${CMAKE_CURRENT_LIST_DIR}/test_minisign.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_signcommands.cpp
)
target_compile_definitions(kotona_core_tests PRIVATE KOTONA_PACK_EXE="$<TARGET_FILE:kotona-pack>")
add_dependencies(kotona_core_tests kotona-pack)
