// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/StartPage.h"

#include "app/gui/DashboardData.h"
#include "app/gui/DisplayText.h"
#include "app/gui/PageLayout.h"
#include "core/plan/FirstSteps.h"
#include "core/plan/Recheck.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace zelfscan;

namespace {

constexpr int questionnaireRole = Qt::UserRole;
constexpr int stepRole = Qt::UserRole + 1;

QString withoutFinalStop(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

StartPage::StartPage(const QuestionnaireCatalog& catalog, QWidget* parent)
    : Page(parent)
    , m_catalog(catalog)
{
    auto* outer = new QVBoxLayout(this);
    PageLayout::apply(outer);

    createHeader(outer);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(PageLayout::spacing * 2);
    columns->addWidget(createToolBox(), 3);
    columns->addLayout(createSidePanel(), 2);
    outer->addLayout(columns, 1);

    auto* bottom = new QHBoxLayout;
    m_disclaimer = new QLabel(this);
    m_disclaimer->setWordWrap(true);
    bottom->addWidget(m_disclaimer, 1);
    m_openFile = new QPushButton(this);
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    bottom->addWidget(m_openFile, 0, Qt::AlignBottom);
    outer->addLayout(bottom);

    connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
        Q_EMIT languageChosen(Language::declared(m_languageBox->itemData(index).toString()));
    });
    connect(m_plan, &QListWidget::itemChanged, this, &StartPage::onPlanItemChanged);
    connect(m_plan, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT toolChosen(item->data(questionnaireRole).toString()); });
    connect(m_continue, &QPushButton::clicked, this,
        [this] { Q_EMIT toolChosen(m_continue->property("questionnaireId").toString()); });
    connect(m_systemsButton, &QPushButton::clicked, this, &StartPage::systemsRequested);
    connect(m_openFile, &QPushButton::clicked, this, &StartPage::openFileRequested);
    retranslate();
}

void StartPage::createHeader(QVBoxLayout* outer)
{
    auto* top = new QHBoxLayout;
    m_welcome = new QLabel(this);
    QFont big = m_welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_welcome->setFont(big);
    top->addWidget(m_welcome, 1);
    m_languageLabel = new QLabel(this);
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    for (const QString& code : m_catalog.languages())
        m_languageBox->addItem(Language::declared(code).nativeName(), code);
    m_languageLabel->setBuddy(m_languageBox);
    top->addWidget(m_languageLabel);
    top->addWidget(m_languageBox);
    outer->addLayout(top);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);
    m_continue = new QPushButton(this);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    m_continue->hide();
    outer->addWidget(m_continue, 0, Qt::AlignLeft);
}

QGroupBox* StartPage::createToolBox()
{
    m_toolBox = new QGroupBox(this);
    auto* toolLayout = new QVBoxLayout(m_toolBox);
    for (const Questionnaire* q : DashboardData::toolsInOrder(m_catalog)) {
        auto* button = new QCommandLinkButton(m_toolBox);
        button->setObjectName(QStringLiteral("tool_") + q->id);
        button->setProperty("questionnaireId", q->id);
        connect(button, &QPushButton::clicked, this, [this, id = q->id] { Q_EMIT toolChosen(id); });
        toolLayout->addWidget(button);
        m_toolButtons.append(button);
    }
    toolLayout->addStretch();
    return m_toolBox;
}

QVBoxLayout* StartPage::createSidePanel()
{
    auto* side = new QVBoxLayout;
    m_planBox = new QGroupBox(this);
    auto* planLayout = new QVBoxLayout(m_planBox);
    m_planLabel = new QLabel(m_planBox);
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setWordWrap(true);
    // Alone in the box while the plan is empty: at the top, where the list would start.
    m_planLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_plan = new QListWidget(m_planBox);
    m_plan->setObjectName(QStringLiteral("planList"));
    m_plan->setWordWrap(true);
    m_plan->setUniformItemSizes(false);
    m_planLabel->setBuddy(m_plan);
    planLayout->addWidget(m_planLabel);
    planLayout->addWidget(m_plan, 1);
    m_planButton = new QPushButton(m_planBox);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    connect(m_planButton, &QPushButton::clicked, this, &StartPage::planRequested);
    planLayout->addWidget(m_planButton);
    side->addWidget(m_planBox, 1);

    m_systemsBox = new QGroupBox(this);
    m_systemsBox->setObjectName(QStringLiteral("systemsTile"));
    auto* systemsLayout = new QVBoxLayout(m_systemsBox);
    m_systemsText = new QLabel(m_systemsBox);
    m_systemsText->setObjectName(QStringLiteral("systemsText"));
    m_systemsText->setWordWrap(true);
    m_systemsButton = new QPushButton(m_systemsBox);
    m_systemsButton->setObjectName(QStringLiteral("systemsButton"));
    systemsLayout->addWidget(m_systemsText);
    systemsLayout->addWidget(m_systemsButton, 0, Qt::AlignLeft);
    side->addWidget(m_systemsBox);
    return side;
}

