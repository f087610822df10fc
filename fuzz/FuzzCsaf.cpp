// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: CSAF 2.0 advisories (issue 16), from reading through matching.
//
// Besides "never crash", it checks two properties; a violation aborts so libFuzzer keeps the
// input:
//  - what readCsaf() accepts has every product id it uses defined (CSAF 6.1.1), so matching
//    never looks up a product that is not there;
//  - every version range in an accepted document either reads as one of its kinds, and
//    comparing a version with itself gives 0, so a range never decides at random.
#include "core/advisories/CsafReader.h"
#include "core/advisories/Inventory.h"
#include "core/advisories/Matcher.h"
#include "core/advisories/NextSteps.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace zelfscan::advisories;

namespace {

[[noreturn]] void fail(const char* what, const QString& detail = QString())
{
    std::fprintf(stderr, "fuzz_csaf: property violated: %s %s\n", what, qPrintable(detail));
    std::abort();
}

/** A small inventory that touches every way of matching: CPE, purl, model number, names. */
const Inventory& inventory()
{
    static const Inventory assets = [] {
        Inventory i;
        Asset a;
        a.id = QStringLiteral("plc");
        a.vendor = QStringLiteral("Siemens");
        a.product = QStringLiteral("CP-8031 Master Module");
        a.model = QStringLiteral("6MF2803-1AA00");
        a.version = QStringLiteral("CPCI85 V04.90");
        i.assets << a;
        a = Asset();
        a.id = QStringLiteral("nas");
        a.cpe = QStringLiteral("cpe:2.3:o:synology:diskstation_manager:7.1.1:*:*:*:*:*:*:*");
        a.version = QStringLiteral("7.1.1-42962");
        i.assets << a;
        a = Asset();
        a.id = QStringLiteral("lib");
        a.purl = QStringLiteral("pkg:npm/left-padder@1.2.0");
        i.assets << a;
        a = Asset();
        a.id = QStringLiteral("cpu");
        a.model = QStringLiteral("6ES7516-3AN02-0AB0");
        a.version = QStringLiteral("V2.9.2");
        i.assets << a;
        return i;
    }();
    return assets;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsafReadResult read = readCsaf(bytes, QStringLiteral("fuzz.json"));
    if (!read.document) {
        if (read.diagnostics.isEmpty())
            fail("a refused document without a reason");
        return 0;
    }
    const CsafDocument& document = *read.document;
    for (const Vulnerability& vulnerability : document.vulnerabilities) {
        for (const QStringList& ids : vulnerability.status) {
            for (const QString& id : ids) {
                if (!document.product(id))
                    fail("an accepted document uses an undefined product", id);
            }
        }
    }
    for (const Product& product : document.products) {
        if (compareVersions(product.version, product.version) != 0)
            fail("a version differs from itself", product.version);
        for (const VersionConstraint& c : product.range.constraints) {
            if (compareVersions(c.version, c.version) != 0)
                fail("a range bound differs from itself", c.version);
        }
    }
    const Matcher matcher(inventory());
    const MatchResult result = matcher.match(document);
    advisorySteps(result.matches, inventory(), {});
    return 0;
}
