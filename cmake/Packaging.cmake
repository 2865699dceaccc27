# Linux packaging: the install layout (GNUInstallDirs), the desktop integration files, the
# icon theme PNGs rendered from the SVG at build time, and CPack's DEB generator.
# Included from the top CMakeLists.txt after the app and CLI targets exist.
include(GNUInstallDirs)

# One reverse-DNS id names the desktop file, the AppStream metainfo and the themed icon;
# the app passes it to Qt so Wayland compositors match the window to them.
set(FD_APP_ID io.github.frauddesk.FraudDesk)
set(FD_HOMEPAGE https://github.com/frauddesk/frauddesk)
set(FD_PACKAGE_MAINTAINER "FraudDesk developers <frauddesk@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package: 'Name <email>'")
set(FD_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/frauddesk.svg)
set(FD_ICON_SIZES 16 22 24 32 48 64 128 256 512)
target_compile_definitions(frauddesk PRIVATE FD_APP_ID="${FD_APP_ID}")

# The hicolor PNGs come from the SVG on every build (a small Qt host tool), so they never
# drift from it and no binary copies are committed.
find_package(Qt6 REQUIRED COMPONENTS Svg)
add_executable(fd_render_icons ${PROJECT_SOURCE_DIR}/tools/render_icons.cpp)
target_link_libraries(fd_render_icons PRIVATE Qt6::Gui Qt6::Svg fd_settings)
set(fd_icon_dir ${CMAKE_BINARY_DIR}/icons/hicolor)
set(fd_icon_pngs)
foreach(size IN LISTS FD_ICON_SIZES)
    list(APPEND fd_icon_pngs ${fd_icon_dir}/${size}x${size}/apps/${FD_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${fd_icon_pngs}
    COMMAND fd_render_icons ${FD_ICON_SVG} ${fd_icon_dir} ${FD_APP_ID} ${FD_ICON_SIZES}
    DEPENDS fd_render_icons ${FD_ICON_SVG}
    COMMENT "Rendering the app icon to ${FD_ICON_SIZES} px"
    VERBATIM)
add_custom_target(fd_icons ALL DEPENDS ${fd_icon_pngs})
# Building just the app (./build.sh run) also yields a complete install tree.
add_dependencies(frauddesk fd_icons)

# Install layout (bin/ for both executables comes from their own CMakeLists.txt).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${FD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${FD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${FD_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${FD_APP_ID}.svg)
install(DIRECTORY ${fd_icon_dir} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

# Translations hook: whoever builds .qm files registers them with
#   set_property(GLOBAL APPEND PROPERTY FD_QM_FILES <file.qm>...)
# anywhere in the project; they install to share/frauddesk/translations. Read at the end
# of configuration, so the order of add_subdirectory() does not matter.
set(FD_TRANSLATIONS_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/frauddesk/translations)
function(fd_install_registered_translations)
    get_property(qm_files GLOBAL PROPERTY FD_QM_FILES)
    if(qm_files)
        install(FILES ${qm_files} DESTINATION ${FD_TRANSLATIONS_INSTALL_DIR})
    endif()
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL fd_install_registered_translations)

# Plugins Qt loads at run time are invisible to dpkg-shlibdeps: name the packages that own
# them on this (Debian) build machine. The xcb platform plugin sits in libqt6gui6 on Debian
# 12 but in qt6-qpa-plugins on Ubuntu 22.04, hence asking dpkg rather than hard-coding.
# Owners of libraries the app links are left out: shlibdeps lists them with versions.
function(fd_debian_owner file out)
    set(owner "")
    if(file AND EXISTS "${file}")
        execute_process(COMMAND dpkg-query -S "${file}" OUTPUT_VARIABLE line
                        RESULT_VARIABLE rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(rc EQUAL 0 AND line MATCHES "^([^:,]+)")
            set(owner ${CMAKE_MATCH_1})
        endif()
    endif()
    set(${out} "${owner}" PARENT_SCOPE)
endfunction()

# The X11 window and the SVG window icon (icon engine, and the image format it falls back to).
set(fd_qt_plugins ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS})
set(FD_RUNTIME_PLUGIN_FILES ${fd_qt_plugins}/platforms/libqxcb.so
    ${fd_qt_plugins}/iconengines/libqsvgicon.so ${fd_qt_plugins}/imageformats/libqsvg.so)
set(fd_runtime_plugin_packages)
find_program(FD_DPKG_QUERY dpkg-query)
if(FD_DPKG_QUERY)
    set(fd_linked_owners)
    foreach(lib IN ITEMS Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Network Qt6::Charts)
        get_target_property(location ${lib} LOCATION)
        fd_debian_owner("${location}" owner)
        list(APPEND fd_linked_owners ${owner})
    endforeach()
    foreach(plugin IN LISTS FD_RUNTIME_PLUGIN_FILES)
        fd_debian_owner("${plugin}" owner)
        if(NOT owner)
            message(WARNING "No Debian package owns the Qt plugin ${plugin}: the DEB will not "
                            "depend on it (install the plugin from your distribution's packages)")
        elseif(NOT owner IN_LIST fd_linked_owners)
            list(APPEND fd_runtime_plugin_packages ${owner})
        endif()
    endforeach()
    list(REMOVE_DUPLICATES fd_runtime_plugin_packages)
else()
    set(fd_runtime_plugin_packages libqt6svg6)  # Debian 12's owner of the SVG plugins
endif()
# Named by the packaging brief beyond what the binaries load on Debian 12 (where xcb and
# offscreen ship in libqt6gui6): qt6-qpa-plugins brings the other platform plugins (vnc,
# tuiotouch) that remote and kiosk setups pick with -platform, and libqt6sql6-sqlite is Qt's
# SQLite driver, for tools that open a FraudDesk database through Qt SQL (the app itself uses
# the SQLite C API).
list(APPEND fd_runtime_plugin_packages qt6-qpa-plugins libqt6sql6-sqlite)
list(REMOVE_DUPLICATES fd_runtime_plugin_packages)
message(STATUS "DEB Depends beyond dpkg-shlibdeps (Qt runtime plugins): ${fd_runtime_plugin_packages}")

# CPack: cpack -G DEB in the build directory gives frauddesk_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME frauddesk)
set(CPACK_PACKAGE_VENDOR "FraudDesk")
set(CPACK_PACKAGE_CONTACT "${FD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop workbench for payment fraud analysts")
# Debian wants the extended description in lines under 80 columns.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "FraudDesk ingests payment transactions (CSV, JSON and NDJSON files, a watched\n"
    "drop folder, live TCP and Kafka feeds), scores every one with an embedded engine\n"
    "(Isolation Forest, autoencoder, gradient-boosted trees, rules and an ensemble\n"
    "that explains itself), stores them in SQLite and keeps a keyboard-driven review\n"
    "queue whose decisions retrain the models. Includes frauddesk-cli for batch jobs.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${FD_HOMEPAGE})
set(CPACK_STRIP_FILES TRUE)  # RelWithDebInfo binaries are mostly debug info
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
list(JOIN fd_runtime_plugin_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Native Wayland windows (without it Qt uses XWayland through the xcb plugin), and Qt's own
# buttons and dialogs in the language chosen in Settings (FraudDesk's texts are built in).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_GENERATOR DEB)
include(CPack)
