// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the questionnaire loader: the parser's state, shared between the file that
// reads the YAML (QuestionnaireLoader.cpp) and the one that checks what was read
// (QuestionnaireChecks.cpp).

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/YamlReader.h"

#include <QMap>

namespace zelfscan {

/** A condition together with where it stands, so checks can point at it. */
struct ConditionSite
{
    Expression expression;
    SourcePosition position;
    QString owner; ///< "question X", "section Y" or "override N", for messages
    int questionIndex = 0; ///< names must refer to questions before this index (document order)
    QString sectionId; ///< `level` may not be used inside the OT intake that sets it
    bool isQuestion = false;
};

/** Why @p url may not be linked from a step (https only, on one of @p domains); empty when it may. */
QString linkProblem(const QString& url, const QStringList& domains);

/** What an override list may say: band names (format 2; empty: class numbers), top_gap, section. */
struct OverrideRules
{
    QStringList bandIds;
    bool topGap = false;
    bool section = false;
};

/** The kind a format 2 `models` block stands for, for the parts of the app that show one kind. */
QuestionnaireKind kindOfModels(const YAML::Node& models);

/** A band of a model as the checks see it: its name for messages, where it starts, where it stands. */
struct BandSpan
{
    QString name;
    double minPoints = 0;
    SourcePosition position;
};

/** Each band's (or level's) id and where it starts, for the order checks. */
template<typename Band> QList<QPair<QString, double>> bandStarts(const QList<Band>& bands)
{
    QList<QPair<QString, double>> starts;
    for (const Band& band : bands)
        starts.append({ band.id, band.minPoints });
    return starts;
}

struct StepReference
{
    QString stepId;
    SourcePosition position;
};

class QuestionnaireParser
{
public:
    QuestionnaireParser(const QString& fileName, Diagnostics* diagnostics)
        : m_reader(fileName, diagnostics)
    {
    }

    void parse(const YAML::Node& root);
    /** Every check that needs the whole document; run when parsing found no errors. */
    void check();
    /** Duplicate ids; worth reporting even when other errors were found. */
    void checkUniqueIds();

    Questionnaire& questionnaire() { return m_questionnaire; }
    void setWarningChecks(bool enabled) { m_warningChecks = enabled; }

private:
    // Reading (QuestionnaireLoader.cpp)
    void parseIdentity(const YAML::Node& root);
    void parseScales(const YAML::Node& node);
    void parseScoring(const YAML::Node& node);
    void parseSteps(const YAML::Node& node);
    void parseSections(const YAML::Node& node);
    void parseSection(const YAML::Node& node);
    void parseQuestion(const YAML::Node& node, Section& section);
    void parseQuestionType(const YAML::Node& node, Question& question, const QString& what);
    void parseQuestionWeight(const YAML::Node& node, Question& question, const QString& what);
    void parseChoiceAnswers(const YAML::Node& node, Question& question, const QString& what);
    void parseNumberAnswers(const YAML::Node& node, Question& question, const QString& what);
    /** @p ownOptions: a question's own options (not a shared scale's). */
    QList<AnswerOption> parseOptions(const YAML::Node& node, const QString& what, bool ownOptions);
    QStringList parseProfileSizes(
        const YAML::Node& node, const QString& what, const QList<AnswerOption>& earlier);
    void parseBands(const YAML::Node& node, Question& question);
    QString parseStepField(const YAML::Node& owner, const QString& defaultId, const QString& what);
    std::optional<StepTemplate> parseStepBody(const YAML::Node& node, const QString& id, const QString& what);
    QList<HowVariant> parseHowVariants(const YAML::Node& node, const QString& what);
    QList<StepLink> parseLinks(const YAML::Node& node, const QString& what);
    void parseLinkDomains(const YAML::Node& node);
    Expression parseCondition(const YAML::Node& owner, const char* key, const QString& what, bool isQuestion);
    // Scoring models (QuestionnaireModels.cpp)
    void parseScoringBlocks(const YAML::Node& root);
    void parseModels(const YAML::Node& node);
    void parseRiskModel(const YAML::Node& node);
    void parsePointsModel(const YAML::Node& node);
    void parseTargetModel(const YAML::Node& node, bool format2);
    QList<RiskClassDefinition> parseBandList(const YAML::Node& node, bool named);
    std::optional<int> bandReference(
        const YAML::Node& item, const char* key, const QString& what, const QStringList& bandIds);
    QList<BandOverride> parseOverrides(
        const YAML::Node& node, const OverrideRules& rules, QList<SourcePosition>* positions);
    QList<Measure> parseMeasures(const YAML::Node& node, const QStringList& bandIds);
    LocalizedText text(const YAML::Node& map, const char* key, const QString& what, bool required = true)
    {
        return m_reader.text(map, key, what, required, m_questionnaire.languages);
    }

    // Checking (QuestionnaireChecks.cpp)
    void checkStepReferences();
    void checkConditions();
    void checkConditionSite(const ConditionSite& site, const QHash<QString, int>& questionOrder);
    /** Every name a condition uses exists and may be used there; false after reporting one that does not. */
    bool checkConditionNames(const ConditionSite& site, const QHash<QString, int>& questionOrder);
    /** Every value a condition compares with is one its name can take; false after reporting one. */
    bool checkConditionLiterals(const ConditionSite& site);
    void checkReachability(const ConditionSite& site);
    void checkRiskModel();
    void checkTargetModel();
    void checkAdvice();
    // Checking the scoring models (ModelChecks.cpp)
    void checkModels();
    void checkPointsBands();
    void checkBandOrder(const QString& noun, const QList<QPair<QString, double>>& bands,
        const QList<SourcePosition>& positions);
    void checkBandCoverage(const QList<BandSpan>& bands, const QList<double>& reachable,
        const QList<BandOverride>& overrides, const QString& total);
    void checkOverrideSections();
    void checkDeadOptions();

    YamlReader m_reader;
    Questionnaire m_questionnaire;
    QMap<QString, QList<AnswerOption>> m_scales;
    QList<ConditionSite> m_conditions;
    QList<StepReference> m_stepReferences;
    QMap<QString, SourcePosition> m_stepPositions;
    QList<QPair<QString, SourcePosition>> m_sectionIds;
    QList<QPair<QString, SourcePosition>> m_questionIds;
    SourcePosition m_sourcePosition;
    SourcePosition m_riskModelPosition;
    SourcePosition m_targetModelPosition;
    QList<SourcePosition> m_measurePositions;
    QList<SourcePosition> m_levelPositions;
    QList<SourcePosition> m_classPositions;
    QList<SourcePosition> m_overridePositions;
    QList<SourcePosition> m_lightOverridePositions;
    QList<SourcePosition> m_levelOverridePositions;
    SourcePosition m_pointsSectionsPosition;
    bool m_namedBands = false; ///< format 2 points bands (ids, not class numbers)
    QString m_currentSectionId;
    int m_questionIndex = 0;
    bool m_warningChecks = true;
};

} // namespace zelfscan
