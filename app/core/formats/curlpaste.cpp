// SPDX-License-Identifier: MIT
// The pasted text around curl commands: the shell's reading of it (curlshell.h), prompts, what a
// chat did to it, what is piped into curl, and the other programs people paste instead of curl.
#include "core/formats/curlcommand.h"

#include "core/formats/curlimport.h"
#include "core/formats/curloptions.h"
#include "core/formats/curlwindows.h"
#include "core/formats/pastedcharacters.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

// Whether curl reads the word after `word` as its value: "-X", "--header", "-sSX" (the last
// letter of a bundle takes it), but not "-XPOST".
bool takesNextWord(const QByteArray &word)
{
    const QString text = QString::fromUtf8(word);
    if (text.startsWith(u"--"_s))
        return findCurlOption(text).value_or(CurlOption{}).takesValue;
    if (!text.startsWith(u'-') || text.size() < 2)
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const std::optional<CurlOption> option = findCurlOption(u'-' + text.at(i));
        if (option && option->takesValue)
            return i == text.size() - 1;
    }
    return false;
}

// The parameters of PowerShell's Invoke-WebRequest that no curl command holds.
bool isPowerShellParameter(const QByteArray &word)
{
    static const QByteArrayList names{"-uri",
                                      "-method",
                                      "-headers",
                                      "-body",
                                      "-contenttype",
                                      "-usebasicparsing",
                                      "-websession",
                                      "-infile",
                                      "-outfile",
                                      "-sessionvariable",
                                      "-maximumredirection",
                                      "-timeoutsec"};
    return word.startsWith('-') && names.contains(word.toLower());
}

// An option whose hyphens a chat or a word processor made into a dash ("–H", "—data", "−k"):
// the option curl would have had, or nothing when `word` does not start with such a dash.
std::optional<QByteArray> undashedOption(const QByteArray &word)
{
    static const QStringList dashes{u"\u2013"_s, u"\u2014"_s, u"\u2212"_s, u"\u2010"_s, u"\u2011"_s};
    QString text = QString::fromUtf8(word);
    if (!std::any_of(dashes.cbegin(), dashes.cend(),
                     [&](const QString &dash) { return text.startsWith(dash); }))
        return std::nullopt;
    // "–-data", "-–data" and "——data" alike: the name after every dash.
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == u'-' || dashes.contains(text.at(start))))
        ++start;
    const QString name = text.mid(start);
    if (name.isEmpty())
        return std::nullopt;
    const QString longForm = u"--"_s + name;
    return (findCurlOption(longForm) ? longForm : u'-' + name).toUtf8();
}

// A command piped into curl that the paste shows the output of.
struct PipedInput
{
    ShellInput input;
    QString written; // "echo '{…}'", for the sentence
};

// What echo, printf (a format without conversions, or "%s" and one word), cat FILE and cat with a
// here-document write, as far as the paste tells it; nothing for any other command.
std::optional<PipedInput> pipedInput(const QList<QByteArray> &words, const ShellInput &itsInput)
{
    const QByteArray program = words.first();
    QList<QByteArray> arguments = words.mid(1);
    QStringList shown;
    for (const QByteArray &word : words)
        shown.append(shellQuote(word));
    const QString written = shown.join(u' ');
    if (program == "echo") {
        bool newline = true;
        while (!arguments.isEmpty() && (arguments.first() == "-n" || arguments.first() == "-E")) {
            newline = newline && arguments.first() != "-n";
            arguments.removeFirst();
        }
        if (!arguments.isEmpty() && arguments.first().startsWith('-'))
            return std::nullopt; // -e and the like: escapes this reading does not undo
        return PipedInput{{arguments.join(' ') + (newline ? "\n" : ""), {}}, written};
    }
    if (program == "printf" && !arguments.isEmpty()) {
        const QByteArray format = arguments.first();
        QByteArray out;
        if (arguments.size() == 2 && (format == "%s" || format == "%s\\n"))
            out = arguments.at(1) + (format == "%s" ? "" : "\n");
        else if (arguments.size() == 1 && !format.contains('%'))
            out = QByteArray(format).replace("\\n", "\n").replace("\\t", "\t");
        else
            return std::nullopt;
        return PipedInput{{out, {}}, written};
    }
    if (program == "cat" && arguments.size() == 1 && !arguments.first().startsWith('-'))
        return PipedInput{{std::nullopt, QString::fromUtf8(arguments.first())}, written};
    if (program == "cat" && arguments.isEmpty() && itsInput.given()) // "cat <<EOF |"
        return PipedInput{itsInput, written + u" <<…"_s};
    return std::nullopt;
}

