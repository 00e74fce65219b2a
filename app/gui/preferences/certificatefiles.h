// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace StatusScope::Gui {

// Reading the files Preferences → Certificates is given, before they are kept: each refusal is a
// sentence saying what is wrong with which file, so nothing unusable reaches a request.

// The certificates in a PEM (one or many) or DER file.
std::optional<QList<QSslCertificate>> readAuthorityFile(const QString &path, QString *problem);

// Reads the client certificate `setting` names with its key: a PEM file (the key in it or in
// clientKey), a DER certificate with its key file, or a PKCS#12 file. Sets the type found in
// `setting`. Refuses a file without a certificate, a missing key, or a password that does not
// open the key or the PKCS#12 file.
std::optional<QSslCertificate> readClientCertificate(Core::TlsSetting &setting, QString *problem);

// "CN=…" as people read it: the common name, else the organisation, else the whole subject.
QString subjectOf(const QSslCertificate &certificate);
// "until 2027-03-01" or "expired on 2024-01-01", in the locale's short date.
QString expiryOf(const QSslCertificate &certificate);

} // namespace StatusScope::Gui
