// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ResultPage.h"

#include "app/gui/DisplayText.h"
#include "app/gui/LightBadge.h"
#include "app/gui/PageLayout.h"
#include "app/gui/RadarChartWidget.h"
#include "app/gui/Session.h"
#include "app/gui/StepListModel.h"
#include "core/assessment/AnswerFile.h"
#include "core/assessment/Profile.h"
#include "core/engine/Comparison.h"
#include "core/engine/ResultFormat.h"
#include "core/engine/SectionChart.h"
#include "core/plan/FirstSteps.h"
#include "core/plan/Progress.h"
#include "core/share/Benchmark.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace zelfscan;

namespace {

// Titles that are questions or statements end in a full stop or question mark; the sentence
// around them adds its own punctuation.
QString withoutFinalStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('?')))
        text.chop(1);
    return text;
}

} // namespace

ResultPage::ResultPage(Session& session, QWidget* parent)
    : ResultView(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    PageLayout::apply(layout);
    m_title = PageLayout::makeTitle(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);
    layout->addWidget(m_progress); // after a re-check, what improved comes before what is open
    layout->addWidget(m_summary);
    m_demoBanner = createDemoBanner();
    layout->addWidget(m_demoBanner);
    m_hiddenNote = new QLabel(this);
    m_hiddenNote->setObjectName(QStringLiteral("hiddenAnswersNote"));
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hiddenNote->hide();
    layout->addWidget(m_hiddenNote);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    layout->addWidget(m_tabs, 1);

    m_tabs->addTab(createOverviewTab(), QString());
    m_tabs->addTab(createStepsTab(), QString());
    m_tabs->addTab(createMeasuresTab(), QString());

    layout->addLayout(createButtons());

    connect(m_back, &QPushButton::clicked, this, &ResultPage::backRequested);
    connect(m_home, &QPushButton::clicked, this, &ResultPage::homeRequested);
    connect(m_history, &QPushButton::clicked, this, &ResultPage::historyRequested);
    connect(m_share, &QPushButton::clicked, this, &ResultPage::shareRequested);
    connect(m_again, &QPushButton::clicked, this, &ResultPage::againRequested);
    connect(m_stepList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ResultPage::showStepDetail);
    connect(m_stepModel, &StepListModel::doneToggled, &m_session, &Session::setStepDone);
    connect(m_stepDetail, &QTextBrowser::anchorClicked, this, &ResultPage::openLink);
    connect(m_showAllSteps, &QPushButton::clicked, this, [this] {
        m_stepModel->setShowAll(!m_stepModel->showsAll());
        retranslate();
    });
    connect(&m_session, &Session::doneStepsChanged, this, &ResultPage::updateWhatIf);
    connect(&m_session, &Session::doneStepsChanged, this,
        &ResultPage::fillSummary); // "Start with" skips ticked steps
    retranslate();
}

QLabel* ResultPage::createDemoBanner()
{
    auto* banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("comparisonDemoBanner"));
    banner->setWordWrap(true);
    banner->setFrameShape(QFrame::Box);
    banner->setMargin(6);
    QFont bannerFont = banner->font();
    bannerFont.setBold(true);
    banner->setFont(bannerFont);
    // Both colours fixed, so the warning reads the same in a light and a dark theme.
    QPalette bannerPalette = banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xd5, 0x4f));
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    banner->setPalette(bannerPalette);
    banner->setAutoFillBackground(true);
    banner->hide();
    return banner;
}

QHBoxLayout* ResultPage::createButtons()
{
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_home = new QPushButton(this);
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_history = new QPushButton(this);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_share = new QPushButton(this);
    m_share->setObjectName(QStringLiteral("shareButton"));
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("againButton"));
    buttons->addWidget(m_back);
    buttons->addWidget(m_again);
    buttons->addStretch();
    buttons->addWidget(m_history);
    buttons->addWidget(m_share);
    buttons->addWidget(m_home);
    return buttons;
}

