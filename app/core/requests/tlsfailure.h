// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace StatusScope::Core {

// Whose authorities a handshake was checked against: the system's (with Preferences' extra ones),
// those given with --cacert or --capath, or (ca-env) those the environment names as curl reads it.
struct TrustSource
{
    enum class Kind { System, Options, Environment };
    Kind kind = Kind::System;
    QString variables; // Environment: "CURL_CA_BUNDLE", "SSL_CERT_DIR and SSL_CERT_FILE"
    QStringList paths; // Environment: the files and folders they name
};

// What was wrong with a server's certificate, in words a person understands, with the fix that
// fits: an authority this computer does not trust (--cacert), an incomplete chain (the server
// did not send its intermediate), expired or not yet valid (the dates), the wrong host (the names
// it is valid for), self-signed, revoked. `host` is the name the certificate was checked against
// (the URL's host, also under --resolve and --connect-to); `sentChain`, the certificates the
// server sent; `trust`, whose authorities it was checked against.
// Names taken from certificates are escaped for display.
QString describeCertificateErrors(const QList<QSslError> &errors, const QString &host,
                                  const QList<QSslCertificate> &sentChain, const TrustSource &trust = {});

// A handshake that failed without a certificate error, from Qt's error text: the server refused
// our client certificate or wanted one (`clientCertificateGiven` tells which), or no TLS version
// or cipher was common. Empty when the text says nothing this can explain.
QString describeHandshakeFailure(const QString &qtError, bool clientCertificateGiven,
                                 const QString &versionsOffered = {});

// The names a certificate is valid for: its DNS and IP subject alternative names, else its
// common name.
QStringList certificateNames(const QSslCertificate &certificate);

} // namespace StatusScope::Core
