// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/AnswerFile.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultFormat.h"
#include "core/questionnaire/QuestionnaireBinary.h"
#include "core/questionnaire/QuestionnaireCache.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireJson.h"
#include "core/questionnaire/QuestionnaireLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace zelfscan;

namespace {

const QStringList bundled = { QStringLiteral("basisscan.yaml"), QStringLiteral("procesautomatisering.yaml"),
    QStringLiteral("risicoklasse.yaml") };

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/** Changes a cache file's body with @p change and gives it a matching checksum again. */
void forge(const QString& path, const std::function<void(QByteArray&)>& change)
{
    QByteArray body = readAll(path);
    QVERIFY(body.size() > 32);
    body.chop(32);
    change(body);
    writeAll(path, body + QCryptographicHash::hash(body, QCryptographicHash::Sha256));
}

QByteArray scoresAsJson(const Questionnaire& questionnaire, const QuestionnaireCatalog& catalog)
{
    QByteArray all;
    const QDir answers(QStringLiteral(TEST_DATA_DIR "/answers"));
    const QuestionnaireLookup lookup = [&catalog](const QString& id) { return catalog.find(id); };
    for (const QString& name : answers.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
        const AnswerLoadResult loaded = loadAnswerFile(answers.filePath(name), lookup);
        if (!loaded.ok() || loaded.answers->questionnaireId != questionnaire.id)
            continue;
        const AssessmentResult result = assess(questionnaire, *loaded.answers);
        for (const Language& language : { Language::dutch(), Language::english() })
            all += QJsonDocument(resultToJson(result, questionnaire, language)).toJson();
    }
    return all;
}

} // namespace

class TestQuestionnaireCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_yaml; ///< a copy of the bundled questionnaires
    QString m_cacheDir;

    QString copyOf(const QString& name) const { return m_yaml + QLatin1Char('/') + name; }

    /** Loads @p name as the app does; @p fromCache says whether the cache was used. */
    QuestionnaireLoadResult load(const QString& name, bool* fromCache = nullptr) const
    {
        const QuestionnaireCache cache(m_cacheDir);
        QuestionnaireLoadResult result = loadQuestionnaireFile(copyOf(name), Checks::ErrorsOnly, &cache);
        if (fromCache)
            *fromCache = result.fromCache;
        return result;
    }

    /** A fresh cache entry for basisscan.yaml; returns its file. */
    QString freshEntry() const
    {
        QFile::remove(QuestionnaireCache(m_cacheDir).filePath(copyOf(bundled.first())));
        bool cached = true;
        load(bundled.first(), &cached);
        return cached ? QString() : QuestionnaireCache(m_cacheDir).filePath(copyOf(bundled.first()));
    }

    /** After the cache file was spoilt: the YAML is parsed, the result is right, the entry is new. */
    void expectIgnoredAndReplaced()
    {
        bool cached = true;
        const QuestionnaireLoadResult again = load(bundled.first(), &cached);
        QVERIFY(!cached);
        QVERIFY(again.ok());
        QCOMPARE(again.questionnaire->id, QStringLiteral("basisscan"));
        load(bundled.first(), &cached);
        QVERIFY(cached);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_yaml = m_dir.filePath(QStringLiteral("yaml"));
        m_cacheDir = m_dir.filePath(QStringLiteral("cache/questionnaires"));
        QVERIFY(QDir().mkpath(m_yaml));
        for (const QString& name : bundled)
            QVERIFY(QFile::copy(QStringLiteral(QUESTIONNAIRES_DIR "/") + name, copyOf(name)));
    }

    void binaryKeepsEverything()
    {
        QuestionnaireCatalog catalog;
        QVERIFY(!hasErrors(catalog.loadDirectory(m_yaml)));
        QCOMPARE(catalog.questionnaires().size(), bundled.size());
        for (const Questionnaire& original : catalog.questionnaires()) {
            const QByteArray bytes = questionnaireToBinary(original);
            const std::optional<Questionnaire> copy = questionnaireFromBinary(bytes);
            QVERIFY(copy);
            QCOMPARE(questionnaireToBinary(*copy), bytes);
            QCOMPARE(describeQuestionnaire(*copy), describeQuestionnaire(original));
            QCOMPARE(copy->contentHash, original.contentHash);
            // Texts that neither the description nor the scores carry.
            for (const Section& section : original.sections) {
                for (const Question& question : section.questions) {
                    const Question* copied = copy->question(question.id);
                    QVERIFY(copied);
                    for (const Language& language : { Language::dutch(), Language::english() }) {
                        QCOMPARE(copied->help.text(language), question.help.text(language));
                        QCOMPARE(copied->instruction.text(language), question.instruction.text(language));
                    }
                }
            }
            // Scoring, classes, advice and conditions: every example answer file scores the same.
            const QByteArray expected = scoresAsJson(original, catalog);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(scoresAsJson(*copy, catalog), expected);
        }
    }

    void binaryRefusesDamage()
    {
        QuestionnaireCatalog catalog;
        QVERIFY(!hasErrors(catalog.loadFiles({ copyOf(QStringLiteral("risicoklasse.yaml")) })));
        const QByteArray bytes = questionnaireToBinary(catalog.questionnaires().first());
        for (qsizetype length = 0; length < bytes.size(); length += 97)
            QVERIFY(!questionnaireFromBinary(QByteArrayView(bytes).first(length)));
        QVERIFY(!questionnaireFromBinary(QByteArray(bytes + QByteArray(1, '\0'))));
        QRandomGenerator random(18);
        for (int round = 0; round < 200; ++round) {
            QByteArray junk = bytes;
            // Keep the format number, change anything after it: counts become absurd, texts odd.
            for (int i = 0; i < 8; ++i)
                junk[qsizetype(4 + random.bounded(int(junk.size() - 4)))] = char(random.bounded(256));
            questionnaireFromBinary(junk); // must neither crash nor reserve absurd memory
        }
        const QByteArray huge = bytes.first(4) + QByteArray(64, '\xff');
        QVERIFY(!questionnaireFromBinary(huge));
    }

    void secondLoadComesFromTheCache()
    {
        for (const QString& name : bundled) {
            bool cached = true;
            const QuestionnaireLoadResult first = load(name, &cached);
            QVERIFY(first.ok());
            QVERIFY(!cached);
            const QuestionnaireLoadResult second = load(name, &cached);
            QVERIFY(second.ok());
            QVERIFY(cached);
            QVERIFY(second.diagnostics.isEmpty());
            QCOMPARE(
                questionnaireToBinary(*second.questionnaire), questionnaireToBinary(*first.questionnaire));
        }
        // The catalog passes the cache on, and gets the same questionnaires from it.
        QuestionnaireCatalog plain;
        QVERIFY(!hasErrors(plain.loadDirectory(m_yaml, Checks::ErrorsOnly)));
        const QuestionnaireCache cache(m_cacheDir);
        QuestionnaireCatalog cachedCatalog;
        cachedCatalog.setCache(&cache);
        QVERIFY(!hasErrors(cachedCatalog.loadDirectory(m_yaml, Checks::ErrorsOnly)));
        QVERIFY(cachedCatalog.crossCheck().isEmpty());
        QCOMPARE(cachedCatalog.questionnaires().size(), plain.questionnaires().size());
        for (int i = 0; i < plain.questionnaires().size(); ++i)
            QCOMPARE(questionnaireToBinary(cachedCatalog.questionnaires().at(i)),
                questionnaireToBinary(plain.questionnaires().at(i)));
    }

    void catalogTakesCachedAndParsedFilesInOrder()
    {
        // Cached files are taken on the calling thread and the rest parsed side by side: the
        // outcome must be that of the order given, whichever way each file came.
        const QString cacheDir = m_dir.filePath(QStringLiteral("mixed-cache"));
        const QuestionnaireCache cache(cacheDir);
        QVERIFY(loadQuestionnaireFile(copyOf(bundled.at(1)), Checks::ErrorsOnly, &cache).ok());
        const QString broken = m_dir.filePath(QStringLiteral("broken.yaml"));
        writeAll(broken, "id: [unclosed\n");
        const QString twice = m_dir.filePath(QStringLiteral("again.yaml"));
        QVERIFY(QFile::copy(copyOf(bundled.at(1)), twice));
        const QStringList files { copyOf(bundled.at(0)), broken, copyOf(bundled.at(1)), twice,
            m_dir.filePath(QStringLiteral("missing.yaml")), copyOf(bundled.at(2)) };

        QuestionnaireCatalog plain;
        const Diagnostics plainProblems = plain.loadFiles(files, Checks::ErrorsOnly);
        QuestionnaireCatalog mixed;
        mixed.setCache(&cache);
        const Diagnostics mixedProblems = mixed.loadFiles(files, Checks::ErrorsOnly);
        QCOMPARE(mixed.questionnaires().size(), 3);
        QCOMPARE(mixed.questionnaires().size(), plain.questionnaires().size());
        for (int i = 0; i < plain.questionnaires().size(); ++i)
            QCOMPARE(questionnaireToBinary(mixed.questionnaires().at(i)),
                questionnaireToBinary(plain.questionnaires().at(i)));
        QCOMPARE(mixedProblems.size(), plainProblems.size());
        for (int i = 0; i < plainProblems.size(); ++i)
            QCOMPARE(mixedProblems.at(i).toString(), plainProblems.at(i).toString());
        // The broken file, the second copy of a questionnaire id, the missing file: in that order.
        QCOMPARE(mixedProblems.size(), 3);
        QCOMPARE(mixedProblems.at(0).file, broken);
        QCOMPARE(mixedProblems.at(1).file, twice);
        QVERIFY(mixedProblems.at(1).message.contains(copyOf(bundled.at(1))));
        QCOMPARE(mixedProblems.at(2).file, m_dir.filePath(QStringLiteral("missing.yaml")));
    }

    void validateAlwaysReadsTheYaml()
    {
        load(bundled.first());
        const QuestionnaireCache cache(m_cacheDir);
        const QuestionnaireLoadResult result
            = loadQuestionnaireFile(copyOf(bundled.first()), Checks::All, &cache);
        QVERIFY(result.ok());
        QVERIFY(!result.fromCache);
    }

    void changedFileIsParsedAgain()
    {
        const QString name = QStringLiteral("procesautomatisering.yaml");
        load(name);
        const QByteArray original = readAll(copyOf(name));
        QByteArray changed = original;
        const qsizetype at = changed.indexOf("\nversion: ");
        QVERIFY(at >= 0);
        changed.insert(at + 1, "# edited\n");
        writeAll(copyOf(name), changed);
        bool cached = true;
        const QuestionnaireLoadResult result = load(name, &cached);
        QVERIFY(!cached);
        QVERIFY(result.ok());
        QCOMPARE(result.questionnaire->contentHash,
            QString::fromLatin1(QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex()));
        load(name, &cached);
        QVERIFY(cached);
        writeAll(copyOf(name), original);
        load(name, &cached);
        QVERIFY(!cached);
    }

    void truncatedCacheIsIgnored()
    {
        const QString entry = freshEntry();
        QVERIFY(!entry.isEmpty());
        const QByteArray bytes = readAll(entry);
        writeAll(entry, bytes.first(bytes.size() / 2));
        expectIgnoredAndReplaced();
        writeAll(entry, QByteArray());
        expectIgnoredAndReplaced();
    }

    void damagedCacheIsIgnored()
    {
        const QString entry = freshEntry();
        QVERIFY(!entry.isEmpty());
        QByteArray bytes = readAll(entry);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        writeAll(entry, bytes);
        expectIgnoredAndReplaced();
    }

    void cacheWithAnotherHashIsIgnored()
    {
        // A well-formed entry for this path, but of other YAML bytes (a stale entry).
        const QuestionnaireLoadResult loaded = load(bundled.first());
        QVERIFY(loaded.ok());
        Questionnaire stale = *loaded.questionnaire;
        stale.contentHash = QString(64, QLatin1Char('0'));
        stale.title.set(QStringLiteral("nl"), QStringLiteral("Verouderd"));
        QuestionnaireCache(m_cacheDir).store(stale);
        expectIgnoredAndReplaced();
        // Another file's entry copied over this one's.
        load(bundled.at(1));
        const QuestionnaireCache cache(m_cacheDir);
        QFile::remove(cache.filePath(copyOf(bundled.first())));
        QVERIFY(QFile::copy(cache.filePath(copyOf(bundled.at(1))), cache.filePath(copyOf(bundled.first()))));
        expectIgnoredAndReplaced();
    }

    void cacheOfAnotherVersionIsIgnored()
    {
        const QuestionnaireLoadResult loaded = load(bundled.first());
        const qsizetype payload = questionnaireToBinary(*loaded.questionnaire).size();
        QString entry = freshEntry();
        // Another binary format: the payload's first number, with a matching checksum.
        forge(entry, [payload](QByteArray& body) {
            body[body.size() - payload + 3] = char(questionnaireBinaryFormat + 1);
        });
        expectIgnoredAndReplaced();
        // Written by another program (the stamp starts after the magic and its length).
        entry = freshEntry();
        forge(entry, [](QByteArray& body) { body[8] = 'Q'; });
        expectIgnoredAndReplaced();
        // Not a cache file at all.
        entry = freshEntry();
        forge(entry, [](QByteArray& body) { body[0] = 'X'; });
        expectIgnoredAndReplaced();
        // Junk after a valid header: absurd counts.
        entry = freshEntry();
        forge(entry, [payload](QByteArray& body) {
            body.replace(body.size() - payload + 4, payload - 4, QByteArray(payload - 4, '\xff'));
        });
        expectIgnoredAndReplaced();
    }

    /** A bundle of the shipped questionnaires, made as the build makes it; returns its file. */
    QString makeBundle() const
    {
        QList<Questionnaire> shipped;
        for (const QString& name : bundled) {
            const QuestionnaireLoadResult result = loadQuestionnaireFile(
                QStringLiteral(QUESTIONNAIRES_DIR "/") + name, Checks::ErrorsOnly, nullptr);
            if (result.ok())
                shipped.append(*result.questionnaire);
        }
        const QString file = m_dir.filePath(QStringLiteral("questionnaires.qbundle"));
        QFile out(file);
        if (shipped.size() != bundled.size() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(QuestionnaireCache::makeBundle(shipped));
        return file;
    }

    /** Loads every copy with only the bundle @p bundle to go on; true when all came from it. */
    bool allFromBundle(const QString& bundle) const
    {
        const QString emptyCache = m_dir.filePath(QStringLiteral("bundle-only"));
        QDir(emptyCache).removeRecursively();
        QuestionnaireCache cache(emptyCache);
        cache.setBundle(bundle);
        bool all = true;
        for (const QString& name : bundled) {
            const QuestionnaireLoadResult result
                = loadQuestionnaireFile(copyOf(name), Checks::ErrorsOnly, nullptr);
            const QuestionnaireLoadResult viaBundle
                = loadQuestionnaireFile(copyOf(name), Checks::ErrorsOnly, &cache);
            // Whatever the bundle holds, the questionnaire is right: from it or parsed.
            if (!viaBundle.ok() || !viaBundle.diagnostics.isEmpty()
                || questionnaireToBinary(*viaBundle.questionnaire)
                    != questionnaireToBinary(*result.questionnaire))
                return false;
            all = all && viaBundle.fromCache;
            QFile::remove(cache.filePath(copyOf(name))); // parsed ones were stored: keep to the bundle
        }
        return all;
    }

    void bundleServesTheShippedQuestionnaires()
    {
        const QString bundle = makeBundle();
        QVERIFY(!bundle.isEmpty());
        // Copies elsewhere of the same bytes: found by their hash, with the path they are at now.
        QVERIFY(allFromBundle(bundle));
        // Nothing needed writing to the per-user cache.
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("bundle-only"))).isEmpty());
        // validate (all checks) never takes a bundled questionnaire either.
        QuestionnaireCache cache(m_dir.filePath(QStringLiteral("bundle-only")));
        cache.setBundle(bundle);
        QVERIFY(!loadQuestionnaireFile(copyOf(bundled.first()), Checks::All, &cache).fromCache);
    }

    void spoiltBundleIsIgnored()
    {
        const QString bundle = makeBundle();
        const QByteArray good = readAll(bundle);
        QVERIFY(good.size() > 64);
        writeAll(bundle, good.first(good.size() / 2));
        QVERIFY(!allFromBundle(bundle));
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
        writeAll(bundle, flipped);
        QVERIFY(!allFromBundle(bundle));
        // Made with another binary format or by another Qt (the stamp).
        QByteArray changed = good;
        changed[8] = 'Q';
        writeAll(bundle, changed);
        QVERIFY(!allFromBundle(bundle));
        // Absurd counts and lengths. The count follows the magic and the stamp (its length, then
        // its bytes); the first entry's length follows its hash (a QString: length, then UTF-16).
        const qsizetype countAt = 8 + qsizetype(qFromBigEndian<quint32>(good.constData() + 4));
        changed = good;
        changed.replace(countAt, 4, QByteArray(4, '\x7f'));
        writeAll(bundle, changed);
        QVERIFY(!allFromBundle(bundle));
        const qsizetype lengthAt
            = countAt + 8 + qsizetype(qFromBigEndian<quint32>(good.constData() + countAt + 4));
        for (const char fill : { '\x7f', '\xff' }) {
            changed = good;
            changed.replace(lengthAt, 4, QByteArray(4, fill));
            writeAll(bundle, changed);
            QVERIFY(!allFromBundle(bundle));
        }
        QVERIFY(!allFromBundle(m_dir.filePath(QStringLiteral("no-such.qbundle"))));
        writeAll(bundle, good);
        QVERIFY(allFromBundle(bundle));
    }

    void bundleOfOtherYamlIsIgnored()
    {
        const QString bundle = makeBundle();
        const QString name = bundled.last();
        const QByteArray original = readAll(copyOf(name));
        writeAll(copyOf(name), QByteArray(original).replace("\nversion: ", "\n# edited\nversion: "));
        QuestionnaireCache cache(m_dir.filePath(QStringLiteral("bundle-only")));
        cache.setBundle(bundle);
        const QuestionnaireLoadResult edited
            = loadQuestionnaireFile(copyOf(name), Checks::ErrorsOnly, &cache);
        writeAll(copyOf(name), original);
        QVERIFY(edited.ok());
        QVERIFY(!edited.fromCache);
    }

    void unwritableCacheStillLoads()
    {
        const QString file = m_dir.filePath(QStringLiteral("not-a-folder"));
        writeAll(file, "x");
        const QuestionnaireCache cache(file + QStringLiteral("/questionnaires"));
        const QuestionnaireLoadResult result
            = loadQuestionnaireFile(copyOf(bundled.first()), Checks::ErrorsOnly, &cache);
        QVERIFY(result.ok());
        QVERIFY(!result.fromCache);
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaireCache)
#include "TestQuestionnaireCache.moc"
