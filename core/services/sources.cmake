# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/services (opening hours, "open now"); included by core/CMakeLists.txt.
target_sources(kotona_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/finnishholidays.h ${CMAKE_CURRENT_LIST_DIR}/finnishholidays.cpp
  ${CMAKE_CURRENT_LIST_DIR}/openinghours.h ${CMAKE_CURRENT_LIST_DIR}/openinghours.cpp
  ${CMAKE_CURRENT_LIST_DIR}/openstatus.h ${CMAKE_CURRENT_LIST_DIR}/openstatus.cpp
)
