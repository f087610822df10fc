// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisories/Inventory.h"

#include "core/advisories/Cpe.h"
#include "core/io/InputGuard.h"
#include "core/io/SafeWrite.h"
#include "core/questionnaire/YamlReader.h"
#include "core/text/Csv.h"
#include "core/text/Words.h"

#include <QHash>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace zelfscan::advisories {

QString Asset::displayName() const
{
    if (!name.isEmpty())
        return name;
    const QString both = QStringList { vendor, product }.join(QLatin1Char(' ')).trimmed();
    return both.isEmpty() ? id : both;
}

const QStringList& assetKinds()
{
    static const QStringList kinds = { QStringLiteral("device"), QStringLiteral("software"),
        QStringLiteral("cloud"), QStringLiteral("machine") };
    return kinds;
}

const QStringList& assetFields()
{
    static const QStringList fields = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("vendor"), QStringLiteral("product"), QStringLiteral("version"),
        QStringLiteral("model"), QStringLiteral("cpe"), QStringLiteral("purl"), QStringLiteral("notes") };
    return fields;
}

const Asset* Inventory::find(const QString& id) const
{
    for (const Asset& asset : assets) {
        if (asset.id == id)
            return &asset;
    }
    return nullptr;
}

namespace {

class Words
{
    ZELFSCAN_WORDS(Inventory)
};

QString* field(Asset& asset, const QString& name)
{
    QString* const fields[] = { &asset.id, &asset.name, &asset.kind, &asset.vendor, &asset.product,
        &asset.version, &asset.model, &asset.cpe, &asset.purl, &asset.notes };
    const qsizetype index = assetFields().indexOf(name);
    return index < 0 ? nullptr : fields[index];
}

QString fieldValue(const Asset& asset, const QString& name)
{
    return *field(const_cast<Asset&>(asset), name);
}

struct Positioned
{
    int line = 0;
    int column = 0;
};

/** The checks shared by the YAML and CSV readers; @p where gives each asset's position. */
void checkAssets(const QList<Asset>& assets, const QList<Positioned>& where, const QString& fileName,
    const Language& language, Diagnostics* diagnostics)
{
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const Asset& asset = assets.at(i);
        const Positioned at = where.value(i);
        auto error = [&](const QString& message) {
            diagnostics->append({ Diagnostic::Severity::Error, fileName, at.line, at.column, message });
        };
        if (asset.id.isEmpty()) {
            error(Words::tr("asset %1 has no id").in(language).arg(i + 1));
        } else if (!YamlReader::isValidIdentifier(asset.id)) {
            error(Words::tr(
                "'%1' is not a valid asset id: use lower-case letters, digits, '_' or '-' (at most 64)")
                      .in(language)
                      .arg(asset.id.left(40)));
        } else if (seen.contains(asset.id)) {
            error(Words::tr("asset id '%1' is used twice (first on line %2)")
                      .in(language)
                      .arg(asset.id)
                      .arg(seen.value(asset.id)));
        } else {
            seen.insert(asset.id, at.line);
        }
        if (!asset.kind.isEmpty() && !assetKinds().contains(asset.kind))
            error(Words::tr("asset '%1': kind '%2' is not one of %3")
                      .in(language)
                      .arg(asset.id, asset.kind.left(40), assetKinds().join(QStringLiteral(", "))));
        if (!asset.cpe.isEmpty() && !parseCpe(asset.cpe))
            error(Words::tr("asset '%1': '%2' is not a CPE 2.3 string (cpe:2.3:...) or 2.2 URI (cpe:/...)")
                      .in(language)
                      .arg(asset.id, asset.cpe.left(80)));
        if (!asset.purl.isEmpty() && !parsePurl(asset.purl))
            error(Words::tr("asset '%1': '%2' is not a package URL (pkg:type/name@version)")
                      .in(language)
                      .arg(asset.id, asset.purl.left(80)));
        // Only a warning: a system just added in the app has no product yet, and a list that is
        // refused on reading would be moved aside, the user's systems with it.
        if (asset.product.isEmpty() && asset.cpe.isEmpty() && asset.purl.isEmpty() && asset.model.isEmpty())
            diagnostics->append({ Diagnostic::Severity::Warning, fileName, at.line, at.column,
                Words::tr("asset '%1' cannot be matched: give a product, model, cpe or purl")
                    .in(language)
                    .arg(asset.id) });
    }
}