void StartPage::setLanguage(const Language& language)
{
    m_language = language;
    // A language from the system ("nl-BE") shows its base language when it has no entry itself.
    const int exact = m_languageBox->findData(language.code());
    m_languageBox->setCurrentIndex(exact >= 0 ? exact : m_languageBox->findData(language.base()));
    retranslate();
}

void StartPage::setOverview(const QList<ToolState>& tools, const SystemsSummary& systems)
{
    m_tools = tools;
    m_systems = systems;
    fillTools();
    fillPlan();
    fillSystems();
    fillContinue();
}

void StartPage::setLastTool(const QString& questionnaireId)
{
    m_lastTool = questionnaireId;
    fillContinue();
}

void StartPage::focusFirstChoice()
{
    if (m_continue->isVisibleTo(this))
        m_continue->setFocus(Qt::OtherFocusReason);
    else if (!m_toolButtons.isEmpty())
        m_toolButtons.first()->setFocus(Qt::OtherFocusReason);
}

void StartPage::fillContinue()
{
    const Questionnaire* q = m_catalog.find(m_lastTool);
    auto state = std::find_if(m_tools.cbegin(), m_tools.cend(),
        [this](const ToolState& s) { return s.questionnaireId == m_lastTool; });
    bool offer = q && state != m_tools.cend() && state->stage == ToolStage::InProgress;
    if (!offer) {
        // Nothing remembered (a first start after an update): offer the first tool in progress.
        state = std::find_if(m_tools.cbegin(), m_tools.cend(),
            [](const ToolState& s) { return s.stage == ToolStage::InProgress; });
        q = state != m_tools.cend() ? m_catalog.find(state->questionnaireId) : nullptr;
        offer = q != nullptr;
    }
    m_continue->setVisible(offer);
    if (!offer)
        return;
    m_continue->setProperty("questionnaireId", q->id);
    m_continue->setText(tr("&Continue with %1 (%2 of %3 answered)")
                            .arg(q->title.text(m_language))
                            .arg(state->answered)
                            .arg(state->total));
}

QString StartPage::resultText(const Questionnaire& questionnaire, const ToolState& state) const
{
    const AssessmentResult& result = *state.lastResult;
    if (result.risk && questionnaire.riskModel)
        return tr("risk class %1 of %2")
            .arg(result.risk->riskClass)
            .arg(questionnaire.riskModel->classes.size());
    QString text = tr("score %1").arg(percentText(result.overall, m_language));
    if (result.target && questionnaire.targetModel) {
        for (const TargetLevel& level : questionnaire.targetModel->levels) {
            if (level.id == result.target->levelId)
                text += QStringLiteral(", ") + tr("level %1").arg(level.title.text(m_language));
        }
    }
    return text;
}

QString StartPage::stateText(const ToolState& state) const
{
    const Questionnaire* questionnaire = m_catalog.find(state.questionnaireId);
    if (!questionnaire)
        return {};
    QStringList lines;
    const QString when = state.finishedOn.isValid()
        ? QLocale().toString(state.finishedOn.toLocalTime().date(), QLocale::LongFormat)
        : QString();
    switch (state.stage) {
    case ToolStage::NotStarted: {
        QString line = questionnaire->summary.text(m_language);
        if (questionnaire->minutes > 0)
            line += QStringLiteral(" · ") + tr("about %n minute(s)", nullptr, questionnaire->minutes);
        lines.append(line);
        lines.append(tr("Not started yet. Choose to begin."));
        break;
    }
    case ToolStage::InProgress:
        lines.append(tr("In progress: %1 of %2 questions answered. Choose to continue.")
                         .arg(state.answered)
                         .arg(state.total));
        if (state.lastResult)
            lines.append(tr("Last finished on %1: %2.").arg(when, resultText(*questionnaire, state)));
        break;
    case ToolStage::Finished:
        if (const RecheckState recheck = recheckState(state.finishedOn.toLocalTime().date(),
                m_recheckMonths.value(state.questionnaireId, defaultRecheckMonths(state.questionnaireId)),
                m_today);
            recheck.due)
            lines.append(tr("Do it again? %1.").arg(staleText(recheck, m_today, m_language)));
        lines.append(tr("Finished on %1: %2.").arg(when, resultText(*questionnaire, state)));
        if (const std::optional<NextStep> next
            = state.lastResult ? firstOpenStep(*state.lastResult, state.doneSteps) : std::nullopt)
            lines.append(tr("Next step: %1.").arg(withoutFinalStop(next->title.text(m_language))));
        else
            lines.append(tr("No open steps left."));
        break;
    }
    // QCommandLinkButton sizes its description with a QTextLayout, which does not break at '\n'
    // (only painting does): with '\n' the last line could be cut off. U+2028 breaks in both.
    return lines.join(QChar(QChar::LineSeparator));
}

void StartPage::setRecheck(const QHash<QString, int>& months, const QDate& today)
{
    m_recheckMonths = months;
    m_today = today;
    fillTools();
}

