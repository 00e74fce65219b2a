# Installs the build into PREFIX and checks that everything lands where desktops look for it.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(id io.github.statusscope.StatusScope)
set(expected
    bin/statusscope
    share/applications/${id}.desktop
    share/metainfo/${id}.metainfo.xml
    share/icons/hicolor/scalable/apps/${id}.svg
    share/statusscope/translations/statusscope_de.qm
    share/statusscope/translations/statusscope_en.qm)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "missing after install: ${file}")
    endif()
endforeach()

# The installed binary runs and finds its built-in data.
execute_process(COMMAND "${PREFIX}/bin/statusscope" explain 404 RESULT_VARIABLE result OUTPUT_VARIABLE output TIMEOUT 60)
if(NOT result EQUAL 0 OR NOT output MATCHES "404 Not Found")
    message(FATAL_ERROR "the installed binary does not work:\n${output}")
endif()

# The window module, the core library it shares with the program and the history library only the
# module links sit in lib/statusscope; the window is found from the installed binary: it opens,
# paints and quits.
foreach(library window core history)
    file(GLOB ${library}_library "${PREFIX}/lib*/statusscope/libstatusscope-${library}.so"
                                 "${PREFIX}/lib*/*/statusscope/libstatusscope-${library}.so")
    if(NOT ${library}_library)
        message(FATAL_ERROR "missing after install: lib/statusscope/libstatusscope-${library}.so")
    endif()
endforeach()
# No installed file searches the current folder for libraries (an empty or relative run path).
foreach(file "${PREFIX}/bin/statusscope" ${window_library} ${core_library} ${history_library})
    execute_process(COMMAND "${CMAKE_COMMAND}" -DBINARY=${file} -P "${CMAKE_CURRENT_LIST_DIR}/../cli/check_runpath.cmake"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${output}")
    endif()
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env STATUSSCOPE_EXIT_AFTER_FIRST_PAINT=1
                    "XDG_CONFIG_HOME=${PREFIX}/config" "XDG_DATA_HOME=${PREFIX}/data" "${PREFIX}/bin/statusscope"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
if(NOT result EQUAL 0 OR NOT output MATCHES "first_paint_ns")
    message(FATAL_ERROR "the installed window does not open:\n${output}")
endif()

# Without its module (and the history library) the binary says what is wrong, and the command line
# still works.
file(COPY "${PREFIX}/bin/statusscope" DESTINATION "${PREFIX}/elsewhere/bin")
file(RELATIVE_PATH core_relative "${PREFIX}" "${core_library}")
cmake_path(GET core_relative PARENT_PATH core_folder)
file(COPY ${core_library} DESTINATION "${PREFIX}/elsewhere/${core_folder}")
execute_process(COMMAND "${PREFIX}/elsewhere/bin/statusscope" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
if(NOT result EQUAL 3 OR NOT output MATCHES "cannot open its window: .*libstatusscope-window.so.*statusscope --help")
    message(FATAL_ERROR "a missing window module is not explained (exit ${result}):\n${output}")
endif()
execute_process(COMMAND "${PREFIX}/elsewhere/bin/statusscope" explain 404 RESULT_VARIABLE result OUTPUT_VARIABLE output TIMEOUT 60)
if(NOT result EQUAL 0 OR NOT output MATCHES "404 Not Found")
    message(FATAL_ERROR "the command line needs the window module:\n${output}")
endif()

# The validators run when present (./dev test installs desktop-file-utils and appstream).
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${PREFIX}/share/applications/${id}.desktop"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate:\n${output}")
    endif()
else()
    message(STATUS "desktop-file-validate not found: not checked")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${PREFIX}/share/metainfo/${id}.metainfo.xml"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate:\n${output}")
    endif()
else()
    message(STATUS "appstreamcli not found: not checked")
endif()
message(STATUS "install tree complete in ${PREFIX}")
