// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/OdtWriter.h"

#include <QBuffer>
#include <QColor>
#include <QList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QXmlStreamWriter>

#include <memory>
#include <zip.h>

namespace zelfscan {

namespace {

// ODF 1.2: what LibreOffice and Word both read without a compatibility question.
const QString odfVersion = QStringLiteral("1.2");
const QString mimeType = QStringLiteral("application/vnd.oasis.opendocument.text");
/** A4 less 2 cm margins each side: the width tables and pictures get. */
constexpr double bodyWidthCm = 17.0;

const QList<std::pair<const char*, const char*>> namespaces = {
    { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
    { "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
    { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
    { "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
    { "draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" },
    { "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
    { "xlink", "http://www.w3.org/1999/xlink" },
    { "dc", "http://purl.org/dc/elements/1.1/" },
    { "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
    { "svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
};

/** Element and attribute names are written as prefixed strings; the root declares the prefixes. */
void startRoot(QXmlStreamWriter& w, const char* name)
{
    w.writeStartDocument();
    w.writeStartElement(QLatin1String(name));
    for (const auto& [prefix, uri] : namespaces)
        w.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    w.writeAttribute(QStringLiteral("office:version"), odfVersion);
}

void attr(QXmlStreamWriter& w, const char* name, const QString& value)
{
    w.writeAttribute(QLatin1String(name), value);
}

void start(QXmlStreamWriter& w, const char* name)
{
    w.writeStartElement(QLatin1String(name));
}

/** Opens <style:style> of @p family and, inside it, its @p properties element; closeStyle() ends both. */
void openStyle(QXmlStreamWriter& w, const QString& name, const char* family, const char* properties,
    const QString& parent = QString())
{
    start(w, "style:style");
    attr(w, "style:name", name);
    attr(w, "style:family", QLatin1String(family));
    if (!parent.isEmpty())
        attr(w, "style:parent-style-name", parent);
    start(w, properties);
}

void closeStyle(QXmlStreamWriter& w)
{
    w.writeEndElement();
    w.writeEndElement();
}

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

/** CSS pixels (96 per inch), as the HTML gives picture sizes, in centimetres. */
double pixelsToCm(double pixels)
{
    return pixels * 2.54 / 96.0;
}

QString country(const Language& language)
{
    if (language.isDutch())
        return QStringLiteral("NL");
    if (language.isEnglish())
        return QStringLiteral("GB");
    return QLocale::territoryToCode(language.locale().territory());
}

/**
 * The automatic styles the body needs, named in the order they are first met. The body is
 * written twice (styles precede the body in content.xml): the first pass only collects them.
 */
class BodyWriter
{
public:
    explicit BodyWriter(const QMap<QString, OdtImage>& images)
        : m_images(images)
    {
    }

    void writeBody(QXmlStreamWriter& w, const QTextDocument& document)
    {
        // Numbered as they are met, so both passes give the same names.
        m_tableCount = 0;
        m_pictureCount = 0;
        writeFrame(w, document.rootFrame()->begin(), document.rootFrame()->end(), CellKind::None);
    }
    void writeAutomaticStyles(QXmlStreamWriter& w) const;
    /** Zip path and PNG of every picture written, in order. */
    const QList<std::pair<QString, QByteArray>>& pictures() const { return m_pictures; }

private:
    enum class CellKind { None, Body, Header };

    struct TextStyle
    {
        bool bold = false;
        bool italic = false;
        QString colour;
        int sizePercent = 100;
        bool operator==(const TextStyle& other) const
        {
            return bold == other.bold && italic == other.italic && colour == other.colour
                && sizePercent == other.sizePercent;
        }
    };
    struct ParagraphStyle
    {
        QString parent;
        QString align;
        bool operator==(const ParagraphStyle& other) const
        {
            return parent == other.parent && align == other.align;
        }
    };
    struct CellStyle
    {
        bool border = false;
        QString background;
        bool operator==(const CellStyle& other) const
        {
            return border == other.border && background == other.background;
        }
    };
    struct TableStyle
    {
        QList<double> columnPercents;
    };

    template<typename T> static QString nameFor(QList<T>& styles, const T& style, const char* prefix)
    {
        qsizetype index = styles.indexOf(style);
        if (index < 0) {
            styles.append(style);
            index = styles.size() - 1;
        }
        return QLatin1String(prefix) + QString::number(index + 1);
    }

    void writeFrame(QXmlStreamWriter& w, QTextFrame::iterator it, QTextFrame::iterator end, CellKind cell);
    void writeTable(QXmlStreamWriter& w, QTextTable* table);
    /** Returns false for an empty paragraph that was left out. */
    bool writeBlock(QXmlStreamWriter& w, const QTextBlock& block, CellKind cell);
    void writeFragments(QXmlStreamWriter& w, const QTextBlock& block, bool heading);
    void writeText(QXmlStreamWriter& w, const QString& text);
    void writePicture(QXmlStreamWriter& w, const QTextImageFormat& format);

    const QMap<QString, OdtImage>& m_images;
    QList<TextStyle> m_textStyles;
    QList<ParagraphStyle> m_paragraphStyles;
    QList<CellStyle> m_cellStyles;
    QList<TableStyle> m_tableStyles;
    int m_tableCount = 0;
    int m_pictureCount = 0;
    QList<std::pair<QString, QByteArray>> m_pictures;
};

void BodyWriter::writeFrame(
    QXmlStreamWriter& w, QTextFrame::iterator it, QTextFrame::iterator end, CellKind cell)
{
    QTextList* openList = nullptr;
    bool wrote = false;
    const auto closeList = [&] {
        if (openList)
            w.writeEndElement(); // text:list
        openList = nullptr;
    };
    for (; it != end; ++it) {
        if (QTextFrame* child = it.currentFrame()) {
            closeList();
            if (auto* table = qobject_cast<QTextTable*>(child))
                writeTable(w, table);
            else
                writeFrame(w, child->begin(), child->end(), cell);
            wrote = true;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        QTextList* list = block.textList();
        if (list != openList) {
            closeList();
            if (list) {
                start(w, "text:list");
                const QTextListFormat::Style kind = list->format().style();
                attr(w, "text:style-name",
                    kind == QTextListFormat::ListDecimal || kind == QTextListFormat::ListLowerAlpha
                            || kind == QTextListFormat::ListUpperAlpha
                        ? QStringLiteral("Numbering_20_123")
                        : QStringLiteral("List_20_1"));
                openList = list;
            }
        }
        if (list) {
            start(w, "text:list-item");
            writeBlock(w, block, cell);
            w.writeEndElement();
            wrote = true;
        } else {
            wrote = writeBlock(w, block, cell) || wrote;
        }
    }
    closeList();
    // A table cell must hold at least one paragraph.
    if (!wrote && cell != CellKind::None) {
        start(w, "text:p");
        attr(w, "text:style-name",
            cell == CellKind::Header ? QStringLiteral("Table_20_Heading")
                                     : QStringLiteral("Table_20_Contents"));
        w.writeEndElement();
    }
}

void BodyWriter::writeTable(QXmlStreamWriter& w, QTextTable* table)
{
    const QTextTableFormat format = table->format();
    const int columns = table->columns();
    const int rows = table->rows();
    const int headerRows = std::min(format.headerRowCount(), rows);
    const bool border = format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None;

    // Percentages from the HTML where it gives them; the rest share what is left equally.
    QList<double> percents(columns, 0.0);
    const QList<QTextLength> constraints = format.columnWidthConstraints();
    double given = 0;
    int unset = columns;
    for (int c = 0; c < columns && c < constraints.size(); ++c) {
        if (constraints.at(c).type() == QTextLength::PercentageLength) {
            percents[c] = constraints.at(c).rawValue();
            given += percents[c];
            --unset;
        }
    }
    for (double& percent : percents) {
        if (percent <= 0)
            percent = unset > 0 ? std::max(100.0 - given, 10.0 * unset) / unset : 0;
    }
    const int number = ++m_tableCount;
    if (m_tableStyles.size() < number)
        m_tableStyles.append({ percents });
    const QString name = QStringLiteral("Table%1").arg(number);

    start(w, "table:table");
    attr(w, "table:name", name);
    attr(w, "table:style-name", name);
    for (int c = 0; c < columns; ++c) {
        start(w, "table:table-column");
        attr(w, "table:style-name", QStringLiteral("%1.C%2").arg(name).arg(c + 1));
        w.writeEndElement();
    }
    for (int r = 0; r < rows; ++r) {
        if (r == 0 && headerRows > 0)
            start(w, "table:table-header-rows");
        start(w, "table:table-row");
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell tableCell = table->cellAt(r, c);
            if (tableCell.row() != r || tableCell.column() != c) {
                start(w, "table:covered-table-cell");
                w.writeEndElement();
                continue;
            }
            const QBrush background = tableCell.format().background();
            CellStyle style { border,
                background.style() == Qt::NoBrush ? QString() : background.color().name(QColor::HexRgb) };
            start(w, "table:table-cell");
            attr(w, "table:style-name", nameFor(m_cellStyles, style, "Cell"));
            attr(w, "office:value-type", QStringLiteral("string"));
            if (tableCell.columnSpan() > 1)
                attr(w, "table:number-columns-spanned", QString::number(tableCell.columnSpan()));
            if (tableCell.rowSpan() > 1)
                attr(w, "table:number-rows-spanned", QString::number(tableCell.rowSpan()));
            writeFrame(
                w, tableCell.begin(), tableCell.end(), r < headerRows ? CellKind::Header : CellKind::Body);
            w.writeEndElement();
        }
        w.writeEndElement(); // table:table-row
        if (r == headerRows - 1)
            w.writeEndElement(); // table:table-header-rows
    }
    w.writeEndElement();
}

bool BodyWriter::writeBlock(QXmlStreamWriter& w, const QTextBlock& block, CellKind cell)
{
    const QTextBlockFormat format = block.blockFormat();
    if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
        start(w, "text:p");
        attr(w, "text:style-name", QStringLiteral("Rule"));
        w.writeEndElement();
        return true;
    }
    const int level = std::clamp(format.headingLevel(), 0, 6);
    // Qt leaves empty paragraphs around tables; in a document they are stray blank lines.
    if (level == 0 && cell == CellKind::None && block.text().trimmed().isEmpty()
        && !block.text().contains(QChar::ObjectReplacementCharacter))
        return false;

    ParagraphStyle style;
    style.parent = level > 0       ? QStringLiteral("Heading_20_%1").arg(level)
        : cell == CellKind::Header ? QStringLiteral("Table_20_Heading")
        : cell == CellKind::Body   ? QStringLiteral("Table_20_Contents")
                                   : QStringLiteral("Text_20_body");
    const Qt::Alignment align = format.alignment() & Qt::AlignHorizontal_Mask;
    if (align & Qt::AlignHCenter)
        style.align = QStringLiteral("center");
    else if (align & Qt::AlignRight)
        style.align = QStringLiteral("end");
    else if (align & Qt::AlignJustify)
        style.align = QStringLiteral("justify");
    // The report's page breaks (the PDF's page one is the overview) are left out: Writer lays the
    // text out a little taller than Qt does, so a full page one ran over by a line or two and a
    // forced break then left a page nearly empty. Headings keep with what follows instead.

    start(w, level > 0 ? "text:h" : "text:p");
    attr(w, "text:style-name", style.align.isEmpty() ? style.parent : nameFor(m_paragraphStyles, style, "P"));
    if (level > 0)
        attr(w, "text:outline-level", QString::number(level));
    writeFragments(w, block, level > 0);
    w.writeEndElement();
    return true;
}

void BodyWriter::writeFragments(QXmlStreamWriter& w, const QTextBlock& block, bool heading)
{
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            writePicture(w, format.toImageFormat());
            continue;
        }
        // A heading's size and weight come from its Heading style, so it can be restyled as one.
        TextStyle style;
        if (!heading) {
            style.bold = format.fontWeight() >= QFont::DemiBold;
            if (format.hasProperty(QTextFormat::FontSizeAdjustment)) {
                static const int percents[] = { 70, 85, 100, 120, 150, 200 };
                style.sizePercent
                    = percents[std::clamp(format.intProperty(QTextFormat::FontSizeAdjustment) + 2, 0, 5)];
            }
        }
        style.italic = format.fontItalic();
        if (format.foreground().style() != Qt::NoBrush && format.foreground().color() != Qt::black)
            style.colour = format.foreground().color().name(QColor::HexRgb);
        const bool plain = style == TextStyle();
        if (!plain) {
            start(w, "text:span");
            attr(w, "text:style-name", nameFor(m_textStyles, style, "T"));
        }
        writeText(w, fragment.text());
        if (!plain)
            w.writeEndElement();
    }
}

void BodyWriter::writeText(QXmlStreamWriter& w, const QString& text)
{
    // ODF collapses white space like HTML: a space after a space, or at the start of an element,
    // needs text:s to survive; tabs and line breaks are elements of their own.
    QString run;
    int spaces = 0;
    bool afterSpace = true;
    const auto flush = [&] {
        if (!run.isEmpty())
            w.writeCharacters(run);
        run.clear();
        if (spaces > 0) {
            start(w, "text:s");
            if (spaces > 1)
                attr(w, "text:c", QString::number(spaces));
            w.writeEndElement();
        }
        spaces = 0;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            if (afterSpace)
                ++spaces;
            else
                run += c;
            afterSpace = true;
        } else if (c == QChar::LineSeparator || c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            flush();
            start(w, c == QLatin1Char('\t') ? "text:tab" : "text:line-break");
            w.writeEndElement();
            afterSpace = true;
        } else if (c == QChar::ObjectReplacementCharacter || c.unicode() < 0x20) {
            continue; // not allowed in XML, and nothing to show
        } else {
            if (spaces > 0)
                flush();
            run += c;
            afterSpace = false;
        }
    }
    flush();
}

void BodyWriter::writePicture(QXmlStreamWriter& w, const QTextImageFormat& format)
{
    const auto found = m_images.constFind(format.name());
    if (found == m_images.constEnd() || found->png.isEmpty())
        return;
    const int number = ++m_pictureCount;
    const QString path = QStringLiteral("Pictures/image%1.png").arg(number);
    if (m_pictures.size() < number)
        m_pictures.append({ path, found->png });
    double width = pixelsToCm(format.width());
    double height = pixelsToCm(format.height());
    if (width <= 0 || height <= 0) {
        width = bodyWidthCm;
        height = bodyWidthCm * 0.7;
    }
    if (width > bodyWidthCm) {
        height *= bodyWidthCm / width;
        width = bodyWidthCm;
    }
    start(w, "draw:frame");
    attr(w, "draw:style-name", QStringLiteral("Graphics"));
    attr(w, "draw:name", found->title.isEmpty() ? path : found->title);
    attr(w, "text:anchor-type", QStringLiteral("as-char"));
    attr(w, "svg:width", cm(width));
    attr(w, "svg:height", cm(height));
    attr(w, "draw:z-index", QStringLiteral("0"));
    start(w, "draw:image");
    attr(w, "xlink:href", path);
    attr(w, "xlink:type", QStringLiteral("simple"));
    attr(w, "xlink:show", QStringLiteral("embed"));
    attr(w, "xlink:actuate", QStringLiteral("onLoad"));
    w.writeEndElement();
    // The text alternative: Writer shows these as the picture's title and description, and
    // exports them as alt text to PDF, HTML and Word.
    if (!found->title.isEmpty())
        w.writeTextElement(QStringLiteral("svg:title"), found->title);
    if (!found->description.isEmpty())
        w.writeTextElement(QStringLiteral("svg:desc"), found->description);
    w.writeEndElement();
}

void BodyWriter::writeAutomaticStyles(QXmlStreamWriter& w) const
{
    for (int i = 0; i < m_textStyles.size(); ++i) {
        const TextStyle& s = m_textStyles.at(i);
        openStyle(w, QStringLiteral("T%1").arg(i + 1), "text", "style:text-properties");
        if (s.bold) {
            attr(w, "fo:font-weight", QStringLiteral("bold"));
            attr(w, "style:font-weight-asian", QStringLiteral("bold"));
            attr(w, "style:font-weight-complex", QStringLiteral("bold"));
        }
        if (s.italic) {
            attr(w, "fo:font-style", QStringLiteral("italic"));
            attr(w, "style:font-style-asian", QStringLiteral("italic"));
            attr(w, "style:font-style-complex", QStringLiteral("italic"));
        }
        if (!s.colour.isEmpty())
            attr(w, "fo:color", s.colour);
        if (s.sizePercent != 100)
            attr(w, "fo:font-size", QString::number(s.sizePercent) + QLatin1Char('%'));
        closeStyle(w);
    }
    for (int i = 0; i < m_paragraphStyles.size(); ++i) {
        const ParagraphStyle& s = m_paragraphStyles.at(i);
        openStyle(w, QStringLiteral("P%1").arg(i + 1), "paragraph", "style:paragraph-properties", s.parent);
        if (!s.align.isEmpty())
            attr(w, "fo:text-align", s.align);
        closeStyle(w);
    }
    for (int t = 0; t < m_tableStyles.size(); ++t) {
        const QString name = QStringLiteral("Table%1").arg(t + 1);
        openStyle(w, name, "table", "style:table-properties");
        attr(w, "style:width", cm(bodyWidthCm));
        attr(w, "table:align", QStringLiteral("margins"));
        attr(w, "fo:margin-top", QStringLiteral("0.1cm"));
        attr(w, "fo:margin-bottom", QStringLiteral("0.25cm"));
        closeStyle(w);
        const QList<double>& percents = m_tableStyles.at(t).columnPercents;
        double total = 0;
        for (double p : percents)
            total += p;
        for (int c = 0; c < percents.size(); ++c) {
            openStyle(w, QStringLiteral("%1.C%2").arg(name).arg(c + 1), "table-column",
                "style:table-column-properties");
            const double share = total > 0 ? percents.at(c) / total : 1.0 / percents.size();
            attr(w, "style:column-width", cm(bodyWidthCm * share));
            attr(w, "style:rel-column-width", QString::number(qRound(share * 10000)) + QLatin1Char('*'));
            closeStyle(w);
        }
    }
    for (int i = 0; i < m_cellStyles.size(); ++i) {
        const CellStyle& s = m_cellStyles.at(i);
        openStyle(w, QStringLiteral("Cell%1").arg(i + 1), "table-cell", "style:table-cell-properties");
        attr(w, "fo:padding", QStringLiteral("0.1cm"));
        attr(w, "fo:border", s.border ? QStringLiteral("0.5pt solid #b8c2cc") : QStringLiteral("none"));
        if (!s.background.isEmpty())
            attr(w, "fo:background-color", s.background);
        closeStyle(w);
    }
}

QByteArray contentXml(const QTextDocument& document, BodyWriter& body)
{
    {
        QByteArray discard;
        QBuffer sink(&discard);
        sink.open(QIODevice::WriteOnly);
        QXmlStreamWriter dry(&sink);
        body.writeBody(dry, document);
    }
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startRoot(w, "office:document-content");
    start(w, "office:automatic-styles");
    body.writeAutomaticStyles(w);
    w.writeEndElement();
    start(w, "office:body");
    start(w, "office:text");
    body.writeBody(w, document);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

void paragraphStyle(QXmlStreamWriter& w, const char* name, const char* displayName, const char* parent,
    const char* styleClass, const QList<std::pair<const char*, QString>>& paragraph,
    const QList<std::pair<const char*, QString>>& text, int outlineLevel = 0)
{
    start(w, "style:style");
    attr(w, "style:name", QLatin1String(name));
    attr(w, "style:display-name", QLatin1String(displayName));
    attr(w, "style:family", QStringLiteral("paragraph"));
    if (parent)
        attr(w, "style:parent-style-name", QLatin1String(parent));
    if (outlineLevel > 0) {
        attr(w, "style:next-style-name", QStringLiteral("Text_20_body"));
        attr(w, "style:default-outline-level", QString::number(outlineLevel));
    }
    attr(w, "style:class", QLatin1String(styleClass));
    if (!paragraph.isEmpty()) {
        start(w, "style:paragraph-properties");
        for (const auto& [key, value] : paragraph)
            attr(w, key, value);
        w.writeEndElement();
    }
    if (!text.isEmpty()) {
        start(w, "style:text-properties");
        for (const auto& [key, value] : text)
            attr(w, key, value);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void listStyle(QXmlStreamWriter& w, const char* name, const char* displayName, bool numbered)
{
    start(w, "text:list-style");
    attr(w, "style:name", QLatin1String(name));
    attr(w, "style:display-name", QLatin1String(displayName));
    start(w, numbered ? "text:list-level-style-number" : "text:list-level-style-bullet");
    attr(w, "text:level", QStringLiteral("1"));
    if (numbered) {
        attr(w, "style:num-suffix", QStringLiteral("."));
        attr(w, "style:num-format", QStringLiteral("1"));
    } else {
        attr(w, "text:bullet-char", QStringLiteral("•"));
    }
    start(w, "style:list-level-properties");
    attr(w, "text:list-level-position-and-space-mode", QStringLiteral("label-alignment"));
    start(w, "style:list-level-label-alignment");
    attr(w, "text:label-followed-by", QStringLiteral("listtab"));
    attr(w, "text:list-tab-stop-position", QStringLiteral("0.635cm"));
    attr(w, "fo:text-indent", QStringLiteral("-0.635cm"));
    attr(w, "fo:margin-left", QStringLiteral("0.635cm"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

void writeFontFaces(QXmlStreamWriter& w)
{
    start(w, "office:font-face-decls");
    start(w, "style:font-face");
    attr(w, "style:name", QStringLiteral("Liberation Sans"));
    attr(w, "svg:font-family", QStringLiteral("'Liberation Sans'"));
    attr(w, "style:font-family-generic", QStringLiteral("swiss"));
    attr(w, "style:font-pitch", QStringLiteral("variable"));
    w.writeEndElement();
    w.writeEndElement();
}

/** The named styles a user sees in Writer's style list: paragraphs, headings, lists, outline. */
void writeNamedStyles(QXmlStreamWriter& w, const OdtInfo& info)
{
    start(w, "office:styles");
    // The document's language: spelling, hyphenation and the voice a screen reader uses.
    start(w, "style:default-style");
    attr(w, "style:family", QStringLiteral("paragraph"));
    start(w, "style:text-properties");
    attr(w, "style:font-name", QStringLiteral("Liberation Sans"));
    attr(w, "fo:font-size", QStringLiteral("10pt"));
    attr(w, "fo:language", info.language.base());
    attr(w, "fo:country", country(info.language));
    w.writeEndElement();
    w.writeEndElement();
    const QString colour = QStringLiteral("#1f3b57");
    paragraphStyle(w, "Standard", "Standard", nullptr, "text", {}, {});
    paragraphStyle(w, "Text_20_body", "Text body", "Standard", "text",
        { { "fo:margin-top", QStringLiteral("0cm") }, { "fo:margin-bottom", QStringLiteral("0.2cm") },
            { "fo:line-height", QStringLiteral("120%") } },
        {});
    paragraphStyle(w, "Heading", "Heading", "Standard", "text",
        { { "fo:margin-top", QStringLiteral("0.45cm") }, { "fo:margin-bottom", QStringLiteral("0.2cm") },
            { "fo:keep-with-next", QStringLiteral("always") } },
        { { "fo:color", colour }, { "fo:font-weight", QStringLiteral("bold") },
            { "style:font-weight-asian", QStringLiteral("bold") },
            { "style:font-weight-complex", QStringLiteral("bold") } });
    paragraphStyle(w, "Heading_20_1", "Heading 1", "Heading", "text", {},
        { { "fo:font-size", QStringLiteral("20pt") } }, 1);
    paragraphStyle(w, "Heading_20_2", "Heading 2", "Heading", "text", {},
        { { "fo:font-size", QStringLiteral("15pt") } }, 2);
    paragraphStyle(w, "Heading_20_3", "Heading 3", "Heading", "text", {},
        { { "fo:font-size", QStringLiteral("12pt") } }, 3);
    for (int level = 4; level <= 6; ++level) {
        const QByteArray name = "Heading_20_" + QByteArray::number(level);
        const QByteArray display = "Heading " + QByteArray::number(level);
        paragraphStyle(w, name.constData(), display.constData(), "Heading", "text", {},
            { { "fo:font-size", QStringLiteral("10pt") } }, level);
    }
    paragraphStyle(w, "Table_20_Contents", "Table Contents", "Standard", "extra", {}, {});
    paragraphStyle(w, "Table_20_Heading", "Table Heading", "Table_20_Contents", "extra", {},
        { { "fo:font-weight", QStringLiteral("bold") } });
    paragraphStyle(w, "Footer", "Footer", "Standard", "extra", {},
        { { "fo:font-size", QStringLiteral("7.5pt") }, { "fo:color", QStringLiteral("#666666") } });
    paragraphStyle(w, "Rule", "Horizontal Line", "Standard", "html",
        { { "fo:margin-top", QStringLiteral("0.3cm") }, { "fo:margin-bottom", QStringLiteral("0.2cm") },
            { "fo:border-bottom", QStringLiteral("0.5pt solid #b8c2cc") },
            { "fo:padding", QStringLiteral("0cm") } },
        { { "fo:font-size", QStringLiteral("2pt") } });
    openStyle(w, QStringLiteral("Graphics"), "graphic", "style:graphic-properties");
    attr(w, "style:vertical-pos", QStringLiteral("top"));
    attr(w, "style:vertical-rel", QStringLiteral("baseline"));
    attr(w, "fo:border", QStringLiteral("none"));
    closeStyle(w);
    listStyle(w, "Numbering_20_123", "Numbering 123", true);
    listStyle(w, "List_20_1", "List 1", false);
    // No numbers before headings, but each level tied to its Heading style, as Writer expects.
    start(w, "text:outline-style");
    attr(w, "style:name", QStringLiteral("Outline"));
    for (int level = 1; level <= 10; ++level) {
        start(w, "text:outline-level-style");
        attr(w, "text:level", QString::number(level));
        attr(w, "style:num-format", QString());
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement(); // office:styles
}

/** A4 portrait with a footer line. */
void writePageLayout(QXmlStreamWriter& w)
{
    start(w, "office:automatic-styles");
    start(w, "style:page-layout");
    attr(w, "style:name", QStringLiteral("pm1"));
    start(w, "style:page-layout-properties");
    attr(w, "fo:page-width", QStringLiteral("21cm"));
    attr(w, "fo:page-height", QStringLiteral("29.7cm"));
    attr(w, "style:print-orientation", QStringLiteral("portrait"));
    attr(w, "fo:margin-top", QStringLiteral("1.8cm"));
    attr(w, "fo:margin-bottom", QStringLiteral("1cm"));
    attr(w, "fo:margin-left", QStringLiteral("2cm"));
    attr(w, "fo:margin-right", QStringLiteral("2cm"));
    w.writeEndElement();
    start(w, "style:footer-style");
    start(w, "style:header-footer-properties");
    attr(w, "fo:min-height", QStringLiteral("0.6cm"));
    attr(w, "fo:margin-top", QStringLiteral("0.3cm"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

/** The one master page: the footer text and the page number. */
void writeMasterPage(QXmlStreamWriter& w, const OdtInfo& info)
{
    start(w, "office:master-styles");
    start(w, "style:master-page");
    attr(w, "style:name", QStringLiteral("Standard"));
    attr(w, "style:page-layout-name", QStringLiteral("pm1"));
    start(w, "style:footer");
    start(w, "text:p");
    attr(w, "text:style-name", QStringLiteral("Footer"));
    if (!info.footer.isEmpty())
        w.writeCharacters(info.footer + QStringLiteral(" · "));
    start(w, "text:page-number");
    attr(w, "text:select-page", QStringLiteral("current"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

QByteArray stylesXml(const OdtInfo& info)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startRoot(w, "office:document-styles");
    writeFontFaces(w);
    writeNamedStyles(w, info);
    writePageLayout(w);
    writeMasterPage(w, info);
    w.writeEndElement(); // office:document-styles
    w.writeEndDocument();
    return bytes;
}

QByteArray metaXml(const OdtInfo& info)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startRoot(w, "office:document-meta");
    start(w, "office:meta");
    w.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Zelfscan"));
    w.writeTextElement(QStringLiteral("dc:title"), info.title);
    w.writeTextElement(
        QStringLiteral("dc:language"), info.language.base() + QLatin1Char('-') + country(info.language));
    const QString created = info.created.toString(Qt::ISODate);
    w.writeTextElement(QStringLiteral("meta:creation-date"), created);
    w.writeTextElement(QStringLiteral("dc:date"), created);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const QList<std::pair<QString, QByteArray>>& pictures)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    start(w, "manifest:manifest");
    attr(w, "xmlns:manifest", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    attr(w, "manifest:version", odfVersion);
    const auto entry = [&w](const QString& path, const QString& type) {
        start(w, "manifest:file-entry");
        attr(w, "manifest:full-path", path);
        if (path == QLatin1String("/"))
            attr(w, "manifest:version", odfVersion);
        attr(w, "manifest:media-type", type);
        w.writeEndElement();
    };
    entry(QStringLiteral("/"), mimeType);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const auto& picture : pictures)
        entry(picture.first, QStringLiteral("image/png"));
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

struct ZipSourceDeleter
{
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

/**
 * Zips @p entries in memory, in order. An ODF package must start with an uncompressed
 * "mimetype" entry, so readers can tell the type from its first bytes; the rest is deflated.
 */
QByteArray zipPackage(const QList<std::pair<QString, QByteArray>>& entries, QString* error)
{
    const auto fail = [error](const QString& what) {
        if (error)
            *error = QStringLiteral("cannot write the ODT package: %1").arg(what);
        return QByteArray();
    };
    zip_error_t zipError;
    zip_error_init(&zipError);
    std::unique_ptr<zip_source_t, ZipSourceDeleter> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &zipError));
    if (!buffer) {
        const QString message = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return fail(message);
    }
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zipError);
    if (!archive) {
        const QString message = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return fail(message);
    }
    zip_error_fini(&zipError);
    // zip_close() would otherwise free the buffer that holds the result.
    zip_source_keep(buffer.get());
    for (const auto& [name, data] : entries) {
        // zip_source_buffer reads the bytes at zip_close(); @p entries outlives it.
        zip_source_t* source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = source
            ? zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
            : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return fail(message);
        }
        const bool store = name == QLatin1String("mimetype") || name.endsWith(QLatin1String(".png"));
        zip_set_file_compression(archive, zip_uint64_t(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return fail(message);
    }

    QByteArray bytes;
    if (zip_source_open(buffer.get()) != 0)
        return fail(QStringLiteral("cannot read the package back"));
    zip_source_seek(buffer.get(), 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer.get());
    zip_source_seek(buffer.get(), 0, SEEK_SET);
    if (size > 0) {
        bytes.resize(size);
        if (zip_source_read(buffer.get(), bytes.data(), zip_uint64_t(size)) != size)
            bytes.clear();
    }
    zip_source_close(buffer.get());
    if (bytes.isEmpty())
        return fail(QStringLiteral("the package is empty"));
    return bytes;
}

} // namespace

QByteArray writeOdt(
    const QTextDocument& document, const OdtInfo& info, const QMap<QString, OdtImage>& images, QString* error)
{
    BodyWriter body(images);
    const QByteArray content = contentXml(document, body);
    QList<std::pair<QString, QByteArray>> entries {
        { QStringLiteral("mimetype"), mimeType.toLatin1() },
        { QStringLiteral("content.xml"), content },
        { QStringLiteral("styles.xml"), stylesXml(info) },
        { QStringLiteral("meta.xml"), metaXml(info) },
    };
    entries += body.pictures();
    entries.append({ QStringLiteral("META-INF/manifest.xml"), manifestXml(body.pictures()) });
    return zipPackage(entries, error);
}

} // namespace zelfscan