void StartPage::fillTools()
{
    for (QPushButton* button : std::as_const(m_toolButtons)) {
        const QString id = button->property("questionnaireId").toString();
        const Questionnaire* q = m_catalog.find(id);
        if (!q)
            continue;
        ToolState state;
        state.questionnaireId = id;
        for (const ToolState& s : std::as_const(m_tools)) {
            if (s.questionnaireId == id)
                state = s;
        }
        const QString description = stateText(state);
        button->setText(q->title.text(m_language));
        static_cast<QCommandLinkButton*>(button)->setDescription(description);
        button->setAccessibleName(q->title.text(m_language));
        button->setAccessibleDescription(description);
    }
}

void StartPage::fillPlan()
{
    m_filling = true;
    const QString current
        = m_plan->currentItem() ? m_plan->currentItem()->data(stepRole).toString() : QString();
    m_plan->clear();
    int done = 0;
    const QList<PlanItem> plan = actionPlan(m_tools);
    QString lastTool;
    for (const PlanItem& entry : plan) {
        const Questionnaire* q = m_catalog.find(entry.questionnaireId);
        if (!q)
            continue;
        if (entry.questionnaireId != lastTool) {
            // A heading per tool: the steps below it need not repeat where they come from.
            auto* heading = new QListWidgetItem(q->title.text(m_language), m_plan);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setData(questionnaireRole, entry.questionnaireId);
            lastTool = entry.questionnaireId;
        }
        // TOP and the steps the risk class requires are said in words, not by colour.
        QString mark;
        if (entry.step.top)
            mark = tr("TOP") + QStringLiteral(" · ");
        else if (entry.step.requiredByClass)
            mark = tr("Required") + QStringLiteral(" · ");
        auto* item = new QListWidgetItem(mark + withoutFinalStop(entry.step.title.text(m_language)), m_plan);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(entry.done ? Qt::Checked : Qt::Unchecked);
        item->setData(questionnaireRole, entry.questionnaireId);
        item->setData(stepRole, entry.step.id);
        item->setToolTip(entry.step.how.text(m_language));
        if (entry.step.id == current)
            m_plan->setCurrentItem(item);
        done += entry.done ? 1 : 0;
    }
    const bool anyFinished = std::any_of(
        m_tools.cbegin(), m_tools.cend(), [](const ToolState& tool) { return tool.lastResult.has_value(); });
    // The empty plan's sentences have no shortcut: the list they would jump to is hidden.
    if (plan.isEmpty() && anyFinished)
        m_planLabel->setText(tr("Your action plan is empty: everything your tools asked about is in order."));
    else if (plan.isEmpty())
        // A tool counts as finished when every question has an answer; a result seen before that
        // does not make the plan, so say what it takes.
        m_planLabel->setText(
            tr("Your action plan appears here once you have answered every question of a tool."));
    else
        m_planLabel->setText(tr("Your &action plan: %1 of %2 steps done. Tick what you did; choose a step to "
                                "see its result page.")
                                 .arg(done)
                                 .arg(plan.size()));
    m_plan->setVisible(!plan.isEmpty());
    m_planButton->setVisible(!plan.isEmpty());
    m_plan->setAccessibleName(tr("Action plan across all tools"));
    m_filling = false;
}

void StartPage::fillSystems()
{
    QString text;
    if (!m_systems.problem.isEmpty())
        text = tr("Your list of systems cannot be read: %1").arg(m_systems.problem);
    else if (!m_systems.hasInventory)
        text = tr("List the systems you use to hear which security alerts concern them. Everything stays on "
                  "this computer.");
    else if (m_systems.advisories == 0)
        text = tr("%n system(s) listed. No security alerts loaded yet.", nullptr, m_systems.systems);
    else
        text = tr("%n system(s) listed.", nullptr, m_systems.systems) + QLatin1Char(' ')
            + tr("%n open vulnerability alert(s) to deal with.", nullptr, m_systems.openSteps);
    m_systemsText->setText(text);
}

void StartPage::onPlanItemChanged(QListWidgetItem* item)
{
    if (m_filling)
        return;
    Q_EMIT stepTicked(item->data(questionnaireRole).toString(), item->data(stepRole).toString(),
        item->checkState() == Qt::Checked);
}

void StartPage::retranslate()
{
    m_welcome->setText(tr("Zelfscan"));
    m_intro->setText(tr("How cyber resilient is your business? Here you see where you stand with each "
                        "self-assessment and what "
                        "to do next. Everything stays on this computer: Zelfscan works fully offline."));
    m_languageLabel->setText(tr("Lang&uage:"));
    m_languageBox->setAccessibleName(tr("Language"));
    m_toolBox->setTitle(tr("Your self-assessments"));
    m_planBox->setTitle(tr("Action plan"));
    m_systemsBox->setTitle(tr("My systems"));
    m_systemsButton->setText(tr("&My systems and alerts…"));
    m_planButton->setText(tr("Plan with &dates and owners…"));
    m_openFile->setText(tr("&Open a saved assessment…"));
    m_disclaimer->setText(tr(
        "Zelfscan is independent. Its questionnaires are based on the tools of the Digital Trust Center and "
        "the CCV; it is not the official tool of either."));
    fillTools();
    fillPlan();
    fillSystems();
    fillContinue();
}
