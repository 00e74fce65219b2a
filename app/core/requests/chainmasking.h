// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

namespace StatusScope::Core {

// How credentials (Authorization, Proxy-Authorization, Cookie, Set-Cookie, headers the user marked
// secret, a password in a URL) are kept when a chain or request leaves the console: stored in the
// history or the settings, written to a file, copied.
enum class SecretStorage { Masked, Plain, Omitted };

struct MaskingPolicy
{
    SecretStorage secrets = SecretStorage::Masked;
    QList<QByteArray> extraSecretHeaders; // besides the names the request itself marks secret
};

// The one place that decides what a chain looks like with its credentials masked, so the
// history, HAR export, JSON output and clipboard cannot drift apart. Plain returns the chain as
// it is. Masked masks credential header values ("Bearer ••••"), URL passwords (the request URL,
// every hop URL, Location fields, the final URL), and every echo of a credential the request
// carried in other header values and in request and response bodies. Omitted drops the credential headers and
// URL passwords, and masks the echoes (a body cannot lose a part silently).
ChainResult maskedChain(const ChainResult &chain, const MaskingPolicy &policy = {});
RequestSpec maskedRequest(const RequestSpec &request, const MaskingPolicy &policy = {});

// (audit) Every credential `request` carries (typed credential headers and those `policy` or the
// request marks, the URL's password, -u, --oauth2-bearer, --proxy-user), in the forms they are
// sent in: for masking their echoes in text made of its results (an audit row, a note).
QList<QByteArray> requestCredentialValues(const RequestSpec &request, const MaskingPolicy &policy = {});

// True when maskedRequest() under Masked changes something: the request carries credentials.
bool carriesCredentials(const RequestSpec &request);

} // namespace StatusScope::Core
