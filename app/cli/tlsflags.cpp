// SPDX-License-Identifier: MIT
#include "cli/tlsflags.h"

#include "cli/checkcommandtext.h"
#include "core/formats/curlnetwork.h"
#include "core/requests/pins.h"
#include "core/requests/tlssetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

void addTlsOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"cacert"_s,
         CheckCommand::tr("Trust the certificate authorities in FILE (PEM or DER, one or many) instead of "
                          "the system's; repeat it for more files."),
         u"FILE"_s},
        {u"capath"_s,
         CheckCommand::tr("Trust the certificate authorities in the files of DIR instead of the system's."),
         u"DIR"_s},
        {{u"E"_s, u"cert"_s},
         CheckCommand::tr("Present the client certificate in FILE, with the password after a colon if it "
                          "has one (FILE:PASSWORD; a colon in the name is written \\:)."),
         u"FILE"_s},
        {u"key"_s, CheckCommand::tr("The private key of --cert, when FILE does not hold it."), u"FILE"_s},
        {u"cert-type"_s, CheckCommand::tr("The format of --cert: PEM (default), DER or P12."), u"TYPE"_s},
        {u"pass"_s, CheckCommand::tr("The passphrase of the private key or of the P12 file."), u"PHRASE"_s},
        {u"resolve"_s,
         CheckCommand::tr("Connect to ADDRESS for HOST:PORT, keeping the URL, the Host field and the "
                          "certificate check for HOST (HOST:PORT:ADDRESS[,ADDRESS…]); repeat it for more."),
         u"HOST:PORT:ADDRESS"_s},
        {u"connect-to"_s,
         CheckCommand::tr("Connect to HOST2:PORT2 for requests to HOST1:PORT1 (an empty part means any, "
                          "or the request's own); repeat it for more."),
         u"HOST1:PORT1:HOST2:PORT2"_s},
        {u"http1.1"_s, CheckCommand::tr("Use HTTP/1.1 only: offer no HTTP/2.")},
        {u"http2"_s, CheckCommand::tr("Offer HTTP/2 (the default on https; on http, ask to upgrade to it).")},
        {u"http2-prior-knowledge"_s,
         CheckCommand::tr("Speak HTTP/2 from the first byte, also over plain http (h2c).")},
        {u"tlsv1.2"_s, CheckCommand::tr("Use TLS 1.2 or newer (what Qt offers anyway: TLS 1.2 and 1.3).")},
        {u"tlsv1.3"_s, CheckCommand::tr("Use TLS 1.3 only.")},
        {u"tls-max"_s, CheckCommand::tr("Use no TLS version newer than VERSION: 1.2, 1.3 or default."),
         u"VERSION"_s},
    });
}

std::optional<QString> applyTlsOptions(const QCommandLineParser &parser, NetworkOptions &network)
{
    TlsSetting &tls = network.tls;
    tls.caFiles = parser.values(u"cacert"_s);
    if (parser.values(u"capath"_s).size() > 1)
        return CheckCommand::tr("--capath can be given once; put the authorities in one folder, or add files "
                                "with --cacert.");
    tls.caPath = parser.value(u"capath"_s);
    if (parser.isSet(u"cert"_s)) {
        const auto [file, password] = splitCertificateArgument(parser.value(u"cert"_s));
        tls.clientCertificate = file;
        if (password)
            tls.passphrase = *password;
    }
    tls.clientKey = parser.value(u"key"_s);
    if (parser.isSet(u"pass"_s))
        tls.passphrase = parser.value(u"pass"_s); // curl's --pass is the key's, and wins
    if (parser.isSet(u"cert-type"_s)) {
        if (const std::optional<TlsSetting::CertificateType> type
            = certificateTypeFromName(parser.value(u"cert-type"_s)))
            tls.certificateType = *type;
        else
            return CheckCommand::tr("--cert-type needs PEM, DER or P12, not “%1”.")
                .arg(parser.value(u"cert-type"_s));
    }

    QString error;
    for (const QString &text : parser.values(u"resolve"_s)) {
        const std::optional<ResolvePin> pin = parseResolvePin(text, &error);
        if (!pin)
            return error;
        network.resolve.append(*pin);
    }
    for (const QString &text : parser.values(u"connect-to"_s)) {
        const std::optional<ConnectToPin> pin = parseConnectToPin(text, &error);
        if (!pin)
            return error;
        network.connectTo.append(*pin);
    }

    // The last version option given wins, as in curl.
    for (const QString &name : parser.optionNames()) {
        if (name == u"http1.1"_s)
            network.httpVersion = HttpVersion::Http1_1;
        else if (name == u"http2"_s)
            network.httpVersion = HttpVersion::Http2;
        else if (name == u"http2-prior-knowledge"_s)
            network.httpVersion = HttpVersion::Http2PriorKnowledge;
    }

    // (tls-version) --tlsv1.2/--tlsv1.3: the last one given wins, as in curl.
    for (const QString &name : parser.optionNames()) {
        if (name == u"tlsv1.2"_s)
            tls.leastVersion = TlsSetting::Version::Tls1_2;
        else if (name == u"tlsv1.3"_s)
            tls.leastVersion = TlsSetting::Version::Tls1_3;
    }
    if (parser.isSet(u"tls-max"_s)) {
        const QString value = parser.value(u"tls-max"_s);
        const std::optional<TlsSetting::Version> most = tlsMaxVersion(value);
        if (!most || value == u"1.0"_s || value == u"1.1"_s)
            return CheckCommand::tr("--tls-max needs 1.2, 1.3 or default, not “%1” (Qt 6.4 offers nothing "
                                    "older than TLS 1.2).")
                .arg(value);
        tls.mostVersion = *most;
    }

    // The files are read now: a wrong passphrase or a missing file costs no request.
    if (!TlsSetup::load(tls, &error))
        return error;
    return std::nullopt;
}

} // namespace StatusScope::Cli
