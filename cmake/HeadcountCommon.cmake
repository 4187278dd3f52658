# Warnings, Qt hygiene defines and sanitizer flags shared by every target of the project.
add_library(headcount_common INTERFACE)
target_compile_options(headcount_common INTERFACE
    -Wall -Wextra -Wold-style-cast -Wshadow=local -Wnon-virtual-dtor)
target_compile_definitions(headcount_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HEADCOUNT_VERSION="${PROJECT_VERSION}")

if(WITH_ASAN)
    target_compile_options(headcount_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(headcount_common INTERFACE -fsanitize=address,undefined)
endif()

if(WITH_COVERAGE)
    target_compile_options(headcount_common INTERFACE --coverage)
    target_link_options(headcount_common INTERFACE --coverage)
endif()
