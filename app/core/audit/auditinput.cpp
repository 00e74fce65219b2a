// SPDX-License-Identifier: MIT
#include "core/audit/auditinput.h"

#include "core/audit/auditinputtext.h"
#include "core/audit/auditlines.h"
#include "core/audit/gzipstream.h"
#include "core/audit/streamauditinput.h"
#include "core/formats/incomingtext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Sources already read (fromSources()): numbered again from 0 in the list's order.
class SourceListInput final : public AuditInput
{
public:
    explicit SourceListInput(QList<AuditSource> sources)
        : AuditInput(AuditInputKind::List)
        , m_sources(std::move(sources))
    {
        for (qsizetype i = 0; i < m_sources.size(); ++i)
            m_sources[i].index = i;
    }

    void start() override { }
    std::optional<AuditSource> take() override
    {
        if (atEnd())
            return std::nullopt;
        return m_sources.at(m_next++);
    }
    bool atEnd() const override { return m_next >= m_sources.size(); }
    qint64 total() const override { return m_sources.size(); }

private:
    QList<AuditSource> m_sources;
    qsizetype m_next = 0;
};

} // namespace

QString auditInputKindKey(AuditInputKind kind)
{
    switch (kind) {
    case AuditInputKind::Guess:
        return QStringLiteral("guess");
    case AuditInputKind::List:
        return QStringLiteral("list");
    case AuditInputKind::Map:
        return QStringLiteral("map");
    case AuditInputKind::Sitemap:
        return QStringLiteral("sitemap");
    }
    return {};
}

AuditInput::AuditInput(AuditInputKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
}

AuditInput::~AuditInput() = default;

void AuditInput::setKind(AuditInputKind kind, bool guessed)
{
    m_kind = kind;
    m_guessed = guessed;
}

void AuditInput::addNote(const QString &note)
{
    m_notes.append(note);
    Q_EMIT noteAdded(note);
}

void AuditInput::setError(const QString &error)
{
    m_error = error;
}

std::unique_ptr<AuditInput> AuditInput::fromFile(const QString &path, AuditInputKind kind,
                                                 const SitemapLimits &limits, QNetworkAccessManager *manager)
{
    auto input = std::make_unique<StreamAuditInput>(kind, limits, manager);
    const bool standardInput = path == u"-"_s;
    const int fd = standardInput
        ? STDIN_FILENO
        : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    struct stat info = {};
    if (fd < 0 || fstat(fd, &info) != 0) {
        input->failAtOnce(AuditInputText::tr("The file “%1” cannot be read: %2")
                              .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (fd >= 0 && !standardInput)
            ::close(fd);
        return input;
    }
    if (S_ISDIR(info.st_mode)) {
        input->failAtOnce(AuditInputText::tr("“%1” is a folder, not a file.").arg(path));
        if (!standardInput)
            ::close(fd);
        return input;
    }
    // A pipe or a terminal is read as bytes arrive, the first sources running meanwhile.
    input->setDescriptor(fd, !standardInput, S_ISREG(info.st_mode),
                         standardInput ? AuditInputText::tr("standard input") : path, path);
    return input;
}

std::unique_ptr<AuditInput> AuditInput::fromDevice(QIODevice *device, const QString &name,
                                                   AuditInputKind kind, const SitemapLimits &limits,
                                                   QNetworkAccessManager *manager)
{
    auto input = std::make_unique<StreamAuditInput>(kind, limits, manager);
    input->setDevice(device, false, name);
    return input;
}

std::unique_ptr<AuditInput> AuditInput::fromText(const QString &text, AuditInputKind kind,
                                                 const SitemapLimits &limits, QNetworkAccessManager *manager)
{
    auto input = std::make_unique<StreamAuditInput>(kind, limits, manager);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(text.toUtf8());
    buffer->open(QIODevice::ReadOnly);
    input->setDevice(buffer.release(), true, AuditInputText::tr("the pasted text"));
    return input;
}

std::unique_ptr<AuditInput> AuditInput::fromSources(QList<AuditSource> sources)
{
    return std::make_unique<SourceListInput>(std::move(sources));
}

std::unique_ptr<AuditInput> AuditInput::fromUrl(const QUrl &url, AuditInputKind kind,
                                                QNetworkAccessManager *manager, const SitemapLimits &limits)
{
    auto input = std::make_unique<StreamAuditInput>(kind, limits, manager);
    const QString scheme = url.scheme().toLower();
    if (!manager)
        input->failAtOnce(
            AuditInputText::tr("%1 cannot be fetched: no network access.").arg(url.toDisplayString()));
    else if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s))
        input->failAtOnce(AuditInputText::tr("“%1” is not an http or https URL.").arg(url.toDisplayString()));
    else
        input->setUrl(url);
    return input;
}

AuditInputKind guessAuditInputKind(QByteArrayView head, QString *why)
{
    auto say = [why](const QString &text) {
        if (why)
            *why = text;
    };
    if (GzipStream::looksGzipped(head)) {
        say(AuditInputText::tr("Read as a sitemap: the input is gzip-compressed."));
        return AuditInputKind::Sitemap;
    }
    IncomingText incoming; // UTF-16 decoded, a byte order mark dropped
    QByteArray utf8 = incoming.feed(head);
    utf8 += incoming.finish();
    const QString text = QString::fromUtf8(utf8);
    const QString start = text.trimmed();
    if (start.startsWith(u'<')) {
        say(AuditInputText::tr("Read as a sitemap: the input is XML."));
        return AuditInputKind::Sitemap;
    }
    // The first line that is not blank or a comment decides between a list and a map.
    qsizetype lineNumber = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QChar separator = AuditLineReader::mapSeparator(trimmed);
        QStringList fields;
        if (!AuditLineReader::splitRecord(trimmed, separator, &fields)) {
            say(AuditInputText::tr("Read as a redirect map: line %1 opens a quoted field.").arg(lineNumber));
            return AuditInputKind::Map;
        }
        // The map's reader says in a note of its own that the line is a header row, naming its
        // columns, or a spreadsheet's "sep=;" line: saying it here too would tell it twice.
        if (AuditLineReader::isHeaderRow(fields) || !AuditLineReader::separatorDirective(trimmed).isNull()) {
            say(AuditInputText::tr("Read as a redirect map."));
            return AuditInputKind::Map;
        }
        // A URL may hold a comma itself ("?ids=1,2"): the second field must look like a target.
        if (fields.size() >= 2 && fields.size() <= 3 && AuditLineReader::looksLikeTarget(fields.at(1))) {
            if (separator == u'\t')
                say(AuditInputText::tr("Read as a redirect map: line %1 has a source and a target separated "
                                       "by a tab.")
                        .arg(lineNumber));
            else if (separator == u';')
                say(AuditInputText::tr("Read as a redirect map: line %1 has a source and a target separated "
                                       "by a semicolon.")
                        .arg(lineNumber));
            else
                say(AuditInputText::tr("Read as a redirect map: line %1 has a source and a target separated "
                                       "by a comma.")
                        .arg(lineNumber));
            return AuditInputKind::Map;
        }
        break;
    }
    say(AuditInputText::tr("Read as a URL list: one URL a line."));
    return AuditInputKind::List;
}

} // namespace StatusScope::Core
