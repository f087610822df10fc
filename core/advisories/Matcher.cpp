// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Matcher.h"

#include "core/advisories/Cpe.h"
#include "core/advisories/Names.h"
#include "core/text/Words.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace zelfscan::advisories {

namespace {

class Words
{
    ZELFSCAN_WORDS(Matcher)
};

/** An asset with its keys worked out once. */
struct IndexedAsset
{
    const Asset* asset = nullptr;
    QString vendor; ///< normalised
    QString product; ///< normalised, vendor prefix removed
    std::optional<Cpe> cpe;
    std::optional<Purl> purl;
    QString model; ///< normalised
    QString version; ///< the version field, else the CPE's or purl's
    QString update; ///< the CPE's update ("cumulative_update_14") when it is specific
};

/** A CPE attribute with a value: not ANY ("*") and not NA ("-"). */
bool isSpecific(const Cpe& cpe, Cpe::Attribute attribute)
{
    return !cpe.isAny(attribute) && cpe.value(attribute) != QLatin1String("-");
}

QString cpeKey(const Cpe& cpe)
{
    return cpe.value(Cpe::Vendor) + QLatin1Char(':') + cpe.value(Cpe::Product);
}

QString purlKey(const Purl& purl)
{
    return purl.type + QLatin1Char('/') + purl.ns.toLower() + QLatin1Char('/') + purl.name.toLower();
}

/** A product's keys, likewise. */
struct IndexedProduct
{
    const Product* product = nullptr;
    QString vendor;
    QString name; ///< the product_name branch, else the full name
    QString normalisedName;
    std::optional<Cpe> cpe;
    std::optional<Purl> purl;
    QStringList models;
    bool wildcardModel = false; ///< a model number with "?" or "*": found by scanning, not by key
};

IndexedProduct indexProduct(const Product& product)
{
    IndexedProduct p;
    p.product = &product;
    p.vendor = normaliseVendor(product.vendor);
    p.name = product.name.isEmpty() ? product.fullName : product.name;
    p.normalisedName = normaliseProduct(p.name, p.vendor);
    if (!product.cpe.isEmpty())
        p.cpe = parseCpe(product.cpe);
    if (!product.purl.isEmpty())
        p.purl = parsePurl(product.purl);
    for (const QString& model : product.models) {
        p.models << normaliseModel(model);
        p.wildcardModel = p.wildcardModel || hasModelWildcard(p.models.last());
    }
    return p;
}

struct Identity
{
    double score = 0;
    QString reason;
    bool certain = false; ///< CPE or purl: the version may come from them too
    /**
     * Both name model numbers and none agree: a sibling product ("CPU 1516-3 PN/DP" of another
     * order number) that a name match alone would take for the asset.
     */
    bool modelMismatch = false;
};

Identity identify(const IndexedAsset& a, const IndexedProduct& p)
{
    Identity best;
    if (a.cpe && p.cpe && cpeIdentityMatches(*a.cpe, *p.cpe))
        return { 1.0, QStringLiteral("CPE %1 matches %2").arg(a.asset->cpe, p.product->cpe), true };
    if (a.purl && p.purl && purlKey(*a.purl) == purlKey(*p.purl))
        return { 1.0, QStringLiteral("package URL %1 matches %2").arg(a.asset->purl, p.product->purl), true };
    if (!a.model.isEmpty() && !p.models.isEmpty()) {
        for (const QString& model : p.models) {
            const bool equal = model == a.model;
            if (equal || modelMatches(model, a.model)) {
                const double score = equal ? 0.95 : 0.9;
                if (score > best.score)
                    best = { score,
                        equal ? QStringLiteral("model number %1 matches").arg(a.asset->model)
                              : QStringLiteral("model number %1 matches %2").arg(a.asset->model, model),
                        false };
            }
        }
    }
    const bool modelMismatch = !a.model.isEmpty() && !p.models.isEmpty() && best.score == 0;
    if (!a.product.isEmpty()) {
        const NameComparison product = compareNames(a.asset->product, a.product, p.name, p.normalisedName);
        if (product.score > 0) {
            // Without a vendor on either side, the product name alone is weaker evidence.
            NameComparison vendor { 0.8, QStringLiteral("not given") };
            if (!a.vendor.isEmpty() && !p.vendor.isEmpty()) {
                vendor = compareNames(a.asset->vendor, a.vendor, p.product->vendor, p.vendor);
            } else if (!a.vendor.isEmpty()) {
                // Products listed only by full name often start with the vendor's name.
                const QString padded = QLatin1Char(' ') + p.normalisedName + QLatin1Char(' ');
                if (padded.contains(QLatin1Char(' ') + a.vendor + QLatin1Char(' ')))
                    vendor = { 0.9, QStringLiteral("named in the product name") };
            }
            const double score = 0.95 * vendor.score * product.score;
            if (score > best.score)
                best = { score,
                    QStringLiteral("vendor %1 (%2) and product %3 (%4)")
                        .arg(p.product->vendor.isEmpty() ? QStringLiteral("-") : p.product->vendor,
                            vendor.how, p.name, product.how),
                    false };
        }
    }
    best.modelMismatch = modelMismatch;
    return best;
}

/** Whether the asset's version is covered; nullopt when a person has to decide, with why. */
struct VersionVerdict
{
    std::optional<bool> covered;
    QString reason;
    LocalizedText why; ///< when a person has to decide: the reason in Dutch and English
    double factor = 1.0;
    /**
     * Covered by reaching beyond what the advisory names: a version after first_affected or
     * first_fixed, before last_affected, or a product without a version. A fix named for one
     * release train says nothing about another (CSAF 3.2.3.9), so such a verdict never
     * outweighs a version the advisory names or a range that holds it.
     */
    bool extrapolated = false;

