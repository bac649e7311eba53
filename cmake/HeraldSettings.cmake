# Shared compile settings for Herald's own targets (never for third-party code).
add_library(herald_settings INTERFACE)
target_compile_features(herald_settings INTERFACE cxx_std_20)
target_compile_options(herald_settings INTERFACE -Wall -Wextra -Werror -Wno-error=deprecated-declarations -Wno-missing-field-initializers)
target_compile_definitions(herald_settings INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    HERALD_VERSION="${PROJECT_VERSION}"
    HERALD_APP_ID="${HERALD_APP_ID}")
set(CMAKE_CXX_EXTENSIONS OFF)