// The sentences for what splitting the pasted text mended (curlshell.h).
QStringList mendSentences(const PasteMends &mends)
{
    QStringList sentences;
    if (mends.typographicQuotes)
        sentences.append(
            CurlText::tr("typographic quotes (“ ” ‘ ’) were read as straight quotes: a chat or a "
                         "word processor had changed them"));
    if (mends.unusualSpaces)
        sentences.append(CurlText::tr("no-break or other Unicode spaces between words were read as spaces"));
    if (mends.invisibleCharacters)
        sentences.append(CurlText::tr("invisible zero-width characters outside quotes were removed"));
    if (!mends.shellVariables.isEmpty())
        sentences.append(
            CurlText::tr("%1: shell variables, sent as written: a shell would have put their values "
                         "there; replace them before sending")
                .arg(mends.shellVariables.join(u", "_s)));
    if (mends.commandSubstitution)
        sentences.append(CurlText::tr("$(…) or `…`: a shell would have run that command and put its output "
                                      "there; it is sent as written"));
    if (mends.spaceAfterBackslash)
        sentences.append(CurlText::tr("a backslash followed by spaces at a line's end was read as a line "
                                      "continuation (a shell would end the command there)"));
    return sentences;
}

// The prompt a terminal shows before a command, copied with it: bash's "ann@box:~/w$ ", Fedora's
// "[ann@box w]$ ", root's "#", zsh's "ann@box ~ % ", starship's "❯", oh-my-zsh's "➜  ~ ", "λ", a
// virtualenv's "(venv) " in front, PowerShell's "PS C:\w> ", cmd.exe's "C:\Users\ann>" (no space
// before curl). Only what ends in a prompt sign right before curl (after sudo, time or variables
// set for it) is a prompt, and never text with quotes, a pipe or a command separator in it.
// The words a shell reads before the program itself and that change nothing in the request:
// run as another user, timed, detached (sudo, time, command, nohup, exec, env).
constexpr std::array<QStringView, 6> WordsBeforeProgram{u"sudo",  u"time", u"command",
                                                        u"nohup", u"exec", u"env"};

// WordsBeforeProgram as a regular expression's alternatives: "sudo|time|…".
QString wordsBeforeProgramPattern()
{
    QStringList words;
    for (const QStringView word : WordsBeforeProgram)
        words.append(word.toString());
    return words.join(u'|');
}

