# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DBINDIR=bin -DDATADIR=share -DMANDIR=share/man -P CheckInstall.cmake
# Installs BUILD_DIR into a scratch PREFIX and fails when a file a desktop installation needs is missing.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

# Manual pages are gzipped when the build machine has gzip.
if(EXISTS "${PREFIX}/${MANDIR}/man1/headcount.1.gz")
    set(MAN_SUFFIX ".gz")
endif()
set(expected
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${DATADIR}/icons/hicolor/16x16/apps/${APP_ID}.png"
    "${DATADIR}/icons/hicolor/256x256/apps/${APP_ID}.png"
    "${DATADIR}/mime/packages/${APP_ID}.xml"
    "${BINDIR}/headcount"
    "${MANDIR}/man1/headcount.1${MAN_SUFFIX}"
    "${MANDIR}/man1/headcount-cli.1${MAN_SUFFIX}"
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
