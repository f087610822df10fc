# CPack: a .deb on Linux (scripts/package.sh), and the configuration for Windows (NSIS) and
# macOS (DragNDrop), which need a build machine of their own (docs/packaging.md).
set(CPACK_PACKAGE_NAME zelfscan)
set(CPACK_PACKAGE_VENDOR "Zelfscan maintainers")
set(CPACK_PACKAGE_CONTACT "Zelfscan maintainers <maintainers@users.noreply.r-seed-5dbf647f.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline cyber self-assessment for businesses (DTC based)")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${PROJECT_SOURCE_DIR}/packaging/debian/description)
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/zelfscan/zelfscan")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Zelfscan)
set(CPACK_PACKAGE_EXECUTABLES zelfscan Zelfscan)
set(CPACK_STRIP_FILES ON)
# Stray umasks must not end up as odd permissions in the package.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME Zelfscan)
    set(CPACK_NSIS_PACKAGE_NAME Zelfscan)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/zelfscan.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\zelfscan.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
    # File association: .zelfscan opens in Zelfscan (HKCU keys would not need admin rights, but
    # CPack's NSIS installs for all users, so HKCR it is).
    # Bracket arguments keep NSIS's single backslashes as they are.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
        WriteRegStr HKCR ".zelfscan" "" "Zelfscan.Assessment"
        WriteRegStr HKCR "Zelfscan.Assessment" "" "Zelfscan assessment"
        WriteRegStr HKCR "Zelfscan.Assessment\DefaultIcon" "" "$INSTDIR\bin\zelfscan.exe,0"
        WriteRegStr HKCR "Zelfscan.Assessment\shell\open\command" "" '"$INSTDIR\bin\zelfscan.exe" "%1"'
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
    ]=])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
        DeleteRegKey HKCR ".zelfscan"
        DeleteRegKey HKCR "Zelfscan.Assessment"
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
    ]=])
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Zelfscan)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # A Debian revision makes this a non-native package, with changelog.Debian.gz.
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded as plug-ins at run time, so dpkg-shlibdeps cannot see them: the SQLite driver (the
    # staff store) and the platform plug-ins that draw the window.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    # Qt's own dialogs (buttons, the file dialog) in Dutch; without it they are English.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
