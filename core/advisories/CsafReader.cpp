// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/CsafReader.h"

#include "core/io/InputGuard.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace zelfscan::advisories {

namespace {

/** Real trees are a handful of levels deep; a deeper one is hostile or broken. */
constexpr int maxBranchDepth = 32;

QString pointer(const QString& parent, const QString& key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    return parent + QLatin1Char('/') + escaped;
}

QString pointer(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('/') + QString::number(index);
}

class Reader
{
public:
    Reader(const QString& fileName, Diagnostics* diagnostics)
        : m_fileName(fileName)
        , m_diagnostics(diagnostics)
    {
    }

    void error(const QString& where, const QString& message)
    {
        m_diagnostics->append({ Diagnostic::Severity::Error, m_fileName, 0, 0,
            (where.isEmpty() ? QStringLiteral("/") : where) + QStringLiteral(": ") + message });
    }

    /** A required string member; reports it missing or of another type. */
    QString requiredString(const QJsonObject& object, const QString& where, const char* key)
    {
        const QString name = QLatin1String(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            error(where, QStringLiteral("required field '%1' is missing").arg(name));
            return {};
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            error(pointer(where, name), QStringLiteral("'%1' must be a non-empty string").arg(name));
            return {};
        }
        return value.toString();
    }

    QString optionalString(const QJsonObject& object, const QString& where, const char* key)
    {
        const QString name = QLatin1String(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            error(pointer(where, name), QStringLiteral("'%1' must be a string").arg(name));
            return {};
        }
        return value.toString();
    }

    QJsonObject requiredObject(const QJsonObject& object, const QString& where, const char* key)
    {
        const QString name = QLatin1String(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            error(where, QStringLiteral("required field '%1' is missing").arg(name));
            return {};
        }
        if (!value.isObject()) {
            error(pointer(where, name), QStringLiteral("'%1' must be an object").arg(name));
            return {};
        }
        return value.toObject();
    }

    /** An optional array; anything else is reported and read as empty. */
    QJsonArray array(const QJsonObject& object, const QString& where, const char* key)
    {
        const QString name = QLatin1String(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            error(pointer(where, name), QStringLiteral("'%1' must be an array").arg(name));
            return {};
        }
        return value.toArray();
    }