QWidget* ResultPage::createOverviewTab()
{
    // Overview: chart beside the same numbers as a table (screen readers cannot read a chart).
    m_overviewTab = new QWidget;
    auto* overview = new QHBoxLayout(m_overviewTab);
    m_chart = new RadarChartWidget(m_overviewTab);
    // Half each: the part names still fit on a line in the table, and the chart, whose labels
    // take a fixed width on both sides, gets a plot about half again as wide as with 2:3.
    overview->addWidget(m_chart, 1);
    auto* right = new QVBoxLayout;
    m_sectionTable = new QTableWidget(0, 2, m_overviewTab);
    m_sectionTable->setObjectName(QStringLiteral("sectionTable"));
    m_sectionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sectionTable->verticalHeader()->hide();
    m_sectionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sectionTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sectionTable->setWordWrap(true);
    right->addWidget(m_sectionTable, 1);
    m_benchmarkNote = new QLabel(m_overviewTab);
    m_benchmarkNote->setObjectName(QStringLiteral("benchmarkNote"));
    m_benchmarkNote->setWordWrap(true);
    m_benchmarkNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    right->addWidget(m_benchmarkNote);
    m_riskText = new QLabel(m_overviewTab);
    m_riskText->setObjectName(QStringLiteral("riskText"));
    m_riskText->setWordWrap(true);
    m_riskText->setTextFormat(Qt::RichText);
    m_riskText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    right->addWidget(m_riskText, 1);
    overview->addLayout(right, 1);
    return m_overviewTab;
}

