// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an aggregates file back (the published comparison figures) and the group-size rule:
// in a file of their own, as the app's result page needs them without the store and the
// spreadsheet writer that computing and writing aggregates take (Qt SQL, libxlsxwriter).
#include "core/io/InputGuard.h"
#include "core/share/Aggregate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace zelfscan {

namespace {

class JsonReader
{
public:
    QString error;

    bool fail(const QString& message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    QString text(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            fail(QStringLiteral("'%1' must be a text").arg(QLatin1String(key)));
        return value.toString();
    }

    qint64 count(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 1e15 || std::floor(number) != number)
            fail(QStringLiteral("'%1' must be a whole number").arg(QLatin1String(key)));
        return qint64(number);
    }

    double score(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 100)
            fail(QStringLiteral("'%1' must be a score from 0 to 100").arg(QLatin1String(key)));
        return number;
    }

    ScoreSummary summary(const QJsonValue& value)
    {
        ScoreSummary summary;
        const QJsonObject object = value.toObject();
        if (!value.isObject())
            fail(QStringLiteral("a score summary must be an object"));
        if (object.value(QStringLiteral("suppressed")).toBool()) {
            summary.suppressed = true;
            return summary;
        }
        summary.count = count(object, "count");
        summary.mean = score(object, "mean");
        summary.q1 = score(object, "q1");
        summary.median = score(object, "median");
        summary.q3 = score(object, "q3");
        return summary;
    }
};

} // namespace

QString checkMinGroup(int k)
{
    if (k < smallestMinGroup)
        return QStringLiteral("the smallest group size must be at least %1 (got %2): smaller groups could "
                              "point at a single business")
            .arg(smallestMinGroup)
            .arg(k);
    return {};
}

const AggregateGroup* AggregateVersion::group(const QString& sector, const QString& size) const
{
    for (const AggregateGroup& g : groups) {
        if (g.sector == sector && g.size == size)
            return &g;
    }
    return nullptr;
}

namespace {

AggregateGroup readGroup(const QJsonObject& g, JsonReader& in)
{
    AggregateGroup group;
    group.sector = in.text(g, "sector");
    group.size = in.text(g, "size");
    group.suppressed = g.value(QStringLiteral("suppressed")).toBool();
    if (group.suppressed)
        return group;
    group.count = in.count(g, "count");
    if (g.contains(QStringLiteral("overall")))
        group.overall = in.summary(g.value(QStringLiteral("overall")));
    const QJsonObject sections = g.value(QStringLiteral("sections")).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it)
        group.sections.insert(it.key(), in.summary(it.value()));
    for (const QJsonValue& countValue : g.value(QStringLiteral("distribution")).toArray()) {
        const QJsonObject c = countValue.toObject();
        CategoryCount count;
        count.value = in.text(c, "value");
        count.suppressed = c.value(QStringLiteral("suppressed")).toBool();
        if (!count.suppressed)
            count.count = in.count(c, "count");
        group.distribution.append(count);
    }
    for (const QJsonValue& stepValue : g.value(QStringLiteral("open_steps")).toArray()) {
        const QJsonObject step = stepValue.toObject();
        group.openSteps.append({ in.text(step, "id"), in.count(step, "count") });
    }
    return group;
}

AggregateVersion readVersion(const QJsonObject& v, JsonReader& in)
{
    AggregateVersion version;
    version.tool = in.text(v, "tool");
    const QJsonObject q = v.value(QStringLiteral("questionnaire")).toObject();
    version.questionnaireId = in.text(q, "id");
    version.questionnaireVersion = in.text(q, "version");
    version.questionnaireHash = in.text(q, "hash");
    version.suppressed = v.value(QStringLiteral("suppressed")).toBool();
    if (version.suppressed)
        return version;
    version.results = in.count(v, "results");
    version.suppressedGroups = int(in.count(v, "suppressed_groups"));
    for (const QJsonValue& section : v.value(QStringLiteral("sections")).toArray())
        version.sections.append(section.toString());
    version.distribution = v.value(QStringLiteral("distribution")).toString();
    for (const QJsonValue& groupValue : v.value(QStringLiteral("groups")).toArray())
        version.groups.append(readGroup(groupValue.toObject(), in));
    return version;
}

} // namespace

std::optional<AggregateReport> aggregatesFromJson(const QByteArray& bytes, QString* error)
{
    if (const QString problem = checkTextInput(bytes, 64 * 1024 * 1024, 16); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("zelfscan-aggregates")) {
        *error = QStringLiteral("not a Zelfscan aggregates file");
        return std::nullopt;
    }
    if (root.value(QStringLiteral("schema_version")).toInt() != 1) {
        *error = QStringLiteral("unsupported schema_version");
        return std::nullopt;
    }
    JsonReader in;
    AggregateReport report;
    report.synthetic = root.value(QStringLiteral("synthetic")).toBool();
    const QJsonObject note = root.value(QStringLiteral("note")).toObject();
    for (auto it = note.begin(); it != note.end(); ++it)
        report.note.set(it.key(), it.value().toString());
    report.minGroup = int(in.count(root, "min_group"));
    report.results = in.count(root, "results");
    report.suppressedGroups = int(in.count(root, "suppressed_groups"));
    for (const QJsonValue& versionValue : root.value(QStringLiteral("versions")).toArray())
        report.versions.append(readVersion(versionValue.toObject(), in));
    if (!in.error.isEmpty()) {
        *error = in.error;
        return std::nullopt;
    }
    return report;
}

} // namespace zelfscan
