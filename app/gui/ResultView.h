// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/Page.h"
#include "core/engine/Result.h"
#include "core/text/Language.h"

#include <optional>

namespace zelfscan {
class BenchmarkSet;
}

/**
 * What the main window needs of the result page. The page itself (ResultPage, with its charts)
 * lives in the extras module, loaded when the first result is shown: Qt Charts and the OpenGL
 * libraries it pulls in cost the start page more than all of Zelfscan's own start-up work.
 */
class ResultView : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)

public:
    using Page::Page;

    virtual void refresh() = 0;
    virtual void setLanguage(const zelfscan::Language& language) = 0;
    virtual const zelfscan::AssessmentResult& result() const = 0;
    /**
     * The comparison figures of "businesses like yours" shown beside the scores. Without a
     * usable file (or null) the page says how to get real figures instead. Not owned.
     */
    virtual void setComparisonFigures(const zelfscan::BenchmarkSet* figures) = 0;
    /** The run before this one, for a re-check: what improved since then leads the page. */
    virtual void setPreviousResult(const std::optional<zelfscan::AssessmentResult>& previous) = 0;

Q_SIGNALS:
    void backRequested();
    void homeRequested();
    void historyRequested();
    void shareRequested();
    /** The user wants to answer this tool anew (a re-check). */
    void againRequested();
};
