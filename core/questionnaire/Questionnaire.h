// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/questionnaire/Expression.h"
#include "core/questionnaire/LocalizedText.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace zelfscan {

/** Where a value came from in its YAML file (1-based), so later checks can point at it. */
struct SourcePosition
{
    int line = 0;
    int column = 0;
};

enum class Effort { Low, Medium, High };
enum class Impact { Low, Medium, High };

/** An official guide a step points to; opened in the browser only when the user clicks it. */
struct StepLink
{
    LocalizedText title;
    QString url; ///< https, on one of the questionnaire's link_domains
};

/** A how-to text that replaces the default when its condition holds (e.g. per size of plant). */
struct HowVariant
{
    Expression when;
    LocalizedText how;
};

/** Concrete advice for closing one gap: what to do, how, and why. */
struct StepTemplate
{
    QString id;
    LocalizedText title;
    LocalizedText how;
    LocalizedText why;
    Effort effort = Effort::Medium;
    Impact impact = Impact::Medium;
    QList<HowVariant> howVariants; ///< the first whose condition holds replaces `how`
    QList<StepLink> links;
};

struct AnswerOption
{
    QString id;
    LocalizedText label;
    LocalizedText help;
    double score = 0;
    bool notApplicable = false; ///< left out of points and maximum
    bool unknown = false; ///< "don't know": scores, and asks the user to find out
    bool exclusive = false; ///< multiple choice: cannot be combined with other options
    QString stepId; ///< advice specific to this option (empty: the question's)
    /**
     * Intake sizes (Profile::sizeIds()) for which this option is the answer until the user
     * chooses another (`profile_size`): a question that asks what the intake already asked.
     */
    QStringList profileSizes;
};

struct NumberBand
{
    std::optional<double> min;
    std::optional<double> max;
    double score = 0;

    bool contains(double value) const { return (!min || value >= *min) && (!max || value <= *max); }
};

enum class QuestionType { Statement, Single, Multiple, Number };

struct Question
{
    QString id;
    QString sectionId;
    QuestionType type = QuestionType::Statement;
    LocalizedText text;
    LocalizedText help;
    /**
     * How to choose between the options, shown under the question at all times (help waits
     * behind a button): "if more than one fits, choose the last". Kept out of the question text,
     * which explanations and reports quote.
     */
    LocalizedText instruction;
    LocalizedText findOut;
    LocalizedText findOutTitle; ///< title of the "find out" step; empty: built from the text
    LocalizedText unit;
    QList<AnswerOption> options;
    QList<NumberBand> bands;
    double minimum = 0; ///< number questions
    double maximum = 0; ///< number questions
    double weight = 1;
    bool top = false;
    bool basic = false;
    /** ot_check: the item's target is at least this at every level (critical items). */
    std::optional<double> minTarget;
    Expression visibleIf;
    QString stepId;
    SourcePosition position;

    const AnswerOption* option(const QString& optionId) const;
    /** True when answering can lose points (so a step is expected). */
    bool isScored() const;
    /** The most points one answer can give (before weight). */
    double maxScore() const;
    /** The fewest points one answer can give (before weight); 0 unless an option scores below 0. */
    double minScore() const;
};

struct Section
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    Expression visibleIf;
    std::optional<double> topCap;
    QList<Question> questions;
    SourcePosition position;
};

/**
 * A rule that moves a model's result band after the points: a risk class, a status, a light
 * (red 1, orange 2, green 3) or a maturity level. Bands are numbered from 1, lowest points first.
 */
struct BandOverride
{
    Expression when; ///< not valid: no condition on the answers
    bool topGap = false; ///< holds only while a TOP item the model counts is unmet
    std::optional<int> atLeast;
    std::optional<int> atMost;
    QString sectionId; ///< section scores: only this section (empty: every section)
    LocalizedText reason;
};
using RiskOverride = BandOverride;

struct ScoringRules
{
    double topWeight = 3;
    std::optional<double> topCap;
    double greenFrom = 80;
    double orangeFrom = 50;
    QList<BandOverride> overrides; ///< format 2: overrides of the section lights
};

