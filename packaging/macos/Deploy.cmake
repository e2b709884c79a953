# macOS: Helpdesk.app is installed at the top of the disk image (with helpdesk-admin inside,
# Contents/MacOS/helpdesk-admin, so it uses the bundle's frameworks); macdeployqt then copies
# Qt's frameworks and plugins into the bundle, the sqldrivers included, and with them the
# Homebrew libraries the plugins link (libpq, OpenSSL). Qt's German translation goes to
# Contents/Resources/translations, where app/Translations.cpp looks. See packaging/README.md.
get_target_property(helpdesk_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(helpdesk_qt_bin "${helpdesk_qmake}" DIRECTORY)
find_program(HELPDESK_MACDEPLOYQT macdeployqt HINTS "${helpdesk_qt_bin}" REQUIRED)
set(HELPDESK_CODESIGN_IDENTITY "" CACHE STRING
    "Developer ID Application identity for macdeployqt -codesign (empty: ad-hoc, not notarisable)")
execute_process(COMMAND "${helpdesk_qmake}" -query QT_INSTALL_TRANSLATIONS
                OUTPUT_VARIABLE HELPDESK_QT_TRANSLATIONS OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake.in
               ${CMAKE_BINARY_DIR}/packaging/macos-deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_BINARY_DIR}/packaging/macos-deploy.cmake)
