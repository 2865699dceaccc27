# Runs lupdate over the sources into a fresh .ts and compares its texts with the committed
# files (fd_ts_check --sync). Arguments: LUPDATE, CHECKER, SOURCES (a list file, one source a
# line), INCLUDE, WORK (a scratch directory), COMMITTED (the .ts files).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(fresh ${WORK}/fresh_de.ts)
execute_process(
    COMMAND ${LUPDATE} @${SOURCES} -I ${INCLUDE} -locations none -no-obsolete
            -source-language en -target-language de
            -tr-function-alias QT_TRANSLATE_NOOP+=FD_TR -silent -ts ${fresh}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT EXISTS ${fresh})
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}")
endif()
execute_process(COMMAND ${CHECKER} --sync ${fresh} ${COMMITTED} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The .ts files are not in step with the sources; see above and "
                        "translations/README.md")
endif()
