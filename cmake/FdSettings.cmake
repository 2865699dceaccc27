# One INTERFACE target carries the compile settings every FraudDesk target shares.
add_library(fd_settings INTERFACE)
target_compile_features(fd_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(fd_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
if(FD_WERROR)
    target_compile_options(fd_settings INTERFACE -Werror)
endif()
target_compile_definitions(fd_settings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING
    FD_VERSION="${PROJECT_VERSION}")
if(FD_SANITIZE)
    target_compile_options(fd_settings INTERFACE -fsanitize=${FD_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(fd_settings INTERFACE -fsanitize=${FD_SANITIZE})
endif()