    /** A person has to decide, because of @p because (its English text is the reason). */
    void unsure(const LocalizedText& because)
    {
        why = because;
        reason = because.text(Language::english());
    }
};

/** What the advisory names for a product: a range, one version (with a CPE's update), or nothing. */
struct NamedVersion
{
    Product::VersionKind kind = Product::VersionKind::None;
    QString exact;
    QString update; ///< a CPE's update: Exchange 2019 cumulative update 12 is not 14
};

NamedVersion namedVersion(const Product& product, const IndexedProduct& p)
{
    NamedVersion named { product.versionKind, product.version, {} };
    if (named.kind == Product::VersionKind::None && p.cpe && isSpecific(*p.cpe, Cpe::Version)) {
        named = { Product::VersionKind::Exact, p.cpe->value(Cpe::Version), {} };
        if (isSpecific(*p.cpe, Cpe::Update))
            named.update = p.cpe->value(Cpe::Update);
    }
    if (named.kind == Product::VersionKind::None && p.purl && !p.purl->version.isEmpty())
        named = { Product::VersionKind::Exact, p.purl->version, {} };
    return named;
}

/** The verdict when the advisory's side alone decides: no version, all versions, or unreadable. */
std::optional<VersionVerdict> verdictWithoutVersions(const Product& product, const NamedVersion& named)
{
    VersionVerdict verdict;
    if (named.kind == Product::VersionKind::None && looksLikeVersion(product.fullName)
        && product.name.isEmpty()) {
        // "Example Router 7.2" without a version branch: the version is somewhere in the name,
        // which a program cannot tell from a model number.
        const QString name = product.fullName;
        verdict.unsure(
            inDutchAndEnglish(Words::tr("the advisory gives no version apart from the product name '%1'"),
                [&name](const QString& text, const Language&) { return text.arg(name); }));
        return verdict;
    }
    if (named.kind == Product::VersionKind::None) {
        verdict.covered = true;
        verdict.reason = QStringLiteral("the advisory names no version");
        verdict.factor = 0.9;
        verdict.extrapolated = true;
        return verdict;
    }
    if (named.kind != Product::VersionKind::Range || product.range.kind == VersionRange::Kind::Constraints)
        return std::nullopt;
    if (product.range.kind == VersionRange::Kind::All) {
        verdict.covered = true;
        verdict.reason = QStringLiteral("all versions");
        return verdict;
    }
    const QString range = product.range.text;
    verdict.unsure(inDutchAndEnglish(product.range.kind == VersionRange::Kind::Unknown
            ? Words::tr("the advisory does not state the versions ('%1')")
            : Words::tr("the version range '%1' cannot be read"),
        [&range](const QString& text, const Language&) { return text.arg(range); }));
    return verdict;
}

/**
 * Fills in the asset's version (and @p named's exact version with its update) to compare, or
 * gives the verdict "a person decides" when they cannot be compared.
 */
std::optional<VersionVerdict> cannotCompare(
    const IndexedAsset& a, const Product& product, NamedVersion& named, QString* version)
{
    VersionVerdict verdict;
    *version = a.version;
    if (!named.update.isEmpty() && !version->isEmpty()) {
        if (a.update.isEmpty()) {
            const QString asset = a.asset->id;
            const QString concerns = named.exact + QLatin1Char(' ') + named.update;
            verdict.unsure(inDutchAndEnglish(
                Words::tr("the update level of %1 is not on record; the advisory concerns %2"),
                [&](const QString& text, const Language&) { return text.arg(asset, concerns); }));
            return verdict;
        }
        named.exact += QLatin1Char(' ') + named.update;
        *version += QLatin1Char(' ') + a.update;
    }
    const bool range = named.kind == Product::VersionKind::Range;
    if (version->isEmpty() || !looksLikeVersion(*version)) {
        const QString asset = a.asset->id;
        const QString concerns = range ? product.range.constraintsText() : named.exact;
        verdict.unsure(inDutchAndEnglish(Words::tr("no version of %1 is on record; the advisory concerns %2"),
            [&](const QString& text, const Language& language) {
                return text.arg(asset,
                    (range ? Words::tr("versions %1") : Words::tr("version %1")).in(language).arg(concerns));
            }));
        return verdict;
    }
    // A product designation before one of the versions ("CPCI85 V05" against "V04.90") makes
    // the order an accident: a person compares them.
    QStringList others;
    if (range) {
        for (const VersionConstraint& c : product.range.constraints)
            others << c.version;
    } else {
        others << named.exact;
    }
    for (const QString& other : std::as_const(others)) {
        if (!versionsComparable(*version, other)) {
            const QString own = *version;
            verdict.unsure(
                inDutchAndEnglish(Words::tr("version %1 cannot be compared with the advisory's %2"),
                    [&](const QString& text, const Language&) { return text.arg(own, other); }));
            return verdict;
        }
    }
    return std::nullopt;
}

/**
 * The asset's @p version against the one version @p exact the advisory names with @p status:
 * first_affected and first_fixed reach upwards, last_affected downwards. A build of the named
 * release ("7.1.1-42962" of "7.1.1", as a CPE names it) is that release.
 */
VersionVerdict compareWithNamed(const QString& version, const QString& exact, const QString& status)
{
    VersionVerdict verdict;
    const int comparison = isBuildOf(version, exact) ? 0 : compareVersions(version, exact);
    verdict.extrapolated = comparison != 0;
    if (status == QLatin1String("first_affected") || status == QLatin1String("first_fixed")) {
        verdict.covered = comparison >= 0;
        verdict.reason
            = QStringLiteral("version %1 is %2 %3")
                  .arg(version, comparison >= 0 ? QStringLiteral("at or after") : QStringLiteral("before"),
                      exact);
    } else if (status == QLatin1String("last_affected")) {
        verdict.covered = comparison <= 0;
        verdict.reason
            = QStringLiteral("version %1 is %2 %3")
                  .arg(version, comparison <= 0 ? QStringLiteral("at or before") : QStringLiteral("after"),
                      exact);
    } else {
        verdict.covered = comparison == 0;
        verdict.reason = comparison == 0 ? QStringLiteral("version %1 is the version named").arg(version)
                                         : QStringLiteral("version %1 is not %2").arg(version, exact);
    }
    return verdict;
}

VersionVerdict checkVersion(
    const IndexedAsset& a, const Product& product, const IndexedProduct& p, const QString& status)
{
    NamedVersion named = namedVersion(product, p);
    if (std::optional<VersionVerdict> decided = verdictWithoutVersions(product, named))
        return *decided;
    QString version;
    if (std::optional<VersionVerdict> unsure = cannotCompare(a, product, named, &version))
        return *unsure;
    if (named.kind != Product::VersionKind::Range)
        return compareWithNamed(version, named.exact, status);
    VersionVerdict verdict;
    verdict.covered = product.range.contains(version);
    verdict.reason
        = QStringLiteral("version %1 is %2 %3")
              .arg(version, *verdict.covered ? QStringLiteral("within") : QStringLiteral("outside"),
                  product.range.describe());
    return verdict;
}

/** Of one vulnerability's remediations, the most use: a fix, then what lowers the risk. */
int remediationRank(const QString& category)
{
    static const QStringList order = { QStringLiteral("vendor_fix"), QStringLiteral("mitigation"),
        QStringLiteral("workaround"), QStringLiteral("none_available"), QStringLiteral("no_fix_planned") };
    const qsizetype index = order.indexOf(category);
    return index < 0 ? int(order.size()) : int(index);
}

/**
 * The lowest version above the asset's that the advisory says is fixed, or that an affected
 * range stops before ("<V3.0.29"): what "Werk bij naar" names.
 */
void noteFixedVersion(QString* fixedIn, const IndexedAsset& a, const Product& product, const QString& status)
{
    if (a.version.isEmpty())
        return;
    // A version the advisory names as fixed reads better than a range's bound ("V05.00", "V05").
    auto consider = [&](const QString& version, bool named) {
        if (compareVersions(version, a.version) <= 0)
            return;
        const int comparison = fixedIn->isEmpty() ? -1 : compareVersions(version, *fixedIn);
        if (comparison < 0 || (comparison == 0 && named))
            *fixedIn = version;
    };
    if ((status == QLatin1String("fixed") || status == QLatin1String("first_fixed")
            || status == QLatin1String("recommended"))
        && product.versionKind == Product::VersionKind::Exact)
        consider(product.version, true);
    if (isOpenStatus(status) && product.versionKind == Product::VersionKind::Range
        && product.range.kind == VersionRange::Kind::Constraints) {
        for (const VersionConstraint& c : product.range.constraints) {
            if (c.op == VersionConstraint::Op::Less)
                consider(c.version, false);
        }
    }
}

/**
 * Which of its vulnerabilities' remediations a match shows. A vulnerability with nothing but
 * "no fix" comes first: an update that fixes the others would leave the system exposed, so the
 * advice is to replace or isolate it. Then as within one vulnerability.
 */
int acrossRank(const QString& category)
{
    const bool noFix
        = category == QLatin1String("no_fix_planned") || category == QLatin1String("none_available");
    return noFix ? -1 : remediationRank(category);
}

/**
 * The version that fixes every vulnerability in @p reported: the highest of their lowest fixed
 * versions, or empty when one of them names none. The lowest over all of them named a version
 * that was still affected by another.
 */
QString fixedForAll(const QHash<qsizetype, QString>& fixedIn, const QList<qsizetype>& reported)
{
    QString fixed;
    for (const qsizetype v : reported) {
        const QString version = fixedIn.value(v);
        if (version.isEmpty())
            return {};
        if (fixed.isEmpty() || compareVersions(version, fixed) > 0)
            fixed = version;
    }
    return fixed;
}

struct Hit
{
    qsizetype vulnerability = -1;
    QString status;
    QString productId;
    double confidence = 0;
    QString reason;
    bool open = false;
    bool extrapolated = false; ///< see VersionVerdict::extrapolated
    QString firstAffected; ///< the version a first_affected hit reaches up from
};

/** What one advisory says about each asset (by index), before the hits are weighed. */
struct Findings
{
    QHash<int, QList<Hit>> hits;
    QHash<int, QList<QPair<qsizetype, LocalizedText>>> unsure; ///< vulnerability index, why
    QHash<int, QString> unsureProduct;
    QHash<int, QHash<qsizetype, QString>> fixedIn; ///< per asset, per vulnerability
    /** Per asset, per vulnerability: versions named as fixed at or below the asset's version. */
    QHash<int, QHash<qsizetype, QStringList>> fixedAtOrBelow;
};

/**
 * Whether a fix lies between @p firstAffected and the asset: "first affected 1.0, fixed 2.0"
 * does not reach up to 2.1 (CSAF 3.2.3.9: the affected versions run until the fix).
 */
bool fixedSince(const QStringList& fixedAtOrBelow, const QString& firstAffected)
{
    return std::any_of(fixedAtOrBelow.cbegin(), fixedAtOrBelow.cend(), [&](const QString& fixed) {
        return versionsComparable(fixed, firstAffected) && compareVersions(fixed, firstAffected) > 0;
    });
}

/** Products of one advisory, indexed on first use: most advisories name few of their products twice. */
class ProductIndex
{
public:
    explicit ProductIndex(const CsafDocument& document)
        : m_document(document)
    {
    }

