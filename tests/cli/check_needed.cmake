# Fails when BINARY loads a library whose file name matches FORBIDDEN, directly or through another
# library: the command line must start without Qt Sql and the history library (only the window
# module links them), as every `statusscope check` pays for each library the loader opens.
#   cmake -DBINARY=path/to/statusscope -DFORBIDDEN=regex -P check_needed.cmake
cmake_minimum_required(VERSION 3.22)
find_program(LDD ldd)
if(NOT LDD)
    message(FATAL_ERROR "ldd is needed to list the libraries the loader opens (libc-bin)")
endif()
execute_process(COMMAND "${LDD}" "${BINARY}" RESULT_VARIABLE result OUTPUT_VARIABLE loaded ERROR_VARIABLE loaded)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "ldd could not read ${BINARY}:\n${loaded}")
endif()
string(REGEX MATCHALL "[^\n]+" lines "${loaded}")
foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*([^ \t]+).*" "\\1" library "${line}")
    if(library MATCHES "${FORBIDDEN}")
        message(FATAL_ERROR "${BINARY} loads ${library} at start-up:\n${loaded}")
    endif()
endforeach()
message(STATUS "${BINARY} loads nothing matching ${FORBIDDEN}")