QWidget* ResultPage::createStepsTab()
{
    m_stepsTab = new QWidget;
    auto* steps = new QVBoxLayout(m_stepsTab);
    m_firstWhy = new QLabel(m_stepsTab);
    m_firstWhy->setObjectName(QStringLiteral("firstStepsWhyLabel"));
    m_firstWhy->setWordWrap(true);
    steps->addWidget(m_firstWhy);
    m_whatIf = new QLabel(m_stepsTab);
    m_whatIf->setObjectName(QStringLiteral("whatIfLabel"));
    m_whatIf->setWordWrap(true);
    steps->addWidget(m_whatIf);
    auto* splitter = new QSplitter(Qt::Horizontal, m_stepsTab);
    m_stepModel = new StepListModel(this);
    m_stepList = new QListView(splitter);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setModel(m_stepModel);
    m_stepList->setWordWrap(true);
    m_stepList->setUniformItemSizes(false);
    m_stepList->setSpacing(2);
    m_stepDetail = new QTextBrowser(splitter);
    m_stepDetail->setObjectName(QStringLiteral("stepDetail"));
    // Zelfscan never goes online itself: a link opens in the user's browser, and only when clicked.
    m_stepDetail->setOpenLinks(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    steps->addWidget(splitter, 1);
    m_showAllSteps = new QPushButton(m_stepsTab);
    m_showAllSteps->setObjectName(QStringLiteral("showAllStepsButton"));
    auto* showAllRow = new QHBoxLayout;
    showAllRow->addWidget(m_showAllSteps);
    showAllRow->addStretch();
    steps->addLayout(showAllRow);
    return m_stepsTab;
}

QWidget* ResultPage::createMeasuresTab()
{
    m_measuresTab = new QWidget;
    auto* measures = new QVBoxLayout(m_measuresTab);
    m_measures = new QTreeWidget(m_measuresTab);
    m_measures->setObjectName(QStringLiteral("measureTree"));
    m_measures->setColumnCount(3);
    m_measures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_measures->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_measures->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_measures->header()->setStretchLastSection(false);
    measures->addWidget(m_measures);
    return m_measuresTab;
}

void ResultPage::setLanguage(const Language& language)
{
    m_language = language;
    refresh();
}

void ResultPage::refresh()
{
    if (!m_session.questionnaire())
        return;
    m_result = m_session.result();
    fillOverview();
    fillRisk();
    fillSteps();
    fillProgress();
    updateWhatIf();
    retranslate();
    updateHiddenNote();
}

void ResultPage::updateHiddenNote()
{
    const Questionnaire& questionnaire = *m_session.questionnaire();
    const QStringList hidden = hiddenAnswers(questionnaire, m_session.answers());
    QStringList texts;
    for (const QString& id : hidden)
        texts.append(
            QStringLiteral("“%1”").arg(withoutFinalStop(questionnaire.question(id)->text.text(m_language))));
    m_hiddenNote->setText(tr("%n answer(s) do not count: their question is not shown for your business or "
                             "your other answers (%1). They are kept: change those answers back and they "
                             "count again.",
        nullptr, int(hidden.size()))
                              .arg(texts.join(QStringLiteral("; "))));
    m_hiddenNote->setVisible(!hidden.isEmpty());
}

void ResultPage::fillProgress()
{
    const QString sentence = m_previous
        ? progressSentence(compareResults(*m_previous, m_result), *m_session.questionnaire(), m_language)
        : QString();
    m_progress->setText(
        sentence.isEmpty() ? QString() : tr("<b>Since last time:</b> %1").arg(sentence.toHtmlEscaped()));
    m_progress->setVisible(!sentence.isEmpty());
}

void ResultPage::fillOverview()
{
    const Questionnaire& questionnaire = *m_session.questionnaire();
    RadarChartWidget::Series scores { tr("Your score"), {}, false };
    RadarChartWidget::Series targets { tr("Target"), {}, true };
    RadarChartWidget::Series peers { tr("Businesses like yours"), {}, true };
    const bool ot = questionnaire.targetModel.has_value();
    QString benchmarkNote;
    const QMap<QString, double> peerMeans = benchmarkMeans(&benchmarkNote, &m_demoFigures);
    if (m_demoFigures)
        peers.name = tr("Demo: made-up figures");
    m_demoBanner->setVisible(m_demoFigures);
    m_benchmarkNote->setText(benchmarkNote);
    m_benchmarkNote->setVisible(!benchmarkNote.isEmpty());
    m_sectionTable->setColumnCount(peerMeans.isEmpty() ? 2 : 3);
    if (!peerMeans.isEmpty())
        m_sectionTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_sectionTable->setRowCount(0);
    for (const SectionResult* listed : listedSections(questionnaire, m_result)) {
        const SectionResult& s = *listed;
        const int row = m_sectionTable->rowCount();
        m_sectionTable->insertRow(row);
        auto* name = new QTableWidgetItem(sectionTitle(s.sectionId));
        QString scoreText = percentText(s.score, m_language);
        if (ot && s.maturity && s.target)
            scoreText
                = tr("level %1 of target %2")
                      .arg(QLocale().toString(*s.maturity, 'f', 1), QLocale().toString(*s.target, 'f', 0));
        auto* verdict = new QTableWidgetItem(LightBadge::icon(s.light),
            QStringLiteral("%1 · %2").arg(scoreText, lightLabel(s.light, m_language)));
        if (s.capped)
            verdict->setToolTip(tr("Capped because a critical item is not in order."));
        m_sectionTable->setItem(row, 0, name);
        m_sectionTable->setItem(row, 1, verdict);
        if (!peerMeans.isEmpty())
            m_sectionTable->setItem(row, 2,
                new QTableWidgetItem(peerMeans.contains(s.sectionId)
                        ? percentText(peerMeans.value(s.sectionId), m_language)
                        : QStringLiteral("—")));
    }
    // Row heights depend on the wrapped titles, so measure them once the columns have their width.
    QTimer::singleShot(0, m_sectionTable, &QTableWidget::resizeRowsToContents);

    QStringList labels;
    for (const ChartPoint& point : chartPoints(questionnaire, m_result)) {
        labels.append(sectionTitle(point.sectionId));
        scores.values.append(point.value);
        targets.values.append(point.target);
        peers.values.append(peerMeans.contains(point.sectionId)
                ? std::optional<double>(peerMeans.value(point.sectionId))
                : std::nullopt);
    }
    QList<RadarChartWidget::Series> series { scores };
    if (ot && m_result.target)
        series.append(targets);
    // An OT chart is drawn in maturity levels, the figures are percentages: they stay in the table.
    if (!ot && !peerMeans.isEmpty())
        series.append(peers);
    m_chart->setVisible(questionnaire.kind != QuestionnaireKind::RiskClass && labels.size() >= 3);
    m_sectionTable->setVisible(questionnaire.kind != QuestionnaireKind::RiskClass);
    m_chart->setData(labels, series, chartMaximum(questionnaire));
}

QString ResultPage::sectionTitle(const QString& sectionId) const
{
    const Section* section = m_session.questionnaire()->section(sectionId);
    return section ? section->title.text(m_language) : sectionId;
}

QMap<QString, double> ResultPage::benchmarkMeans(QString* note, bool* demo) const
{
    *demo = false;
    const Questionnaire& questionnaire = *m_session.questionnaire();
    if (questionnaire.kind == QuestionnaireKind::RiskClass)
        return {};
    // Never a made-up stand-in: without published figures the user learns where real ones come from.
    if (!m_figures || m_figures->isEmpty()) {
        *note = tr("No comparison with similar businesses: the Digital Trust Center publishes real figures, "
                   "which you can load with File > Load comparison figures.");
        return {};
    }
    const Profile& profile = m_session.answers().profile;
    if (profile.sector.isEmpty() || profile.size.isEmpty()) {
        *note = tr("Give your sector and size in the intake to compare with businesses like yours.");
        return {};
    }
    // Only figures for exactly this questionnaire content: other versions are never mixed in.
    const BenchmarkMatch match
        = m_figures->match(questionnaire.id, questionnaire.contentHash, profile.sector, profile.size);
    if (!match.source) {
        *note
            = tr("No comparison with similar businesses: your comparison figures are for another version of "
                 "this questionnaire. Load the figures for this version with File > Load comparison "
                 "figures.");
        return {};
    }
    *demo = match.source->isSynthetic();
    const QString prefix = *demo ? tr("Demo, made-up figures.") + QLatin1Char(' ') : QString();
    const QString group = tr("%1, %2").arg(Profile::sectorLabel(profile.sector).text(m_language),
        Profile::sizeLabel(profile.size).text(m_language));
    if (!match.group) {
        *note = prefix
            + tr("Businesses like yours (%1): too few results to compare with (fewer than %2), so none are "
                 "shown.")
                  .arg(group)
                  .arg(match.source->minGroup());
        return {};
    }
    *note = prefix
        + tr("Businesses like yours (%1, %n result(s)): mean score per part in the last column%2.", nullptr,
            int(match.group->count))
              .arg(group,
                  match.group->overallMean
                      ? tr("; overall %1").arg(percentText(*match.group->overallMean, m_language))
                      : QString());
    const QString publisherNote = match.source->note().text(m_language);
    if (!publisherNote.isEmpty())
        *note += QLatin1Char(' ') + publisherNote;
    return match.group->sectionMeans;
}

void ResultPage::fillRisk()
{
    const Questionnaire& questionnaire = *m_session.questionnaire();
    m_measures->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_measuresTab), m_result.risk.has_value());
    QString text;
    if (m_result.risk) {
        text = riskClassHtml(*m_result.risk, *questionnaire.riskModel);
        fillMeasures(*m_result.risk, *questionnaire.riskModel);
    } else if (m_result.target && questionnaire.targetModel) {
        for (const TargetLevel& level : questionnaire.targetModel->levels) {
            if (level.id == m_result.target->levelId)
                text += QStringLiteral("<h3>%1</h3><p>%2</p>")
                            .arg(tr("Importance of your process automation: %1")
                                     .arg(level.title.text(m_language).toHtmlEscaped()),
                                level.explanation.text(m_language).toHtmlEscaped());
        }
    }
    m_riskText->setText(text);
    m_riskText->setVisible(!text.isEmpty());
}

