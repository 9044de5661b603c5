# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/sync; included by tests/core/CMakeLists.txt.
target_sources(kotona_core_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_batch.cpp
)