const QRegularExpression &promptBeforeCurl()
{
    static const QRegularExpression prompt(
        uR"(^[ \t]*[^'"`|;&\n]*?(?:[$#%>❯λ»]|➜[ \t]+\S+)[ \t]*)"
        uR"((?=(?:(?:%1)[ \t]+)*(?:[A-Za-z_][A-Za-z0-9_]*=\S*[ \t]+)*)"
        uR"((?:\S*[/\\])?curl(?:\.exe)?(?:[ \t\r]|\\?\r?$|\^?\r?$)))"_s.arg(wordsBeforeProgramPattern()),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return prompt;
}

// True when a line starts a curl command: "curl …", and "sudo curl …", "HTTPS_PROXY=… curl …" with
// the words a shell reads before the program.
bool startsWithCurl(QStringView line)
{
    static const QRegularExpression beforeProgram(
        uR"(^(?:(?:%1)\s+|[A-Za-z_][A-Za-z0-9_]*=\S*\s+)+)"_s.arg(wordsBeforeProgramPattern()));
    QStringView words = line.trimmed();
    if (const QRegularExpressionMatch before = beforeProgram.match(words); before.hasMatch())
        words = words.mid(before.capturedLength());
    return words == u"curl" || words.startsWith(u"curl ") || words.startsWith(u"curl\t")
        || words.startsWith(u"curl\\") || words.startsWith(u"curl.exe ");
}

// Reads a command line by line, to tell whether it goes on to the next line: a quote still open,
// or a line that ends in a continuation (a backslash, cmd.exe's caret, PowerShell's backtick) or
// in a pipe or "&&" that needs the next command. cmd.exe text escapes with a caret and has no
// single quotes. Each line is read once, where the state is carried over: a quoted body of
// thousands of lines costs no more than one long line.
class CommandScan
{
public:
    explicit CommandScan(bool cmd)
        : m_escape(cmd ? u'^' : u'\\')
        , m_cmd(cmd)
    {
    }

    // Reads the next line of the command (the first, or one after a line break).
    void read(QStringView line)
    {
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (m_quote == Quote::Single) {
                if (c == u'\'')
                    m_quote = Quote::None;
            } else if (c == m_escape) {
                ++i; // the next character is taken as it is (at the end: the line break)
            } else if (m_quote == Quote::Double) {
                if (c == u'"')
                    m_quote = Quote::None;
            } else if (c == u'"') {
                m_quote = Quote::Double;
            } else if (c == u'\'' && !m_cmd) {
                m_quote = Quote::Single;
            } else if (c == u'#' && !m_cmd && (i == 0 || line.at(i - 1).isSpace())) {
                break; // a comment: its quotes are words
            }
        }
        if (!line.trimmed().isEmpty())
            m_tail = line.trimmed().toString();
    }

    bool goesOn() const
    {
        if (m_quote != Quote::None)
            return true;
        const QStringView end = m_tail;
        if (end.endsWith(u'|') || end.endsWith(u"&&") || end.endsWith(u'`'))
            return true;
        // An escape at the very end (spaces after it allowed, as the reader mends): count the run,
        // since "\\\\" is an escaped backslash.
        qsizetype escapes = 0;
        while (escapes < end.size() && end.at(end.size() - 1 - escapes) == m_escape)
            ++escapes;
        return escapes % 2 == 1;
    }

    // The last line read that was not blank, trimmed.
    const QString &tail() const { return m_tail; }

private:
    enum class Quote { None, Single, Double };
    QChar m_escape;
    bool m_cmd;
    Quote m_quote = Quote::None;
    QString m_tail;
};

// What curl -v prints, copied after the command: "* Trying …", "> GET / HTTP/1.1", "< HTTP/2 200",
// the lone ">" and "<" that end its header blocks, "{ [5 bytes data]".
bool isCurlTraceLine(const QString &line)
{
    static const QRegularExpression trace(uR"(^(?:[*<>](?:[ \t].*)?|[{}] \[.*)\r?$)"_s);
    return trace.match(line).hasMatch();
}

