# What `cmake --install` puts where (GNUInstallDirs, through qt_standard_project_setup()): the
# binaries in bin/, data the app reads at run time in share/zelfscan/, and what the desktop needs
# (entry, AppStream, MIME types, icons) under the names of the app id. The app finds its data
# relative to its own binary (../share/zelfscan), so any prefix works, including a staging dir.
include(GNUInstallDirs)

set(_packaging ${PROJECT_SOURCE_DIR}/packaging)

# SOURCES.md beside them: Help > About links to it, so an installed Zelfscan shows where every
# piece of advice comes from without the source code.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/questionnaires/
    DESTINATION ${CMAKE_INSTALL_DATADIR}/zelfscan/questionnaires
    FILES_MATCHING PATTERN "*.yaml" PATTERN "SOURCES.md")
# Debian wants man pages and its changelog compressed, its own copyright file (pointing at
# /usr/share/common-licenses) and no second copy of the GPL; elsewhere the files go as they are.
option(ZELFSCAN_DEBIAN_DOCS "Install Debian's copyright and changelog instead of LICENSE, man pages compressed" OFF)
set(_man_pages ${PROJECT_SOURCE_DIR}/docs/man/zelfscan-cli.1)
if(ZELFSCAN_BUILD_APP)
    list(APPEND _man_pages ${PROJECT_SOURCE_DIR}/docs/man/zelfscan.1)
endif()
# Named after the package, not after the CMake project (which GNUInstallDirs would use: "Zelfscan").
set(_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/zelfscan)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${_docdir})
if(ZELFSCAN_DEBIAN_DOCS)
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(_compressed)
    foreach(_file IN LISTS _man_pages ITEMS ${_packaging}/debian/changelog)
        get_filename_component(_name ${_file} NAME)
        if(_name STREQUAL "changelog")
            set(_name changelog.Debian)
        endif()
        set(_gz ${PROJECT_BINARY_DIR}/packaging/${_name}.gz)
        # -9n: best compression, no name or time stamp in the header (reproducible; lintian checks).
        add_custom_command(OUTPUT ${_gz}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
            COMMAND ${GZIP_EXECUTABLE} -9nc ${_file} > ${_gz}
            DEPENDS ${_file}
            VERBATIM)
        list(APPEND _compressed ${_gz})
    endforeach()
    add_custom_target(zelfscan_debian_docs ALL DEPENDS ${_compressed})
    list(FILTER _compressed INCLUDE REGEX "\\.1\\.gz$")
    install(FILES ${_compressed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${_packaging}/debian/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz
        DESTINATION ${_docdir})
else()
    install(FILES ${_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${_docdir})
endif()

if(ZELFSCAN_BUILD_APP AND NOT WIN32 AND NOT APPLE)
    install(FILES ${_packaging}/linux/${ZELFSCAN_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_packaging}/linux/${ZELFSCAN_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_packaging}/linux/${ZELFSCAN_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${ZELFSCAN_APP_ID}.xml)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/zelfscan.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${ZELFSCAN_APP_ID}.svg)
    foreach(_size 48 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/zelfscan-${_size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps RENAME ${ZELFSCAN_APP_ID}.png)
    endforeach()
endif()
