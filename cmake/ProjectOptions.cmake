# Compile settings shared by every Zelfscan target: warnings and Qt hygiene macros.
add_library(zelfscan_options INTERFACE)
target_compile_options(zelfscan_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
target_compile_definitions(zelfscan_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)

if(ZELFSCAN_SANITIZE)
    target_compile_options(zelfscan_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(zelfscan_options INTERFACE -fsanitize=address,undefined)
endif()
