// SPDX-License-Identifier: MIT
#include "core/settings/networkpreferences.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct PatternText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPreferences)
};

struct SplitPattern
{
    QString host; // lower case, IPv6 without brackets
    int port = 0; // 0: any
    bool valid = false;
};

// "host", "host:port", "[v6]", "[v6]:port".
SplitPattern split(const QString &pattern)
{
    SplitPattern result;
    QString rest = pattern.trimmed();
    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return result;
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return result;
        portText = after.mid(1);
        rest = rest.mid(1, close - 1);
        if (QHostAddress(rest).protocol() != QAbstractSocket::IPv6Protocol)
            return result;
        if (!after.isEmpty() && portText.isEmpty())
            return result;
    } else {
        const qsizetype colon = rest.indexOf(u':');
        if (colon >= 0) {
            portText = rest.mid(colon + 1);
            rest = rest.left(colon);
            if (portText.isEmpty())
                return result;
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        result.port = portText.toInt(&ok);
        if (!ok || result.port < 1 || result.port > 65535)
            return result;
    }
    result.host = rest.toLower();
    result.valid = !result.host.isEmpty();
    return result;
}

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

std::optional<QString> hostPatternProblem(const QString &pattern)
{
    const QString trimmed = pattern.trimmed();
    if (trimmed.isEmpty())
        return PatternText::tr(
            "Type the host the certificate is for, such as api.example or *.corp.example.");
    if (trimmed.contains(u"://"_s) || trimmed.contains(u'/'))
        return PatternText::tr("Type a host name, optionally with :PORT, without http:// or a path.");
    const SplitPattern parts = split(trimmed);
    if (!parts.valid)
        return PatternText::tr("“%1” is not a host with an optional port from 1 to 65535.").arg(trimmed);
    const QString name = parts.host.startsWith(u"*."_s) ? parts.host.mid(2) : parts.host;
    if (name.isEmpty() || name.contains(u'*') || name.contains(u' '))
        return PatternText::tr("“%1”: a star may only stand first, as in *.corp.example.").arg(trimmed);
    return std::nullopt;
}

bool hostPatternMatches(const QString &pattern, const QString &host, int port)
{
    const SplitPattern parts = split(pattern);
    if (!parts.valid || (parts.port != 0 && parts.port != port))
        return false;
    QString name = host.toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (parts.host.startsWith(u"*."_s))
        return name.endsWith(parts.host.mid(1)) && name.size() > parts.host.size() - 1;
    return name == parts.host;
}

bool hostPatternMatches(const QString &pattern, const QUrl &url)
{
    return hostPatternMatches(pattern, url.host(), portOf(url));
}

qsizetype clientCertificateRuleFor(const QList<ClientCertificateRule> &rules, const QUrl &url)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (hostPatternMatches(rules.at(i).hostPattern, url))
            return i;
    }
    return -1;
}

NetworkOptions preferencesFor(const NetworkPreferences &preferences)
{
    NetworkOptions options;
    options.proxy = preferences.proxy;
    options.tls.extraCaFiles = preferences.extraCaFiles;
    // (cert15) Not the certificate matching the first URL: the engine matches every hop's host,
    // so a redirect to a host outside the pattern presents none.
    options.clientCertificateRules = preferences.clientCertificates;
    options.httpVersion = preferences.httpVersion;
    return options;
}

NetworkOptions effectiveNetwork(const NetworkOptions &preferences, const NetworkOptions &request)
{
    NetworkOptions effective = request;
    if (request.proxy.mode == ProxySetting::Mode::System)
        effective.proxy = preferences.proxy;
    for (const QString &file : preferences.tls.extraCaFiles) {
        if (!effective.tls.extraCaFiles.contains(file))
            effective.tls.extraCaFiles.append(file);
    }
    // (cert15) The request's own certificate goes to every host (curl's --cert); without one,
    // the preferred ones per host pattern.
    effective.clientCertificateRules = request.tls.clientCertificate.isEmpty()
        ? preferences.clientCertificateRules
        : QList<ClientCertificateRule>();
    if (request.httpVersion == HttpVersion::Default)
        effective.httpVersion = preferences.httpVersion;
    return effective;
}

RequestOptions effectiveOptions(const NetworkPreferences &preferences, const RequestOptions &request)
{
    const RequestOptions builtIn;
    RequestOptions effective = request;
    effective.network = effectiveNetwork(preferencesFor(preferences), request.network);
    if (request.inactivityTimeoutMs == builtIn.inactivityTimeoutMs)
        effective.inactivityTimeoutMs = preferences.inactivityTimeoutMs;
    if (request.deadlineMs == builtIn.deadlineMs)
        effective.deadlineMs = preferences.deadlineMs;
    return effective;
}

} // namespace StatusScope::Core