    const IndexedProduct* find(const QString& id)
    {
        auto it = m_indexed.find(id);
        if (it != m_indexed.end())
            return &it.value();
        const Product* product = m_document.product(id);
        if (!product)
            return nullptr;
        return &m_indexed.insert(id, indexProduct(*product)).value();
    }

private:
    const CsafDocument& m_document;
    QHash<QString, IndexedProduct> m_indexed;
};

/** The more certain of two open statuses comes first in openStatuses(). */
bool moreCertainStatus(const QString& status, const QString& than)
{
    return than.isEmpty() || openStatuses().indexOf(status) < openStatuses().indexOf(than);
}

/**
 * Per vulnerability of one asset: its most confident open hit and how confident any closed one
 * is, and the same for the hits on versions the advisory names (not extrapolated).
 */
struct WeighedHits
{
    QHash<qsizetype, const Hit*> bestOpen;
    QHash<qsizetype, const Hit*> bestNamedOpen; ///< not extrapolated
    QHash<qsizetype, double> bestClosed;
    QHash<qsizetype, double> bestNamedClosed; ///< not extrapolated

    /** The open hit to report for @p v, or null when closed hits outweigh it. */
    const Hit* open(qsizetype v) const
    {
        const Hit* any = bestOpen.value(v);
        if (any && bestClosed.value(v, -1) < any->confidence)
            return any;
        // A named version or a range that holds the asset's version is only outweighed by a
        // closed status that is named as firmly, not by "at or after the first fix" of a train.
        const Hit* named = bestNamedOpen.value(v);
        if (named && bestNamedClosed.value(v, -1) < named->confidence)
            return named;
        return nullptr;
    }
};

void keepStronger(QHash<qsizetype, const Hit*>& best, const Hit& hit)
{
    const Hit* previous = best.value(hit.vulnerability);
    if (!previous || hit.confidence > previous->confidence
        || (hit.confidence == previous->confidence && moreCertainStatus(hit.status, previous->status)))
        best.insert(hit.vulnerability, &hit);
}

WeighedHits weigh(const QList<Hit>& hits)
{
    WeighedHits weighed;
    for (const Hit& hit : hits) {
        if (hit.open) {
            keepStronger(weighed.bestOpen, hit);
            if (!hit.extrapolated)
                keepStronger(weighed.bestNamedOpen, hit);
            continue;
        }
        weighed.bestClosed[hit.vulnerability]
            = std::max(weighed.bestClosed.value(hit.vulnerability), hit.confidence);
        if (!hit.extrapolated)
            weighed.bestNamedClosed[hit.vulnerability]
                = std::max(weighed.bestNamedClosed.value(hit.vulnerability), hit.confidence);
    }
    return weighed;
}

/** What the advisory says about @p vulnerability for the product @p hit found. */
MatchedVulnerability describe(const Vulnerability& vulnerability, const Hit& hit)
{
    MatchedVulnerability detail;
    detail.label = vulnerability.label();
    detail.title = vulnerability.title;
    detail.status = hit.status;
    for (const auto& [products, details] : vulnerability.exploitThreats) {
        if (products.isEmpty() || products.contains(hit.productId)) {
            detail.exploitStatus = details;
            break;
        }
    }
    detail.impact = vulnerability.impact;
    for (const Score& score : vulnerability.scores) {
        if ((score.productIds.isEmpty() || score.productIds.contains(hit.productId))
            && score.baseScore > detail.cvss) {
            detail.cvss = score.baseScore;
            detail.severity = score.baseSeverity;
        }
    }
    for (const Remediation& remediation : vulnerability.remediations) {
        if (remediation.productIds.contains(hit.productId)
            && (detail.remediation.category.isEmpty()
                || remediationRank(remediation.category) < remediationRank(detail.remediation.category)))
            detail.remediation = remediation;
    }
    return detail;
}

/** Adds one vulnerability to an asset's match: the match keeps the most certain and most severe. */
void addToMatch(
    Match* match, const MatchedVulnerability& detail, const Hit& hit, const CsafDocument& document)
{
    match->details.append(detail);
    if (!match->vulnerabilities.contains(detail.label))
        match->vulnerabilities << detail.label;
    const bool moreCertain = moreCertainStatus(hit.status, match->status);
    if (hit.confidence > match->confidence) {
        match->confidence = hit.confidence;
        match->reason = hit.reason;
        match->productName = document.product(hit.productId)->fullName;
    }
    if (moreCertain)
        match->status = hit.status;
    if (detail.cvss > match->cvss)
        match->cvss = detail.cvss;
    if (!detail.remediation.category.isEmpty()
        && (match->remediation.category.isEmpty()
            || acrossRank(detail.remediation.category) < acrossRank(match->remediation.category)))
        match->remediation = detail.remediation;
}

} // namespace

