// SPDX-License-Identifier: MIT
// The floor under `statusscope check`: the least a Qt program can do to follow a redirect chain
// with QNetworkAccessManager (one GET per hop, the Location resolved, nothing recorded or printed).
// Compared with it, the bench shows what the engine adds, and what Qt itself costs next to curl.
// Usage: qnamloop URL [MAX_REDIRECTS]   (prints the number of responses)
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <cstdlib>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const int maxRedirects = argc > 2 ? std::atoi(argv[2]) : 20;
    QNetworkAccessManager manager;
    int responses = 0;
    std::function<void(const QUrl &)> get = [&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->deleteLater();
            ++responses;
            const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (location.isValid() && responses <= maxRedirects)
                get(reply->url().resolved(location));
            else
                QCoreApplication::quit();
        });
    };
    get(QUrl::fromUserInput(QString::fromLocal8Bit(argv[1])));
    app.exec();
    std::printf("%d\n", responses);
    return 0;
}
