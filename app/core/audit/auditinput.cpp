// SPDX-License-Identifier: MIT
#include "core/audit/auditinput.h"

namespace StatusScope::Core {

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

std::unique_ptr<AuditInput> AuditInput::fromFile(const QString &, AuditInputKind, const SitemapLimits &,
                                                 QNetworkAccessManager *)
{
    return {};
}

std::unique_ptr<AuditInput> AuditInput::fromDevice(QIODevice *, const QString &, AuditInputKind,
                                                   const SitemapLimits &, QNetworkAccessManager *)
{
    return {};
}

std::unique_ptr<AuditInput> AuditInput::fromText(const QString &, AuditInputKind, const SitemapLimits &,
                                                 QNetworkAccessManager *)
{
    return {};
}

std::unique_ptr<AuditInput> AuditInput::fromUrl(const QUrl &, AuditInputKind, QNetworkAccessManager *,
                                                const SitemapLimits &)
{
    return {};
}

AuditInputKind guessAuditInputKind(QByteArrayView, QString *)
{
    return AuditInputKind::List;
}

} // namespace StatusScope::Core