template<typename Parse>
InventoryLoadResult readInventory(const QString& path, const Language& language, Parse parse)
{
    QString error;
    const QByteArray bytes = readInputFile(path, maxInventoryBytes, &error, language);
    if (error.isEmpty())
        return parse(bytes, path);
    InventoryLoadResult result;
    result.diagnostics.append({ Diagnostic::Severity::Error, path, 0, 0, error });
    return result;
}

} // namespace

Diagnostics checkInventory(const Inventory& inventory, const QString& fileName)
{
    Diagnostics diagnostics;
    checkAssets(inventory.assets, {}, fileName, Language::english(), &diagnostics);
    return diagnostics;
}

InventoryLoadResult parseInventory(const QByteArray& bytes, const QString& fileName)
{
    InventoryLoadResult result;
    YamlReader reader(fileName, &result.diagnostics);
    try {
        const YAML::Node root = parseYamlDocument(
            bytes, maxInventoryBytes, reader, QStringLiteral("file is empty; an inventory needs 'assets'"));
        if (!root.IsDefined())
            return result;
        const QString what = QStringLiteral("the inventory");
        if (!reader.checkKeys(root, what, { QStringLiteral("assets") }, { QStringLiteral("assets") }))
            return result;
        const YAML::Node list = root["assets"];
        Inventory inventory;
        QList<Positioned> where;
        if (!list.IsNull() && !reader.expectSequence(list, QStringLiteral("'assets'")))
            return result;
        for (const YAML::Node& node : list) {
            const SourcePosition position = YamlReader::position(node);
            const QString assetWhat = QStringLiteral("an asset");
            if (!reader.checkKeys(node, assetWhat, assetFields(), { QStringLiteral("id") }))
                continue;
            Asset asset;
            for (const QString& name : assetFields()) {
                const std::optional<QString> value
                    = reader.string(node, name.toLatin1().constData(), assetWhat, false);
                if (value)
                    *field(asset, name) = value->trimmed();
            }
            inventory.assets.append(asset);
            where.append({ position.line, position.column });
        }
        checkAssets(inventory.assets, where, fileName, Language::english(), &result.diagnostics);
        if (!hasErrors(result.diagnostics))
            result.inventory = inventory;
    } catch (const std::exception& e) {
        result.diagnostics.append({ Diagnostic::Severity::Error, fileName, 0, 0,
            QStringLiteral("could not read the inventory: %1").arg(QString::fromLocal8Bit(e.what())) });
    }
    return result;
}

InventoryLoadResult loadInventoryFile(const QString& path)
{
    return readInventory(path, Language::english(), parseInventory);
}

