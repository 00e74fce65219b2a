// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditsource.h"
#include "core/requests/requestspec.h"

#include <QList>
#include <QObject>

#include <memory>

class QIODevice;
class QNetworkAccessManager;

namespace StatusScope::Core {

// The sources of an audit, read as they are needed: a runner take()s the next one when it has a
// free slot, so a list of a million lines is never held whole. Lists and maps are read line by
// line from a file or device; sitemaps (plain, gzip, or an index whose sitemaps are fetched and
// read in turn) stream through an XML reader. Reading from a URL is asynchronous: take() returns
// nothing until available() says more has arrived.
class AuditInput : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditInput)

public:
    ~AuditInput() override;

    // `path` is a file name, or "-" for standard input. A file that cannot be opened gives an
    // input whose errorString() says so and which is atEnd() at once.
    static std::unique_ptr<AuditInput> fromFile(const QString &path, AuditInputKind kind,
                                                const SitemapLimits &limits = {},
                                                QNetworkAccessManager *manager = nullptr);
    // A device already open for reading (not owned; it must outlive the input). `name` names it
    // in messages.
    static std::unique_ptr<AuditInput> fromDevice(QIODevice *device, const QString &name, AuditInputKind kind,
                                                  const SitemapLimits &limits = {},
                                                  QNetworkAccessManager *manager = nullptr);
    // Text pasted in the window.
    static std::unique_ptr<AuditInput> fromText(const QString &text, AuditInputKind kind,
                                                const SitemapLimits &limits = {},
                                                QNetworkAccessManager *manager = nullptr);
    // Sources already read, run again (the window's re-run of failed rows, one row's chain fetched
    // again; auditSourceOfRow() makes them from rows). They are numbered from 0 in the list's
    // order, which is the order their rows come back in.
    static std::unique_ptr<AuditInput> fromSources(QList<AuditSource> sources);
    // A sitemap (or list or map) fetched with `manager`, which is not owned. Nothing is sent
    // before the first take() or start().
    static std::unique_ptr<AuditInput> fromUrl(const QUrl &url, AuditInputKind kind,
                                               QNetworkAccessManager *manager,
                                               const SitemapLimits &limits = {});

    // The network side of every fetch this input makes (a sitemap URL, the sitemaps an index
    // names): the proxy, authorities, client certificates, invalid-certificate acceptance, HTTP
    // version, typed headers and up-front credentials (Basic, Bearer) of `request`; its method,
    // URL and body are not used. Without it a fetch goes straight, with Qt's defaults. An audit's
    // fetches must go the way its checks go (a company proxy, a private authority):
    // AuditRunner::start() sets the run's base request here. Set it before start().
    void setFetchRequest(const RequestSpec &request) { m_fetchRequest = request; }
    const std::optional<RequestSpec> &fetchRequest() const { return m_fetchRequest; }

    // Begins reading (a URL's fetch); take() calls it when needed. Safe to call twice.
    virtual void start() = 0;
    // The next source, if one is ready now. Lines that cannot be read come as sources with
    // `invalid` set, in their place.
    virtual std::optional<AuditSource> take() = 0;
    // Nothing more will come (the end, or a fatal error in errorString()).
    virtual bool atEnd() const = 0;
    // The number of sources when known before the end (a local list or map is counted with one
    // quick pass), else -1.
    virtual qint64 total() const = 0;
    // A fatal error (the file cannot be opened, a sitemap URL answered 404, not XML at all);
    // empty when none. Sources read before it still count.
    QString errorString() const { return m_error; }
    // The kind read: what was asked, or what was guessed once enough was seen.
    AuditInputKind kind() const { return m_kind; }
    bool kindWasGuessed() const { return m_guessed; }
    // Sentences for the user: what was guessed and why ("Read as a redirect map: the first line
    // has two comma-separated fields."), a header row recognised, a sitemap limit that cut the
    // input short. notesAdded() says when more come.
    QStringList notes() const { return m_notes; }

Q_SIGNALS:
    // More sources can be taken, or the input came to its end.
    void available();
    void noteAdded(const QString &note);

protected:
    explicit AuditInput(AuditInputKind kind, QObject *parent = nullptr);
    void setKind(AuditInputKind kind, bool guessed);
    void addNote(const QString &note);
    void setError(const QString &error);

private:
    AuditInputKind m_kind;
    bool m_guessed = false;
    QStringList m_notes;
    QString m_error;
    std::optional<RequestSpec> m_fetchRequest;
};

// What the first bytes of an input look like: gzip or XML is a sitemap, lines with a comma or tab
// separating two fields a map, anything else a list. `why` gets the sentence that says so.
AuditInputKind guessAuditInputKind(QByteArrayView head, QString *why = nullptr);

} // namespace StatusScope::Core
