// SPDX-License-Identifier: MIT
#include "core/audit/auditmasking.h"

#include "core/requests/chainmasking.h"
#include "core/requests/secrets.h"
#include "core/requests/urlinput.h"

namespace StatusScope::Core {

namespace {

// The passwords of the URLs a row names: an error message may quote one whole.
QList<QByteArray> urlCredentials(const AuditRow &row)
{
    QList<QByteArray> values;
    for (const QString &text : {row.source, row.expectedTarget, row.finalUrl}) {
        if (text.contains(u'@'))
            values += credentialValues(readTypedUrl(text).url);
    }
    return values;
}

} // namespace

QString maskTypedUrlPassword(const QString &typed)
{
    if (!typed.contains(u'@'))
        return typed;
    // As `check` shows a typed URL: the form read, "http://" in front when it was added, since
    // without a scheme QUrl takes "ann:pw@host" for the scheme "ann".
    const QByteArray read = readTypedUrl(typed).text.toUtf8();
    const QByteArray masked = maskUrlPasswordIn(read);
    return masked == read ? typed : QString::fromUtf8(masked);
}

AuditMasking::AuditMasking(const RequestSpec &base)
    : m_values(requestCredentialValues(base))
{
}

AuditMasking AuditMasking::showingSecrets()
{
    AuditMasking masking;
    masking.m_show = true;
    return masking;
}

AuditRow AuditMasking::apply(const AuditRow &row) const
{
    if (m_show)
        return row;
    QList<QByteArray> values = m_values + urlCredentials(row);
    const bool scrub = !values.isEmpty();
    const CredentialScrubber scrubber(scrub ? values : QList<QByteArray>{});
    const auto clean = [&](const QString &text) {
        return scrub ? QString::fromUtf8(scrubber.scrub(text.toUtf8())) : text;
    };
    AuditRow shown = row;
    shown.source = clean(maskTypedUrlPassword(row.source));
    shown.expectedTarget = clean(maskTypedUrlPassword(row.expectedTarget));
    shown.finalUrl = clean(maskTypedUrlPassword(row.finalUrl));
    if (shown.error)
        shown.error->message = clean(row.error->message);
    return shown;
}

QString AuditMasking::text(const QString &text) const
{
    if (m_show || m_values.isEmpty())
        return text;
    return QString::fromUtf8(CredentialScrubber(m_values).scrub(text.toUtf8()));
}

} // namespace StatusScope::Core