QByteArray inventoryToYaml(const Inventory& inventory)
{
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "assets" << YAML::Value << YAML::BeginSeq;
    for (const Asset& asset : inventory.assets) {
        out << YAML::BeginMap;
        for (const QString& name : assetFields()) {
            const QString value = fieldValue(asset, name);
            if (!value.isEmpty())
                out << YAML::Key << name.toStdString() << YAML::Value << YAML::DoubleQuoted
                    << value.toStdString();
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

bool saveInventoryFile(const Inventory& inventory, const QString& path, QString* error)
{
    return writeFileAtomically(path, inventoryToYaml(inventory), error);
}

namespace {

/** Column names a Dutch or English spreadsheet may use. */
QString canonicalColumn(const QString& header)
{
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("naam"), QStringLiteral("name") },
        { QStringLiteral("soort"), QStringLiteral("kind") },
        { QStringLiteral("type"), QStringLiteral("kind") },
        { QStringLiteral("leverancier"), QStringLiteral("vendor") },
        { QStringLiteral("fabrikant"), QStringLiteral("vendor") },
        { QStringLiteral("manufacturer"), QStringLiteral("vendor") },
        { QStringLiteral("product name"), QStringLiteral("product") },
        { QStringLiteral("productnaam"), QStringLiteral("product") },
        { QStringLiteral("versie"), QStringLiteral("version") },
        { QStringLiteral("model number"), QStringLiteral("model") },
        { QStringLiteral("modelnummer"), QStringLiteral("model") },
        { QStringLiteral("typenummer"), QStringLiteral("model") },
        { QStringLiteral("notities"), QStringLiteral("notes") },
        { QStringLiteral("opmerkingen"), QStringLiteral("notes") },
    };
    const QString key = header.trimmed().toLower();
    if (assetFields().contains(key))
        return key;
    return aliases.value(key);
}

/** The kind of asset: the list's own words, or the Dutch a spreadsheet typed by hand may use. */
QString canonicalKind(const QString& value)
{
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("apparaat"), QStringLiteral("device") },
        { QStringLiteral("clouddienst"), QStringLiteral("cloud") },
    };
    const QString key = value.trimmed().toLower();
    return aliases.value(key, key);
}

struct CsvRow
{
    int line = 0;
    QStringList fields;
    QList<int> columns; ///< 1-based column where each field starts
};

/** RFC 4180 with the given separator; false and an error when a quote is never closed. */
bool splitCsv(const QString& text, QChar separator, QList<CsvRow>* rows, int* errorLine, int* errorColumn)
{
    CsvRow row;
    QString current;
    int line = 1;
    int column = 1;
    int fieldColumn = 1;
    int rowLine = 1;
    bool quoted = false;
    int quoteLine = 0;
    int quoteColumn = 0;
    const qsizetype n = text.size();
    auto endField = [&] {
        row.fields << current;
        row.columns << fieldColumn;
        current.clear();
    };
    auto endRow = [&] {
        endField();
        row.line = rowLine;
        // Spreadsheets write rows of bare separators below the data.
        const bool blank = std::all_of(
            row.fields.cbegin(), row.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank)
            rows->append(row);
        row = CsvRow();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                    column += 2;
                    continue;
                }
                quoted = false;
            } else {
                current += c;
            }
            if (c == QLatin1Char('\n')) {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (c == QLatin1Char('"') && current.trimmed().isEmpty()) {
            current.clear();
            quoted = true;
            quoteLine = line;
            quoteColumn = column;
            ++column;
        } else if (c == separator) {
            endField();
            ++column;
            fieldColumn = column;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            column = 1;
            fieldColumn = 1;
            rowLine = line;
        } else {
            current += c;
            ++column;
        }
    }
    if (quoted) {
        *errorLine = quoteLine;
        *errorColumn = quoteColumn;
        return false;
    }
    endRow();
    return true;
}

/** The asset field of each column of the header row ("" for a column left empty). */
QStringList csvColumns(
    const CsvRow& header, const QString& fileName, const Language& language, Diagnostics* diagnostics)
{
    auto error = [&](int column, const QString& message) {
        diagnostics->append({ Diagnostic::Severity::Error, fileName, header.line, column, message });
    };
    QStringList columns;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString column = canonicalColumn(header.fields.at(i));
        if (column.isEmpty() && !header.fields.at(i).trimmed().isEmpty()) {
            error(header.columns.at(i),
                Words::tr("unknown column '%1'; known: %2")
                    .in(language)
                    .arg(header.fields.at(i).trimmed().left(40), assetFields().join(QStringLiteral(", "))));
        } else if (!column.isEmpty() && columns.contains(column)) {
            error(header.columns.at(i), Words::tr("column '%1' appears twice").in(language).arg(column));
        }
        columns << column;
    }
    if (!columns.contains(QStringLiteral("id")))
        error(1, Words::tr("the header row has no 'id' column").in(language));
    return columns;
}