    /** Product ids in an array of strings, each remembered as a use for test 6.1.1. */
    QStringList productIds(
        const QJsonObject& object, const QString& where, const char* key, bool groups = false)
    {
        QStringList ids;
        const QJsonArray values = array(object, where, key);
        const QString base = pointer(where, QLatin1String(key));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i).isString()) {
                error(pointer(base, i), QStringLiteral("a product id must be a string"));
                continue;
            }
            const QString id = values.at(i).toString();
            ids << id;
            (groups ? m_groupUses : m_uses).append({ id, pointer(base, i) });
        }
        return ids;
    }

    void define(const QString& id, const QString& where)
    {
        if (m_defined.contains(id))
            error(where,
                QStringLiteral("product id '%1' is defined twice (first at %2) [CSAF 6.1.2]")
                    .arg(id, m_defined.value(id)));
        else
            m_defined.insert(id, where);
    }

    Product readFullProductName(const QJsonObject& object, const QString& where)
    {
        Product product;
        product.fullName = requiredString(object, where, "name");
        product.id = requiredString(object, where, "product_id");
        if (!product.id.isEmpty())
            define(product.id, pointer(where, QStringLiteral("product_id")));
        const QJsonValue helperValue = object.value(QStringLiteral("product_identification_helper"));
        if (helperValue.isObject()) {
            const QJsonObject helper = helperValue.toObject();
            const QString helperWhere = pointer(where, QStringLiteral("product_identification_helper"));
            product.cpe = optionalString(helper, helperWhere, "cpe");
            product.purl = optionalString(helper, helperWhere, "purl");
            for (const char* key : { "model_numbers", "skus" }) {
                const QJsonArray values = array(helper, helperWhere, key);
                for (const QJsonValue& value : values) {
                    if (value.isString() && !value.toString().trimmed().isEmpty())
                        product.models << value.toString().trimmed();
                }
            }
        } else if (!helperValue.isUndefined() && !helperValue.isNull()) {
            error(pointer(where, QStringLiteral("product_identification_helper")),
                QStringLiteral("must be an object"));
        }
        return product;
    }

    struct Path
    {
        QString vendor;
        QString family;
        QString name;
        Product::VersionKind versionKind = Product::VersionKind::None;
        QString version;
    };

    void readBranches(const QJsonArray& branches, const QString& where, Path path, int depth)
    {
        if (depth > maxBranchDepth) {
            error(where, QStringLiteral("branches are nested more than %1 levels deep").arg(maxBranchDepth));
            return;
        }
        for (qsizetype i = 0; i < branches.size(); ++i) {
            const QString here = pointer(where, i);
            if (!branches.at(i).isObject()) {
                error(here, QStringLiteral("a branch must be an object"));
                continue;
            }
            const QJsonObject branch = branches.at(i).toObject();
            const QString category = requiredString(branch, here, "category");
            const QString name = requiredString(branch, here, "name");
            Path next = path;
            if (category == QLatin1String("vendor")) {
                next.vendor = name;
            } else if (category == QLatin1String("product_family")) {
                next.family = name;
            } else if (category == QLatin1String("product_name")) {
                next.name = name;
            } else if (category == QLatin1String("product_version")) {
                // 872 real documents put a range in product_version; read those as ranges.
                const VersionRange range = parseVersionRange(name);
                const bool isRange = range.kind != VersionRange::Kind::Constraints
                    || range.constraints.size() != 1
                    || range.constraints.first().op != VersionConstraint::Op::Equal;
                next.versionKind = isRange ? Product::VersionKind::Range : Product::VersionKind::Exact;
                next.version = isRange ? name : range.constraints.first().version;
            } else if (category == QLatin1String("product_version_range")) {
                next.versionKind = Product::VersionKind::Range;
                next.version = name;
            }
            const bool hasBranches = branch.contains(QStringLiteral("branches"));
            const bool hasProduct = branch.contains(QStringLiteral("product"));
            if (hasBranches == hasProduct) {
                error(here, QStringLiteral("a branch needs either 'branches' or 'product'"));
                continue;
            }
            if (hasBranches) {
                readBranches(array(branch, here, "branches"), pointer(here, QStringLiteral("branches")), next,
                    depth + 1);
                continue;
            }
            const QJsonValue productValue = branch.value(QStringLiteral("product"));
            if (!productValue.isObject()) {
                error(
                    pointer(here, QStringLiteral("product")), QStringLiteral("'product' must be an object"));
                continue;
            }
            Product product
                = readFullProductName(productValue.toObject(), pointer(here, QStringLiteral("product")));
            product.vendor = next.vendor;
            product.family = next.family;
            product.name = next.name;
            product.versionKind = next.versionKind;
            product.version = next.version;
            add(product);
        }
    }

    void add(Product product)
    {
        if (product.id.isEmpty())
            return;
        if (product.versionKind == Product::VersionKind::Range)
            product.range = parseVersionRange(product.version);
        if (!m_document->productIndex.contains(product.id)) {
            m_document->productIndex.insert(product.id, m_document->products.size());
            m_document->products.append(product);
        }
    }

    void readProductTree(const QJsonObject& tree)
    {
        const QString where = QStringLiteral("/product_tree");
        readBranches(array(tree, where, "branches"), pointer(where, QStringLiteral("branches")), {}, 0);
        const QJsonArray full = array(tree, where, "full_product_names");
        for (qsizetype i = 0; i < full.size(); ++i) {
            const QString here = pointer(pointer(where, QStringLiteral("full_product_names")), i);
            if (!full.at(i).isObject()) {
                error(here, QStringLiteral("must be an object"));
                continue;
            }
            add(readFullProductName(full.at(i).toObject(), here));
        }
        const QJsonArray relationships = array(tree, where, "relationships");
        for (qsizetype i = 0; i < relationships.size(); ++i) {
            const QString here = pointer(pointer(where, QStringLiteral("relationships")), i);
            if (!relationships.at(i).isObject()) {
                error(here, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject relation = relationships.at(i).toObject();
            Relation r;
            r.category = requiredString(relation, here, "category");
            r.component = requiredString(relation, here, "product_reference");
            r.platform = requiredString(relation, here, "relates_to_product_reference");
            m_uses.append({ r.component, pointer(here, QStringLiteral("product_reference")) });
            m_uses.append({ r.platform, pointer(here, QStringLiteral("relates_to_product_reference")) });
            const QJsonObject relationName = requiredObject(relation, here, "full_product_name");
            if (relationName.isEmpty())
                continue;
            Product product
                = readFullProductName(relationName, pointer(here, QStringLiteral("full_product_name")));
            r.id = product.id;
            r.where = here;
            product.componentOf = r.component;
            product.platformId = r.platform;
            product.relationCategory = r.category;
            m_relations.append(r);
            add(product);
        }
        const QJsonArray groups = array(tree, where, "product_groups");
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString here = pointer(pointer(where, QStringLiteral("product_groups")), i);
            if (!groups.at(i).isObject()) {
                error(here, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject group = groups.at(i).toObject();
            const QString id = requiredString(group, here, "group_id");
            const QStringList ids = productIds(group, here, "product_ids");
            if (!id.isEmpty()) {
                if (m_groups.contains(id))
                    error(pointer(here, QStringLiteral("group_id")),
                        QStringLiteral("group id '%1' is defined twice").arg(id));
                m_groups.insert(id, ids);
            }
        }
    }

    /** A relationship's product takes the names and version of the component it is made of. */
    void inheritRelations()
    {
        for (int round = 0; round < 4; ++round) {
            for (Product& product : m_document->products) {
                if (product.componentOf.isEmpty())
                    continue;
                const Product* component = m_document->product(product.componentOf);
                if (!component || component == &product)
                    continue;
                if (product.vendor.isEmpty())
                    product.vendor = component->vendor;
                if (product.name.isEmpty())
                    product.name = component->name.isEmpty() ? component->fullName : component->name;
                if (product.family.isEmpty())
                    product.family = component->family;
                if (product.versionKind == Product::VersionKind::None
                    && component->versionKind != Product::VersionKind::None) {
                    product.versionKind = component->versionKind;
                    product.version = component->version;
                    product.range = component->range;
                }
                if (product.cpe.isEmpty())
                    product.cpe = component->cpe;
                if (product.purl.isEmpty())
                    product.purl = component->purl;
                if (product.models.isEmpty())
                    product.models = component->models;
            }
        }
    }

    /** CSAF 6.1.3: a relationship's product must not be built from itself, directly or not. */
    void checkCircular()
    {
        QHash<QString, QStringList> edges;
        QHash<QString, QString> where;
        for (const Relation& r : m_relations) {
            edges[r.id] << r.component << r.platform;
            where.insert(r.id, r.where);
        }
        QSet<QString> reported;
        for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
            // Depth-first from each relationship product; reaching the start again is a cycle.
            QList<QString> stack = it.value();
            QSet<QString> visited;
            while (!stack.isEmpty()) {
                const QString id = stack.takeLast();
                if (id == it.key()) {
                    if (!reported.contains(it.key()))
                        error(where.value(it.key()),
                            QStringLiteral("product id '%1' is defined in terms of itself [CSAF 6.1.3]")
                                .arg(it.key()));
                    reported.insert(it.key());
                    break;
                }
                if (visited.contains(id))
                    continue;
                visited.insert(id);
                stack += edges.value(id);
            }
        }
    }

    QStringList expandGroups(const QStringList& groupIds, const QString& where)
    {
        QStringList ids;
        // An undefined group is reported once, by checkUses().
        Q_UNUSED(where);
        for (const QString& group : groupIds)
            ids += m_groups.value(group);
        return ids;
    }

    void readVulnerabilities(const QJsonArray& vulnerabilities)
    {
        for (qsizetype v = 0; v < vulnerabilities.size(); ++v) {
            const QString here = pointer(QStringLiteral("/vulnerabilities"), v);
            if (!vulnerabilities.at(v).isObject()) {
                error(here, QStringLiteral("must be an object"));
                continue;
            }
            m_document->vulnerabilities.append(readVulnerability(vulnerabilities.at(v).toObject(), here));
        }
    }

    Vulnerability readVulnerability(const QJsonObject& object, const QString& here)
    {
        Vulnerability vulnerability;
        vulnerability.cve = optionalString(object, here, "cve");
        vulnerability.title = optionalString(object, here, "title");
        for (const QJsonValue& id : array(object, here, "ids")) {
            if (id.isObject() && id.toObject().value(QStringLiteral("text")).isString())
                vulnerability.ids << id.toObject().value(QStringLiteral("text")).toString();
        }
        for (const QJsonValue& note : array(object, here, "notes")) {
            const QJsonObject n = note.toObject();
            const QString category = n.value(QStringLiteral("category")).toString();
            if (category == QLatin1String("summary") || category == QLatin1String("description"))
                vulnerability.notes << n.value(QStringLiteral("text")).toString();
        }
        readProductStatus(object, here, vulnerability);
        readRemediations(object, here, vulnerability);
        readScores(object, here, vulnerability);
        readThreats(object, here, vulnerability);
        for (const QJsonValue& flag : array(object, here, "flags")) {
            productIds(flag.toObject(), here, "product_ids");
            productIds(flag.toObject(), here, "group_ids", true);
        }
        return vulnerability;
    }

    void readProductStatus(const QJsonObject& object, const QString& here, Vulnerability& vulnerability)
    {
        static const QStringList statusNames = { QStringLiteral("first_affected"),
            QStringLiteral("first_fixed"), QStringLiteral("fixed"), QStringLiteral("known_affected"),
            QStringLiteral("known_not_affected"), QStringLiteral("last_affected"),
            QStringLiteral("recommended"), QStringLiteral("under_investigation") };
        // CSAF 6.1.6 compares these groups: a product may be in only one of them.
        auto statusGroup = [](const QString& status) -> QString {
            if (status == QLatin1String("first_affected") || status == QLatin1String("known_affected")
                || status == QLatin1String("last_affected"))
                return QStringLiteral("affected");
            if (status == QLatin1String("first_fixed") || status == QLatin1String("fixed"))
                return QStringLiteral("fixed");
            return status;
        };
        const QJsonValue statusValue = object.value(QStringLiteral("product_status"));
        if (statusValue.isObject()) {
            const QJsonObject status = statusValue.toObject();
            const QString statusWhere = pointer(here, QStringLiteral("product_status"));
            QHash<QString, QString> groupOf;
            for (const QString& name : statusNames) {
                const QStringList ids = productIds(status, statusWhere, name.toLatin1().constData());
                for (qsizetype i = 0; i < ids.size(); ++i) {
                    if (name == QLatin1String("recommended"))
                        continue;
                    const QString group = statusGroup(name);
                    const QString previous = groupOf.value(ids.at(i));
                    if (!previous.isEmpty() && previous != group)
                        error(pointer(pointer(statusWhere, name), i),
                            QStringLiteral("product '%1' is both %2 and %3 [CSAF 6.1.6]")
                                .arg(ids.at(i), QString(previous).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                    QString(group).replace(QLatin1Char('_'), QLatin1Char(' '))));
                    groupOf.insert(ids.at(i), group);
                }
                if (!ids.isEmpty())
                    vulnerability.status.insert(name, ids);
            }
        } else if (!statusValue.isUndefined()) {
            error(pointer(here, QStringLiteral("product_status")), QStringLiteral("must be an object"));
        }
    }

    void readRemediations(const QJsonObject& object, const QString& here, Vulnerability& vulnerability)
    {
        const QJsonArray remediations = array(object, here, "remediations");
        for (qsizetype i = 0; i < remediations.size(); ++i) {
            const QString r = pointer(pointer(here, QStringLiteral("remediations")), i);
            const QJsonObject o = remediations.at(i).toObject();
            Remediation remediation;
            remediation.category = requiredString(o, r, "category");
            remediation.details = requiredString(o, r, "details");
            remediation.url = optionalString(o, r, "url");
            remediation.productIds = productIds(o, r, "product_ids");
            const QStringList groups = productIds(o, r, "group_ids", true);
            remediation.productIds += expandGroups(groups, pointer(r, QStringLiteral("group_ids")));
            vulnerability.remediations.append(remediation);
        }
    }

    void readScores(const QJsonObject& object, const QString& here, Vulnerability& vulnerability)
    {
        const QJsonArray scores = array(object, here, "scores");
        for (qsizetype i = 0; i < scores.size(); ++i) {
            const QString s = pointer(pointer(here, QStringLiteral("scores")), i);
            const QJsonObject o = scores.at(i).toObject();
            Score score;
            score.productIds = productIds(o, s, "products");
            const QJsonObject cvss = o.value(QStringLiteral("cvss_v3")).isObject()
                ? o.value(QStringLiteral("cvss_v3")).toObject()
                : o.value(QStringLiteral("cvss_v2")).toObject();
            const QJsonValue base = cvss.value(QStringLiteral("baseScore"));
            if (base.isDouble() && base.toDouble() >= 0 && base.toDouble() <= 10)
                score.baseScore = base.toDouble();
            else if (!base.isUndefined())
                error(pointer(s, QStringLiteral("cvss_v3/baseScore")),
                    QStringLiteral("must be a number from 0 to 10"));
            score.baseSeverity = cvss.value(QStringLiteral("baseSeverity")).toString();
            score.vector = cvss.value(QStringLiteral("vectorString")).toString();
            vulnerability.scores.append(score);
        }
    }

    void readThreats(const QJsonObject& object, const QString& here, Vulnerability& vulnerability)
    {
        const QJsonArray threats = array(object, here, "threats");
        for (qsizetype i = 0; i < threats.size(); ++i) {
            const QJsonObject o = threats.at(i).toObject();
            const QString t = pointer(pointer(here, QStringLiteral("threats")), i);
            QStringList threatProducts = productIds(o, t, "product_ids");
            threatProducts
                += expandGroups(productIds(o, t, "group_ids", true), pointer(t, QStringLiteral("group_ids")));
            const QString category = o.value(QStringLiteral("category")).toString();
            const QString details = o.value(QStringLiteral("details")).toString();
            if (category == QLatin1String("exploit_status")) {
                if (vulnerability.exploitStatus.isEmpty())
                    vulnerability.exploitStatus = details;
                vulnerability.exploitThreats.append({ threatProducts, details });
            } else if (category == QLatin1String("impact") && vulnerability.impact.isEmpty())
                vulnerability.impact = details;
        }
    }

    /** CSAF 6.1.1: every product id used is defined somewhere in the tree. */
    void checkUses()
    {
        QSet<QString> reported;
        for (const Use& use : m_uses) {
            if (!m_defined.contains(use.id) && !reported.contains(use.id)) {
                error(use.where,
                    QStringLiteral("product id '%1' is used but not defined [CSAF 6.1.1]").arg(use.id));
                reported.insert(use.id);
            }
        }
        for (const Use& use : m_groupUses) {
            if (!m_groups.contains(use.id) && !reported.contains(use.id)) {
                error(use.where, QStringLiteral("product group '%1' is used but not defined").arg(use.id));
                reported.insert(use.id);
            }
        }
    }

    CsafDocument* m_document = nullptr;

private:
    struct Use
    {
        QString id;
        QString where;
    };
    struct Relation
    {
        QString id;
        QString category;
        QString component;
        QString platform;
        QString where;
    };

    QString m_fileName;
    Diagnostics* m_diagnostics;
    QHash<QString, QString> m_defined;
    QHash<QString, QStringList> m_groups;
    QList<Use> m_uses;
    QList<Use> m_groupUses;
    QList<Relation> m_relations;
};

void lineAndColumn(const QByteArray& bytes, qsizetype offset, int* line, int* column)
{
    *line = 1;
    *column = 1;
    const qsizetype end = std::min<qsizetype>(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else if ((uchar(bytes.at(i)) & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

} // namespace

CsafReadResult readCsaf(const QByteArray& bytes, const QString& fileName)
{
    CsafReadResult result;
    auto fail = [&](int line, int column, const QString& message) {
        result.diagnostics.append({ Diagnostic::Severity::Error, fileName, line, column, message });
        return result;
    };
    if (const QString problem = checkTextInput(bytes, maxCsafBytes, 256); !problem.isEmpty())
        return fail(0, 0, problem);
    if (bytes.trimmed().isEmpty())
        return fail(1, 1, QStringLiteral("file is empty; a CSAF document is a JSON object"));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(bytes, parseError.offset, &line, &column);
        return fail(line, column, QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!json.isObject())
        return fail(1, 1, QStringLiteral("not a CSAF document: the top level must be a JSON object"));
    const QJsonObject root = json.object();
    CsafDocument document;
    document.fileName = fileName;
    Reader reader(fileName, &result.diagnostics);
    reader.m_document = &document;
    if (!root.value(QStringLiteral("document")).isObject())
        return fail(0, 0, QStringLiteral("/: not a CSAF document: 'document' is missing"));
    const QJsonObject meta = root.value(QStringLiteral("document")).toObject();
    const QString d = QStringLiteral("/document");
    document.category = reader.requiredString(meta, d, "category");
    const QString version = reader.requiredString(meta, d, "csaf_version");
    if (!version.isEmpty() && version != QLatin1String("2.0"))
        reader.error(pointer(d, QStringLiteral("csaf_version")),
            QStringLiteral("CSAF version '%1' is not supported; this reads CSAF 2.0").arg(version.left(20)));
    document.title = reader.requiredString(meta, d, "title");
    document.lang = reader.optionalString(meta, d, "lang");
    const QJsonObject publisher = reader.requiredObject(meta, d, "publisher");
    if (meta.value(QStringLiteral("publisher")).isObject()) {
        const QString p = pointer(d, QStringLiteral("publisher"));
        reader.requiredString(publisher, p, "category");
        document.publisherName = reader.requiredString(publisher, p, "name");
        document.publisherNamespace = reader.requiredString(publisher, p, "namespace");
    }
    const QJsonObject tracking = reader.requiredObject(meta, d, "tracking");
    if (meta.value(QStringLiteral("tracking")).isObject()) {
        const QString t = pointer(d, QStringLiteral("tracking"));
        document.trackingId = reader.requiredString(tracking, t, "id");
        document.trackingVersion = reader.requiredString(tracking, t, "version");
        document.trackingStatus = reader.requiredString(tracking, t, "status");
        reader.requiredString(tracking, t, "initial_release_date");
        document.currentReleaseDate = reader.requiredString(tracking, t, "current_release_date");
        if (!tracking.value(QStringLiteral("revision_history")).isArray())
            reader.error(t, QStringLiteral("required field 'revision_history' is missing or not an array"));
    }
    const QJsonObject distribution = meta.value(QStringLiteral("distribution")).toObject();
    document.tlp
        = distribution.value(QStringLiteral("tlp")).toObject().value(QStringLiteral("label")).toString();
    for (const QJsonValue& note : reader.array(meta, d, "notes")) {
        const QJsonObject n = note.toObject();
        const QString title = n.value(QStringLiteral("title")).toString();
        const QString text = n.value(QStringLiteral("text")).toString();
        // Legal text is not advice about a system.
        if (!text.isEmpty()
            && n.value(QStringLiteral("category")).toString() != QLatin1String("legal_disclaimer"))
            document.notes << (title.isEmpty() ? text : title + QStringLiteral(": ") + text);
    }
    const QJsonValue tree = root.value(QStringLiteral("product_tree"));
    if (tree.isObject())
        reader.readProductTree(tree.toObject());
    else if (!tree.isUndefined())
        reader.error(QStringLiteral("/product_tree"), QStringLiteral("must be an object"));
    reader.readVulnerabilities(reader.array(root, QString(), "vulnerabilities"));
    reader.checkUses();
    reader.checkCircular();
    reader.inheritRelations();
    if (!hasErrors(result.diagnostics))
        result.document = std::move(document);
    return result;
}

CsafReadResult readCsafFile(const QString& path)
{
    QString error;
    const QByteArray bytes = readInputFile(path, maxCsafBytes, &error);
    if (!error.isEmpty()) {
        CsafReadResult result;
        result.diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0, error });
        return result;
    }
    return readCsaf(bytes, path);
}

QStringList findCsafFiles(const QStringList& paths, QStringList* missing)
{
    static const QStringList notAdvisories = { QStringLiteral("provider-metadata.json"),
        QStringLiteral("aggregator.json"), QStringLiteral("service.json") };
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            if (!info.exists() && !info.isSymLink() && missing)
                missing->append(path);
            else
                files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, { QStringLiteral("*.json") }, QDir::Files | QDir::Readable | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!notAdvisories.contains(it.fileName(), Qt::CaseInsensitive))
                found << file;
        }
        found.sort();
        if (found.isEmpty() && missing)
            missing->append(path);
        files += found;
    }
    return files;
}

QString missingReason(const QString& path)
{
    return QFileInfo(path).isDir() ? QStringLiteral("no CSAF files (*.json) in this folder")
                                   : QStringLiteral("no such file or folder");
}

} // namespace zelfscan::advisories
