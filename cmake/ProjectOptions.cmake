# Compile settings shared by every Zelfscan target: warnings and Qt hygiene macros.
add_library(zelfscan_options INTERFACE)
# Includes name their layer from the repository root: #include "core/engine/Engine.h".
target_include_directories(zelfscan_options INTERFACE ${PROJECT_SOURCE_DIR})
if(MSVC)
    # Windows builds (docs/packaging.md): UTF-8 sources, MSVC's own warning set.
    target_compile_options(zelfscan_options INTERFACE /W4 /utf-8 /permissive-)
else()
    target_compile_options(zelfscan_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Woverloaded-virtual -Wcast-qual -fstack-protector-strong)
    if(ZELFSCAN_WERROR)
        target_compile_options(zelfscan_options INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(zelfscan_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)

# GNU ld takes about six seconds to link each of the eighty-odd test programs in a Debug build, a
# fifth of that build's time; lld (Debian's lld, which `setup-debian.sh --tests` installs) links
# the same objects in under one. Used where the compiler accepts it; packages keep the system
# linker (scripts/package.sh turns this off).
option(ZELFSCAN_USE_LLD "Link with lld when it is installed" ON)
if(ZELFSCAN_USE_LLD AND NOT MSVC)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld ZELFSCAN_HAVE_LLD)
    if(ZELFSCAN_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()

if(ZELFSCAN_SANITIZE)
    target_compile_options(zelfscan_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(zelfscan_options INTERFACE -fsanitize=address,undefined)
endif()

# Stricter still for the product's own code (not the tests, whose literals would all need
# wrapping): every QString from a C string says its encoding. Linked PRIVATE by each product target.
add_library(zelfscan_product_options INTERFACE)
target_compile_definitions(zelfscan_product_options INTERFACE QT_NO_CAST_FROM_ASCII)
