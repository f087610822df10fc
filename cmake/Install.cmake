# What `cmake --install` puts where (GNUInstallDirs, through qt_standard_project_setup()): the
# binaries in bin/, data the app reads at run time in share/zelfscan/, and what the desktop needs
# (entry, AppStream, MIME types, icons) under the names of the app id. The app finds its data
# relative to its own binary (../share/zelfscan), so any prefix works, including a staging dir.
include(GNUInstallDirs)

set(_packaging ${PROJECT_SOURCE_DIR}/packaging)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/questionnaires/
    DESTINATION ${CMAKE_INSTALL_DATADIR}/zelfscan/questionnaires
    FILES_MATCHING PATTERN "*.yaml")
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/zelfscan-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
if(ZELFSCAN_BUILD_APP)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/man/zelfscan.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Debian wants its own copyright file (pointing at /usr/share/common-licenses) and a compressed
# changelog in the package's doc folder, and no second copy of the GPL; elsewhere the licence
# text goes along.
option(ZELFSCAN_DEBIAN_DOCS "Install Debian's copyright and changelog instead of LICENSE" OFF)
# Named after the package, not after the CMake project (which GNUInstallDirs would use: "Zelfscan").
set(_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/zelfscan)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${_docdir})
if(ZELFSCAN_DEBIAN_DOCS)
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(_changelog ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz)
    # -n: no name or time stamp in the header, so the package is reproducible (lintian checks).
    add_custom_command(OUTPUT ${_changelog}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
        COMMAND ${GZIP_EXECUTABLE} -9nc ${_packaging}/debian/changelog > ${_changelog}
        DEPENDS ${_packaging}/debian/changelog
        VERBATIM)
    add_custom_target(zelfscan_debian_docs ALL DEPENDS ${_changelog})
    install(FILES ${_packaging}/debian/copyright ${_changelog} DESTINATION ${_docdir})
else()
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
