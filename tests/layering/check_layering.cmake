# The layering check (issue 12): each library of src/ includes only headers of the layers below it, and the lower
# layers use no GUI or SQL module they must not depend on.
#   cmake -DSOURCE_DIR=<dir holding src/> -P check_layering.cmake
# Fails on a tree that breaks a rule, naming each offending include as "src/<layer>/<file>:<line>: ..." on a line of its
# own (printed as NOTICE, which CMake never re-wraps: FATAL_ERROR text is re-flowed to the terminal width, which split
# a long path across lines on CI), then a FATAL_ERROR with the number of problems.
#
# core (rules, pure) <- storage (only SQL) <- import, report <- gui, cli; i18n sits beside core; app is the console.
cmake_minimum_required(VERSION 3.16)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR not set")
endif()

set(layers core i18n storage import report gui cli app)
set(allowed_core core)
set(allowed_i18n core i18n)
set(allowed_storage core storage)
set(allowed_import core storage import)
set(allowed_report core storage import report)
set(allowed_gui core i18n storage import report gui)
set(allowed_cli core i18n storage import report cli)
set(allowed_app core i18n storage import report gui app)
# Qt headers a layer must not include (regular expressions on the header name).
set(forbidden_qt_core "^QSql|^QtSql|^QWidget|^QtWidgets|^QApplication|^QPainter|^QTextDocument|^QGuiApplication")
set(forbidden_qt_storage "^QWidget|^QtWidgets|^QApplication|^QPainter|^QTextDocument|^QGuiApplication")
set(forbidden_qt_import "^QSql|^QtSql|^QWidget|^QtWidgets|^QApplication")
set(forbidden_qt_report "^QSql|^QtSql|^QWidget|^QtWidgets|^QApplication")
set(forbidden_qt_cli "^QWidget|^QtWidgets|^QApplication|^QMainWindow")

# Which layer owns each header name.
foreach(layer IN LISTS layers)
    file(GLOB headers RELATIVE "${SOURCE_DIR}/src/${layer}" "${SOURCE_DIR}/src/${layer}/*.h")
    foreach(h IN LISTS headers)
        set(owner_${h} ${layer})
    endforeach()
endforeach()

set(problems "")
set(checked 0)
foreach(layer IN LISTS layers)
    file(GLOB files "${SOURCE_DIR}/src/${layer}/*.h" "${SOURCE_DIR}/src/${layer}/*.cpp")
    foreach(f IN LISTS files)
        math(EXPR checked "${checked} + 1")
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        file(STRINGS "${f}" lines)
        set(n 0)
        foreach(line IN LISTS lines)
            math(EXPR n "${n} + 1")
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\"")
                get_filename_component(name "${CMAKE_MATCH_1}" NAME)
                set(owner "${owner_${name}}")
                if(owner AND NOT owner IN_LIST allowed_${layer})
                    list(APPEND problems "${rel}:${n}: ${layer} includes ${name} of ${owner}")
                endif()
            elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]+<([^>]+)>" AND DEFINED forbidden_qt_${layer})
                if(CMAKE_MATCH_1 MATCHES "${forbidden_qt_${layer}}")
                    list(APPEND problems "${rel}:${n}: ${layer} includes <${CMAKE_MATCH_1}>")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "no sources under ${SOURCE_DIR}/src")
endif()
if(problems)
    list(LENGTH problems count)
    foreach(p IN LISTS problems)
        message(NOTICE "${p}")
    endforeach()
    message(FATAL_ERROR "Layering broken in ${SOURCE_DIR}: ${count} include(s) from a layer above, listed above")
endif()
message(STATUS "layering: ${checked} files checked, every include from a layer below")
