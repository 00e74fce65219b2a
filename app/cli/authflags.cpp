// SPDX-License-Identifier: MIT
#include "cli/authflags.h"

#include "cli/checkcommandtext.h"
#include "core/requests/authresponder.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

void addAuthOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"u"_s, u"user"_s},
         CheckCommand::tr("Credentials for the server of the URL given, USER:PASSWORD (split at the first "
                          "colon); never sent to another origin. Basic unless --digest or --anyauth."),
         u"USER:PASSWORD"_s},
        {u"basic"_s,
         CheckCommand::tr("Send -u's credentials as Basic with the first request (the default).")},
        {u"digest"_s,
         CheckCommand::tr(
             "Answer the server's Digest challenge with -u's credentials (MD5, SHA-256, qop=auth).")},
        {u"anyauth"_s,
         CheckCommand::tr("Wait for the 401 and answer the strongest scheme it offers: Digest, then Basic.")},
        {u"oauth2-bearer"_s, CheckCommand::tr("Send \"Authorization: Bearer TOKEN\" with the first request."),
         u"TOKEN"_s},
    });
}

std::optional<QString> applyAuthOptions(const QCommandLineParser &parser, AuthSetting &auth)
{
    QStringList schemes;
    for (const QString &name : {u"basic"_s, u"digest"_s, u"anyauth"_s}) {
        if (parser.isSet(name))
            schemes.append(u"--"_s + name);
    }
    if (schemes.size() > 1)
        return CheckCommand::tr("%1 cannot be used together: choose one.").arg(schemes.join(u", "_s));
    const bool user = parser.isSet(u"user"_s);
    const bool bearer = parser.isSet(u"oauth2-bearer"_s);
    if (user && bearer)
        return CheckCommand::tr("-u and --oauth2-bearer cannot be used together: a request carries one "
                                "Authorization field.");
    if (!schemes.isEmpty() && !user)
        return CheckCommand::tr("%1 needs -u USER:PASSWORD.").arg(schemes.constFirst());

    if (bearer) {
        auth.scheme = AuthSetting::Scheme::Bearer;
        auth.token = parser.value(u"oauth2-bearer"_s);
    } else if (user) {
        const QString value = parser.value(u"user"_s);
        const qsizetype colon = value.indexOf(u':');
        if (colon < 0)
            return CheckCommand::tr(
                "-u needs USER:PASSWORD. check does not ask for a password the way curl "
                "does, since it runs in scripts: give it after a colon (-u 'alice:secret'; "
                "for an empty one, -u 'alice:').");
        auth.user = value.left(colon);
        auth.password = value.mid(colon + 1);
        auth.scheme = parser.isSet(u"digest"_s) ? AuthSetting::Scheme::Digest
            : parser.isSet(u"anyauth"_s)        ? AuthSetting::Scheme::Any
                                                : AuthSetting::Scheme::Basic;
    } else {
        return std::nullopt;
    }
    if (std::optional<QString> problem = authSettingProblem(auth))
        return (bearer ? u"--oauth2-bearer: "_s : u"-u: "_s) + *problem;
    return std::nullopt;
}

} // namespace StatusScope::Cli
