# The checker must fail on FIXTURE and name every defect it holds, by line.
execute_process(COMMAND ${CHECKER} ${FIXTURE} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
message("${out}")
if(rc EQUAL 0)
    message(FATAL_ERROR "fd_ts_check passed a file with defects")
endif()
set(expected
    ":12: fd::MainWindow \"&File\": unfinished"
    ":16: fd::MainWindow \"F&eed\": unfinished"
    ":20: fd::MainWindow \"&View\": vanished"
    ":24: fd::MainWindow \"&Help\": obsolete"
    ":28: fd::MainWindow \"&Quit\": the keyboard accelerator \\(&\\) is lost"
    ":32: fd::MainWindow \"<h3>FraudDesk %1</h3>\": HTML tags differ from the source"
    ":36: fd::MainWindow \"Sources\": empty translation"
    ":43: fd::AuditDialog \"Hash chain intact over %n row\\(s\\).\": 1 plural form\\(s\\), de_DE needs 2"
    ":49: fd::AuditDialog \"Exported to %1.\": placeholders %2 in the translation, %1 in the source"
    ":56: fd::ReviewQueueModel \"%n alerts\": empty translation \\(plural form 2\\)"
    "1 file\\(s\\), 11 entries, 10 problem\\(s\\)")
foreach(line IN LISTS expected)
    if(NOT out MATCHES "${line}")
        message(FATAL_ERROR "fd_ts_check did not report: ${line}")
    endif()
endforeach()
