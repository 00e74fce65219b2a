// SPDX-License-Identifier: MIT
#include "core/formats/curloptions.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

// curl's options by their long names, from the option list of `curl --help all` (7.88) and the
// manual of later releases. Only the names and whether a value follows: what each one does is
// curl's business; the importer needs to know which word after an option is that option's value.
const QHash<QString, bool> &longOptions()
{
    static const QHash<QString, bool> table = [] {
        QHash<QString, bool> options;
        const QString withValue = uR"(
--abstract-unix-socket --alt-svc --aws-sigv4 --cacert --capath --cert --cert-type --ciphers --config
--connect-timeout --connect-to --continue-at --cookie --cookie-jar --create-file-mode --crlfile --curves
--data --data-ascii --data-binary --data-raw --data-urlencode --delegation --dns-interface --dns-ipv4-addr
--dns-ipv6-addr --dns-servers --doh-url --dump-header --ech --egd-file --engine --etag-compare --etag-save
--expand-url --expect100-timeout --form --form-string --ftp-account --ftp-alternative-to-user --ftp-method
--ftp-port --ftp-ssl-ccc-mode --happy-eyeballs-timeout-ms --header --hostpubmd5 --hostpubsha256 --hsts
--interface --ip-tos --json --keepalive-cnt --keepalive-time --key --key-type --knownhosts --krb --libcurl
--limit-rate --local-port --login-options --mail-auth --mail-from --mail-rcpt --max-filesize --max-redirs
--max-time --netrc-file --noproxy --oauth2-bearer --output --output-dir --parallel-max --pass --pinnedpubkey
--preproxy --proto --proto-default --proto-redir --proxy --proxy-cacert --proxy-capath --proxy-cert
--proxy-cert-type --proxy-ciphers --proxy-crlfile --proxy-header --proxy-key --proxy-key-type --proxy-pass
--proxy-pinnedpubkey --proxy-service-name --proxy-tls13-ciphers --proxy-tlsauthtype --proxy-tlspassword
--proxy-tlsuser --proxy-user --proxy1.0 --pubkey --quote --random-file --range --rate --referer --request
--request-target --resolve --retry --retry-delay --retry-max-time --sasl-authzid --service-name --sigalgs
--socks4 --socks4a --socks5 --socks5-gssapi-service --socks5-hostname --speed-limit --speed-time
--ssl-sessions --stderr --telnet-option --tftp-blksize --time-cond --tls-max --tls13-ciphers --tlsauthtype
--tlspassword --tlsuser --trace --trace-ascii --trace-config --unix-socket --upload-file --upload-flags --url
--url-query --user --user-agent --variable --vlan-priority --write-out
)"_s;
        const QString withoutValue = uR"(
--anyauth --append --basic --ca-native --cert-status --compressed --compressed-ssh --create-dirs --crlf
--digest --disable --disable-eprt --disable-epsv --disallow-username-in-url --doh-cert-status --doh-insecure
--dump-ca-embed --fail --fail-early --fail-with-body --false-start --follow --form-escape --ftp-create-dirs
--ftp-pasv --ftp-pret --ftp-skip-pasv-ip --ftp-ssl-ccc --ftp-ssl-control --get --globoff --haproxy-protocol
--head --help --http0.9 --http1.0 --http1.1 --http2 --http2-prior-knowledge --http3 --http3-only
--ignore-content-length --include --insecure --ipv4 --ipv6 --junk-session-cookies --list-only --location
--location-trusted --mail-rcpt-allowfails --manual --metalink --mptcp --negotiate --netrc --netrc-optional
--next --no-alpn --no-buffer --no-clobber --no-keepalive --no-npn --no-progress-meter --no-sessionid --ntlm
--ntlm-wb --out-null --parallel --parallel-immediate --path-as-is --post301 --post302 --post303
--progress-bar --proxy-anyauth --proxy-basic --proxy-ca-native --proxy-digest --proxy-dump-ca-embed
--proxy-http2 --proxy-insecure --proxy-negotiate --proxy-ntlm --proxy-ssl-allow-beast
--proxy-ssl-auto-client-cert --proxy-tlsv1 --proxytunnel --raw --remote-header-name --remote-name
--remote-name-all --remote-time --remove-on-error --retry-all-errors --retry-connrefused --sasl-ir
--show-error --show-headers --silent --skip-existing --socks5-basic --socks5-gssapi --socks5-gssapi-nec --ssl
--ssl-allow-beast --ssl-auto-client-cert --ssl-no-revoke --ssl-reqd --ssl-revoke-best-effort --sslv2 --sslv3
--styled-output --suppress-connect-headers --tcp-fastopen --tcp-nodelay --tftp-no-options --tls-earlydata
--tlsv1 --tlsv1.0 --tlsv1.1 --tlsv1.2 --tlsv1.3 --tr-encoding --trace-ids --trace-time --use-ascii --verbose
--version --xattr
)"_s;
        for (const QString &name : withValue.simplified().split(u' '))
            options.insert(name, true);
        for (const QString &name : withoutValue.simplified().split(u' '))
            options.insert(name, false);
        return options;
    }();
    return table;
}

