// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Diagnostic.h"
#include "core/text/Language.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zelfscan::advisories {

/** One system a business runs; what is matched against advisories. */
struct Asset
{
    QString id; ///< the user's own short id, unique in the inventory
    QString name; ///< the user's own name ("Besturing hal 2")
    QString kind; ///< one of assetKinds()
    QString vendor;
    QString product;
    QString version;
    QString model; ///< model or order number ("6MF2803-1AA00")
    QString cpe; ///< CPE 2.3 formatted string or 2.2 URI
    QString purl;
    QString notes;

    /** The user's name, or vendor and product when there is none. */
    QString displayName() const;
};

/** device, software, cloud, machine. */
const QStringList& assetKinds();
/** The column and key names in file order: id, name, kind, vendor, ... */
const QStringList& assetFields();

struct Inventory
{
    QList<Asset> assets;
    const Asset* find(const QString& id) const;
};

struct InventoryLoadResult
{
    std::optional<Inventory> inventory; ///< set only when there are no errors
    Diagnostics diagnostics;
};

constexpr qint64 maxInventoryBytes = 8 * 1024 * 1024;

/** Reads the YAML (or JSON, which is YAML too) inventory; positions are FILE:LINE:COL. */
InventoryLoadResult parseInventory(const QByteArray& bytes, const QString& fileName);
InventoryLoadResult loadInventoryFile(const QString& path);
/** The problems an inventory has as a whole: duplicate ids, assets that cannot be matched. */
Diagnostics checkInventory(const Inventory& inventory, const QString& fileName);

QByteArray inventoryToYaml(const Inventory& inventory);
bool saveInventoryFile(const Inventory& inventory, const QString& path, QString* error);

/**
 * A CSV export from a spreadsheet: a header row naming the columns (any order, Dutch or English
 * names, "," or ";" as Excel writes them per locale), quoted fields, a UTF-8 BOM allowed.
 */
InventoryLoadResult parseInventoryCsv(
    const QByteArray& bytes, const QString& fileName, const Language& language = Language::english());
/** The diagnostics say what is wrong in @p language: the app passes its own (a user's import). */
InventoryLoadResult loadInventoryCsvFile(const QString& path, const Language& language = Language::english());
QByteArray inventoryToCsv(const Inventory& inventory);

} // namespace zelfscan::advisories
