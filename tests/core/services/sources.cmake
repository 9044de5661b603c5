# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/services; included by tests/core/CMakeLists.txt.
target_sources(kotona_core_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_finnishholidays.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_openinghours.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_openinghours_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_openinghours_fuzz.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_openstatus.cpp
)