// The one-letter names, each with its long name.
const QHash<QChar, QString> &shortOptions()
{
    static const QHash<QChar, QString> table{{u'#', u"--progress-bar"_s},
                                             {u'0', u"--http1.0"_s},
                                             {u'1', u"--tlsv1"_s},
                                             {u'2', u"--sslv2"_s},
                                             {u'3', u"--sslv3"_s},
                                             {u'4', u"--ipv4"_s},
                                             {u'6', u"--ipv6"_s},
                                             {u':', u"--next"_s},
                                             {u'A', u"--user-agent"_s},
                                             {u'B', u"--use-ascii"_s},
                                             {u'C', u"--continue-at"_s},
                                             {u'D', u"--dump-header"_s},
                                             {u'E', u"--cert"_s},
                                             {u'F', u"--form"_s},
                                             {u'G', u"--get"_s},
                                             {u'H', u"--header"_s},
                                             {u'I', u"--head"_s},
                                             {u'J', u"--remote-header-name"_s},
                                             {u'K', u"--config"_s},
                                             {u'L', u"--location"_s},
                                             {u'M', u"--manual"_s},
                                             {u'N', u"--no-buffer"_s},
                                             {u'O', u"--remote-name"_s},
                                             {u'P', u"--ftp-port"_s},
                                             {u'Q', u"--quote"_s},
                                             {u'R', u"--remote-time"_s},
                                             {u'S', u"--show-error"_s},
                                             {u'T', u"--upload-file"_s},
                                             {u'U', u"--proxy-user"_s},
                                             {u'V', u"--version"_s},
                                             {u'X', u"--request"_s},
                                             {u'Y', u"--speed-limit"_s},
                                             {u'Z', u"--parallel"_s},
                                             {u'a', u"--append"_s},
                                             {u'b', u"--cookie"_s},
                                             {u'c', u"--cookie-jar"_s},
                                             {u'd', u"--data"_s},
                                             {u'e', u"--referer"_s},
                                             {u'f', u"--fail"_s},
                                             {u'g', u"--globoff"_s},
                                             {u'h', u"--help"_s},
                                             {u'i', u"--include"_s},
                                             {u'j', u"--junk-session-cookies"_s},
                                             {u'k', u"--insecure"_s},
                                             {u'l', u"--list-only"_s},
                                             {u'm', u"--max-time"_s},
                                             {u'n', u"--netrc"_s},
                                             {u'o', u"--output"_s},
                                             {u'p', u"--proxytunnel"_s},
                                             {u'q', u"--disable"_s},
                                             {u'r', u"--range"_s},
                                             {u's', u"--silent"_s},
                                             {u't', u"--telnet-option"_s},
                                             {u'u', u"--user"_s},
                                             {u'v', u"--verbose"_s},
                                             {u'w', u"--write-out"_s},
                                             {u'x', u"--proxy"_s},
                                             {u'y', u"--speed-time"_s},
                                             {u'z', u"--time-cond"_s}};
    return table;
}

} // namespace

