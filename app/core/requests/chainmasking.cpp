// SPDX-License-Identifier: MIT
#include "core/requests/chainmasking.h"

#include "core/requests/bodysecrets.h"
#include "core/requests/digestauth.h"
#include "core/requests/proxyselection.h"
#include "core/requests/secrets.h"

#include <algorithm>

namespace StatusScope::Core {

namespace {

// Credential fields masked or dropped; in every other field (an echo header, a Location) the
// credentials the request carried are masked wherever they show.
HeaderList maskedHeaders(const HeaderList &headers, SecretStorage secrets, const QList<QByteArray> &extra,
                         const CredentialScrubber &scrubber)
{
    // No credential field, no credential to look for and no "@" in a Location (so no URL password):
    // the list as it is, still shared, rather than a copy made field by field.
    const bool nothingToMask
        = scrubber.isEmpty() && std::none_of(headers.cbegin(), headers.cend(), [&extra](const auto &header) {
              return isSecretHeader(header.first, extra)
                  || (header.first.compare("Location", Qt::CaseInsensitive) == 0
                      && header.second.contains('@'));
          });
    if (nothingToMask)
        return headers;
    HeaderList result;
    for (const auto &[name, value] : headers) {
        if (isSecretHeader(name, extra)) {
            if (secrets == SecretStorage::Masked)
                result.append({name, maskHeaderValue(name, value, extra)});
        } else if (name.compare("Location", Qt::CaseInsensitive) == 0) {
            result.append({name, scrubber.scrub(maskUrlPasswordIn(value))});
        } else {
            result.append({name, scrubber.scrub(value)});
        }
    }
    return result;
}

QUrl maskedUrl(const QUrl &url, SecretStorage secrets)
{
    return secrets == SecretStorage::Omitted ? url.adjusted(QUrl::RemovePassword) : maskUrlPassword(url);
}

// A credential the chain carried, echoed into a URL (a redirect that put the token in its query):
// masked there too, as in a Location field.
QUrl scrubbedUrl(const QUrl &url, const CredentialScrubber &scrubber)
{
    if (scrubber.isEmpty()) // nothing to look for: no need to write the URL out and read it back
        return url;
    const QByteArray encoded = url.toEncoded();
    const QByteArray scrubbed = scrubber.scrub(encoded);
    return scrubbed == encoded ? url : QUrl::fromEncoded(scrubbed);
}

// (proxy) --proxy-user's password: masked or dropped like any credential, and looked for in
// bodies in every form Basic would carry it.
void maskProxyPassword(ProxySetting &proxy, SecretStorage secrets)
{
    if (!proxy.password.isEmpty())
        proxy.password = secrets == SecretStorage::Omitted ? QString() : QString::fromUtf8(credentialMask());
    proxy.url = secrets == SecretStorage::Omitted ? proxy.url.adjusted(QUrl::RemovePassword)
                                                  : maskUrlPassword(proxy.url);
}

QList<QByteArray> proxyCredentialValues(const ProxySetting &proxy)
{
    if (proxy.user.isEmpty() && proxy.password.isEmpty())
        return {};
    return credentialValues(
        HeaderList{{QByteArrayLiteral("Proxy-Authorization"), proxyBasicCredentials(proxy)}}, {});
}

// (auth) -u's password and --oauth2-bearer's token: masked or dropped like any credential.
void maskAuthSecrets(AuthSetting &auth, SecretStorage secrets)
{
    const QString mask = secrets == SecretStorage::Omitted ? QString() : QString::fromUtf8(credentialMask());
    if (!auth.password.isEmpty())
        auth.password = mask;
    if (!auth.token.isEmpty())
        auth.token = mask;
}

// (auth) Echoes to look for in bodies: the password and token as typed and in the forms Basic and
// Bearer carry them, and each Digest answer's response (credentialValues() sees only whole fields).
QList<QByteArray> authCredentialValues(const AuthSetting &auth, const QList<Hop> &hops)
{
    HeaderList sent;
    if (!auth.password.isEmpty())
        sent.append({QByteArrayLiteral("Authorization"), basicAuthorization(auth.user, auth.password)});
    if (!auth.token.isEmpty())
        sent.append({QByteArrayLiteral("Authorization"), "Bearer " + auth.token.toUtf8()});
    QList<QByteArray> values = credentialValues(sent, {});
    for (const Hop &hop : hops) {
        // (proxy) A proxy's Digest answer (--proxy-user) too.
        for (const QByteArrayView field :
             {QByteArrayView("Authorization"), QByteArrayView("Proxy-Authorization")}) {
            for (const AuthChallenge &answer : challengesIn(hop.requestHeaders, field).challenges) {
                if (answer.is("Digest") && !answer.param("response").isEmpty())
                    values.append(answer.param("response"));
            }
        }
    }
    return values;
}

QList<QByteArray> extraSecrets(const RequestSpec &request, const MaskingPolicy &policy)
{
    return policy.extraSecretHeaders + request.secretHeaders;
}

// Every credential the chain sent: what the user typed, and what was sent for them (the Basic
// header made from the URL, cookies the server set and got back).
QList<QByteArray> credentialValuesOf(const RequestSpec &request, const QList<Hop> &hops,
                                     const QList<QByteArray> &extra)
{
    QList<QByteArray> values = credentialValues(request.url) + credentialValues(request.headers, extra);
    // A login form's password, a client secret in JSON: found by the fields' names.
    if (request.hasBody)
        values += bodyCredentialValues(request.body, headerValue(request.headers, "Content-Type"));
    values += proxyCredentialValues(request.options.network.proxy);
    values += authCredentialValues(request.options.network.auth, hops);
    for (const Hop &hop : hops)
        values += credentialValues(hop.requestHeaders, extra);
    return values;
}

CredentialScrubber scrubberFor(const RequestSpec &request, const QList<Hop> &hops,
                               const QList<QByteArray> &extra)
{
    return CredentialScrubber(credentialValuesOf(request, hops, extra));
}

RequestSpec maskedRequestWith(const RequestSpec &request, const MaskingPolicy &policy,
                              const CredentialScrubber &scrubber)
{
    RequestSpec masked = request;
    const QList<QByteArray> extra = extraSecrets(request, policy);
    masked.url = maskedUrl(request.url, policy.secrets);
    masked.headers = maskedHeaders(request.headers, policy.secrets, extra, scrubber);
    maskAuthSecrets(masked.options.network.auth, policy.secrets);
    maskProxyPassword(masked.options.network.proxy, policy.secrets);
    // (console) The client key's passphrase (--pass, or --cert's FILE:PASSWORD): Copy as curl writes it.
    if (!masked.options.network.tls.passphrase.isEmpty())
        masked.options.network.tls.passphrase
            = policy.secrets == SecretStorage::Omitted ? QString() : QString::fromUtf8(credentialMask());
    // (cert15) The preferences' certificates (with their passwords) went with the request for the
    // engine only; they are the preferences', not the request's.
    masked.options.network.clientCertificateRules.clear();
    if (request.hasBody)
        masked.body
            = scrubber.scrub(maskFormSecrets(request.body, headerValue(request.headers, "Content-Type")));
    return masked;
}

} // namespace

RequestSpec maskedRequest(const RequestSpec &request, const MaskingPolicy &policy)
{
    if (policy.secrets == SecretStorage::Plain)
        return request;
    return maskedRequestWith(request, policy, scrubberFor(request, {}, extraSecrets(request, policy)));
}

ChainResult maskedChain(const ChainResult &chain, const MaskingPolicy &policy)
{
    if (policy.secrets == SecretStorage::Plain)
        return chain;
    const QList<QByteArray> extra = extraSecrets(chain.request, policy);
    const CredentialScrubber scrubber = scrubberFor(chain.request, chain.hops, extra);
    ChainResult masked = chain;
    masked.request = maskedRequestWith(chain.request, policy, scrubber);
    masked.finalUrl = scrubbedUrl(maskedUrl(chain.finalUrl, policy.secrets), scrubber);
    for (Hop &hop : masked.hops) {
        hop.url = scrubbedUrl(maskedUrl(hop.url, policy.secrets), scrubber);
        hop.requestHeaders = maskedHeaders(hop.requestHeaders, policy.secrets, extra, scrubber);
        hop.responseHeaders = maskedHeaders(hop.responseHeaders, policy.secrets, extra, scrubber);
        // A preview shorter than the body was cut: a credential may straddle its end.
        hop.bodyPreview = scrubber.scrub(hop.bodyPreview, hop.bodyPreview.size() < hop.bodyBytes);
        hop.locationRaw = scrubber.scrub(maskUrlPasswordIn(hop.locationRaw));
        if (hop.location)
            hop.location = scrubbedUrl(maskedUrl(*hop.location, policy.secrets), scrubber);
    }
    return masked;
}

QList<QByteArray> requestCredentialValues(const RequestSpec &request, const MaskingPolicy &policy)
{
    return credentialValuesOf(request, {}, extraSecrets(request, policy));
}

bool carriesCredentials(const RequestSpec &request)
{
    const RequestSpec masked = maskedRequest(request);
    return masked.url != request.url || masked.headers != request.headers || masked.body != request.body
        || masked.options.network.proxy.password != request.options.network.proxy.password
        || masked.options.network.auth.password != request.options.network.auth.password
        || masked.options.network.auth.token != request.options.network.auth.token
        || masked.options.network.tls.passphrase != request.options.network.tls.passphrase;
}

} // namespace StatusScope::Core
