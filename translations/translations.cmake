# Translations, included from src/gui/CMakeLists.txt so the .qm files can be embedded in
# fd_gui (the app and the GUI tests both link it and find them at :/i18n/).
#
#   cmake --build build --target update_translations   # lupdate: sources -> .ts
#   the .qm files are built with fd_gui (lrelease) and embedded as resources.
#
# lupdate scans every source the user sees text from (the core layers for FD_TR marks): fd_gui is a static library whose
# headers and .ui files are not in its SOURCES, and the app's main.cpp is in another
# target, so the list is explicit. GLOB keeps new files of other branches included.
file(GLOB_RECURSE FD_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/gui/*.cpp ${PROJECT_SOURCE_DIR}/src/gui/*.h
    ${PROJECT_SOURCE_DIR}/src/core/*.cpp ${PROJECT_SOURCE_DIR}/src/core/*.h
    ${PROJECT_SOURCE_DIR}/src/ingest/*.cpp ${PROJECT_SOURCE_DIR}/src/ingest/*.h
    ${PROJECT_SOURCE_DIR}/src/storage/*.cpp ${PROJECT_SOURCE_DIR}/src/storage/*.h
    ${PROJECT_SOURCE_DIR}/src/export/*.cpp ${PROJECT_SOURCE_DIR}/src/export/*.h
    ${PROJECT_SOURCE_DIR}/src/report/*.cpp ${PROJECT_SOURCE_DIR}/src/report/*.h
    ${PROJECT_SOURCE_DIR}/src/app/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.ui)
list(SORT FD_TR_SOURCES)
set(FD_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/frauddesk_de.ts
    ${PROJECT_SOURCE_DIR}/translations/frauddesk_fr.ts)
# English needs only its plural forms ("1 alert" / "2 alerts"): the sources are English.
set(FD_TS_PLURALS ${PROJECT_SOURCE_DIR}/translations/frauddesk_en.ts)
# No source locations: they churn on every edit and make the .ts files hard to merge.
# The core's texts are marked FD_TR("core/…", "…") (src/core/tr_mark.h): read as
# QT_TRANSLATE_NOOP. Keep lupdate_sync.cmake (tests/i18n) in step with these options.
set(FD_LUPDATE_OPTIONS -no-obsolete -locations none -source-language en
    -tr-function-alias QT_TRANSLATE_NOOP+=FD_TR)
set(FD_LUPDATE_INCLUDES ${PROJECT_SOURCE_DIR}/src)
qt_add_lupdate(fd_gui TS_FILES ${FD_TS_FILES} SOURCES ${FD_TR_SOURCES}
    INCLUDE_DIRECTORIES ${FD_LUPDATE_INCLUDES} OPTIONS ${FD_LUPDATE_OPTIONS})
add_custom_target(fd_gui_plurals)  # names the plural-only lupdate pass (fd_gui_plurals_lupdate)
qt_add_lupdate(fd_gui_plurals TS_FILES ${FD_TS_PLURALS} SOURCES ${FD_TR_SOURCES}
    INCLUDE_DIRECTORIES ${FD_LUPDATE_INCLUDES} OPTIONS ${FD_LUPDATE_OPTIONS} -pluralonly)
qt_add_lrelease(fd_gui TS_FILES ${FD_TS_FILES} ${FD_TS_PLURALS}
    QM_FILES_OUTPUT_VARIABLE fd_qm_files)
qt_add_resources(fd_gui fd_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${fd_qm_files})
# Embedded above, so the app needs nothing installed; `cmake --install` still lays them out
# in share/frauddesk/translations (cmake/Packaging.cmake) for tools and other front ends.
set(FD_QM_FILES ${fd_qm_files} CACHE INTERNAL "The compiled translations (.qm)")
set_property(GLOBAL APPEND PROPERTY FD_QM_FILES ${fd_qm_files})
# For the translation tests (tests/i18n): what lupdate scans, one file a line.
string(REPLACE ";" "\n" fd_tr_list "${FD_TR_SOURCES}")
file(WRITE ${PROJECT_BINARY_DIR}/translations/lupdate_sources.lst "${fd_tr_list}\n")