std::optional<CurlOption> findCurlOption(const QString &name)
{
    if (name.size() == 2 && name.at(0) == u'-' && name.at(1) != u'-') {
        const QString longName = shortOptions().value(name.at(1));
        if (longName.isEmpty())
            return std::nullopt;
        return CurlOption{longName, longOptions().value(longName)};
    }
    if (!name.startsWith(u"--"_s))
        return std::nullopt;
    if (const auto found = longOptions().constFind(name); found != longOptions().cend())
        return CurlOption{name, *found};
    // Every switch has a "--no-" form that turns it off; it takes no value either.
    if (name.startsWith(u"--no-"_s)) {
        const QString positive = u"--"_s + name.mid(5);
        if (const auto found = longOptions().constFind(positive); found != longOptions().cend() && !*found)
            return CurlOption{name, false};
    }
    return std::nullopt;
}

std::optional<QList<QList<CurlArgument>>> readCurlArguments(const QList<QByteArray> &words, QString *error)
{
    QList<QList<CurlArgument>> groups{{}};
    // The unknown options still without a value, each with the URL-like word that followed it.
    QList<std::pair<qsizetype, qsizetype>> unknownThenWord;
    const auto closeGroup = [&] {
        QList<CurlArgument> &group = groups.last();
        const bool hasUrl = std::any_of(group.cbegin(), group.cend(), [&](const CurlArgument &argument) {
            if (argument.option == u"--url")
                return true;
            if (!argument.option.isEmpty())
                return false;
            const qsizetype at = &argument - group.constData();
            return std::none_of(unknownThenWord.cbegin(), unknownThenWord.cend(),
                                [at](const auto &pair) { return pair.second == at; });
        });
        // With a URL elsewhere, the word after an unknown option was that option's value.
        if (hasUrl) {
            for (auto it = unknownThenWord.crbegin(); it != unknownThenWord.crend(); ++it) {
                group[it->first].value = group.at(it->second).value;
                group[it->first].hasValue = true;
                group.removeAt(it->second);
            }
        }
        unknownThenWord.clear();
    };
    const auto fail = [&](const QString &option) {
        if (error)
            *error = CurlText::tr("%1 needs a value.").arg(option);
        return std::nullopt;
    };
    bool onlyUrls = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        QList<CurlArgument> &group = groups.last();
        if (onlyUrls || word.size() < 2 || !word.startsWith('-')) {
            // A URL, or the value of the unknown option just before it.
            if (!group.isEmpty() && !group.last().known && !group.last().hasValue)
                unknownThenWord.append({group.size() - 1, group.size()});
            group.append(CurlArgument{QString(), word, true, true});
            continue;
        }
        if (word == "--") {
            onlyUrls = true;
            continue;
        }
        if (word.startsWith("--")) {
            const qsizetype equals = word.indexOf('=');
            const QString name = QString::fromUtf8(equals < 0 ? word : word.left(equals));
            const std::optional<CurlOption> option = findCurlOption(name);
            CurlArgument argument{name, {}, equals >= 0, option.has_value()};
            if (equals >= 0)
                argument.value = word.mid(equals + 1);
            else if (option && option->takesValue) {
                if (i + 1 >= words.size())
                    return fail(name);
                argument.value = words.at(++i);
                argument.hasValue = true;
            }
            if (option && option->longName == u"--next") {
                closeGroup();
                groups.append(QList<CurlArgument>());
                continue;
            }
            group.append(argument);
            continue;
        }
        // One or more letters: switches until one takes a value, which is the rest of the word or
        // the next word.
        for (qsizetype k = 1; k < word.size(); ++k) {
            const QString name = u'-' + QChar::fromLatin1(word.at(k));
            const std::optional<CurlOption> option = findCurlOption(name);
            if (!option) {
                // The rest is nothing curl knows: listed whole rather than letter by letter.
                group.append(
                    CurlArgument{QString::fromUtf8(k == 1 ? word : "-" + word.mid(k)), {}, false, false});
                break;
            }
            if (option->longName == u"--next") {
                closeGroup();
                groups.append(QList<CurlArgument>());
                break;
            }
            if (!option->takesValue) {
                group.append(CurlArgument{name, {}, false, true});
                continue;
            }
            CurlArgument argument{name, word.mid(k + 1), true, true};
            if (k + 1 >= word.size()) {
                if (i + 1 >= words.size())
                    return fail(name);
                argument.value = words.at(++i);
            }
            group.append(argument);
            break;
        }
    }
    closeGroup();
    return groups;
}

} // namespace StatusScope::Core