QString ResultPage::riskClassHtml(const RiskResult& risk, const RiskModel& model) const
{
    const Questionnaire& questionnaire = *m_session.questionnaire();
    const RiskClassDefinition& definition = model.classes.at(risk.riskClass - 1);
    QString text = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Risk class %1: %2")
                                .arg(risk.riskClass)
                                .arg(definition.title.text(m_language).toHtmlEscaped()),
                           definition.explanation.text(m_language).toHtmlEscaped());
    if (!risk.drivers.isEmpty()) {
        text += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What raised your class most:"));
        for (const RiskDriver& driver : risk.drivers) {
            const Question* question = questionnaire.question(driver.questionId);
            const AnswerOption* option = question ? question->option(driver.optionId) : nullptr;
            text += QStringLiteral("<li>%1: <i>%2</i> (+%3)</li>")
                        .arg(question ? withoutFinalStop(question->text.text(m_language)).toHtmlEscaped()
                                      : driver.questionId,
                            option ? option->label.text(m_language).toHtmlEscaped() : driver.optionId)
                        .arg(driver.points);
        }
        text += QStringLiteral("</ul>");
    }
    for (const AppliedOverride& applied : risk.overrides)
        text += QStringLiteral("<p>%1</p>")
                    .arg(tr("Class %1 instead of %2: %3")
                             .arg(applied.toClass)
                             .arg(applied.fromClass)
                             .arg(model.overrides.at(applied.index).reason.text(m_language).toHtmlEscaped()));
    int inPlace = 0;
    for (const MeasureResult& measure : risk.measures)
        inPlace += measure.status == MeasureStatus::InPlace ? 1 : 0;
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 of the %2 measures for this class are in place. See the tab Measures.")
                         .arg(inPlace)
                         .arg(risk.measures.size()));
    return text;
}