struct Matcher::Private
{
    double threshold = 0.6;
    QList<IndexedAsset> assets;
    QHash<QString, QList<int>> byCpe;
    QHash<QString, QList<int>> byPurl;
    QHash<QString, QList<int>> byModel;
    QList<int> withModel; ///< every asset with a model number, for advisories' wildcard ones
    QList<int> withCpe; ///< every asset with a CPE, for advisories' CPEs with wildcards in the name
    QHash<QString, QList<int>> byVendor;
    QHash<QString, QList<int>> byProduct;
    QHash<QString, QList<int>> byProductWord; ///< for products known only by a full name
    QList<int> withoutVendor;

    Findings find(const CsafDocument& document) const;
    void findForProduct(const IndexedProduct& p, const IndexedProduct* platform, qsizetype vulnerability,
        const QString& status, const QString& productId, Findings* findings) const;
    Match matchAsset(int asset, const QList<Hit>& hits, const Findings& findings,
        const CsafDocument& document, QSet<qsizetype>* decided) const;

    void candidates(const IndexedProduct& p, QSet<int>* out) const
    {
        if (p.cpe) {
            // "microsoft:exchange_*" is no key of any asset: such a CPE is compared with each.
            const QString key = cpeKey(*p.cpe);
            const bool wildcard = key.contains(QLatin1Char('*')) || key.contains(QLatin1Char('?'));
            for (int i : wildcard ? withCpe : byCpe.value(key))
                out->insert(i);
        }
        if (p.purl)
            for (int i : byPurl.value(purlKey(*p.purl)))
                out->insert(i);
        for (const QString& model : p.models)
            for (int i : byModel.value(model))
                out->insert(i);
        if (p.wildcardModel)
            for (int i : withModel)
                out->insert(i);
        if (!p.vendor.isEmpty()) {
            for (int i : byVendor.value(p.vendor))
                out->insert(i);
            // Vendors differ in more than normalising removes ("Siemens" / "Siemens Healthineers")
            // rarely enough to compare names across vendors only when the names are equal.
        } else {
            for (int i : withoutVendor)
                out->insert(i);
        }
        for (int i : byProduct.value(p.normalisedName))
            out->insert(i);
        if (p.vendor.isEmpty()) {
            for (const QString& word : p.normalisedName.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                for (int i : byProductWord.value(word))
                    out->insert(i);
            }
        }
    }
};