// The lines of a paste that hold commands, as a terminal shows them: the prompt before each command
// left out (bash's "ann@box:~/w$ ", and its "> " before a continued line), and, when prompts show
// it is a terminal's transcript, what the terminal printed between them (the command's output, the
// prompt waiting at the end); without prompts, the lines curl -v printed after a command.
// `outputLines` counts the lines left out.
QString pastedCommandLines(const QString &text, qsizetype *outputLines, bool outputWithoutPrompts = false)
{
    // A prompt is what comes before the line's first curl: "curl A > curl" keeps its first command.
    static const QRegularExpression curlWord(uR"((?:^|[\s/\\>])curl(?:\.exe)?(?:\s|$))"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression continuationPrompt(uR"(^[ \t]*> )"_s);
    const bool cmd = isCmdText(text);
    const QStringList lines = text.split(u'\n');
    // The prompts seen before curl: the same prompt before another program is a command too.
    QStringList prompts;
    for (const QString &line : lines) {
        const QRegularExpressionMatch prompt = promptBeforeCurl().match(line);
        if (prompt.hasMatch() && !curlWord.match(prompt.captured()).hasMatch()
            && !prompt.captured().trimmed().isEmpty() && !prompts.contains(prompt.captured().trimmed()))
            prompts.append(prompt.captured().trimmed());
    }
    const auto afterPrompt = [&](const QString &line) -> std::optional<QString> {
        const QRegularExpressionMatch prompt = promptBeforeCurl().match(line);
        if (prompt.hasMatch() && !curlWord.match(prompt.captured()).hasMatch())
            return line.mid(prompt.capturedLength());
        for (const QString &seen : prompts) {
            const QString trimmed = line.trimmed();
            if (trimmed == seen)
                return QString(); // the prompt alone, waiting for the next command
            if (line.trimmed().startsWith(seen + u' '))
                return trimmed.mid(seen.size()).trimmed();
        }
        return std::nullopt;
    };
    QStringList kept;
    CommandScan command(cmd); // the command being read, while it goes on to the next line
    bool goesOn = false;
    *outputLines = 0;
    for (const QString &line : lines) {
        if (goesOn) {
            // bash shows "> " before each line it reads for a command ending in a backslash
            const bool afterBackslash = command.tail().endsWith(u'\\');
            QString next = line;
            if (afterBackslash)
                next.remove(continuationPrompt);
            kept.append(next);
            command.read(next);
            goesOn = command.goesOn();
            continue;
        }
        if (const std::optional<QString> commandText = afterPrompt(line)) {
            if (commandText->trimmed().isEmpty()) {
                ++*outputLines;
                continue;
            }
            kept.append(*commandText);
            command = CommandScan(cmd);
            command.read(*commandText);
            goesOn = command.goesOn();
            continue;
        }
        // Among prompted commands, a curl command without one (a guide that prompts only some) is
        // still a command, and a comment a comment; any other line is what the terminal printed.
        const bool output = prompts.isEmpty() && !outputWithoutPrompts
            ? !kept.isEmpty() && isCurlTraceLine(line)
            : !kept.isEmpty() && !startsWithCurl(line) && !line.trimmed().startsWith(u'#');
        if (output) {
            if (!line.trimmed().isEmpty())
                ++*outputLines;
            continue;
        }
        kept.append(line);
        command = CommandScan(cmd);
        command.read(line);
        goesOn = command.goesOn();
    }
    return kept.join(u'\n');
}

// Where the program starts among a command's words: after WordsBeforeProgram (with their own
// options), and after variables set for curl alone ("HTTPS_PROXY=… curl"), which are said, as curl
// would use them and StatusScope does not.
qsizetype programStart(const QList<QByteArray> &words, QStringList *notes)
{
    static const QRegularExpression assignment(u"^[A-Za-z_][A-Za-z0-9_]*="_s);
    qsizetype at = 0;
    while (at + 1 < words.size()) {
        const QByteArray &word = words.at(at);
        if (std::find(WordsBeforeProgram.cbegin(), WordsBeforeProgram.cend(), QString::fromUtf8(word))
            != WordsBeforeProgram.cend()) {
            ++at;
            // sudo's and env's own options: "-u USER" takes the next word.
            while (at + 1 < words.size() && words.at(at).startsWith('-')) {
                at += (words.at(at) == "-u" || words.at(at) == "-g") ? 2 : 1;
            }
            continue;
        }
        const QString text = QString::fromUtf8(word);
        if (assignment.match(text).hasMatch()) {
            notes->append(CurlText::tr("%1: set for curl by the shell; this environment is not applied here")
                              .arg(text.section(u'=', 0, 0) + u"=…"_s));
            ++at;
            continue;
        }
        break;
    }
    return at;
}

QString powerShellSentence()
{
    return CurlText::tr(
        "This is PowerShell's Invoke-WebRequest (Windows PowerShell calls it “curl” too), not a "
        "curl command: copy the request as cURL (bash or cmd), or run curl.exe.");
}

} // namespace

