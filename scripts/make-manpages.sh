#!/usr/bin/env bash
# Regenerates docs/man/zelfscan.1 and docs/man/zelfscan-cli.1 from the programs' own --help
# (help2man), so the man pages say what the binaries do. Run after changing options or commands:
#   scripts/make-manpages.sh [BUILD_DIR]      (default build-tests; as root: apt-get install help2man)
# The pages are committed, so building and packaging never need help2man.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build-tests}/bin
command -v help2man >/dev/null || {
    echo "make-manpages: help2man is missing; as root: apt-get install help2man" >&2
    exit 2
}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# roff: a leading dot or quote starts a request, a backslash an escape.
roff_verbatim() { sed -e 's/\\/\\e/g' -e 's/^\([.'"'"']\)/\\\&\1/'; }

{
    echo '[DESCRIPTION]'
    echo 'Zelfscan runs three self-assessments based on the tools of the Dutch Digital Trust'
    echo 'Center (DTC) and CCV, on the user'"'"'s own computer and fully offline. This is the'
    echo 'command-line tool; it uses the same core as the desktop app zelfscan(1).'
    echo '[COMMANDS]'
    for command in validate list describe score report anonymise aggregate advisories; do
        echo ".SS $command"
        echo '.nf'
        # The usage line names the binary by the path it was started with ("advisories" writes
        # its own two usage lines).
        "$bin/zelfscan-cli" "$command" --help |
            sed "/^Usage: zelfscan-cli advisories /!s#^Usage: .*zelfscan-cli#Usage: zelfscan-cli $command#" |
            roff_verbatim
        echo '.fi'
    done
    echo '[EXIT STATUS]'
    echo '0 success, 1 the input has problems, 2 wrong usage.'
    cat docs/man/common.h2m
} >"$work/cli.h2m"
help2man --no-info --section 1 --name "offline cyber self-assessment, command line" \
    --version-string "$("$bin/zelfscan-cli" --version | awk '{print $2}')" \
    --include "$work/cli.h2m" "$bin/zelfscan-cli" >docs/man/zelfscan-cli.1

{
    echo '[DESCRIPTION]'
    echo 'Zelfscan lets businesses see how cyber resilient they are, on their own computer and'
    echo 'fully offline: the Basisscan, the risk class model and the process automation (OT)'
    echo 'check, each turned into next steps in priority order. Answers are saved as they are'
    echo 'given. If Zelfscan already runs, starting it with a FILE and no option opens the file'
    echo 'in the running window.'
    cat docs/man/common.h2m
} >"$work/app.h2m"
help2man --no-info --section 1 --name "offline cyber self-assessment for businesses" \
    --include "$work/app.h2m" "$bin/zelfscan" >docs/man/zelfscan.1
echo "make-manpages: wrote docs/man/zelfscan.1 and docs/man/zelfscan-cli.1"
