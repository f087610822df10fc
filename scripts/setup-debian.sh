#!/usr/bin/env bash
# Installs the Debian 12 packages Zelfscan needs to build, test and run. Run as root.
#   setup-debian.sh              build, test, run
#   setup-debian.sh --tests      also what the tests open the written documents with: openpyxl
#                                for workbooks, python3-icalendar for the plan's calendar file
#                                and LibreOffice Writer (headless, about 85 MB to
#                                download) for the ODT report; xdotool for real key events in Xvfb;
#                                at-spi2-core, python3-pyatspi and dbus to read the accessibility tree;
#                                lld, which links the many test programs far quicker than GNU ld
#   setup-debian.sh format       also clang-format, for scripts/check-format.sh
#   setup-debian.sh packaging    also what checking the desktop files and making the .deb need
#   setup-debian.sh lintian      also lintian (large: about a hundred Perl packages)
set -euo pipefail

packages=(
    g++ cmake ninja-build
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libyaml-cpp-dev libqt6sql6-sqlite libssl-dev
    libxlsxwriter-dev libzip-dev
    xvfb xauth
    strace
)
for group in "$@"; do
    case $group in
    --tests)
        packages+=(python3-openpyxl python3-icalendar libreoffice-writer-nogui xdotool at-spi2-core python3-pyatspi dbus lld)
        ;;
    format)
        # scripts/check-format.sh: the formatter .clang-format was written for.
        packages+=(clang-format)
        ;;
    packaging | lintian)
        # desktop-file-validate, appstreamcli, update-mime-database; dpkg-shlibdeps for CPack.
        packages+=(desktop-file-utils appstream shared-mime-info dpkg-dev file)
        [ "$group" = lintian ] && packages+=(lintian)
        ;;
    *)
        echo "setup-debian: unknown group '$group' (known: --tests, format, packaging, lintian)" >&2
        exit 2
        ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-debian: all packages present"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "setup-debian: missing packages: ${missing[*]}; run this script as root (or with sudo)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
