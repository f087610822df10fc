// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

#include <QCommandLineParser>

namespace zelfscan::cli {

QString counted(qint64 count, const char* one, const char* many)
{
    return QString::number(count) + QLatin1Char(' ') + QLatin1String(count == 1 ? one : many);
}

int CliContext::usageError(const QString& message) const
{
    err << "zelfscan-cli " << commandName << ": " << message << "\n"
        << "Try 'zelfscan-cli " << commandName << " --help'.\n";
    err.flush();
    return UsageError;
}

std::optional<Language> CliContext::language(const QString& code, const QStringList& offered) const
{
    const std::optional<Language> language = Language::parse(code);
    if (language && offered.contains(language->code()))
        return language;
    QStringList named = offered;
    const QString last = named.isEmpty() ? QString() : named.takeLast();
    usageError(
        QStringLiteral("--lang must be %1")
            .arg(named.isEmpty() ? last : named.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last));
    return std::nullopt;
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, Positionals positionals) const
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (positionals == Positionals::Refused && !parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace zelfscan::cli
