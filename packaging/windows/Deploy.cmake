# Windows: after the executables are installed to bin/, windeployqt copies the Qt DLLs, the
# plugins (platforms, styles, sqldrivers, tls, imageformats, iconengines) and Qt's translations
# next to them; then the DLLs those need from outside Qt (qt6keychain, libpq and its OpenSSL,
# from vcpkg) are collected with file(GET_RUNTIME_DEPENDENCIES), and the MSVC runtime is added.
# Runs at install time, i.e. inside `cpack` too. See packaging/README.md.
get_target_property(helpdesk_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(helpdesk_qt_bin "${helpdesk_qmake}" DIRECTORY)
find_program(HELPDESK_WINDEPLOYQT windeployqt HINTS "${helpdesk_qt_bin}" REQUIRED)

# Where the non-Qt DLLs are: vcpkg's bin folder when its toolchain file is used.
set(helpdesk_dll_dirs "${helpdesk_qt_bin}")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND helpdesk_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
set(HELPDESK_DEPLOY_DLL_DIRS "${helpdesk_dll_dirs}" CACHE STRING
    "Folders searched for the DLLs that helpdesk.exe and the Qt plugins need")

configure_file(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake.in
               ${CMAKE_BINARY_DIR}/packaging/windows-deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_BINARY_DIR}/packaging/windows-deploy.cmake)

# vcruntime140.dll and friends, next to the executables.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