void ResultPage::fillMeasures(const RiskResult& risk, const RiskModel& model)
{
    const Questionnaire& questionnaire = *m_session.questionnaire();
    // Measures grouped by the principle they belong to, each with its status as icon and word.
    QMap<QString, QTreeWidgetItem*> groups;
    for (const MeasureResult& measure : risk.measures) {
        const Measure* definitionOfMeasure = nullptr;
        for (const Measure& m : model.measures) {
            if (m.id == measure.measureId)
                definitionOfMeasure = &m;
        }
        QTreeWidgetItem*& group = groups[measure.group];
        if (!group) {
            group = new QTreeWidgetItem(m_measures);
            const Questionnaire* evidence = nullptr;
            for (const Questionnaire& q : m_session.catalog().questionnaires()) {
                if (q.section(measure.group) && q.id != questionnaire.id)
                    evidence = &q;
            }
            const Section* section = evidence ? evidence->section(measure.group) : nullptr;
            group->setText(0,
                section ? section->title.text(m_language)
                        : (measure.group.isEmpty() ? tr("Other") : measure.group));
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group);
        item->setText(0,
            QStringLiteral("%1 (%2)").arg(
                definitionOfMeasure ? definitionOfMeasure->title.text(m_language) : measure.measureId,
                tr("class %1").arg(measure.riskClass)));
        const Light light = measure.status == MeasureStatus::InPlace ? Light::Green
            : measure.status == MeasureStatus::Missing               ? Light::Red
                                                                     : Light::None;
        item->setIcon(1, LightBadge::icon(light));
        item->setText(1, measureStatusLabel(measure.status, m_language));
        addMeasureAnswer(item, measure);
    }
}

