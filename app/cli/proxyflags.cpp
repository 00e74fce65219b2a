// SPDX-License-Identifier: MIT
#include "cli/proxyflags.h"

#include "cli/checkcommandtext.h"
#include "core/requests/proxyselection.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

void addProxyOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"x"_s, u"proxy"_s},
         CheckCommand::tr("Go through this proxy for every host, loopback included: http://HOST:PORT (https "
                          "goes through its CONNECT tunnel), socks5:// (names resolved here) or socks5h:// "
                          "(names resolved by the proxy); \"\" for none. Default: the system's proxy "
                          "settings (http_proxy, https_proxy, all_proxy, no_proxy)."),
         u"URL"_s},
        {u"proxy-user"_s, CheckCommand::tr("The proxy's user name and password, USER:PASSWORD."),
         u"USER:PASSWORD"_s},
        {u"noproxy"_s,
         CheckCommand::tr("Hosts reached without the proxy, separated by commas: names (with their "
                          "subdomains), IP addresses or blocks (10.0.0.0/8); * for every host."),
         u"LIST"_s},
    });
}

std::optional<QString> applyProxyOptions(const QCommandLineParser &parser, ProxySetting &proxy)
{
    if (parser.isSet(u"proxy-user"_s)) {
        const QString value = parser.value(u"proxy-user"_s);
        // curl asks for the password of a user given alone; check runs in scripts, so it says so
        // instead of going on with an empty password the proxy would refuse (as -u does).
        if (!value.contains(u':'))
            return CheckCommand::tr(
                "--proxy-user needs USER:PASSWORD. check does not ask for a password the "
                "way curl does, since it runs in scripts: give it after a colon "
                "(--proxy-user 'alice:secret'; for an empty one, --proxy-user 'alice:').");
        if (auto problem = parseProxyUser(value, proxy))
            return problem;
    }
    if (parser.isSet(u"proxy"_s)) {
        if (auto problem = parseProxyUrl(parser.value(u"proxy"_s), proxy))
            return u"--proxy: "_s + *problem;
    }
    if (parser.isSet(u"noproxy"_s))
        proxy.noProxy = parseNoProxy(parser.value(u"noproxy"_s));
    return std::nullopt;
}

} // namespace StatusScope::Cli