std::optional<QList<CurlImport>> parseCurlCommands(const QString &text, QString *error, CurlFiles files)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString splitError;
    PasteMends mends;
    // cmd.exe text (Copy as cURL (cmd), '^' at line ends) has its own quoting; PowerShell's
    // backtick continuations are joined, the rest read as a POSIX shell reads it.
    std::optional<QList<ShellCommand>> commands;
    qsizetype outputLines = 0;
    const auto splitLines = [&](const QString &lines) {
        std::optional<QList<ShellCommand>> split;
        if (isCmdText(lines)) {
            if (const std::optional<QList<QList<QByteArray>>> cmd
                = splitCmdCommands(lines, &splitError, &mends)) {
                split.emplace();
                for (const QList<QByteArray> &words : *cmd)
                    split->append(ShellCommand{words, {}, {}, false});
            }
        } else {
            split = splitShellCommands(joinPowerShellLines(lines), &splitError, &mends);
        }
        return split;
    };
    commands = splitLines(pastedCommandLines(text, &outputLines));
    if (!commands) {
        // Without prompts output cannot be told from a command, until it cannot be read as one
        // ("It's alive" after the command): then what follows the first command and is no curl
        // command is taken for output, as with prompts, and the paste read again.
        const QString splitFailure = splitError;
        mends = PasteMends{};
        commands = splitLines(pastedCommandLines(text, &outputLines, true));
        if (!commands || outputLines == 0)
            return fail(splitFailure);
    }
    QList<CurlImport> imports;
    QStringList skipped;
    QStringList mended = mendSentences(mends);
    if (outputLines > 0)
        mended.append(
            CurlText::tr("%n line(s) the terminal printed (the command's output, a prompt) left out", nullptr,
                         int(outputLines)));
    std::optional<PipedInput> piped; // "echo '{…}' |" before a curl command: its standard input
    for (const ShellCommand &command : std::as_const(*commands)) {
        QList<QByteArray> words = command.words;
        const std::optional<PipedInput> pipedIn = std::exchange(piped, std::nullopt);
        // A shell prompt copied with the command: "$ curl …", "% curl …".
        if (words.size() > 1 && (words.first() == "$" || words.first() == "%"))
            words.removeFirst();
        // PowerShell's "PS C:\work> curl.exe …".
        if (words.size() > 2 && words.first() == "PS" && words.at(1).endsWith('>'))
            words.remove(0, 2);
        // cmd.exe's "C:\Users\ann> curl …" pasted without cmd.exe's quoting.
        if (words.size() > 1 && words.first().size() > 2 && words.first().at(1) == ':'
            && words.first().endsWith('>'))
            words.removeFirst();
        QStringList shellNotes;
        words.remove(0, programStart(words, &shellNotes));
        const QByteArray program = words.first();
        if (!(program == "curl" || program.endsWith("/curl")
              || program.compare("curl.exe", Qt::CaseInsensitive) == 0
              || program.toLower().endsWith("\\curl.exe"))) {
            if (command.pipedToNext)
                piped = pipedInput(words, command.input);
            if (!piped)
                skipped.append(QString::fromUtf8(words.first()));
            continue;
        }
        // What the shell gives it on standard input, which "-d @-" and its kin read.
        ShellInput input = command.input;
        if (!input.given() && pipedIn) {
            input = pipedIn->input;
            shellNotes.append(
                CurlText::tr("standard input is what “%1” writes before the pipe").arg(pipedIn->written));
        }
        for (const QString &redirection : command.redirections)
            shellNotes.append(
                CurlText::tr("%1: the shell's redirection of curl's output; the response is shown "
                             "here instead")
                    .arg(redirection));
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (takesNextWord(words.at(i - 1)))
                continue; // a value ("-d —") is the user's
            if (const std::optional<QByteArray> option = undashedOption(words.at(i))) {
                mended.append(CurlText::tr("“%1” was read as “%2”: a chat or a word processor had made its "
                                           "hyphens into a dash")
                                  .arg(QString::fromUtf8(words.at(i)), QString::fromUtf8(*option)));
                words[i] = *option;
            }
        }
        // In Windows PowerShell "curl" names Invoke-WebRequest, whose -Uri and -Method curl would
        // read as -U ri and option letters; a value that looks like one ("-X -Method") is curl's.
        for (qsizetype i = 1; program == "curl" && i < words.size(); ++i) {
            if (isPowerShellParameter(words.at(i)) && !takesNextWord(words.at(i - 1)))
                return fail(powerShellSentence());
        }
        const std::optional<QList<QList<CurlArgument>>> groups = readCurlArguments(words.mid(1), error);
        if (!groups)
            return std::nullopt;
        for (const QList<CurlArgument> &group : *groups) {
            std::optional<QList<CurlImport>> imported = importCurlArguments(group, files, input, error);
            if (!imported) {
                if (error && (commands->size() > 1 || groups->size() > 1))
                    *error = CurlText::tr("Request %1 of the pasted text: %2")
                                 .arg(imports.size() + 1)
                                 .arg(*error);
                return std::nullopt;
            }
            for (CurlImport &one : *imported)
                one.ignored.append(shellNotes);
            imports.append(std::move(*imported));
        }
    }
    if (imports.isEmpty()) {
        // What the browsers' other "Copy as" entries give, said by name.
        static const QRegularExpression powerShell(
            u"\\b(Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\\b|WebRequestSession"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (powerShell.match(text).hasMatch())
            return fail(powerShellSentence());
        if (text.trimmed().startsWith(u"fetch("_s) || text.contains(u"await fetch("_s))
            return fail(CurlText::tr("This is JavaScript's fetch() (the browser's Copy as fetch), not a curl "
                                     "command: copy the request as cURL instead."));
        const QString first = skipped.value(0);
        if (first == u"wget"_s)
            return fail(CurlText::tr("This is a wget command, not a curl command: write it with curl (for "
                                     "example “curl -L URL”), or paste the URL alone."));
        if (first == u"http"_s || first == u"https"_s || first == u"xh"_s)
            return fail(
                CurlText::tr("This is an HTTPie command (%1), not a curl command: write it with curl, "
                             "or paste the URL alone.")
                    .arg(first));
        return fail(CurlText::tr("This is not a curl command: it should start with “curl”."));
    }
    imports.first().ignored = mended + imports.first().ignored;
    for (const QString &word : std::as_const(skipped))
        imports.first().ignored.append(CurlText::tr("a “%1” command: not a curl command, skipped").arg(word));
    return imports;
}

bool looksLikeCurlPaste(const QString &text)
{
    // A chat's no-break space after "curl", or a zero-width one before it, still make a command.
    qsizetype outputLines = 0;
    const QString plain
        = pastedCommandLines(QString::fromUtf8(plainPastedBlanks(text.toUtf8())), &outputLines);
    for (const QStringView line : QStringView(plain).split(u'\n')) {
        QStringView words = line.trimmed();
        if (words.isEmpty() || words.startsWith(u'#'))
            continue;
        return startsWithCurl(words);
    }
    return false;
}

std::optional<CurlImport> parseCurlCommand(const QString &command, QString *error)
{
    std::optional<QList<CurlImport>> imports = parseCurlCommands(command, error);
    if (!imports)
        return std::nullopt;
    CurlImport first = imports->takeFirst();
    if (!imports->isEmpty())
        first.ignored.append(imports->size() == 1
                                 ? CurlText::tr("1 more request was pasted: only the first was opened")
                                 : CurlText::tr("%1 more requests were pasted: only the first was opened")
                                       .arg(imports->size()));
    return first;
}

} // namespace StatusScope::Core
