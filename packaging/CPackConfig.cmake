# Packages: a .deb and a tarball on Linux; DragNDrop on macOS and ZIP/WIX on Windows need the
# platform's deploy tool (macdeployqt / windeployqt) run on the installed tree first.
include(GNUInstallDirs)
set(CPACK_PACKAGE_NAME "helpdesk")
set(CPACK_PACKAGE_VENDOR "Helpdesk team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "helpdesk@example.com")
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/helpdesk.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/helpdesk.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "ZIP")
endif()
include(CPack)
