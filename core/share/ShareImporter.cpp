// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/ShareImporter.h"

#include "core/io/Diagnostic.h"
#include "core/io/InputGuard.h"
#include "core/share/Share.h"
#include "core/share/ShareBatch_p.h"
#include "core/share/ShareParse_p.h"
#include "core/share/ShareStore.h"
#include "core/text/Words.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <utility>
#include <vector>

namespace zelfscan {

namespace {

/** Why a file or share was refused: the staff window shows it in its own language. */
class Words
{
    ZELFSCAN_WORDS(ShareImporter)
};

/** Bytes of a JSON Lines file checked as one unit of work. */
constexpr qint64 blockBytes = 1024 * 1024;
/** Share files checked as one unit of work. */
constexpr int filesPerBlock = 256;
/** How many shares ahead the store is asked to fetch an id's slot. */
constexpr int prefetchAhead = 8;

bool isJsonLines(const QString& path)
{
    return path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive);
}

/** One unit of work: part of a JSON Lines file, or a few share files; checked by a worker. */
struct Block
{
    QString file; ///< the JSON Lines file; empty for a block of share files
    QByteArray text; ///< complete lines
    bool startsFile = false; ///< the first block of its JSON Lines file
    qint64 skippedLines = 0; ///< lines the reader dropped before the text (the end of a too long one)
    QStringList paths; ///< share files
    qint64 bytes = 0; ///< for progress
    const Language* language = nullptr; ///< of the reasons; set by the importer, kept on reuse

    // Filled by the worker (the reader may add a problem first):
    detail::ShareBatch shares; ///< the valid ones, in input order
    qint64 lines = 0; ///< lines in the text, counted here rather than on the reading thread
    /**
     * In input order, interleaved with the shares by position. A line number counts from the
     * block's first line (1): only the storing thread knows that line's number in the file.
     */
    QList<ImportProblem> problems;
    std::vector<int> problemAfter; ///< for each problem: how many shares precede it

    /** Empties the block for reuse, keeping its buffers. */
    void reset()
    {
        file.clear();
        text.resize(0);
        startsFile = false;
        skippedLines = 0;
        lines = 0;
        paths.clear();
        bytes = 0;
        shares.clear();
        problems.clear();
        problemAfter.clear();
    }
};

/** What one worker reuses from share to share: a ShareFields is large, so never one per share. */
struct Checker
{
    detail::ShareFields fields;
    detail::ShareScratch scratch;
};

void check(QByteArrayView bytes, Block& block, Checker& checker, const QString& file, qint64 line)
{
    checker.scratch.numbers = &block.shares.names();
    const QString reason = detail::readShareFields(bytes, &checker.fields, &checker.scratch);
    if (reason.isEmpty()) {
        block.shares.add(checker.fields);
        return;
    }
    block.problems.append({ file, line, reason });
    block.problemAfter.push_back(block.shares.size());
}

void checkBlock(Block& block)
{
    thread_local Checker checker;
    checker.scratch.language = *block.language;
    if (block.file.isEmpty()) {
        for (const QString& path : std::as_const(block.paths)) {
            QString error;
            const QByteArray contents = readInputFile(path, maxShareBytes, &error, *block.language);
            if (!error.isEmpty()) {
                block.problems.append({ path, 0, error });
                block.problemAfter.push_back(block.shares.size());
                continue;
            }
            check(contents, block, checker, path, 0);
        }
        return;
    }
    block.lines = detail::forEachShareLine(block.text, 1, [&](QByteArrayView line, qint64 number) {
        check(line, block, checker, block.file, number);
    }) - 1;
}

/** Cuts the inputs into blocks, in order, reading JSON Lines files a piece at a time. */
class BlockSource
{
public:
    BlockSource(const QStringList& files, QList<ImportProblem>* problems,
        std::function<std::unique_ptr<Block>()> newBlock, const Language& language)
        : m_files(files)
        , m_problems(problems)
        , m_newBlock(std::move(newBlock))
        , m_language(language)
    {
    }

    /** The next block, or nothing at the end. Unreadable files become problems. */
    std::unique_ptr<Block> next()
    {
        for (;;) {
            if (m_current) {
                if (auto block = nextLines())
                    return block;
                continue;
            }
            if (m_index >= m_files.size())
                return nullptr;
            if (isJsonLines(m_files.at(m_index))) {
                openLines(m_files.at(m_index++));
                continue;
            }
            auto block = m_newBlock();
            while (m_index < m_files.size() && !isJsonLines(m_files.at(m_index))
                && block->paths.size() < filesPerBlock) {
                block->paths.append(m_files.at(m_index));
                block->bytes += QFileInfo(m_files.at(m_index)).size();
                ++m_index;
            }
            return block;
        }
    }