void ResultPage::addMeasureAnswer(QTreeWidgetItem* item, const MeasureResult& measure)
{
    // Only where the evidence says nothing: a Basisscan answer is never overruled from here.
    if (measure.status != MeasureStatus::Unknown && !measure.answeredDirectly)
        return;
    auto* choice = new QComboBox(m_measures);
    choice->setObjectName(QStringLiteral("measureAnswer_") + measure.measureId);
    choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choice->addItem(tr("Not answered"));
    choice->addItem(tr("In place"), true);
    choice->addItem(tr("Missing"), false);
    const auto answer = m_session.answers().measureAnswers.constFind(measure.measureId);
    if (answer != m_session.answers().measureAnswers.constEnd())
        choice->setCurrentIndex(*answer ? 1 : 2);
    choice->setAccessibleName(tr("Your answer: %1").arg(item->text(0)));
    const QString id = measure.measureId;
    connect(choice, &QComboBox::activated, this, [this, choice, id](int index) {
        const QVariant value = choice->itemData(index);
        // The combo box is rebuilt by refresh(), so let its signal finish first.
        QTimer::singleShot(0, this, [this, id, value] {
            m_session.setMeasureAnswer(
                id, value.isValid() ? std::optional<bool>(value.toBool()) : std::nullopt);
            refresh();
        });
    });
    m_measures->setItemWidget(item, 2, choice);
}

void ResultPage::fillSteps()
{
    const FirstSteps first = firstStepsFor(m_result, m_language);
    m_firstWhy->setText(first.why);
    m_firstWhy->setVisible(!first.why.isEmpty());
    m_stepModel->setSteps(first.steps, m_session.doneSteps(), m_language);
    m_showAllSteps->setVisible(m_stepModel->totalCount() > StepListModel::firstCount);
    if (m_stepModel->rowCount() > 0)
        m_stepList->setCurrentIndex(m_stepModel->index(0));
    showStepDetail();
}

