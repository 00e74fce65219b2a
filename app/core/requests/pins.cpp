// SPDX-License-Identifier: MIT
#include "core/requests/pins.h"

#include "core/requests/locationresolver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct PinText
{
    Q_DECLARE_TR_FUNCTIONS(Pins)
};

// Splits at colons, except inside brackets, so that "[2001:db8::1]" stays one part. At most
// `parts` parts: the last one keeps whatever colons follow (--resolve's address list).
QStringList splitColons(const QString &text, int parts)
{
    QStringList result;
    QString current;
    bool inBrackets = false;
    for (const QChar c : text) {
        if (c == u'[')
            inBrackets = true;
        else if (c == u']')
            inBrackets = false;
        if (c == u':' && !inBrackets && result.size() + 1 < parts) {
            result.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    result.append(current);
    return result;
}

QString withoutBrackets(const QString &host)
{
    if (host.size() >= 2 && host.startsWith(u'[') && host.endsWith(u']'))
        return host.mid(1, host.size() - 2);
    return host;
}

QString withBrackets(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

// 0 for an empty part when `emptyMeansAny`; -1 when the text is not a port.
int portFrom(const QString &text, bool emptyMeansAny)
{
    if (text.isEmpty())
        return emptyMeansAny ? 0 : -1;
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 1 && port <= 65535 && !text.startsWith(u'+') ? port : -1;
}

bool sameHost(const QString &a, const QString &b)
{
    return QUrl::toAce(withoutBrackets(a)).compare(QUrl::toAce(withoutBrackets(b)), Qt::CaseInsensitive) == 0
        || withoutBrackets(a).compare(withoutBrackets(b), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<ResolvePin> parseResolvePin(const QString &text, QString *error)
{
    QString spec = text.trimmed();
    // curl's "+host:port:addr" only changes how long its own cache keeps the entry.
    if (spec.startsWith(u'+'))
        spec.remove(0, 1);
    const QStringList parts = splitColons(spec, 3);
    const auto fail = [&](const QString &why) {
        *error = PinText::tr("--resolve “%1”: %2 It reads HOST:PORT:ADDRESS[,ADDRESS…], for example "
                             "“www.example:443:203.0.113.7”.")
                     .arg(text, why);
        return std::nullopt;
    };
    if (spec.startsWith(u'-'))
        return fail(PinText::tr("removing an entry (a leading “-”) has no meaning here."));
    if (parts.size() != 3)
        return fail(PinText::tr("it needs three parts separated by colons."));
    ResolvePin pin;
    pin.host = withoutBrackets(parts.at(0).trimmed());
    if (pin.host.isEmpty())
        return fail(PinText::tr("the host is missing."));
    pin.port = portFrom(parts.at(1).trimmed(), false);
    if (pin.port <= 0)
        return fail(PinText::tr("“%1” is not a port from 1 to 65535.").arg(parts.at(1)));
    for (const QString &part : parts.at(2).split(u',')) {
        const QString address = withoutBrackets(part.trimmed());
        if (QHostAddress(address).isNull())
            return fail(PinText::tr("“%1” is not an IP address.").arg(part.trimmed()));
        pin.addresses.append(address);
    }
    return pin;
}

std::optional<ConnectToPin> parseConnectToPin(const QString &text, QString *error)
{
    const QStringList parts = splitColons(text.trimmed(), 4);
    const auto fail = [&](const QString &why) {
        *error = PinText::tr("--connect-to “%1”: %2 It reads HOST1:PORT1:HOST2:PORT2, for example "
                             "“www.example:443:staging.example:8443”; an empty part means any host or "
                             "port (on the left) or the request's own (on the right).")
                     .arg(text, why);
        return std::nullopt;
    };
    if (parts.size() != 4)
        return fail(PinText::tr("it needs four parts separated by colons."));
    ConnectToPin pin;
    pin.host = withoutBrackets(parts.at(0).trimmed());
    pin.port = portFrom(parts.at(1).trimmed(), true);
    pin.toHost = withoutBrackets(parts.at(2).trimmed());
    pin.toPort = portFrom(parts.at(3).trimmed(), true);
    if (pin.port < 0)
        return fail(PinText::tr("“%1” is not a port from 1 to 65535.").arg(parts.at(1)));
    if (pin.toPort < 0)
        return fail(PinText::tr("“%1” is not a port from 1 to 65535.").arg(parts.at(3)));
    if (!pin.toHost.isEmpty() && QUrl(u"http://"_s + withBrackets(pin.toHost) + u'/').host().isEmpty())
        return fail(PinText::tr("“%1” is not a host name or an IP address.").arg(parts.at(2)));
    return pin;
}

QString resolvePinText(const ResolvePin &pin)
{
    QStringList addresses;
    for (const QString &address : pin.addresses)
        addresses.append(withBrackets(address));
    return withBrackets(pin.host) + u':' + QString::number(pin.port) + u':' + addresses.join(u',');
}

QString connectToPinText(const ConnectToPin &pin)
{
    const auto port = [](int p) { return p > 0 ? QString::number(p) : QString(); };
    return withBrackets(pin.host) + u':' + port(pin.port) + u':' + withBrackets(pin.toHost) + u':'
        + port(pin.toPort);
}

std::optional<PinnedRoute> pinnedRoute(const QUrl &url, const NetworkOptions &network, bool resolveHere,
                                       int addressIndex)
{
    const QString host = url.host();
    const int port = effectivePort(url);
    if (host.isEmpty() || (network.connectTo.isEmpty() && network.resolve.isEmpty()))
        return std::nullopt;
    QString toHost = host;
    int toPort = port;
    for (const ConnectToPin &pin : network.connectTo) {
        if ((pin.host.isEmpty() || sameHost(pin.host, host)) && (pin.port == 0 || pin.port == port)) {
            if (!pin.toHost.isEmpty())
                toHost = pin.toHost;
            if (pin.toPort > 0)
                toPort = pin.toPort;
            break;
        }
    }
    bool resolved = false;
    for (const ResolvePin &pin : network.resolve) {
        if (!resolveHere)
            break;
        if (sameHost(pin.host, toHost) && pin.port == toPort && !pin.addresses.isEmpty()) {
            // Qt connects to one address per request: the engine tries the next one when
            // connecting to this one fails (AddressFallback, tlsroute.h).
            if (addressIndex >= pin.addresses.size())
                return std::nullopt;
            toHost = pin.addresses.at(addressIndex);
            resolved = true;
            break;
        }
    }
    if (addressIndex > 0 && !resolved)
        return std::nullopt;
    if (sameHost(toHost, host) && toPort == port)
        return std::nullopt;

    PinnedRoute route;
    route.connectUrl = url;
    route.connectUrl.setHost(withoutBrackets(toHost));
    route.connectUrl.setPort(toPort);
    route.hostField = hostFieldValue(url);
    route.verifyName = host;
    route.connectedTo = withBrackets(withoutBrackets(toHost)) + u':' + QString::number(toPort);
    return route;
}

QString resolvedAddress(const QList<ResolvePin> &resolve, const QString &host, int port)
{
    for (const ResolvePin &pin : resolve) {
        if (sameHost(pin.host, host) && pin.port == port && !pin.addresses.isEmpty())
            return pin.addresses.first();
    }
    return {};
}

void applyPinnedRoute(const PinnedRoute &route, QNetworkRequest &request)
{
    request.setUrl(route.connectUrl);
    request.setRawHeader(QByteArrayLiteral("Host"), route.hostField);
    request.setPeerVerifyName(route.verifyName);
}

} // namespace StatusScope::Core