    int filesRead() const { return m_filesRead; }

private:
    void openLines(const QString& path)
    {
        ++m_filesRead;
        m_current = std::make_unique<QFile>(path);
        if (!m_current->open(QIODevice::ReadOnly)) {
            m_problems->append(
                { path, 0, Words::tr("cannot open: %1").in(m_language).arg(m_current->errorString()) });
            m_current.reset();
            return;
        }
        m_carry.clear();
        m_startsFile = true;
        m_skipping = false;
    }

    std::unique_ptr<Block> nextLines()
    {
        auto block = m_newBlock();
        block->file = m_current->fileName();
        block->startsFile = std::exchange(m_startsFile, false);
        // Read straight into the block, after the unfinished line the last block left.
        QByteArray& text = block->text;
        text.reserve(m_carry.size() + blockBytes);
        text.append(m_carry);
        m_carry.resize(0);
        const qsizetype before = text.size();
        text.resize(before + blockBytes);
        const qint64 got = m_current->read(text.data() + before, blockBytes);
        if (got < 0) {
            m_problems->append({ m_current->fileName(), 0,
                Words::tr("cannot read: %1").in(m_language).arg(m_current->errorString()) });
            m_current.reset();
            return nullptr;
        }
        text.resize(before + got);
        const bool atEnd = got == 0;
        block->bytes = got;
        if (m_skipping) {
            // The rest of a line that was too long to check; drop it up to its end.
            const qsizetype newline = text.indexOf('\n');
            if (newline < 0) {
                text.resize(0);
                if (atEnd)
                    m_current.reset();
                return block;
            }
            text.remove(0, newline + 1);
            block->skippedLines = 1;
            m_skipping = false;
        }
        const qsizetype cut = atEnd ? text.size() : text.lastIndexOf('\n') + 1;
        if (cut == 0 && text.size() > maxShareBytes) {
            // The long line is the block's first, whose number only the storing thread knows.
            block->problems.append({ block->file, 1,
                Words::tr("line is longer than %1 KiB; refusing to read it")
                    .in(m_language)
                    .arg(maxShareBytes / 1024) });
            block->problemAfter.push_back(0);
            m_skipping = true;
            text.resize(0);
        } else {
            m_carry.append(text.constData() + cut, text.size() - cut);
            text.resize(cut);
        }
        if (atEnd)
            m_current.reset();
        return block;
    }

    const QStringList& m_files;
    QList<ImportProblem>* m_problems;
    std::function<std::unique_ptr<Block>()> m_newBlock;
    const Language& m_language;
    qsizetype m_index = 0;
    int m_filesRead = 0;
    std::unique_ptr<QFile> m_current;
    QByteArray m_carry;
    bool m_startsFile = false;
    bool m_skipping = false;
};

void addProblem(ImportReport& report, const ImportProblem& problem)
{
    ++report.rejected;
    if (report.problems.size() < maxListedProblems)
        report.problems.append(problem);
}

/** Blocks are reused: a fresh megabyte for every block costs page faults on every byte. */
class SpareBlocks
{
public:
    std::unique_ptr<Block> take()
    {
        if (m_spare.empty())
            return std::make_unique<Block>();
        std::unique_ptr<Block> block = std::move(m_spare.back());
        m_spare.pop_back();
        block->reset();
        return block;
    }

    void give(std::unique_ptr<Block> block) { m_spare.push_back(std::move(block)); }

private:
    std::vector<std::unique_ptr<Block>> m_spare;
};

/**
 * Adds a checked block's shares to the store and its problems to the report, in input order.
 * @p nextLine is the number of the block's first line, and is moved on past the block.
 */
void storeBlock(ShareStore& store, const Block& block, qint64& nextLine, ImportReport& report)
{
    if (block.startsFile)
        nextLine = 1;
    nextLine += block.skippedLines;
    const qint64 linesBefore = nextLine - 1;
    nextLine += block.lines;
    const detail::ShareBatch& shares = block.shares;
    store.beginBatch(shares);
    std::size_t problem = 0;
    for (int i = 0; i <= shares.size(); ++i) {
        while (problem < block.problemAfter.size() && block.problemAfter[problem] == i) {
            ImportProblem numbered = block.problems.at(qsizetype(problem++));
            if (numbered.line > 0)
                numbered.line += linesBefore;
            addProblem(report, numbered);
        }
        if (i == shares.size())
            break;
        // The id set is far larger than the CPU's cache and hit at random: ask for the slot of a
        // share a few ahead, so that it has arrived when that share is added.
        if (i + prefetchAhead < shares.size())
            store.prefetch(shares, i + prefetchAhead);
        if (store.add(shares, i) == ShareStore::Added::New)
            ++report.imported;
        else
            ++report.duplicates;
    }
}

/** All or nothing: a cancelled import is rolled back, a finished one committed. */
void finishImport(ShareStore& store, bool cancelled, ImportReport& report)
{
    if (cancelled) {
        store.rollbackImport();
        report.cancelled = true;
        report.imported = 0;
        return;
    }
    if (!store.commitImport(&report.error))
        report.imported = 0;
}

} // namespace

