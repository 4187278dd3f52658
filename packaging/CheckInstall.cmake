# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DBINDIR=bin -DDATADIR=share -P CheckInstall.cmake
# Installs BUILD_DIR into a scratch PREFIX and fails when a file a desktop installation needs is missing.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(expected
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${BINDIR}/headcount"
    "${BINDIR}/headcount-cli")
set(missing "")
foreach(f IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${f}")
        list(APPEND missing "${f}")
    endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()
message(STATUS "installed: ${expected}")