Asset assetFromCsv(const CsvRow& row, const QStringList& columns)
{
    Asset asset;
    for (qsizetype i = 0; i < row.fields.size() && i < columns.size(); ++i) {
        if (columns.at(i).isEmpty())
            continue;
        *field(asset, columns.at(i)) = csv::withoutFormulaGuard(row.fields.at(i).trimmed());
    }
    asset.kind = canonicalKind(asset.kind);
    return asset;
}

} // namespace

InventoryLoadResult parseInventoryCsv(
    const QByteArray& input, const QString& fileName, const Language& language)
{
    InventoryLoadResult result;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    auto error = [&](int line, int column, const QString& message) {
        result.diagnostics.append({ Diagnostic::Severity::Error, fileName, line, column, message });
    };
    // CSV has no nesting; the limit only has to stay clear of brackets in free text.
    if (const QString problem = checkTextInput(bytes, maxInventoryBytes, 100000, language);
        !problem.isEmpty()) {
        error(0, 0, problem);
        return result;
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty()) {
        error(1, 1,
            Words::tr("file is empty; a CSV inventory needs a header row (id, name, kind, vendor, ...)")
                .in(language));
        return result;
    }
    // Excel writes ";" where the decimal separator is ",", as in Dutch; the header row tells.
    const QString headerLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = headerLine.count(QLatin1Char(';')) > headerLine.count(QLatin1Char(','))
        ? QLatin1Char(';')
        : QLatin1Char(',');
    QList<CsvRow> rows;
    int badLine = 0;
    int badColumn = 0;
    if (!splitCsv(text, separator, &rows, &badLine, &badColumn)) {
        error(badLine, badColumn, Words::tr("this quote is never closed").in(language));
        return result;
    }
    if (rows.isEmpty()) {
        error(1, 1, Words::tr("no header row").in(language));
        return result;
    }
    const QStringList columns = csvColumns(rows.takeFirst(), fileName, language, &result.diagnostics);
    if (hasErrors(result.diagnostics))
        return result;
    Inventory inventory;
    QList<Positioned> where;
    for (const CsvRow& row : rows) {
        if (row.fields.size() > columns.size()) {
            const bool extraEmpty = std::all_of(row.fields.begin() + columns.size(), row.fields.end(),
                [](const QString& f) { return f.trimmed().isEmpty(); });
            if (!extraEmpty) {
                error(row.line, row.columns.at(columns.size()),
                    Words::tr("this row has %1 fields, the header %2")
                        .in(language)
                        .arg(row.fields.size())
                        .arg(columns.size()));
                continue;
            }
        }
        inventory.assets.append(assetFromCsv(row, columns));
        where.append({ row.line, 1 });
    }
    checkAssets(inventory.assets, where, fileName, language, &result.diagnostics);
    if (!hasErrors(result.diagnostics))
        result.inventory = inventory;
    return result;
}

InventoryLoadResult loadInventoryCsvFile(const QString& path, const Language& language)
{
    return readInventory(path, language, [&language](const QByteArray& bytes, const QString& fileName) {
        return parseInventoryCsv(bytes, fileName, language);
    });
}

QByteArray inventoryToCsv(const Inventory& inventory)
{
    const QChar separator = QLatin1Char(',');
    QStringList lines { assetFields().join(separator) };
    for (const Asset& asset : inventory.assets) {
        QStringList values;
        for (const QString& name : assetFields())
            values << fieldValue(asset, name);
        lines << csv::line(values, separator);
    }
    return csv::document(lines);
}

} // namespace zelfscan::advisories