Matcher::Matcher(const Inventory& inventory, double threshold)
    : d(std::make_unique<Private>())
{
    d->threshold = threshold;
    for (const Asset& asset : inventory.assets) {
        IndexedAsset a;
        a.asset = &asset;
        a.vendor = normaliseVendor(asset.vendor);
        a.product = normaliseProduct(asset.product, a.vendor);
        if (!asset.cpe.isEmpty())
            a.cpe = parseCpe(asset.cpe);
        if (!asset.purl.isEmpty())
            a.purl = parsePurl(asset.purl);
        a.model = normaliseModel(asset.model);
        a.version = asset.version;
        if (a.version.isEmpty() && a.cpe && !a.cpe->isAny(Cpe::Version)
            && a.cpe->value(Cpe::Version) != QLatin1String("-"))
            a.version = a.cpe->value(Cpe::Version);
        if (a.version.isEmpty() && a.purl)
            a.version = a.purl->version;
        if (a.cpe && isSpecific(*a.cpe, Cpe::Update))
            a.update = a.cpe->value(Cpe::Update);
        const int index = int(d->assets.size());
        d->assets.append(a);
        if (a.cpe) {
            d->byCpe[cpeKey(*a.cpe)].append(index);
            d->withCpe.append(index);
        }
        if (a.purl)
            d->byPurl[purlKey(*a.purl)].append(index);
        if (!a.model.isEmpty()) {
            d->byModel[a.model].append(index);
            d->withModel.append(index);
        }
        if (!a.vendor.isEmpty())
            d->byVendor[a.vendor].append(index);
        else
            d->withoutVendor.append(index);
        if (!a.product.isEmpty()) {
            d->byProduct[a.product].append(index);
            // The first long word is enough to find the asset; compareNames() decides.
            for (const QString& word : a.product.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (word.size() >= 4) {
                    d->byProductWord[word].append(index);
                    break;
                }
            }
        }
    }
}

