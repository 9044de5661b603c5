# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/sync (signatures, and later fetching and applying signed batches);
# included by core/CMakeLists.txt.
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
target_sources(kotona_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/result.h
  ${CMAKE_CURRENT_LIST_DIR}/minisign.h ${CMAKE_CURRENT_LIST_DIR}/minisign.cpp
)
target_link_libraries(kotona_core PRIVATE PkgConfig::SODIUM)