void ResultPage::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void ResultPage::showStepDetail()
{
    const NextStep* step = m_stepModel->stepAt(m_stepList->currentIndex().row());
    if (!step) {
        m_stepDetail->setHtml(QStringLiteral("<p>%1</p>")
                                  .arg(m_result.everythingInOrder()
                                          ? tr("No next steps: everything asked about is in order.")
                                          : tr("No next steps yet: answer the open questions first.")));
        return;
    }
    const Questionnaire& questionnaire = *m_session.questionnaire();
    QString html = QStringLiteral("<h3>%1</h3>").arg(step->title.text(m_language).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("How"), step->how.text(m_language).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("Why"), step->why.text(m_language).toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(effortLabel(step->effort, m_language), impactLabel(step->impact, m_language));
    if (!step->links.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Read more (opens in your browser)"));
        for (const StepLink& link : step->links)
            html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                        .arg(link.url.toHtmlEscaped(), link.title.text(m_language).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!step->questionIds.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Because of your answer to"));
        for (const QString& id : step->questionIds) {
            const Question* question = questionnaire.question(id);
            if (!question) {
                html += QStringLiteral("<li>%1</li>").arg(id.toHtmlEscaped());
                continue;
            }
            html += QStringLiteral("<li>%1").arg(question->text.text(m_language).toHtmlEscaped());
            const auto answer = m_session.answers().answers.constFind(id);
            if (answer != m_session.answers().answers.constEnd())
                html += QStringLiteral("<br><i>%1</i>")
                            .arg(tr("Your answer: %1")
                                     .arg(answerLabel(*question, *answer, m_language))
                                     .toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_stepDetail->setHtml(html);
}

void ResultPage::updateWhatIf()
{
    if (!m_session.questionnaire())
        return;
    const QSet<QString>& done = m_session.doneSteps();
    if (done.isEmpty()) {
        m_whatIf->setText(tr(
            "Tick a step when you have done it (or plan to): Zelfscan shows what your score would become."));
        return;
    }
    const AssessmentResult whatIf = m_session.whatIfResult();
    if (m_result.risk && whatIf.risk) {
        int inPlaceNow = 0;
        int inPlaceThen = 0;
        for (const MeasureResult& m : m_result.risk->measures)
            inPlaceNow += m.status == MeasureStatus::InPlace ? 1 : 0;
        for (const MeasureResult& m : whatIf.risk->measures)
            inPlaceThen += m.status == MeasureStatus::InPlace ? 1 : 0;
        m_whatIf->setText(tr("With the %n ticked step(s) done, %1 of the %2 measures for your class would be "
                             "in place (now %3).",
            nullptr, int(done.size()))
                              .arg(inPlaceThen)
                              .arg(whatIf.risk->measures.size())
                              .arg(inPlaceNow));
        return;
    }
    m_whatIf->setText(
        tr("With the %n ticked step(s) done, your overall score would be %1 (now %2).", nullptr,
            int(done.size()))
            .arg(percentText(whatIf.overall, m_language), percentText(m_result.overall, m_language)));
}

void ResultPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_overviewTab), tr("&Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_stepsTab), tr("Next &steps (%1)").arg(m_result.steps.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_measuresTab), tr("&Measures"));
    m_sectionTable->setHorizontalHeaderLabels(
        { tr("Part"), tr("Score"), m_demoFigures ? tr("Demo (made up)") : tr("Similar businesses") });
    m_demoBanner->setText(tr("Demo: the comparison figures on this page are made up, not results of real "
                             "businesses. Do not use them to judge your business."));
    m_sectionTable->setAccessibleName(tr("Score per part"));
    m_measures->setHeaderLabels({ tr("Measure"), tr("Status"), tr("Your answer") });
    m_showAllSteps->setText(m_stepModel->showsAll()
            ? tr("Show only the first %1 steps").arg(StepListModel::firstCount)
            : tr("Show &all %1 steps").arg(m_stepModel->totalCount()));
    m_measures->setAccessibleName(tr("Measures for your risk class"));
    m_stepList->setAccessibleName(tr("Next steps, most important first"));
    m_stepDetail->setAccessibleName(tr("How and why"));
    m_back->setText(tr("&Back to the questions"));
    m_home->setText(tr("Start &page"));
    m_history->setText(tr("Earlier &runs…"));
    m_history->setAccessibleName(tr("Earlier runs and progress"));
    m_share->setText(tr("Share a&nonymously…"));
    m_share->setAccessibleName(tr("Share anonymously"));
    m_again->setText(tr("Do it a&gain…"));
    m_again->setToolTip(tr("Answer the questions anew to see what changed; the steps you ticked stay done."));
    fillSummary();
}

void ResultPage::fillSummary()
{
    const Questionnaire* questionnaire = m_session.questionnaire();
    if (!questionnaire)
        return;
    m_title->setText(tr("Result: %1").arg(questionnaire->title.text(m_language)));
    QString summary;
    if (m_result.risk) {
        summary = tr("Your business is in <b>risk class %1</b> of %2.")
                      .arg(m_result.risk->riskClass)
                      .arg(questionnaire->riskModel->classes.size());
    } else if (m_result.overall) {
        summary = tr("Overall score: <b>%1</b>.").arg(percentText(m_result.overall, m_language));
        const SectionResult* weakest = weakestSection(*questionnaire, m_result);
        if (weakest)
            summary += QLatin1Char(' ')
                + tr("Weakest part: <b>%1</b>.")
                      .arg(
                          questionnaire->section(weakest->sectionId)->title.text(m_language).toHtmlEscaped());
    } else {
        summary = tr("Answer at least one question to see a score.");
    }
    if (const std::optional<NextStep> next = firstOpenStep(m_result, m_session.doneSteps()))
        summary += QLatin1Char(' ')
            + tr("Start with: <b>%1</b>.")
                  .arg(withoutFinalStop(next->title.text(m_language)).toHtmlEscaped());
    if (!m_result.missing.isEmpty())
        summary += QLatin1Char(' ')
            + tr("(%n question(s) not answered yet.)", nullptr, int(m_result.missing.size()));
    m_summary->setText(summary);
}
