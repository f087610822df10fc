// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireCache.h"

#include "core/io/SafeWrite.h"
#include "core/io/Sha256.h"
#include "core/questionnaire/QuestionnaireBinary.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace zelfscan {

namespace {

/** "ZSQC": a Zelfscan questionnaire cache file. */
constexpr quint32 cacheMagic = 0x5A535143;
/** No cached questionnaire comes near this; a larger file is not read. */
constexpr qint64 maxCacheBytes = 32 * 1024 * 1024;
constexpr qsizetype checksumBytes = 32;
/** "ZSQB": a bundle of questionnaires made at build time. */
constexpr quint32 bundleMagic = 0x5A535142;
/** No bundle holds more questionnaires than this. */
constexpr qint32 maxBundled = 64;

/**
 * What a bundle must have been made with. The bundle is built into the program by the same build
 * that compiles the loader, so the format numbers are all that can differ.
 */
QByteArray bundleStamp()
{
    return QByteArrayLiteral("qt " QT_VERSION_STR " binary ") + QByteArray::number(questionnaireBinaryFormat);
}

/** The body of @p bytes without its trailing SHA-256; nothing when that does not match. */
std::optional<QByteArrayView> checkedBody(const QByteArray& bytes)
{
    if (bytes.size() < checksumBytes)
        return std::nullopt;
    const QByteArrayView body = QByteArrayView(bytes).chopped(checksumBytes);
    if (sha256(body) != QByteArrayView(bytes).last(checksumBytes))
        return std::nullopt; // cut off or damaged
    return body;
}

QByteArray readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxCacheBytes)
        return {};
    return file.readAll();
}

/**
 * What wrote a cache file: the version, and the size and time of the executable, so that any
 * rebuilt or updated Zelfscan (whose loader may read the YAML differently) parses again.
 */
QByteArray programStamp()
{
    static const QByteArray stamp = [] {
        QByteArray text = QByteArrayLiteral("qt " QT_VERSION_STR);
        if (QCoreApplication::instance()) {
            const QFileInfo program(QCoreApplication::applicationFilePath());
            text += " " + QCoreApplication::applicationVersion().toUtf8() + " "
                + QByteArray::number(program.size()) + " "
                + QByteArray::number(program.lastModified().toMSecsSinceEpoch());
        }
        return text;
    }();
    return stamp;
}

} // namespace

QuestionnaireCache::QuestionnaireCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString QuestionnaireCache::defaultDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/questionnaires");
}

QString QuestionnaireCache::filePath(const QString& path) const
{
    const QByteArray name
        = sha256(QFileInfo(path).absoluteFilePath().toUtf8()).toHex().left(32) + QByteArrayLiteral(".qcache");
    return m_directory + QLatin1Char('/') + QString::fromLatin1(name);
}

std::optional<Questionnaire> QuestionnaireCache::find(const QString& path, const QString& contentHash) const
{
    if (std::optional<Questionnaire> bundled = findInBundle(path, contentHash))
        return bundled;
    if (m_directory.isEmpty())
        return std::nullopt;
    const QByteArray bytes = readSmallFile(filePath(path));
    const std::optional<QByteArrayView> body = checkedBody(bytes);
    if (!body)
        return std::nullopt;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray stamp;
    QString hash;
    QString source;
    in >> magic >> stamp >> hash >> source;
    if (in.status() != QDataStream::Ok || magic != cacheMagic || stamp != programStamp()
        || hash != contentHash || source != path)
        return std::nullopt;
    std::optional<Questionnaire> questionnaire = questionnaireFromBinary(body->sliced(in.device()->pos()));
    if (!questionnaire || questionnaire->contentHash != contentHash || questionnaire->filePath != path)
        return std::nullopt;
    return questionnaire;
}

void QuestionnaireCache::store(const Questionnaire& questionnaire) const
{
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return;
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << cacheMagic << programStamp() << questionnaire.contentHash << questionnaire.filePath;
    }
    bytes += questionnaireToBinary(questionnaire);
    bytes += sha256(bytes);
    // A cache that cannot be written is no problem: the next start parses the YAML again.
    writeFileAtomically(filePath(questionnaire.filePath), bytes, nullptr);
}

QByteArray QuestionnaireCache::makeBundle(const QList<Questionnaire>& questionnaires)
{
    // Each entry has its own checksum, so a start checks only the entries it uses (the bundle
    // holds every questionnaire, and each is looked up on a thread of its own).
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << bundleMagic << bundleStamp() << qint32(questionnaires.size());
    for (const Questionnaire& questionnaire : questionnaires) {
        const QByteArray binary = questionnaireToBinary(questionnaire);
        out << questionnaire.contentHash << quint32(binary.size());
        out.writeRawData(binary.constData(), int(binary.size()));
        const QByteArray checksum = sha256(binary);
        out.writeRawData(checksum.constData(), int(checksum.size()));
    }
    return bytes;
}

std::optional<Questionnaire> QuestionnaireCache::findInBundle(
    const QString& path, const QString& contentHash) const
{
    if (m_bundle.isEmpty())
        return std::nullopt;
    QFile file(m_bundle);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxCacheBytes)
        return std::nullopt;
    // Mapped where it can be (a file, or an uncompressed resource built into the program): the
    // entries it skips are never copied.
    QByteArray copy;
    const uchar* mapped = file.map(0, file.size());
    const QByteArray bytes = mapped
        ? QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), qsizetype(file.size()))
        : (copy = file.readAll());
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray stamp;
    qint32 count = 0;
    in >> magic >> stamp >> count;
    if (in.status() != QDataStream::Ok || magic != bundleMagic || stamp != bundleStamp() || count < 0
        || count > maxBundled)
        return std::nullopt;
    for (qint32 i = 0; i < count; ++i) {
        QString hash;
        quint32 length = 0;
        in >> hash >> length;
        const qint64 at = in.device()->pos();
        if (in.status() != QDataStream::Ok || qint64(length) + checksumBytes > bytes.size() - at)
            return std::nullopt;
        if (hash != contentHash) {
            in.skipRawData(int(length + checksumBytes));
            continue;
        }
        const QByteArrayView binary = QByteArrayView(bytes).sliced(at, length);
        if (sha256(binary) != QByteArrayView(bytes).sliced(at + length, checksumBytes))
            return std::nullopt; // damaged
        std::optional<Questionnaire> questionnaire = questionnaireFromBinary(binary);
        if (!questionnaire || questionnaire->contentHash != contentHash)
            return std::nullopt;
        // Made from the same bytes elsewhere (the source tree): this is where they are now.
        questionnaire->filePath = path;
        return questionnaire;
    }
    return std::nullopt;
}

} // namespace zelfscan
