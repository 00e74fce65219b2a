// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditinput.h"
#include "core/audit/auditlines.h"
#include "core/audit/gzipstream.h"
#include "core/audit/sitemapreader.h"
#include "core/requests/authresponder.h"
#include "core/requests/chaincookiejar.h"
#include "core/requests/redirectfollower.h"

#include <QPointer>
#include <QSet>
#include <QUrl>

#include <deque>
#include <memory>

class QNetworkProxy;
class QNetworkReply;
class QSocketNotifier;

namespace StatusScope::Core {

// The one AuditInput: bytes from a device (pulled as sources are taken) or from URLs (pushed as
// they arrive, with Qt's read buffer capped so a long list waits on the wire, not in memory), gunzipped
// when they are gzip, read as a list, map or sitemap (guessed from the first bytes when not told),
// and, for a sitemap index, the sitemaps it names fetched one after the other within the limits.
class StreamAuditInput final : public AuditInput
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamAuditInput)

public:
    StreamAuditInput(AuditInputKind kind, const SitemapLimits &limits, QNetworkAccessManager *manager);
    ~StreamAuditInput() override;

    // The first document: a device (owned when `owned`), or a URL to fetch. `path` (may be empty)
    // lets a local list or map be counted up front.
    void setDevice(QIODevice *device, bool owned, const QString &name, const QString &path = {});
    // A file descriptor (standard input, a pipe, a regular file): read with ::read, and when it is
    // not a regular file only once a notifier says bytes are there, so a slow writer never blocks
    // the event loop. Closed at the end when `owned`.
    void setDescriptor(int fd, bool owned, bool regular, const QString &name, const QString &path = {});
    void setUrl(const QUrl &url);
    void failAtOnce(const QString &error);

    void start() override;
    std::optional<AuditSource> take() override;
    bool atEnd() const override;
    qint64 total() const override;

private:
    // One sitemap, list or map being read.
    struct Document
    {
        QString name; // the file's or URL's, for notes
        int depth = 0; // 0: the input itself; 1: a sitemap its index names; …
        QIODevice *device = nullptr; // or
        int fd = -1; // or
        QPointer<QNetworkReply> reply;
        bool replyDone = false;
        QString failure; // why the fetch failed
        bool gzipChecked = false;
        QByteArray raw; // the first bytes, until gzip is ruled in or out
        std::unique_ptr<GzipStream> gzip;
        bool decided = false;
        QByteArray head; // the first decoded bytes, until the kind is known
        AuditInputKind kind = AuditInputKind::Guess;
        std::unique_ptr<AuditLineReader> lines;
        std::unique_ptr<SitemapReader> sitemap;
        qint64 bytes = 0; // decoded
        bool cut = false; // the size limit stopped it
        // (a URL, with setFetchRequest()) The engine's rules for this document's requests.
        QUrl url;
        std::unique_ptr<RedirectFollower> follower;
        std::unique_ptr<AuthResponder> auth;
        Hop hop; // the request in flight, as the follower and the responder read it
        int hops = 0;
        bool again = false; // the reply in flight is a redirect or a 401 being answered: no input
    };

    void pump();
    void pullDevice();
    void pullDescriptor();
    void readReply();
    void onReplyFinished();
    void onFetchRefused();
    void process(QByteArrayView bytes);
    bool enoughToDecide(const Document &doc) const;
    void decide(bool final);
    void feedLimited(QByteArray text);
    void feedReader(const QByteArray &text);
    void collect();
    void endDocument();
    void nextDocument();
    void fetch(const QUrl &url, int depth);
    void sendFetch();
    void onFetchHead(QNetworkReply *reply);
    QNetworkProxy fetchProxy(const RequestSpec &base, const QUrl &target, HeaderList &headers);
    void addSitemapPage(const QString &location);
    void addChildSitemap(const QString &location);
    // A sitemap URL as the run tells repeats apart: without its fragment, its path normalised.
    static QString sitemapKey(const QUrl &url);
    bool wantsMore() const;
    qint64 countLines() const;

    SitemapLimits m_limits;
    QNetworkAccessManager *m_manager;
    AuditInputKind m_asked;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QIODevice> m_ownedDevice;
    int m_fd = -1;
    bool m_fdOwned = false;
    bool m_fdRegular = true;
    bool m_fdReadable = false; // the notifier said a read will not block
    QSocketNotifier *m_notifier = nullptr;
    QString m_name;
    QString m_path;
    QUrl m_url;
    bool m_started = false;
    bool m_ended = false;

    // The document being read.
    std::unique_ptr<Document> m_doc;
    // Sitemaps an index named, still to read: URL and depth.
    std::deque<std::pair<QUrl, int>> m_queue;
    int m_documents = 0; // documents read or being read, the first one included
    qint64 m_sitemapsSkipped = 0;
    QSet<QString> m_sitemapsSeen; // every sitemap URL fetched or queued (sitemapKey())
    qint64 m_sitemapsRepeated = 0;
    bool m_depthNoted = false;

    std::unique_ptr<ChainCookieJar> m_fetchJar; // -b's cookies, for every fetch of this input
    std::deque<AuditSource> m_ready;
    qint64 m_nextIndex = 0;
    mutable qint64 m_counted = -2; // -2: not counted yet
};

} // namespace StatusScope::Core
