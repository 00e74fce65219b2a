// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"
#include "core/requests/requestspec.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace StatusScope::Core {

// What Edit → Preferences holds: the defaults of every request sent from the console. The
// command line does not read them (curl's options are its whole configuration). The passwords in
// here live in memory and the desktop's keychain only, never in the settings file.
struct NetworkPreferences
{
    ProxySetting proxy;
    QStringList extraCaFiles; // trusted in addition to the system's authorities
    // Each hop presents the first whose pattern matches its host (NetworkOptions::clientCertificateRules).
    QList<ClientCertificateRule> clientCertificates;
    HttpVersion httpVersion = HttpVersion::Default;
    int inactivityTimeoutMs = RequestOptions().inactivityTimeoutMs;
    int deadlineMs = RequestOptions().deadlineMs; // 0: none
};

// Why `pattern` cannot name hosts, as a sentence; nothing when it can.
std::optional<QString> hostPatternProblem(const QString &pattern);
// True when a request to `host` on `port` falls under `pattern` (names compared without case).
bool hostPatternMatches(const QString &pattern, const QString &host, int port);
// The same for a request to `url`, on its scheme's default port when it names none.
bool hostPatternMatches(const QString &pattern, const QUrl &url);

// The first of `rules` whose pattern names the host and port of `url` (its index), or -1: the
// client certificate a hop to `url` offers.
qsizetype clientCertificateRuleFor(const QList<ClientCertificateRule> &rules, const QUrl &url);

// The preferences as they apply to a request: every client certificate rule goes with it, for the
// engine to match against each hop's host (a redirect may lead to a host another rule names, or
// none does).
NetworkOptions preferencesFor(const NetworkPreferences &preferences);

// The one rule for what a request's own settings change: a part the request leaves at its
// built-in value takes the preferences' value, and any other value is the request's choice and
// wins. So a request with proxy mode System uses the preferred proxy, and one with None or its own
// manual proxy keeps that; HTTP version Default takes the preferred one; a request with its own
// client certificate keeps it for every hop, and one without takes the preferred certificates
// per host pattern; the preferred extra authorities are added to the request's; pins
// and authentication are the request's alone. --cacert's replacement of the system's authorities
// stays the request's.
NetworkOptions effectiveNetwork(const NetworkOptions &preferences, const NetworkOptions &request);

// The same rule over a whole request's options, with the timeouts: a request whose inactivity
// timeout or whole-chain limit is the built-in value (30 s, none) takes the preferred one.
RequestOptions effectiveOptions(const NetworkPreferences &preferences, const RequestOptions &request);

} // namespace StatusScope::Core
