#!/usr/bin/env bash
# CI's checks of the desktop integration, cheap enough to run on every change: no second build,
# they use the test build tree (build-tests/, or the first argument).
#  1. the sources: desktop-file-validate (no error, no hint), appstreamcli validate --no-net,
#     and the MIME file through update-mime-database;
#  2. `cmake --install` into a staging folder: every file the package must hold is there, nothing
#     is installed outside bin/, share/ and the extras module's lib/.../zelfscan/, the staged
#     zelfscan-cli lists the questionnaires when started from another folder, the staged app loads
#     its extras module, and the app itself links none of the libraries that module keeps from
#     the start-up (Qt Charts, Qt SQL, libcrypto, libzip, libxlsxwriter);
#  3. CPack DEB of that tree: the package's file list and that its Depends name the Qt runtime.
# The optimised, lintian-checked .deb is scripts/package.sh's job.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_dir=$(realpath "${1:-${BUILD_DIR:-build-tests}}")
scripts/setup-debian.sh packaging

app_id=$(sed -n 's/^set(ZELFSCAN_APP_ID "\(.*\)")$/\1/p' CMakeLists.txt)
[ -n "$app_id" ] || { echo "check-packaging: no ZELFSCAN_APP_ID in CMakeLists.txt" >&2; exit 1; }
failed=0
fail() {
    echo "check-packaging: $*" >&2
    failed=1
}

# 1. Sources.
desktop=packaging/linux/$app_id.desktop
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate failed"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml" || fail "appstreamcli validate failed"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "packaging/linux/$app_id.mime.xml" "$work/mime/packages/$app_id.xml"
out=$(XDG_DATA_DIRS=$work XDG_DATA_HOME=$work update-mime-database "$work/mime" 2>&1) || fail "update-mime-database failed: $out"
[ -z "$out" ] || fail "update-mime-database: $out"
for glob in 'application/x-zelfscan:\*.zelfscan' 'application/x-zelfshare:\*.zelfshare'; do
    grep -q "^50:$glob" "$work/mime/globs2" || fail "MIME database lacks ${glob//\\/}"
done

# 2. Staged install (of an up-to-date tree: a no-op after the test run).
cmake --build "$build_dir" >/dev/null
stage=$work/stage
cmake --install "$build_dir" --prefix "$stage" >/dev/null
required=(
    bin/zelfscan bin/zelfscan-cli
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/mime/packages/$app_id.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/icons/hicolor/48x48/apps/$app_id.png"
    "share/icons/hicolor/128x128/apps/$app_id.png"
    "share/icons/hicolor/256x256/apps/$app_id.png"
    share/man/man1/zelfscan.1 share/man/man1/zelfscan-cli.1
    share/doc/zelfscan/README.md
)
for questionnaire in questionnaires/*.yaml questionnaires/SOURCES.md; do
    required+=("share/zelfscan/questionnaires/$(basename "$questionnaire")")
done
for file in "${required[@]}"; do
    [ -f "$stage/$file" ] || fail "not installed: $file"
done
module=$(cd "$stage" && find . -path './lib*/zelfscan/libzelfscan_extras.so' | head -1)
[ -n "$module" ] || fail "not installed: lib/.../zelfscan/libzelfscan_extras.so"
extra=$(cd "$stage" && find . -type f ! -path './bin/*' ! -path './share/*' ! -path "$module")
[ -z "$extra" ] || fail "installed outside bin/, share/ and the extras module: $extra"
out=$(cd / && QT_QPA_PLATFORM=offscreen "$stage/bin/zelfscan" --check-extras 2>&1) \
    || fail "the staged zelfscan cannot load its extras module: $out"
needed=$(readelf -d "$stage/bin/zelfscan" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for heavy in libQt6Charts libQt6Sql libcrypto libzip libxlsxwriter; do
    ! grep -q "^$heavy" <<<"$needed" || fail "zelfscan links $heavy itself; it belongs in the extras module"
done
listed=$(cd / && "$stage/bin/zelfscan-cli" list) || fail "the staged zelfscan-cli list failed"
for questionnaire in questionnaires/*.yaml; do
    id=$(sed -n 's/^id: *//p' "$questionnaire" | head -1)
    grep -q "$id" <<<"$listed" || fail "the staged zelfscan-cli does not list $id"
done

# 3. The package built from it.
(cd "$build_dir" && cpack -G DEB -B "$work/cpack" >/dev/null) || fail "cpack failed"
deb=$(ls "$work"/cpack/zelfscan_*.deb 2>/dev/null | head -1)
if [ -n "$deb" ]; then
    contents=$(dpkg-deb -c "$deb")
    for file in "${required[@]}" "${module#./}"; do
        grep -q "\./usr/$file\$" <<<"$contents" || fail "not in the .deb: /usr/$file"
    done
    depends=$(dpkg-deb -f "$deb" Depends)
    for runtime in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6-sqlite qt6-qpa-plugins libyaml-cpp0.7; do
        grep -q "$runtime" <<<"$depends" || fail "Depends lacks $runtime: $depends"
    done
else
    fail "cpack made no .deb"
fi

[ "$failed" -eq 0 ] || exit 1
echo "check-packaging: desktop entry, AppStream, MIME types, install list and .deb contents are fine"