QString ImportProblem::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(printable(file)).arg(line).arg(printable(reason));
    return QStringLiteral("%1: %2").arg(printable(file), printable(reason));
}

QStringList shareInputFiles(
    const QStringList& inputs, QList<ImportProblem>* problems, const Language& language)
{
    QStringList files;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(input,
                { QStringLiteral("*") + shareFileExtension(), QStringLiteral("*.jsonl"),
                    QStringLiteral("*.ndjson") },
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(input);
        } else {
            problems->append({ input, 0, Words::tr("no such file or folder").in(language) });
        }
    }
    return files;
}

ImportReport importShares(const QString& databasePath, const QStringList& inputs,
    const std::atomic<bool>* cancel, const ImportProgress& progress, int threads, const Language& language)
{
    ImportReport report;
    QList<ImportProblem> inputProblems;
    const QStringList files = shareInputFiles(inputs, &inputProblems, language);
    qint64 total = 0;
    for (const QString& file : files)
        total += QFileInfo(file).size();

    ShareStore store(databasePath);
    // Share lines are 400 to 800 bytes; the stored count is added to the guess by the store.
    if (!store.open(&report.error) || !store.beginImport(&report.error, total / 600))
        return report;
    for (const ImportProblem& problem : std::as_const(inputProblems))
        addProblem(report, problem);

    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    // Enough blocks in flight to keep every worker busy while this thread stores the oldest one.
    // Storing comes in bursts (a chunk written to SQLite every 4096 results, the id set's pages
    // touched for the first time early on): with eight blocks per worker they keep checking
    // through a burst. Two per worker took 4% to 13% longer (bench_aggregate, six runs in turns);
    // the peak memory of a million shares went from 70 to 71 MB.
    const int inFlight = pool.maxThreadCount() * 8;
    std::deque<std::pair<std::unique_ptr<Block>, std::future<void>>> queue;
    QList<ImportProblem> sourceProblems;
    SpareBlocks spare;
    BlockSource source(
        files, &sourceProblems,
        [&spare, &language]() {
            std::unique_ptr<Block> block = spare.take();
            block->language = &language;
            return block;
        },
        language);
    qint64 done = 0;
    qint64 nextLine = 1;
    bool stop = false;
    int blockFiles = 0;

    const auto launch = [&]() {
        while (!stop && int(queue.size()) < inFlight) {
            std::unique_ptr<Block> block = source.next();
            if (!block)
                return;
            auto task
                = std::make_shared<std::packaged_task<void()>>([raw = block.get()]() { checkBlock(*raw); });
            std::future<void> future = task->get_future();
            pool.start([task]() { (*task)(); });
            queue.emplace_back(std::move(block), std::move(future));
        }
    };

    launch();
    while (!queue.empty()) {
        queue.front().second.wait();
        std::unique_ptr<Block> block = std::move(queue.front().first);
        queue.pop_front();
        // Files that could not be opened or read, found while reading ahead.
        for (const ImportProblem& problem : std::as_const(sourceProblems))
            addProblem(report, problem);
        sourceProblems.clear();
        storeBlock(store, *block, nextLine, report);
        blockFiles += int(block->paths.size());
        done += block->bytes;
        spare.give(std::move(block));
        if (progress)
            progress(std::min(done, total), total);
        if (cancel && cancel->load()) {
            stop = true;
            for (auto& pending : queue)
                pending.second.wait();
            queue.clear();
            break;
        }
        launch();
    }
    for (const ImportProblem& problem : std::as_const(sourceProblems))
        addProblem(report, problem);
    report.files = blockFiles + source.filesRead();

    finishImport(store, stop, report);
    return report;
}

ShareImporter::ShareImporter(const QString& databasePath, const QStringList& inputs, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_inputs(inputs)
{
}

void ShareImporter::cancel()
{
    m_cancel.store(true);
}

void ShareImporter::setLanguage(const Language& language)
{
    m_language = language;
}

bool ShareImporter::isCancelled() const
{
    return m_cancel.load();
}

ImportReport ShareImporter::report() const
{
    return m_report;
}

void ShareImporter::run()
{
    int lastShown = -1;
    const auto showProgress = [this, &lastShown](qint64 done, qint64 total) {
        // In kilobytes, so that an int holds it; at most every 1/1000 of the way, so the GUI keeps up.
        const int doneKb = int(done / 1024);
        const int totalKb = int(std::max<qint64>(1, total / 1024));
        if (lastShown >= 0 && doneKb - lastShown < totalKb / 1000 && doneKb != totalKb)
            return;
        lastShown = doneKb;
        Q_EMIT progress(doneKb, totalKb);
    };
    m_report = importShares(m_databasePath, m_inputs, &m_cancel, showProgress, 0, m_language);
    Q_EMIT finished(m_report);
}

} // namespace zelfscan
