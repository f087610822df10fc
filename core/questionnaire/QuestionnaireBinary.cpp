// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/questionnaire/QuestionnaireBinary.h"

#include <QDataStream>
#include <QIODevice>

#include <type_traits>

namespace zelfscan {

namespace {

// Every struct lists its fields once, in fields(), for writing and reading alike: the two
// directions cannot drift apart. A field added to the model must be added here too.

template<typename A> void fields(A& a, SourcePosition& p)
{
    a(p.line, p.column);
}

template<typename A> void fields(A& a, StepLink& l)
{
    a(l.title, l.url);
}

template<typename A> void fields(A& a, HowVariant& v)
{
    a(v.when, v.how);
}

template<typename A> void fields(A& a, StepTemplate& s)
{
    a(s.id, s.title, s.how, s.why, s.effort, s.impact, s.howVariants, s.links);
}

template<typename A> void fields(A& a, AnswerOption& o)
{
    a(o.id, o.label, o.help, o.score, o.notApplicable, o.unknown, o.exclusive, o.stepId, o.profileSizes);
}

template<typename A> void fields(A& a, NumberBand& b)
{
    a(b.min, b.max, b.score);
}

template<typename A> void fields(A& a, Question& q)
{
    a(q.id, q.sectionId, q.type, q.text, q.help, q.instruction, q.findOut, q.findOutTitle, q.unit, q.options,
        q.bands);
    a(q.minimum, q.maximum, q.weight, q.top, q.basic, q.minTarget, q.visibleIf, q.stepId, q.position);
}

template<typename A> void fields(A& a, Section& s)
{
    a(s.id, s.title, s.description, s.visibleIf, s.topCap, s.questions, s.position);
}

template<typename A> void fields(A& a, ScoringRules& r)
{
    a(r.topWeight, r.topCap, r.greenFrom, r.orangeFrom, r.overrides);
}

template<typename A> void fields(A& a, RiskClassDefinition& d)
{
    a(d.number, d.id, d.minPoints, d.title, d.explanation);
}

template<typename A> void fields(A& a, BandOverride& o)
{
    a(o.when, o.topGap, o.atLeast, o.atMost, o.sectionId, o.reason);
}

template<typename A> void fields(A& a, MeasureEvidence& e)
{
    a(e.questionnaireId, e.questionId, e.inPlaceOptions, e.position);
}

template<typename A> void fields(A& a, Measure& m)
{
    a(m.id, m.riskClass, m.group, m.title, m.stepId, m.evidence, m.appliesIf);
}

template<typename A> void fields(A& a, RiskModel& m)
{
    a(m.classes, m.overrides, m.measures, m.exposure, m.cumulative, m.sectionIds, m.name);
}

template<typename A> void fields(A& a, TargetLevel& l)
{
    a(l.id, l.minPoints, l.title, l.explanation, l.target, l.areaTargets);
}

template<typename A> void fields(A& a, TargetModel& m)
{
    a(m.intakeSectionId, m.levels, m.overrides);
}

template<typename A> void fields(A& a, Questionnaire& q)
{
    a(q.format, q.id, q.version, q.kind, q.languages, q.title, q.summary, q.description, q.source);
    a(q.minutes, q.scoring, q.sections, q.steps, q.linkDomains, q.sectionScores, q.riskModel, q.targetModel);
    a(q.filePath, q.contentHash);
}

/** The largest value of each enum in the model, so that a read value is always a valid one. */
template<typename E> constexpr int enumMax();
template<> constexpr int enumMax<Effort>()
{
    return int(Effort::High);
}
template<> constexpr int enumMax<Impact>()
{
    return int(Impact::High);
}
template<> constexpr int enumMax<QuestionType>()
{
    return int(QuestionType::Number);
}
template<> constexpr int enumMax<QuestionnaireKind>()
{
    return int(QuestionnaireKind::OtCheck);
}

class Writer
{
public:
    explicit Writer(QByteArray* out)
        : m_stream(out, QIODevice::WriteOnly)
    {
        m_stream.setVersion(QDataStream::Qt_6_4);
    }