Matcher::~Matcher() = default;

Findings Matcher::Private::find(const CsafDocument& document) const
{
    Findings findings;
    ProductIndex products(document);
    for (qsizetype v = 0; v < document.vulnerabilities.size(); ++v) {
        const Vulnerability& vulnerability = document.vulnerabilities.at(v);
        for (auto status = vulnerability.status.cbegin(); status != vulnerability.status.cend(); ++status) {
            if (!isOpenStatus(status.key()) && !closedStatuses().contains(status.key()))
                continue;
            for (const QString& productId : status.value()) {
                const IndexedProduct* p = products.find(productId);
                if (!p)
                    continue;
                // A relationship's product is also known by its platform ("firmware installed on
                // a device with this order number").
                const IndexedProduct* platform
                    = p->product->platformId.isEmpty() ? nullptr : products.find(p->product->platformId);
                findForProduct(*p, platform, v, status.key(), productId, &findings);
            }
        }
    }
    return findings;
}

void Matcher::Private::findForProduct(const IndexedProduct& p, const IndexedProduct* platform,
    qsizetype vulnerability, const QString& status, const QString& productId, Findings* findings) const
{
    const bool open = isOpenStatus(status);
    QSet<int> found;
    candidates(p, &found);
    if (platform)
        candidates(*platform, &found);
    for (int i : std::as_const(found)) {
        const IndexedAsset& a = assets.at(i);
        Identity identity = identify(a, p);
        // The asset's model number is not the product's, or not its platform's: a sibling.
        bool otherModel = identity.modelMismatch;
        if (platform) {
            Identity viaPlatform = identify(a, *platform);
            otherModel = otherModel || viaPlatform.modelMismatch;
            viaPlatform.score *= 0.95;
            if (viaPlatform.score > identity.score) {
                viaPlatform.reason += QStringLiteral(" (the platform of %1)").arg(p.product->fullName);
                identity = viaPlatform;
            }
        }
        if (otherModel) {
            // A product the asset is not cannot say that the asset is fine; a name that matches
            // still raises the alert, a little less sure, in case a model number is mistyped.
            if (!open)
                continue;
            identity.score *= 0.9;
            identity.reason += QStringLiteral("; model %1 is not among the product's").arg(a.asset->model);
        }
        if (identity.score < threshold)
            continue;
        noteFixedVersion(&findings->fixedIn[i][vulnerability], a, *p.product, status);
        const bool namesFix = status == QLatin1String("fixed") || status == QLatin1String("first_fixed")
            || status == QLatin1String("recommended");
        if (namesFix && p.product->versionKind == Product::VersionKind::Exact && !a.version.isEmpty()
            && versionsComparable(a.version, p.product->version)
            && compareVersions(a.version, p.product->version) >= 0)
            findings->fixedAtOrBelow[i][vulnerability].append(p.product->version);
        const VersionVerdict version = checkVersion(a, *p.product, p, status);
        if (!version.covered) {
            if (open) {
                findings->unsure[i].append({ vulnerability, version.why });
                findings->unsureProduct.insert(i, p.product->fullName);
            }
            continue;
        }
        if (!*version.covered)
            continue;
        Hit hit;
        hit.vulnerability = vulnerability;
        hit.status = status;
        hit.productId = productId;
        hit.confidence = identity.score * version.factor;
        hit.reason = identity.reason + QStringLiteral("; ") + version.reason;
        hit.open = open;
        hit.extrapolated = version.extrapolated;
        if (status == QLatin1String("first_affected") && version.extrapolated
            && p.product->versionKind == Product::VersionKind::Exact)
            hit.firstAffected = p.product->version;
        if (hit.confidence >= threshold)
            findings->hits[i].append(hit);
    }
}

