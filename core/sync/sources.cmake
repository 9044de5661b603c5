# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/sync (signed batch updates); included by core/CMakeLists.txt.
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
target_sources(kotona_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/syncerror.h ${CMAKE_CURRENT_LIST_DIR}/syncerror.cpp
  ${CMAKE_CURRENT_LIST_DIR}/batch.h ${CMAKE_CURRENT_LIST_DIR}/batch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/applier.h ${CMAKE_CURRENT_LIST_DIR}/applier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/snapshot.h ${CMAKE_CURRENT_LIST_DIR}/snapshot.cpp
)
target_link_libraries(kotona_core PRIVATE PkgConfig::ZSTD)
target_sources(kotona_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/repository.h ${CMAKE_CURRENT_LIST_DIR}/repository.cpp ${CMAKE_CURRENT_LIST_DIR}/metadata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/updater.h ${CMAKE_CURRENT_LIST_DIR}/updater.cpp
)
# Signatures (minisign formats, libsodium).
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
target_sources(kotona_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/result.h
  ${CMAKE_CURRENT_LIST_DIR}/minisign.h ${CMAKE_CURRENT_LIST_DIR}/minisign.cpp
)
target_link_libraries(kotona_core PRIVATE PkgConfig::SODIUM)
target_sources(kotona_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/repositoryserver.h ${CMAKE_CURRENT_LIST_DIR}/repositoryserver.cpp
)