    template<typename... T> void operator()(const T&... values) { (put(values), ...); }

private:
    void put(const QString& text) { m_stream << text; }
    void put(const Expression& expression) { m_stream << expression.source(); }
    void put(const LocalizedText& text)
    {
        const QStringList languages = text.languages();
        m_stream << quint32(languages.size());
        for (const QString& language : languages)
            m_stream << language << text.exact(language);
    }
    template<typename T> void put(const std::optional<T>& value)
    {
        m_stream << value.has_value();
        if (value)
            put(*value);
    }
    template<typename T> void put(const QList<T>& list)
    {
        m_stream << quint32(list.size());
        for (const T& item : list)
            put(item);
    }
    template<typename K, typename V> void put(const QMap<K, V>& map)
    {
        m_stream << quint32(map.size());
        for (auto it = map.begin(); it != map.end(); ++it) {
            put(it.key());
            put(it.value());
        }
    }
    template<typename T> void put(const T& value)
    {
        if constexpr (std::is_enum_v<T>)
            m_stream << qint32(value);
        else if constexpr (std::is_arithmetic_v<T>)
            m_stream << value;
        else
            fields(*this, const_cast<T&>(value)); // fields() only reads through a Writer
    }

    QDataStream m_stream;
};

class Reader
{
public:
    explicit Reader(const QByteArray& bytes)
        : m_stream(bytes)
    {
        m_stream.setVersion(QDataStream::Qt_6_4);
    }

    template<typename... T> void operator()(T&... values) { (get(values), ...); }

    bool ok() const { return !m_failed && m_stream.status() == QDataStream::Ok; }
    bool atEnd() const { return m_stream.atEnd(); }

private:
    void fail() { m_failed = true; }

    /** A count, refused when more items than bytes are left: each item takes at least one. */
    quint32 count()
    {
        quint32 n = 0;
        m_stream >> n;
        if (!ok() || qint64(n) > m_stream.device()->bytesAvailable()) {
            fail();
            return 0;
        }
        return n;
    }

    void get(QString& text) { m_stream >> text; }
    void get(Expression& expression)
    {
        QString source;
        m_stream >> source;
        if (!ok() || source.isEmpty())
            return;
        expression = Expression::parse(source);
        if (!expression.isValid())
            fail();
    }
    void get(LocalizedText& text)
    {
        for (quint32 i = 0, n = count(); i < n && ok(); ++i) {
            QString language;
            QString value;
            m_stream >> language >> value;
            text.set(language, value);
        }
    }
    template<typename T> void get(std::optional<T>& value)
    {
        bool present = false;
        m_stream >> present;
        if (!present || !ok())
            return;
        T item {};
        get(item);
        value = std::move(item);
    }
    template<typename T> void get(QList<T>& list)
    {
        const quint32 n = count();
        list.reserve(qsizetype(n));
        for (quint32 i = 0; i < n && ok(); ++i) {
            T item {};
            get(item);
            list.append(std::move(item));
        }
    }
    template<typename K, typename V> void get(QMap<K, V>& map)
    {
        for (quint32 i = 0, n = count(); i < n && ok(); ++i) {
            K key {};
            V value {};
            get(key);
            get(value);
            map.insert(key, std::move(value));
        }
    }
    template<typename T> void get(T& value)
    {
        if constexpr (std::is_enum_v<T>) {
            qint32 number = 0;
            m_stream >> number;
            if (number < 0 || number > enumMax<T>())
                fail();
            value = T(number);
        } else if constexpr (std::is_arithmetic_v<T>) {
            m_stream >> value;
        } else {
            fields(*this, value);
        }
    }

    QDataStream m_stream;
    bool m_failed = false;
};

} // namespace

QByteArray questionnaireToBinary(const Questionnaire& questionnaire)
{
    QByteArray bytes;
    Writer writer(&bytes);
    writer(qint32(questionnaireBinaryFormat), questionnaire);
    return bytes;
}

std::optional<Questionnaire> questionnaireFromBinary(QByteArrayView bytes)
{
    const QByteArray data = QByteArray::fromRawData(bytes.data(), bytes.size());
    Reader reader(data);
    qint32 format = 0;
    reader(format);
    if (!reader.ok() || format != questionnaireBinaryFormat)
        return std::nullopt;
    Questionnaire questionnaire;
    reader(questionnaire);
    if (!reader.ok() || !reader.atEnd())
        return std::nullopt;
    return questionnaire;
}

} // namespace zelfscan