Match Matcher::Private::matchAsset(int asset, const QList<Hit>& hits, const Findings& findings,
    const CsafDocument& document, QSet<qsizetype>* decided) const
{
    // A vulnerability is open for the asset when an open hit is not outweighed by a closed one.
    // "At or after the first affected version" stops at a fix named between it and the asset.
    QList<Hit> reaching;
    for (const Hit& hit : hits) {
        if (hit.open && !hit.firstAffected.isEmpty()
            && fixedSince(findings.fixedAtOrBelow.value(asset).value(hit.vulnerability), hit.firstAffected)) {
            decided->insert(hit.vulnerability);
            continue;
        }
        reaching.append(hit);
    }
    const WeighedHits weighed = weigh(reaching);
    Match match;
    QList<qsizetype> reported;
    for (qsizetype v = 0; v < document.vulnerabilities.size(); ++v) {
        if (weighed.bestClosed.contains(v))
            decided->insert(v);
        if (!weighed.bestOpen.contains(v))
            continue;
        decided->insert(v);
        const Hit* hit = weighed.open(v);
        if (!hit)
            continue;
        reported.append(v);
        addToMatch(&match, describe(document.vulnerabilities.at(v), *hit), *hit, document);
    }
    if (match.details.isEmpty())
        return match;
    match.assetId = assets.at(asset).asset->id;
    match.advisoryId = document.trackingId;
    match.advisoryTitle = document.title;
    match.advisoryVersion = document.trackingVersion;
    match.publisher = document.publisherName;
    match.publisherNamespace = document.publisherNamespace;
    match.fileName = document.fileName;
    match.publisherNotes = document.notes;
    match.confidence = std::round(match.confidence * 100) / 100;
    match.fixedIn = fixedForAll(findings.fixedIn.value(asset), reported);
    return match;
}

