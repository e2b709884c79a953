# Install rules and packages, per platform (packaging/README.md says how to build each):
#   Linux    DEB (and TGZ): stripped binaries, desktop file, AppStream metainfo, hicolor icons,
#            the helpdesk-admin man page
#   Windows  WIX (MSI) or NSIS: windeployqt plus the DLLs the SQL drivers need (windows/)
#   macOS    DragNDrop (DMG): Helpdesk.app with macdeployqt, Info.plist and the .icns (macos/)
# The Qt SQL driver plugins are loaded at run time, so no tool that follows linked libraries
# (dpkg-shlibdeps, windeployqt's and macdeployqt's library scan) finds them by itself: each
# platform names them here.
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "helpdesk")
set(CPACK_PACKAGE_VENDOR "Helpdesk team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Helpdesk is a native desktop application for support teams who look after customer\n"
    "accounts: sign-in trouble, account recovery and security concerns. Agents work a ticket\n"
    "queue that stays fast at a million tickets, follow guided troubleshooting flows, act on\n"
    "customer accounts and answer by mail through a durable outbox. The team shares one\n"
    "PostgreSQL database, or one desk uses the embedded SQLite database.\n"
    "\n"
    "helpdesk-admin is the command-line tool for administrators and scripts.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Helpdesk team <helpdesk@example.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Helpdesk")
set(CPACK_PACKAGE_EXECUTABLES "helpdesk;Helpdesk")
# Debug information stays out of every package: a Release build carries none, and install
# strips what a Debug build would add (the DEB without this was 58 MB).
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(UNIX AND NOT APPLE)
    set(linux ${CMAKE_CURRENT_LIST_DIR}/linux)
    install(FILES ${linux}/com.example.helpdesk.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux}/com.example.helpdesk.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/helpdesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/helpdesk-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME helpdesk.png)
    endforeach()
    # The man page, with this version in its header, gzipped as Debian wants it.
    configure_file(${linux}/helpdesk-admin.1 ${CMAKE_BINARY_DIR}/man/helpdesk-admin.1 @ONLY)
    file(ARCHIVE_CREATE OUTPUT ${CMAKE_BINARY_DIR}/man/helpdesk-admin.1.gz
         PATHS ${CMAKE_BINARY_DIR}/man/helpdesk-admin.1 FORMAT raw COMPRESSION GZip
         MTIME 0)
    install(FILES ${CMAKE_BINARY_DIR}/man/helpdesk-admin.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    # Libraries the binaries link (Qt, QtKeychain, the C++ runtime) come from dpkg-shlibdeps;
    # the plugins Qt loads at run time are named: the SQLite and PostgreSQL drivers. The xcb
    # platform plugin is part of libqt6gui6 on Debian 12, which shlibdeps finds. libqt6svg6
    # carries the SVG icon engine that draws the bundled toolbar and menu icons.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
    # Qt's own German texts (qtbase_de.qm), the Wayland platform plugin, and a Secret Service
    # for the keychain (passwords are never kept in plain text without one).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "qt6-translations-l10n, qt6-wayland, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/Deploy.cmake)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Helpdesk ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDBZ")
    set(CPACK_PACKAGE_FILE_NAME "Helpdesk-${PROJECT_VERSION}")
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Deploy.cmake)
    # WIX gives an MSI (what IT departments deploy); NSIS an .exe installer:
    # cpack -G WIX or cpack -G NSIS.
    set(CPACK_GENERATOR "WIX;ZIP")
    set(CPACK_PACKAGE_FILE_NAME "Helpdesk-${PROJECT_VERSION}-win64")
    # Never change this GUID: it is how Windows knows a new MSI upgrades the installed one.
    set(CPACK_WIX_UPGRADE_GUID "6C5D4B7A-3E2F-4A19-9B8C-1D0E2F3A4B5C")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/helpdesk.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Helpdesk")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://example.com/helpdesk")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/helpdesk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\helpdesk.exe")
    set(CPACK_NSIS_DISPLAY_NAME "Helpdesk")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
endif()

include(CPack)
