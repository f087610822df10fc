#!/usr/bin/env bash
# Builds Zelfscan optimised, with Debian's hardening flags, into build-package/ (or $BUILD_DIR)
# and makes the .deb with CPack; lintian checks it. The last line printed is the .deb's path.
#   bash scripts/package.sh && apt-get install ./build-package/zelfscan_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build-package}

scripts/setup-debian.sh lintian >&2

# dpkg-buildflags gives what Debian builds its own packages with: fortify, stack protector,
# relro, a file-prefix map so the source path does not end up in the binaries; +all adds bindnow.
export DEB_BUILD_MAINT_OPTIONS=${DEB_BUILD_MAINT_OPTIONS:-hardening=+all}
cppflags=$(dpkg-buildflags --get CPPFLAGS)
cxxflags=$(dpkg-buildflags --get CXXFLAGS)
ldflags=$(dpkg-buildflags --get LDFLAGS)

BUILD_DIR=$build_dir BUILD_TYPE=Release scripts/build.sh \
    -DBUILD_TESTING=OFF -DZELFSCAN_BUILD_BENCH=OFF -DZELFSCAN_DEBIAN_DOCS=ON -DZELFSCAN_SOURCE_TREE_PATHS=OFF -DZELFSCAN_USE_LLD=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$cppflags $cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" -DCMAKE_MODULE_LINKER_FLAGS="$ldflags" >&2

rm -f "$build_dir"/zelfscan_*.deb
(cd "$build_dir" && cpack -G DEB) >&2
deb=$(ls "$build_dir"/zelfscan_*.deb)

# Errors fail the script; warnings and notes are listed (docs/packaging.md says which remain).
lintian --info --display-info --fail-on error "$deb" >&2 || {
    echo "package: lintian found errors in $deb" >&2
    exit 1
}
echo "$PWD/$deb"