MatchResult Matcher::match(const CsafDocument& document) const
{
    const Findings findings = d->find(document);
    QList<int> assetOrder = findings.hits.keys();
    for (int i : findings.unsure.keys()) {
        if (!findings.hits.contains(i))
            assetOrder.append(i);
    }
    std::sort(assetOrder.begin(), assetOrder.end());

    MatchResult result;
    for (int i : assetOrder) {
        QSet<qsizetype> decided;
        const QList<Hit> hits = findings.hits.value(i);
        Match match = d->matchAsset(i, hits, findings, document, &decided);
        if (!match.details.isEmpty())
            result.matches.append(match);
        // What the advisory leaves open for this asset and no hit decided: a person has to look.
        CheckByHand check;
        for (const auto& [v, why] : findings.unsure.value(i)) {
            if (decided.contains(v))
                continue;
            const QString label = document.vulnerabilities.at(v).label();
            if (!check.vulnerabilities.contains(label))
                check.vulnerabilities << label;
            if (check.reason.isEmpty()) {
                check.why = why;
                check.reason = why.text(Language::english());
            }
        }
        if (!check.vulnerabilities.isEmpty()) {
            check.assetId = d->assets.at(i).asset->id;
            check.advisoryId = document.trackingId;
            check.publisher = document.publisherName;
            check.fileName = document.fileName;
            check.productName = findings.unsureProduct.value(i);
            result.checkByHand.append(check);
        }
    }
    return result;
}

} // namespace zelfscan::advisories
