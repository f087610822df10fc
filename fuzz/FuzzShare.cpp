// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: share files (.zelfshare) and the lines of a JSON Lines import.
//
// Besides "never crash", it checks three properties; a violation aborts so libFuzzer keeps the
// input:
//  - what readShare() accepts survives serializeShare() and serializeShareLine() unchanged;
//  - the fast reader never accepts what the strict reader refuses, and both read the same fields
//    (docs/share-format.md promises that the two give the same verdict);
//  - the importer's path (readShareFields() with buffers and name numbers reused from line to
//    line, then ShareBatch::add) gives the same verdict as a fresh readShare(), so no state leaks from one
//    line to the next.
#include "core/io/Sha256.h"
#include "core/share/Share.h"
#include "core/share/ShareBatch_p.h"
#include "core/share/ShareParse_p.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

[[noreturn]] void fail(const char* what, const QString& detail = QString())
{
    std::fprintf(stderr, "fuzz_share: property violated: %s %s\n", what, qPrintable(detail));
    std::abort();
}

bool sameFields(const zelfscan::detail::ShareFields& a, const zelfscan::detail::ShareFields& b)
{
    if (a.format != b.format || a.schemaVersion != b.schemaVersion || a.tool != b.tool
        || a.questionnaireId != b.questionnaireId || a.questionnaireVersion != b.questionnaireVersion
        || a.questionnaireHash != b.questionnaireHash || a.sector != b.sector || a.size != b.size
        || a.year != b.year || a.quarter != b.quarter || a.overall != b.overall || a.riskClass != b.riskClass
        || a.hasLevel != b.hasLevel || a.level != b.level || a.shareId != b.shareId
        || a.checksum != b.checksum || a.sections.size() != b.sections.size()
        || a.open.size() != b.open.size() || a.done.size() != b.done.size())
        return false;
    for (qsizetype i = 0; i < a.sections.size(); ++i) {
        if (a.sections[i].section != b.sections[i].section || a.sections[i].tenths != b.sections[i].tenths)
            return false;
    }
    for (qsizetype i = 0; i < a.open.size(); ++i) {
        if (a.open[i] != b.open[i])
            return false;
    }
    for (qsizetype i = 0; i < a.done.size(); ++i) {
        if (a.done[i] != b.done[i])
            return false;
    }
    return true;
}

void checkRoundTrip(const QByteArray& bytes)
{
    const zelfscan::ShareReadResult result = zelfscan::readShare(bytes);
    if (!result.ok())
        return;
    for (const QByteArray& again :
        { zelfscan::serializeShare(*result.share), zelfscan::serializeShareLine(*result.share) }) {
        const zelfscan::ShareReadResult reread = zelfscan::readShare(again);
        if (!reread.ok())
            fail("a share readShare() accepted is refused after serializing:", reread.reason);
        if (*reread.share != *result.share)
            fail("a share changed when serialized and read again");
    }
}

void checkReadersAgree(QByteArrayView bytes)
{
    using namespace zelfscan::detail;
    // Separate scratch for each reader: the strict reader's fields point into its scratch.
    static ShareFields fast;
    static ShareFields strict;
    static ShareFields combined;
    static QByteArray canonical;
    static ShareScratch strictScratch;
    static ShareScratch combinedScratch;
    if (bytes.size() > zelfscan::maxShareBytes || !parseShareFast(bytes, &fast, &canonical))
        return;
    char hex[64];
    zelfscan::sha256Hex(canonical, hex);
    if (fast.checksum != QByteArrayView(hex, 64))
        return; // the strict reader alone decides then
    const QString strictReason = parseShareStrict(bytes, &strict, &strictScratch);
    // readShareFields() falls back to the strict reader, so it can only accept more than the
    // strict reader when its fast path does.
    if (!readShareFields(bytes, &combined, &combinedScratch).isEmpty())
        return;
    if (!strictReason.isEmpty())
        fail("the fast reader accepts a share the strict reader refuses:", strictReason);
    parseShareFast(bytes, &fast, &canonical);
    if (!sameFields(fast, strict))
        fail("the fast and strict readers read different fields");
}

void checkJsonLines(const QByteArray& bytes)
{
    // As ShareImporter's checkBlock(): one Checker per thread, reused for every line.
    static zelfscan::detail::ShareFields fields;
    static zelfscan::detail::ShareScratch scratch;
    static zelfscan::detail::ShareBatch batch;
    if (batch.size() > 1000)
        batch.clear();
    scratch.numbers = &batch.names();
    zelfscan::detail::forEachShareLine(bytes, 1, [](QByteArrayView line, qint64) {
        const bool reused = zelfscan::detail::readShareFields(line, &fields, &scratch).isEmpty();
        if (reused)
            batch.add(fields);
        const bool fresh = zelfscan::readShare(line.toByteArray()).ok();
        if (reused != fresh)
            fail("a JSON Lines line gets a different verdict with reused buffers");
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkRoundTrip(bytes);
    checkReadersAgree(bytes);
    checkJsonLines(bytes);
    return 0;
}