/** A band of a points total: a risk class (format 1) or a named status (format 2). */
struct RiskClassDefinition
{
    int number = 0;
    QString id; ///< format 2: the band's id; format 1: the class number
    double minPoints = 0;
    LocalizedText title;
    LocalizedText explanation;
};

/** An answer elsewhere (this or another questionnaire) that shows a measure is in place. */
struct MeasureEvidence
{
    QString questionnaireId; ///< empty: this questionnaire
    QString questionId;
    QStringList inPlaceOptions; ///< empty: the options with the highest score
    SourcePosition position;
};

struct Measure
{
    QString id;
    int riskClass = 1;
    QString group;
    LocalizedText title;
    QString stepId;
    QList<MeasureEvidence> evidence;
    /** The measure belongs to the class only where this holds (e.g. only with a webshop). */
    Expression appliesIf;
};

/** A points total with bands: the risk class (kind: risk_class) or any status (format 2). */
struct RiskModel
{
    QList<RiskClassDefinition> classes;
    QList<RiskOverride> overrides;
    QList<Measure> measures;
    /** The points are the business's exposure (a risk intake, never gaps); false: the points the answers
     * earn. */
    bool exposure = true;
    /** A band needs the measures of every band below it too; false: only its own. */
    bool cumulative = true;
    QStringList sectionIds; ///< the sections whose questions count; empty: every section
    LocalizedText name; ///< format 2: what the result is called ("Status")

    bool counts(const QString& sectionId) const
    {
        return sectionIds.isEmpty() || sectionIds.contains(sectionId);
    }
};
using PointsModel = RiskModel;

struct TargetLevel
{
    QString id;
    double minPoints = 0;
    LocalizedText title;
    LocalizedText explanation;
    double target = 0;
    QMap<QString, double> areaTargets;

    double targetFor(const QString& areaId) const { return areaTargets.value(areaId, target); }
};

struct TargetModel
{
    QString intakeSectionId;
    QList<TargetLevel> levels;
    QList<BandOverride> overrides; ///< format 2: move the level after the intake points
};

enum class QuestionnaireKind { Scan, RiskClass, OtCheck };

/**
 * One tool's content, loaded from YAML. Plain data: the engine reads it, nothing mutates it
 * after loading. Invariants checked by the loader: ids unique, every reference resolves,
 * every text present in nl and en. Format 1 names its scoring with `kind`; format 2 may declare
 * `models` instead, and `kind` is then derived (risk_class for an exposure total, ot_check for
 * maturity, else scan) for the parts of the app that show one kind of result.
 */
struct Questionnaire
{
    int format = 1;
    QString id;
    QString version;
    QuestionnaireKind kind = QuestionnaireKind::Scan;
    QStringList languages;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText description;
    LocalizedText source;
    int minutes = 0;
    ScoringRules scoring;
    QList<Section> sections;
    QMap<QString, StepTemplate> steps; ///< every step, named and inline, by id
    QStringList linkDomains; ///< hosts that step links may point to (subdomains count)
    /** The results the file declares: section scores, a points total (riskModel), maturity (targetModel). */
    bool sectionScores = true;
    std::optional<RiskModel> riskModel;
    std::optional<TargetModel> targetModel;

    QString filePath;
    QString contentHash; ///< SHA-256 of the file's bytes, hex

    const Question* question(const QString& questionId) const;
    const Section* section(const QString& sectionId) const;
    const StepTemplate* step(const QString& stepId) const;
    int questionCount() const;
    /**
     * True for a section that describes the business rather than how well it does: every
     * section of a risk class model (its points are exposure) and the intake of an OT check
     * (it sets the target). Such a section has no score, no light and no place in a chart.
     */
    bool isIntakeSection(const QString& sectionId) const;
    /** True for questions whose points are exposure (risk intake), not maturity. */
    bool isIntakeQuestion(const Question& q) const;
    /** The other questionnaire whose answers show this one's measures (the Basisscan); empty if none. */
    QString evidenceQuestionnaireId() const;
};

QString kindName(QuestionnaireKind kind);
QString questionTypeName(QuestionType type);
QString effortName(Effort effort);
QString impactName(Impact impact);

} // namespace zelfscan
