# SPDX-License-Identifier: GPL-3.0-or-later
# Runs CMD with ARGS (a ;-list) and checks its exit status and standard error.
#   cmake -DCMD=prog -DARGS=a;b -DEXPECT_EXIT=2 -DEXPECT_STDERR=regex -P expect.cmake
execute_process(COMMAND ${CMD} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT_EXIT}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr does not match '${EXPECT_STDERR}':\n${err}")
endif()
